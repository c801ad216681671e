"""Work orders taken in from other systems — the 12345 hotline, the province's grid platform
(基层治理四平台) — as incidents in 上报: ``sources`` (a source and its column mapping),
``mapping`` (our fields and reading a file with a mapping), ``places`` (grid and category in our
terms), ``orders`` (a file taken in, all or nothing, matched on the order number),
``duplicates`` (likely repeats), ``flags`` (deciding them), ``inbox`` (a watched folder)."""
