"""The county seat demo (SPEC §13): three townships, each its own SQLite database built as the
township demo is (each from its own seed), with the county's departments and the county's
account in each, a few items escalated to the county — some already taken up there — and the
seat's settings file beside them."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select, update

from ..base.enums import HoldingLevel, Status, UnitKind, UserRole
from ..base.errors import InputError
from ..base.progress import SILENT, Progress
from ..models import Incident, Unit, User
from ..ops import accounts, administration, incidents, open_database
from . import DEMO_PASSWORD
from .build import build_demo
from .scales import SCALES, Scale

TOWNSHIPS = ("天凝镇", "西塘镇", "姚庄镇")
COUNTY_DEPARTMENTS = ("县住建局", "县水利局", "县交通运输局", "县市场监管局")
COUNTY_ACCOUNT, COUNTY_NAME = "county1", "县社会治理中心值班员"
SETTINGS = "county.toml"
ESCALATED = 5   # items each township has sent up to the county


def build_county_seat(folder: Path, seed: int = 1, today: dt.date | None = None, scale: str | Scale = "township",
                      progress: Progress = SILENT) -> Path:
    """The three townships' databases in ``folder`` (which must hold none yet) and the settings
    file that lists them; returns the settings file."""
    base = SCALES[scale] if isinstance(scale, str) else scale
    folder.mkdir(parents=True, exist_ok=True)
    listed = []
    for n, name in enumerate(TOWNSHIPS):
        path = folder / f"township-{n + 1}.sqlite"
        with open_database(path=path) as db:
            build_demo(db, replace(base, township=name), seed + n, today,
                       progress.part(n / len(TOWNSHIPS), (n + 0.95) / len(TOWNSHIPS)))
            county_part(db, seed + n)
        listed.append(f'[[townships]]\nname = "{name}"\nfile = "{path.name}"\n')
    settings = folder / SETTINGS
    settings.write_text(f'# The county seat of the demo: python main.py --county {settings}\n'
                        f'county = "{base.county}"\n\n' + "\n".join(listed), encoding="utf-8")
    progress.report(1.0, "完成")
    return settings


def set_aside(folder: Path) -> Path | None:
    """Move an earlier county seat demo aside (one earlier one is kept), as a township demo is."""
    if not folder.exists():
        return None
    if not (folder / SETTINGS).is_file():
        raise InputError("{folder} 不是县级演示数据的文件夹,不会替换它", folder=folder)
    previous = folder.with_name(f"{folder.name}.previous")
    shutil.rmtree(previous, ignore_errors=True)
    folder.rename(previous)
    return previous


def county_part(db, seed: int, escalated: int = ESCALATED) -> None:
    """The county's departments and account, and ``escalated`` items sent up to the county."""
    admin, duty = (accounts.sign_in(db, name, DEMO_PASSWORD) for name in ("admin", "duty1"))
    for name in COUNTY_DEPARTMENTS:
        administration.add_unit(db, admin, name, UnitKind.COUNTY)
    accounts.create_user(db, admin, COUNTY_ACCOUNT, COUNTY_NAME, [UserRole.COUNTY], DEMO_PASSWORD)
    with db.session() as session:  # the demo's accounts all sign in with the one documented password
        session.execute(update(User).where(User.username == COUNTY_ACCOUNT).values(must_change_password=False))
        session.commit()
        # Items still with the command room, oldest first, some from each state: what a township
        # cannot settle alone.
        chosen = list(session.scalars(
            select(Incident.id).where(Incident.status.in_((Status.REPORTED, Status.ACCEPTED)),
                                      Incident.level != HoldingLevel.COUNTY)
            .order_by(Incident.reported_at, Incident.id).limit(escalated)))
        housing = session.scalar(select(Unit.id).where(Unit.name == COUNTY_DEPARTMENTS[0]))
    for incident_id in chosen:
        while incidents.detail(db, duty, incident_id).level != HoldingLevel.COUNTY:
            incidents.escalate(db, duty, incident_id, "涉及县级部门职责,镇级无法协调解决")
    county = accounts.sign_in(db, COUNTY_ACCOUNT, DEMO_PASSWORD)
    for n, incident_id in enumerate(chosen[:2]):  # the county has taken up the first two
        if incidents.detail(db, county, incident_id).status == Status.REPORTED:
            incidents.accept(db, county, incident_id, "县级受理")
        if n == 0:
            incidents.dispatch(db, county, incident_id, housing, note="请县住建局牵头处置")
