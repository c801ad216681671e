"""Two retrospective reviews in the demo (SPEC §8), so the reviews dock is not empty on first
look: the older serious event's review approved (its findings already count in the month's
evaluation), the newer one's under way with two findings decided."""

from __future__ import annotations

from sqlalchemy import select

from ..models import Category, Incident, User
from ..ops import incidents, reviews
from ..ops.actor import Actor
from ..ops.unit_of_work import read
from ..reviews import views
from ..reviews.lookup import likely_kind
from ..store.database import Database


def _candidates(session, serious: bool) -> list[tuple[int, str]]:
    """Sudden-event and safety incidents, serious or not, fires first, newest first:
    (id, subcategory name)."""
    parents = select(Category.id).where(Category.name.in_(("突发事件", "安全隐患")))
    rows = session.execute(select(Incident.id, Category.name).join(Category, Category.id == Incident.subcategory_id)
                           .where(Incident.serious.is_(serious), Incident.category_id.in_(parents))
                           .order_by(Incident.reported_at.desc()).limit(50)).all()
    return sorted(rows, key=lambda r: r[1] != "火灾")  # stable: fires first


def _actor(session, username: str) -> Actor:
    return Actor.of(session.scalars(select(User).where(User.username == username)).one())


def build_reviews(db: Database) -> int:
    """Returns how many reviews were made."""
    with db.session() as session:
        leader, duty = _actor(session, "leader"), _actor(session, "duty1")
        events = _candidates(session, True)[:2]
        more = _candidates(session, False)[:2 - len(events)]
    for incident_id, _sub in more:  # a small township may have had no serious event yet
        incidents.mark_serious(db, duty, incident_id, "造成人员受伤和财产损失,列为重大事件")
    events += more
    for n, (incident_id, sub) in enumerate(sorted(events)):  # the older one first: approved
        review_id = reviews.open_for_incident(db, leader, incident_id, likely_kind(sub)).value
        findings = read(db, views.review, leader, review_id).findings
        named = [f for f in findings if f.staff_id is not None]
        decided = {f.number: ("major", "未按要求时限处置,经核实负较重责任") for f in named[:1]}
        decided.update({f.number: ("minor", "走访记录不完整,负轻微责任") for f in named[1:2]})
        if n == 0:
            for f in findings:
                level, reason = decided.get(f.number, ("none", "经核实属客观原因,不予追责"))
                reviews.confirm(db, leader, review_id, f.number, level, reason)
            reviews.approve(db, leader, review_id, "事发前网格巡查与重点人员走访存在疏漏,相关人员按认定责任扣分。")
        else:
            for number, (level, reason) in decided.items():
                reviews.confirm(db, leader, review_id, number, level, reason)
    return len(events)
