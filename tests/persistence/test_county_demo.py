"""The county seat demo (SPEC §13): three townships of their own, each with items at county level
(two already taken up by the county), the county's account and departments, and the settings
file a seat opens."""

from dataclasses import replace

from gridcommand.county import config as county_config
from gridcommand.county.figures import side_by_side
from gridcommand.county.queue import county_query, page
from gridcommand.county.seat import Seat
from gridcommand.demo import DEMO_PASSWORD
from gridcommand.demo.county_seat import COUNTY_ACCOUNT, ESCALATED, TOWNSHIPS, build_county_seat

from ..factories import TINY, TODAY


def test_the_county_seat_demo_opens_on_three_townships_with_county_items(tmp_path):
    settings = build_county_seat(tmp_path / "seat", seed=3, today=TODAY, scale=replace(TINY, incidents=120))
    config = county_config.load(settings)
    assert [t.name for t in config.townships] == list(TOWNSHIPS) and config.county == TINY.county
    with Seat(config, COUNTY_ACCOUNT, DEMO_PASSWORD) as seat:
        rows = page(seat, county_query(), limit=100).rows
        lines = side_by_side(seat, TODAY.replace(day=1), TODAY)
    assert {r.township for r in rows} == set(TOWNSHIPS) and len(rows) == ESCALATED * len(TOWNSHIPS)
    by_township = {t: [r.row for r in rows if r.township == t] for t in TOWNSHIPS}
    for held in by_township.values():
        assert sum(r.status == "accepted" for r in held) >= 1 and sum(r.unit == "县住建局" for r in held) == 1
    assert all(line.figures is not None and line.county_items == ESCALATED for line in lines)
    assert len({r.row.code[:2] for r in rows}) == 3  # each township numbers its own incidents
