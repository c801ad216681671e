"""Scale presets for demo data and benchmarks (SPEC §2; figures from the seeds)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Scale:
    name: str
    township: str
    county: str
    villages: int
    grids: int
    full_time_workers: int
    key_persons: int
    months: int
    incidents: int
    # Visits are generated for the most recent months only: a red key person is visited daily,
    # and five years of that would be most of the database without telling anything new.
    visit_months: int


SCALES = {
    "township": Scale("township", "天凝镇", "嘉善县", 12, 48, 48, 600, 12, 6_000, 12),
    "county": Scale("county", "罗星街道", "嘉善县", 174, 760, 776, 9_000, 36, 300_000, 4),
    "city": Scale("city", "天元区综合指挥中心", "株洲市", 700, 3_261, 3_402, 40_000, 60, 520_000, 3),
}
