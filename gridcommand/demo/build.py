"""Building the demo township into an empty database (see the package's docstring)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, replace

from ..base import clock
from ..base.errors import InputError
from ..base.progress import SILENT, Progress
from ..models import Incident, Setting
from ..org.township import DEMO_KEY, current, init_township
from ..store.bulk import BulkWriter, roomy_cache
from ..store.database import Database
from . import anchor_time, today as today_
from .history import chain_events
from .incidents import IncidentGenerator
from .org import People, build_org
from .people import build_commendations, build_key_persons, build_visits
from .reviews import build_reviews
from .scales import SCALES, Scale


@dataclass
class DemoResult:
    scale: Scale
    seed: int
    today: dt.date
    counts: dict[str, int]


EVALUATED_MONTHS = 12


def _evaluate_history(db: Database, scale: Scale, today: dt.date, progress: Progress) -> None:
    """Evaluate the demo's whole months (up to the last twelve) as its HR officer would have:
    each locked, so that careers have a history to judge — but the last, computed and left for
    HR to adjust and lock on the first morning."""
    from ..models import User
    from ..ops import evaluation
    from ..ops.actor import Actor

    with db.session() as session:
        hr = Actor.of(session.query(User).filter_by(username="hr").one())
    months = []
    first = today.replace(day=1)
    for _ in range(min(EVALUATED_MONTHS, scale.months)):
        first = (first - dt.timedelta(days=1)).replace(day=1)
        months.insert(0, first.strftime("%Y-%m"))
    for n, month in enumerate(months):
        progress.report(n / max(1, len(months)), f"考核 {month}")
        if month == months[-1]:
            evaluation.month(db, hr, month)
        else:
            evaluation.lock(db, hr, month)


def build_demo(db: Database, scale: str | Scale, seed: int, today: dt.date | None = None,
               progress: Progress = SILENT) -> DemoResult:
    scale = SCALES[scale] if isinstance(scale, str) else scale
    today = today or clock.today()
    with db.session() as session:
        if current(session) is not None or session.query(Incident.id).first():
            raise InputError("{target} 已有数据;演示数据只能写入空数据库。", target=db.describe())
        township = init_township(session, scale.township, scale.county)
        session.add_all([Setting(key="demo.seed", value=str(seed)),
                         Setting(key=DEMO_KEY, value=scale.name),
                         Setting(key="demo.today", value=today.isoformat())])
        session.commit()
        township_id, prefix = township.id, township.code_prefix
    rng = random.Random(seed)
    people = People(rng, seed)
    anchor = anchor_time(today)
    with db.engine.connect() as connection, roomy_cache(connection):
        w = BulkWriter(connection)
        progress.report(0.0, "组织架构")
        org = build_org(w, scale, township_id, rng, people, today)
        progress.report(0.03, "重点人员")
        persons = build_key_persons(w, scale, rng, people, org, today)
        build_commendations(w, scale, rng, org, today)
        w.flush()
        connection.commit()
        history = replace(scale, incidents=max(0, scale.incidents - today_.INCIDENTS))
        IncidentGenerator(w, history, rng, people, org, persons, prefix, anchor).generate(
            progress.part(0.05, 0.75))
        w.flush()
        connection.commit()
        build_visits(w, scale, rng, today, anchor, progress.part(0.75, 0.82))
        w.flush()
        connection.commit()
        w.counts["audit_log"] = chain_events(connection, progress.part(0.82, 0.95))
        connection.commit()
    _evaluate_history(db, scale, today, progress.part(0.95, 0.98))
    progress.report(0.98, "事后倒查")
    w.counts["review"] = build_reviews(db)
    progress.report(0.99, "今天的工作")
    w.counts["incident"] += today_.open_work(db, anchor, seed)
    today_.meeting_weeks(db, anchor)
    today_.hotline(db, anchor, seed)
    progress.report(1.0, "完成")
    return DemoResult(scale, seed, today, dict(w.counts))
