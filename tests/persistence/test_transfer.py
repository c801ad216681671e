"""Moving a township from its SQLite file to a PostgreSQL server (SPEC §12): every row, the
audit chain intact, and the server's database working on from there."""

import shutil

import pytest
from sqlalchemy import func, select

from gridcommand.base.errors import InputError, NotAllowed
from gridcommand.cli.main import main
from gridcommand.demo import DEMO_PASSWORD
from gridcommand.demo.build import build_demo
from gridcommand.models import Incident
from gridcommand.ops import accounts, incidents, maintenance
from gridcommand.ops.unit_of_work import read
from gridcommand.record import audit, transfer
from gridcommand.store.database import Database
from gridcommand.workflow import NewIncident

from ..conftest import _pg_database
from ..factories import TINY, TODAY


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory, sqlite_template):
    path = tmp_path_factory.mktemp("transfer") / "township.sqlite"
    shutil.copy(sqlite_template, path)
    with Database(f"sqlite:///{path}") as db:
        build_demo(db, TINY, seed=3, today=TODAY)
    return path


@pytest.fixture
def township(demo_file, tmp_path):
    path = tmp_path / "township.sqlite"
    shutil.copy(demo_file, path)
    with Database(f"sqlite:///{path}") as db:
        yield db


def counts(db) -> dict[str, int]:
    with db.session() as s:
        return {t.name: s.scalar(select(func.count()).select_from(t)) for t in transfer.tables()}


def test_transfer_to_postgresql_keeps_every_row_and_the_chain(township, pg_cluster):
    url = _pg_database(pg_cluster, "template_empty")
    admin = accounts.sign_in(township, "admin", DEMO_PASSWORD)
    copied = maintenance.transfer(township, admin, url).value
    source = counts(township)
    assert copied == source and copied["audit_log"] > 1000
    with Database(url) as server:
        assert counts(server) == source
        verdict = read(server, audit.verify)
        assert verdict.ok and verdict.head == read(township, audit.head)[1]
        # the request came first, and the checked backup of the township was made after it
        assert [e.action for e in read(server, audit.entries, "database")] == ["transfer.request", "transfer"]
        # the server works on: new ids follow the copied ones, the demo accounts sign in
        duty = accounts.sign_in(server, "duty1", DEMO_PASSWORD)
        with server.session() as s:
            incident = s.scalars(select(Incident).limit(1)).one()
        new_id, _code = incidents.report(server, duty, NewIncident(
            title="迁移后第一件", category_id=incident.category_id, grid_id=incident.grid_id,
            colour="blue", source="citizen", reporter_name="王先生")).value
        assert new_id > max(read(township, lambda s: s.scalars(select(Incident.id)).all()))
        assert read(server, audit.verify).ok


def test_transfer_only_into_an_empty_database_and_only_by_an_administrator(township, pg_cluster):
    url = _pg_database(pg_cluster, "template_empty")
    admin = accounts.sign_in(township, "admin", DEMO_PASSWORD)
    with pytest.raises(NotAllowed):
        maintenance.transfer(township, accounts.sign_in(township, "hr", DEMO_PASSWORD), url)
    maintenance.transfer(township, admin, url)
    with pytest.raises(InputError, match="已有乡镇数据"):
        maintenance.transfer(township, admin, url)


def test_the_command_line_transfers_and_verifies(township, pg_cluster, monkeypatch, capsys):
    url = _pg_database(pg_cluster, "template_empty")
    monkeypatch.setenv("GRIDCOMMAND_USER", "admin")
    monkeypatch.setenv("GRIDCOMMAND_PASSWORD", DEMO_PASSWORD)
    assert main(["--db", township.url.database, "transfer", "--to", url]) == 1  # not confirmed
    assert "--yes" in capsys.readouterr().err
    assert main(["--db", township.url.database, "transfer", "--to", url, "--yes"]) == 0
    assert "审计链校验通过" in capsys.readouterr().out
    assert main(["--database-url", url, "audit", "verify"]) == 0
    assert "链头" in capsys.readouterr().out
