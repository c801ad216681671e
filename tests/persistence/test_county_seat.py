"""The county seat over two townships' own databases (SPEC §13), on SQLite files and on one
PostgreSQL database per township: the county's figure for a township is that township's own
``stats``; the county queue pages through every township's county-level items without a row
skipped or repeated; a county move is the township's own; a township that goes away is marked
unreachable and the other is still read."""

import json
import shutil

import pytest
from sqlalchemy import create_engine, select, text

from gridcommand.base import clock
from gridcommand.base.enums import HoldingLevel
from gridcommand.base.errors import InputError
from gridcommand.cli.main import main
from gridcommand.county import config as county_config
from gridcommand.county.figures import side_by_side
from gridcommand.county.queue import county_query, page, size
from gridcommand.county.seat import Seat
from gridcommand.models import User
from gridcommand.ops import Database, dashboard, incidents
from gridcommand.org.township import init_township

from ..conftest import _pg_database
from ..factories import PASSWORD, signed_in
from .test_workflow import T0, H, Office

NAMES = ("西塘镇", "天凝镇")


def _township_url(backend, tmp_path, request, name: str) -> str:
    if backend == "sqlite":
        path = tmp_path / f"{name}.sqlite"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite:///{path}"
    return _pg_database(request.getfixturevalue("pg_cluster"), "template_migrated")


class Town:
    """One township: its database, a duty officer, a county account, and incidents of which
    ``at_county`` were escalated to the county."""

    def __init__(self, url: str, name: str, reported: int, at_county: int):
        self.url, self.name = url, name
        self.db = Database(url)
        with self.db.session() as s:
            init_township(s, name, "嘉善县")
            s.commit()
        office = Office(self.db)
        self.duty = signed_in(self.db, "duty1", ("duty",))
        signed_in(self.db, "county1", ("county",))
        self.ids = [office.report(at=T0 + n * H) for n in range(reported)]
        for incident_id in self.ids[:at_county]:
            while office.get(incident_id).level != HoldingLevel.COUNTY:
                incidents.escalate(self.db, self.duty, incident_id, "镇级无法解决")


@pytest.fixture
def county(backend, tmp_path, request):
    towns = [Town(_township_url(backend, tmp_path, request, name), name, reported, at_county)
             for name, reported, at_county in zip(NAMES, (5, 3), (3, 2))]
    settings = tmp_path / "county.toml"
    settings.write_text('county = "嘉善县"\n' + "".join(
        f'[[townships]]\nname = "{t.name}"\nurl = "{t.url}"\n' for t in towns), encoding="utf-8")
    yield towns, settings
    for t in towns:
        t.db.close()


def test_the_countys_figure_for_a_township_is_that_townships_own_stats(county):
    towns, settings = county
    first = last = T0.date()
    with Seat(county_config.load(settings), "county1", PASSWORD) as seat:
        lines = {line.township: line for line in side_by_side(seat, first, last)}
    for t in towns:
        own = dashboard.stats(t.db, t.duty, first, last)[0]
        assert lines[t.name].figures == own and own.reported == len(t.ids)
        assert lines[t.name].beyond == dashboard.month_beyond(t.db, t.duty, last.strftime("%Y-%m"))
    assert {lines[n].county_items for n in NAMES} == {3, 2}
    assert sorted(line.rank for line in lines.values()) == [1, 2]


def test_the_county_queue_pages_every_townships_county_items_once(county):
    towns, settings = county
    with Seat(county_config.load(settings), "county1", PASSWORD) as seat:
        query = county_query()
        whole = page(seat, query, limit=100)
        assert size(seat, query) == len(whole.rows) == 5 and whole.last is None
        newest_first = [r.row.reported_at for r in whole.rows]
        assert newest_first == sorted(newest_first, reverse=True)
        for sort, descending in (("reported_at", True), ("code", False), ("colour", True)):
            query = county_query(sort=sort, descending=descending)
            seen, after = [], None
            while True:
                one = page(seat, query, after, limit=2)
                seen += [(r.township, r.row.id) for r in one.rows]
                if one.last is None:
                    break
                after = one.last
            assert sorted(seen) == sorted((r.township, r.row.id) for r in whole.rows)
            assert len(seen) == len(set(seen)) == 5
    assert {r.row.level for r in whole.rows} == {HoldingLevel.COUNTY}


def test_a_county_move_is_the_townships_own(county):
    towns, settings = county
    town = towns[1]
    with Seat(county_config.load(settings), "county1", PASSWORD) as seat:
        first = page(seat, county_query(), limit=100).rows
        mine = next(r for r in first if r.township == town.name)
        seat.one(town.name, lambda t, db, actor: incidents.accept(db, actor, mine.row.id, "县级受理"))
    detail = incidents.detail(town.db, town.duty, mine.row.id)
    assert detail.events[-1].action == "accept" and "县级受理" in (detail.events[-1].note or "")


def test_a_township_gone_is_marked_unreachable_and_the_other_is_still_read(county, backend, request):
    towns, settings = county
    gone, kept = towns
    with Seat(county_config.load(settings), "county1", PASSWORD) as seat:
        assert all(line.figures for line in side_by_side(seat, T0.date(), T0.date()))
        answered = seat.township(gone.name).last_read
        gone.db.close()
        if backend == "sqlite":
            path = gone.db.url.database
            shutil.move(path, path + ".moved")
        else:
            cluster = request.getfixturevalue("pg_cluster")
            engine = create_engine(cluster.url("postgres"), isolation_level="AUTOCOMMIT")
            with engine.connect() as conn:
                conn.execute(text(f'DROP DATABASE "{gone.db.url.database}" WITH (FORCE)'))
            engine.dispose()
        lines = {line.township: line for line in side_by_side(seat, T0.date(), T0.date())}
        assert lines[gone.name].figures is None and lines[gone.name].trouble
        assert lines[gone.name].last_read == answered and lines[kept.name].rank == 1
        found = page(seat, county_query(), limit=100)
        assert {r.township for r in found.rows} == {kept.name}
        assert [a.township.name for a in found.unreachable] == [gone.name]
        # Left alone a while: the seat's next reads do not wait for it again until retried.
        tried = []
        opened = seat._opened
        seat._opened = lambda township: tried.append(township.name) or opened(township)
        side_by_side(seat, T0.date(), T0.date())
        assert tried == [kept.name]
        seat.retry(gone.name)
        side_by_side(seat, T0.date(), T0.date())
        assert sorted(tried) == sorted([kept.name, kept.name, gone.name])
        assert seat.township(gone.name).failures == 2 and seat.township(gone.name).resting()


def test_the_command_line_county(county, capsys, monkeypatch):
    towns, settings = county
    monkeypatch.setenv("GRIDCOMMAND_PASSWORD", PASSWORD)
    month = T0.strftime("%Y-%m")
    assert main(["--user", "county1", "county", "figures", "--config", str(settings), "--month", month, "--json"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert [t["figures"]["reported"] for t in sorted(said["townships"], key=lambda t: t["township"])] == [3, 5]
    assert main(["--user", "county1", "county", "queue", "--config", str(settings), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["total"] == 5 and {i["township"] for i in listed["incidents"]} == set(NAMES)
    # A township's duty officer is not the county: every township refuses the seat to them.
    assert main(["--user", "duty1", "county", "queue", "--config", str(settings)]) == 0
    out = capsys.readouterr().out
    assert out.count("不是县级账号") == 2 and "县级在办共 0 件" in out


def test_a_bad_settings_file_is_refused_naming_what_is_wrong(tmp_path):
    from gridcommand.base.errors import InputError

    bad = tmp_path / "c.toml"
    for text_, said in (('county = "县"\n', "没有列出任何镇街"), ("county = \n", "格式有误"),
                        ('county = "县"\n[[townships]]\nname = "甲"\n', "应给出 url"),
                        ('county = "县"\n[[townships]]\nname = "甲"\nfile = "a.sqlite"\n'
                         '[[townships]]\nname = "甲"\nfile = "b.sqlite"\n', "列了两次")):
        bad.write_text(text_, encoding="utf-8")
        with pytest.raises(InputError, match=said):
            county_config.load(bad)


def test_the_county_report_says_what_each_township_says_with_every_chain_in_its_footer(county, tmp_path):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from gridcommand.county.report import monthly, write_monthly
    from gridcommand.ops import reports

    towns, settings = county
    month = T0.strftime("%Y-%m")
    with Seat(county_config.load(settings), "county1", PASSWORD) as seat:
        document = monthly(seat, month)
        # The items went up to the county today: this month's report holds them.
        now = monthly(seat, clock.local(clock.now()).strftime("%Y-%m"))
        pdf = write_monthly(seat, month, tmp_path / "county.pdf")
        xlsx = write_monthly(seat, month, tmp_path / "county.xlsx")
    ranking = {row[1]: row for row in document.tables[0][3]}
    first, last = T0.date().replace(day=1), T0.date().replace(day=31)
    for t in towns:
        own = dashboard.stats(t.db, t.duty, first, last)[0]
        assert ranking[t.name][2:4] == [own.reported, own.closed]
        assert ranking[t.name][4] == round(own.closure_rate, 4)
    held = now.tables[2][3]
    assert sorted(row[0] for row in held) == sorted([NAMES[0]] * 3 + [NAMES[1]] * 2)
    text = PdfReader(pdf).pages[0].extract_text()
    for t in towns:
        assert f"{t.name} {reports.stamp(t.db, t.duty).pin}" in text.replace("\n", "")
    sheet = load_workbook(xlsx)["排名"]
    assert isinstance(sheet.cell(2, 3).value, int) and sheet.cell(2, 5).number_format == "0.0%"


def test_the_county_pushes_its_escalation_hours_to_every_township(county, capsys, monkeypatch):
    from gridcommand.ops import rules

    towns, settings = county
    settings.write_text("escalate_after_hours = 12\n" + settings.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setenv("GRIDCOMMAND_PASSWORD", PASSWORD)
    assert main(["--user", "county1", "county", "push-settings", "--config", str(settings)]) == 0
    assert capsys.readouterr().out.count("超期超过 12 小时自动提级至县") == 2
    assert [rules.county_escalation(t.db, t.duty) for t in towns] == [12, 12]


def test_the_townships_administrator_makes_a_county_account_everywhere_which_chooses_its_password_everywhere(
        county, monkeypatch, capsys):
    from gridcommand.county.accounts import change_password_everywhere, create_everywhere
    from gridcommand.county.seat import open_seat
    from gridcommand.ops import audit_log

    towns, settings = county
    config = county_config.load(settings)
    signed_in(towns[0].db, "admin", ("admin",))
    signed_in(towns[1].db, "admin", ("admin",))
    with pytest.raises(InputError, match="至少 8 位"):  # said once, nothing made anywhere
        create_everywhere(config, "admin", PASSWORD, "county2", "王县", "short")
    with pytest.raises(InputError, match="不是管理员账号"):  # the county account administers nothing
        create_everywhere(config, "county1", PASSWORD, "county2", "王县", "temporary1")
    signed_in(towns[1].db, "county2", ("county",))  # already there in one township
    done = create_everywhere(config, "admin", PASSWORD, "county2", "王县", "temporary1")
    assert [(d.township, d.ok) for d in done] == [(NAMES[0], True), (NAMES[1], False)]
    assert "已被使用" in str(done[1].why_not)
    with open_seat(config, "county2", "temporary1") as seat:  # made with a temporary password
        assert seat.must_change_password
        with pytest.raises(InputError, match="不能与原密码相同"):
            change_password_everywhere(seat, "temporary1", "temporary1")
        changed = change_password_everywhere(seat, "temporary1", "my-own-password")
        assert changed[0].ok and not changed[1].ok  # the other township's county2 has another password
        assert not seat.township(NAMES[0]).actor.must_change_password
        assert [line.figures is not None for line in side_by_side(seat, T0.date(), T0.date())] == [True, False]
    with open_seat(config, "county2", "my-own-password") as seat:
        assert not seat.must_change_password and seat.township(NAMES[0]).reachable
    assert audit_log.verify(towns[0].db, towns[0].duty).ok
    # From the command line, as the townships' administrator.
    monkeypatch.setenv("GRIDCOMMAND_PASSWORD", PASSWORD)
    monkeypatch.setenv("GRIDCOMMAND_NEW_PASSWORD", "temporary2")
    assert main(["--user", "admin", "county", "add-account", "--config", str(settings), "--username", "county3",
                 "--name", "李县"]) == 0
    assert capsys.readouterr().out.count("已创建") == 3
    with open_seat(config, "county3", "temporary2") as seat:
        assert seat.must_change_password and all(t.reachable for t in seat.townships)
    stored = set()
    for t in towns:  # hashed once: one argon2 check signs the account in to every township
        with t.db.session() as s:
            stored.add(s.scalar(select(User.password_hash).where(User.username == "county3")))
    assert len(stored) == 1
