"""The county seat 县级视图 (SPEC §13): the townships' own databases read side by side.

Nothing is copied between townships: the seat opens each township's database, signs in there
with the county account, and reads and acts through that township's operations
(``gridcommand.ops``) — so every county move is checked, audited and shown in the township's own
chain and timeline. A township that does not answer is marked unreachable with the time it was
last read, and never holds up the others."""
