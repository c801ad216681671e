"""The notices issued, and withdrawing one 撤回 issued by mistake: with a reason, noted on each of
its items' timelines. A withdrawn notice keeps its number (numbers are never reused) and no
longer counts against its unit."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...base import clock
from ...base.enums import Action
from ...base.errors import InputError
from ...models import Incident, IncidentEvent, SupervisionNotice, Unit, User, notice_incident
from .issue import serial

SHOWN = 500
REASON_LIMIT = 200


@dataclass(frozen=True)
class Issued:
    id: int
    serial: str
    unit: str
    issued_at: dt.datetime
    issued_by: str
    answer_by: dt.date
    codes: tuple[str, ...]          # the items it names
    withdrawn_at: dt.datetime | None
    withdrawn_by: str | None
    withdraw_reason: str | None

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_at is not None


def issued(session: Session, year: int | None = None, limit: int = SHOWN) -> list[Issued]:
    """The notices issued (in ``year``), newest first."""
    issuer, withdrawer = User.__table__.alias("issuer"), User.__table__.alias("withdrawer")
    query = (select(SupervisionNotice, Unit.name, issuer.c.display_name, withdrawer.c.display_name)
             .join(Unit, Unit.id == SupervisionNotice.unit_id)
             .join(issuer, issuer.c.id == SupervisionNotice.issued_by)
             .outerjoin(withdrawer, withdrawer.c.id == SupervisionNotice.withdrawn_by)
             .order_by(SupervisionNotice.year.desc(), SupervisionNotice.number.desc()).limit(limit))
    if year is not None:
        query = query.where(SupervisionNotice.year == year)
    rows = session.execute(query).all()
    codes: dict[int, list[str]] = {}
    for notice_id, code in session.execute(
            select(notice_incident.c.notice_id, Incident.code)
            .join(Incident, Incident.id == notice_incident.c.incident_id)
            .where(notice_incident.c.notice_id.in_([r[0].id for r in rows])).order_by(Incident.code)):
        codes.setdefault(notice_id, []).append(code)
    return [Issued(n.id, serial(n.year, n.number), unit, n.issued_at, by, n.answer_by, tuple(codes.get(n.id, ())),
                   n.withdrawn_at, withdrawn_by, n.withdraw_reason) for n, unit, by, withdrawn_by in rows]


SERIAL = re.compile(r"(\d{4})\D+?(\d+)")


def find(session: Session, text: str) -> int:
    """A notice by what people type: its serial (督办〔2026〕第 3 号), "2026-3", or a number of
    this year."""
    text = (text or "").strip()
    match = SERIAL.search(text)
    if match:
        year, number = int(match.group(1)), int(match.group(2))
    elif text.isdigit():
        year, number = clock.local(clock.now()).year, int(text)
    else:
        raise InputError("督办通知单编号“{text}”无法识别:应写作 督办〔2026〕第 3 号 或 2026-3", text=text)
    found = session.scalar(select(SupervisionNotice.id).where(SupervisionNotice.year == year,
                                                              SupervisionNotice.number == number))
    if found is None:
        raise InputError("没有督办通知单 {serial}", serial=serial(year, number))
    return found


def withdraw(session: Session, actor: User, notice_id: int, reason: str,
             now: dt.datetime | None = None) -> tuple[str, list[int]]:
    """Withdraw the notice; its serial and the incidents it named."""
    now = now or clock.now()
    notice = session.get(SupervisionNotice, notice_id)
    if notice is None:
        raise InputError("督办通知单 {notice_id} 不存在", notice_id=notice_id)
    number = serial(notice.year, notice.number)
    if notice.withdrawn_at is not None:
        raise InputError("督办通知单 {serial} 已于 {at} 撤回", serial=number, at=clock.format_local(notice.withdrawn_at))
    reason = (reason or "").strip()
    if not reason:
        raise InputError("撤回督办通知单须写明理由")
    if len(reason) > REASON_LIMIT:
        raise InputError("撤回理由不能超过 {limit} 个字", limit=REASON_LIMIT)
    notice.withdrawn_at, notice.withdrawn_by, notice.withdraw_reason = now, actor.id, reason
    items = session.execute(select(Incident.id, Incident.status)
                            .join(notice_incident, notice_incident.c.incident_id == Incident.id)
                            .where(notice_incident.c.notice_id == notice.id).order_by(Incident.id)).all()
    session.add_all(IncidentEvent(incident_id=i, at=now, actor_id=actor.id, action=Action.NOTICE_WITHDRAWN,
                                  from_status=status, to_status=status, unit_id=notice.unit_id,
                                  note=f"撤回督办通知单 {number}:{reason}") for i, status in items)
    session.flush()
    return number, [i for i, _status in items]


def counted(session: Session, start: dt.datetime, end: dt.datetime) -> dict[int, int]:
    """Unit → notices issued in [start, end) and not withdrawn (the unit ranking's count)."""
    return dict(session.execute(select(SupervisionNotice.unit_id, func.count()).where(
        SupervisionNotice.issued_at >= start, SupervisionNotice.issued_at < end,
        SupervisionNotice.withdrawn_at.is_(None)).group_by(SupervisionNotice.unit_id)).all())
