"""The agenda builder of SPEC §5: what a meeting starting at T (on day D) should look at,
section by section, from the record. The window is [D − window_days, D), in Asia/Shanghai days;
what is overdue is read at T.

The builder only reads; ``service.build_agenda`` saves what it proposes. An incident appears in
the first section that names it only, and its line names every reason it qualifies.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from ..base import clock
from ..base.enums import OPEN_STATUSES, HoldingLevel, Outcome, PersonColour, WarningColour
from ..base.masking import mask_id
from ..figures.metrics import figures
from ..figures.unit_scores import monthly_ranking
from ..models import ActionItem, Category, Grid, Incident, IncidentCard, KeyPerson, Meeting, Staff, Unit, Village, Visit
from ..org.defaults import DISPUTE_CATEGORY
from ..visits.rules import days_overdue, due_on, intervals, is_overdue as visit_overdue, overdue_from
from ..workflow.deadlines import is_overdue, overdue_clause
from .settings import ACTION_SECTION, KEY_PERSON_SECTION, MeetingSettings

DEFAULT_MINUTES = {1: 3, 2: 5, 3: 5, 4: 5, 5: 5, 6: 3, 7: 10, 8: 5}


@dataclass
class Draft:
    section: int
    title: str
    detail: str = ""
    incident_id: int | None = None
    key_person_id: int | None = None
    action_item_id: int | None = None
    grid_id: int | None = None
    category_id: int | None = None
    unit_id: int | None = None
    minutes: int = 5
    # What the fitting (``fit``) ranks by: an incident's or a key person's colour, a serious
    # incident, one escalated or flagged, how long it has been overdue at the meeting's start.
    colour: str | None = None
    serious: bool = False
    pressing: bool = False
    overdue_s: float = 0.0


def window(day: dt.date, settings: MeetingSettings) -> tuple[dt.datetime, dt.datetime]:
    end = clock.at_local(day)
    return end - dt.timedelta(days=settings.window_days), end


def build(session: Session, starts_at: dt.datetime, settings: MeetingSettings | None = None) -> list[Draft]:
    settings = settings or MeetingSettings.load(session)
    day = clock.local(starts_at).date()
    start, end = window(day, settings)
    drafts: list[Draft] = []
    seen: set[int] = set()
    # Lazily, in order: a section's query leaves out the incidents an earlier one listed, so that
    # its own limit is spent on new ones.
    for section, items in ((ACTION_SECTION, lambda: _action_items(session, start, end, day)),
                           (2, lambda: _overdue(session, starts_at, settings)),
                           (3, lambda: _escalated(session, starts_at, settings, seen)),
                           (4, lambda: _disputes(session, starts_at, seen)),
                           (5, lambda: _hotspots(session, start, end, settings)),
                           (KEY_PERSON_SECTION, lambda: _visits(session, starts_at, settings)),
                           (7, lambda: _figures(session, start, end))):
        for draft in items():
            if draft.incident_id is not None:
                if draft.incident_id in seen:
                    continue
                seen.add(draft.incident_id)
            draft.section = section
            draft.minutes = DEFAULT_MINUTES[section]
            drafts.append(draft)
    return drafts


def _incident_line(code, title, village, grid) -> str:
    return f"{code} {title}({village} {grid})"


def _action_items(session, start, end, day) -> list[Draft]:
    """Action items from earlier meetings not done, or due in the window."""
    rows = session.execute(
        select(ActionItem, Unit.name, Staff.name)
        .join(Meeting, Meeting.id == ActionItem.meeting_id)
        .outerjoin(Unit, Unit.id == ActionItem.unit_id).outerjoin(Staff, Staff.id == ActionItem.staff_id)
        .where(Meeting.starts_at < end,
               (ActionItem.status == "open")
               | and_(ActionItem.due_date >= clock.local(start).date(), ActionItem.due_date < day))
        .order_by(ActionItem.due_date, ActionItem.id)).all()
    out = []
    for item, unit, person in rows:
        state = "已完成" if item.status == "done" else ("已逾期" if item.due_date < day else "进行中")
        who = "、".join(x for x in (unit, person) if x) or "未指定"
        out.append(Draft(ACTION_SECTION, f"待办:{item.title}", f"责任:{who};期限 {item.due_date:%Y-%m-%d};{state}",
                         action_item_id=item.id, unit_id=item.unit_id))
    return out


def _incident_rows(session, *conditions, order=None, limit=None):
    stmt = (select(Incident.id, Incident.code, Incident.title, Village.name.label("village"),
                   Grid.name.label("grid"), Incident.step_due_at, Incident.unit_id, Incident.grid_id,
                   Incident.category_id, Incident.colour, Incident.level, Incident.return_count,
                   Incident.rework_count, Incident.flagged, Incident.serious)
            .join(Grid, Grid.id == Incident.grid_id).join(Village, Village.id == Grid.village_id)
            .where(Incident.status.in_(OPEN_STATUSES), *conditions))
    if order is not None:
        stmt = stmt.order_by(*order)
    return session.execute(stmt.limit(limit)).all()


def _capped(drafts: list[Draft], total: int, what: str) -> list[Draft]:
    if total > len(drafts):
        drafts.append(Draft(0, f"另有 {total - len(drafts)} 件{what}未列出", "详见事件队列"))
    return drafts


def _disputes_ids(session) -> set[int]:
    return set(session.scalars(select(Category.id).where(Category.name == DISPUTE_CATEGORY,
                                                         Category.parent_id.is_(None))))


def reasons(row, at: dt.datetime, cards: set[str], disputes: set[int]) -> str:
    """Every reason an open incident is on the agenda, as its line says them (SPEC §5):
    "超期 3 天 · 已提级镇街 · 红牌 · 退回 2 次"."""
    out = []
    if is_overdue(row.step_due_at, at):
        out.append(f"超期 {clock.format_span(at - row.step_due_at)}")
    if row.level in (HoldingLevel.TOWNSHIP, HoldingLevel.COUNTY):
        out.append(f"已提级{HoldingLevel(row.level).label}")
    if "red" in cards or "yellow" in cards:
        out.append("红牌" if "red" in cards else "黄牌")
    if row.return_count:
        out.append(f"退回 {row.return_count} 次")
    if row.rework_count:
        out.append(f"返工 {row.rework_count} 次")
    if row.category_id in disputes and row.colour in (WarningColour.RED, WarningColour.YELLOW):
        out.append(f"{WarningColour(row.colour).label}色预警纠纷")
    return " · ".join(out)


def _incident_drafts(session, section: int, rows, at: dt.datetime) -> list[Draft]:
    ids = [r.id for r in rows]
    cards: dict[int, set[str]] = {}
    if ids:
        for incident_id, colour in session.execute(select(IncidentCard.incident_id, IncidentCard.colour)
                                                   .where(IncidentCard.incident_id.in_(ids),
                                                          IncidentCard.issued_at <= at)):
            cards.setdefault(incident_id, set()).add(colour)
    disputes = _disputes_ids(session)
    return [Draft(section, _incident_line(r.code, r.title, r.village, r.grid),
                  reasons(r, at, cards.get(r.id, set()), disputes),
                  incident_id=r.id, grid_id=r.grid_id, category_id=r.category_id, unit_id=r.unit_id,
                  colour=r.colour, serious=bool(r.serious),
                  pressing=bool(r.flagged) or r.level in (HoldingLevel.TOWNSHIP, HoldingLevel.COUNTY),
                  overdue_s=(at - r.step_due_at).total_seconds() if is_overdue(r.step_due_at, at) else 0.0)
            for r in rows]


def _overdue(session, at, settings) -> list[Draft]:
    """Open incidents overdue at the meeting's start, most overdue first."""
    rows = _incident_rows(session, overdue_clause(at), order=(Incident.step_due_at, Incident.id),
                          limit=settings.max_items_per_section)
    total = session.scalar(select(func.count()).where(Incident.status.in_(OPEN_STATUSES), overdue_clause(at)))
    return _capped(_incident_drafts(session, 2, rows, at), total, "超期事件")


def _escalated(session, at, settings, listed: set[int]) -> list[Draft]:
    """Open incidents held at township level or above (escalated, or imported so), and those the
    automatic rule flagged for returns or reworks."""
    condition = Incident.level.in_((HoldingLevel.TOWNSHIP, HoldingLevel.COUNTY)) | Incident.flagged
    rows = _incident_rows(session, condition, Incident.reported_at < at, Incident.id.not_in(listed),
                          order=(Incident.reported_at, Incident.id), limit=settings.max_items_per_section)
    return _incident_drafts(session, 3, rows, at)


def _disputes(session, at, listed: set[int]) -> list[Draft]:
    """Open red and yellow disputes."""
    rows = _incident_rows(session, Incident.category_id.in_(_disputes_ids(session)),
                          Incident.colour.in_((WarningColour.RED, WarningColour.YELLOW)),
                          Incident.reported_at < at, Incident.id.not_in(listed),
                          order=(Incident.colour, Incident.reported_at))
    return _incident_drafts(session, 4, rows, at)


def _hotspots(session, start, end, settings) -> list[Draft]:
    """(grid, category) pairs with at least the threshold of incidents reported in the window."""
    n = func.count().label("n")
    rows = session.execute(
        select(Incident.grid_id, Incident.category_id, Grid.code, Grid.name, Village.name,
               Category.name, n)
        .join(Grid, Grid.id == Incident.grid_id).join(Village, Village.id == Grid.village_id)
        .join(Category, Category.id == Incident.category_id)
        .where(Incident.reported_at >= start, Incident.reported_at < end)
        .group_by(Incident.grid_id, Incident.category_id, Grid.code, Grid.name, Village.name, Category.name)
        .having(func.count() >= settings.hotspot_threshold)
        .order_by(n.desc(), Grid.code)).all()
    return [Draft(5, f"{village} {grid_name}:{category} 一周 {count} 件", "多发问题,研判原因与对策",
                  grid_id=grid_id, category_id=category_id)
            for grid_id, category_id, _code, grid_name, village, category, count in rows]


def _visits(session, at, settings) -> list[Draft]:
    """Red and orange key persons whose visit is overdue at D."""
    last = (select(Visit.key_person_id, func.max(Visit.visited_at).label("last"))
            .where(Visit.visited_at < at).group_by(Visit.key_person_id).subquery())
    rows = session.execute(
        select(KeyPerson.id, KeyPerson.name, KeyPerson.id_number, KeyPerson.colour, KeyPerson.tagged_on,
               last.c.last, Staff.name, Grid.name, Village.name, KeyPerson.grid_id)
        .outerjoin(last, last.c.key_person_id == KeyPerson.id)
        .join(Staff, Staff.id == KeyPerson.responsible_staff_id)
        .join(Grid, Grid.id == KeyPerson.grid_id).join(Village, Village.id == Grid.village_id)
        .where(KeyPerson.colour.in_((PersonColour.RED, PersonColour.ORANGE)))
        .order_by(KeyPerson.colour.desc(), KeyPerson.id)).all()
    days = intervals(session, clock.local(at).strftime("%Y-%m"))
    drafts = []
    for pid, name, id_number, colour, tagged_on, last_at, worker, grid, village, grid_id in rows:
        due = due_on(last_at, tagged_on, days[colour])
        if visit_overdue(due, at):
            label = PersonColour(colour).label
            drafts.append(Draft(KEY_PERSON_SECTION, f"{label}色重点人员 {name}({mask_id(id_number)})走访逾期",
                                f"{village} {grid};责任网格员 {worker};"
                                f"上次走访 {clock.format_local(last_at) if last_at else '无'},"
                                f"应于 {due:%Y-%m-%d} 走访,逾期 {days_overdue(due, at)} 天",
                                key_person_id=pid, grid_id=grid_id, colour=colour,
                                overdue_s=(at - overdue_from(due)).total_seconds()))
    total = len(drafts)
    return _capped(drafts[:settings.max_items_per_section], total, "走访逾期人员")


def _figures(session, start, end) -> list[Draft]:
    total = figures(session, start, end, now=end)[0]
    by_village = figures(session, start, end, "village", now=end)
    lines = [f"{f.key}:上报 {f.reported},办结 {f.closed},办结率 {_pct(f.closure_rate)},"
             f"按期率 {_pct(f.on_time_rate)}" for f in by_village if f.reported]
    drafts = [Draft(7, f"本周数据:上报 {total.reported} 件,办结 {total.closed} 件,"
                       f"办结率 {_pct(total.closure_rate)},按期办结率 {_pct(total.on_time_rate)}",
                    "\n".join(lines))]
    month = clock.local(end - dt.timedelta(days=1)).strftime("%Y-%m")
    worst = [u for u in sorted(monthly_ranking(session, month),
                               key=lambda u: -(u.yellow_cards + 2 * u.red_cards + u.returns))
             if u.yellow_cards or u.red_cards or u.returns][:5]
    if worst:
        drafts.append(Draft(7, "督办与退单较多的单位(本月)", "\n".join(
            f"{u.unit}:黄牌 {u.yellow_cards},红牌 {u.red_cards},退单 {u.returns},返工 {u.reworks}"
            for u in worst), unit_id=worst[0].unit_id))
    on_watch = (Incident.outcome == Outcome.WATCH) & (Incident.closed_at < end)
    count = session.scalar(select(func.count()).where(on_watch))
    watch = session.execute(select(Incident.code, Incident.title).where(on_watch)
                            .order_by(Incident.closed_at.desc()).limit(20)).all()
    if watch:
        latest = f"(列出最近 {len(watch)} 件)" if count > len(watch) else ""
        drafts.append(Draft(7, f"挂账事项 {count} 件{latest}", "\n".join(f"{c} {t}" for c, t in watch)))
    return drafts


def _pct(value) -> str:
    return "—" if value is None else f"{value:.1%}"
