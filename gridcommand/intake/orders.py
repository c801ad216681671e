"""Taking in a file of work orders from a source, all or nothing (SPEC §11).

As with the §11 imports, the file is read and checked, and its new orders built and compared
with the open incidents, before anything is locked (``prepare``); ``write`` then gives them their
codes and ids and writes them in the caller's one short transaction. Orders are matched on the
source's own number: a file imported again adds only the orders it did not have before.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..base import clock
from ..base.enums import OPEN_STATUSES, Source
from ..base.errors import InputError
from ..base.messages import Message
from ..imports.base import ImportReport, Lookups, RowError
from ..imports.incidents import T_EVENT, T_INCIDENT, incident_row, timeline
from ..imports.reader import read_sheet
from ..models import DuplicateFlag, Incident, IntakeOrder, IntakeSource, User
from ..org.township import require as township
from ..store.bulk import BulkWriter, roomy_cache, stored
from ..workflow.deadlines import RuleBook
from ..workflow.report import START_LEVEL, next_code
from . import mapping, repeat_settings
from .duplicates import Finder, Item, Match
from .places import Categories, Places

TITLE_LENGTH = 30         # an order without a title is titled by its text's first words
T_ORDER, T_FLAG = IntakeOrder.__table__, DuplicateFlag.__table__


@dataclass
class IntakeReport(ImportReport):
    flagged: int = 0

    def summary(self) -> Message:
        if not self.ok:
            return super().summary()
        return Message("共 {rows} 行:新增 {created}(其中疑似重复 {flagged}),已导入过 {skipped}",
                       rows=self.rows, created=self.created, flagged=self.flagged, skipped=self.skipped)


@dataclass
class Order:
    row: int
    order_no: str
    reported_at: dt.datetime
    incident: dict          # the incident's stored row, but its id and code
    events: list[dict]
    match: Match | None     # Match.original < 0: the order on that row of the same file


@dataclass
class Prepared:
    source_id: int
    source_name: str
    file_name: str
    sha256: str
    report: IntakeReport
    orders: list[Order] = field(default_factory=list)


def find_source(session: Session, source: int | str) -> IntakeSource:
    found = (session.get(IntakeSource, source) if isinstance(source, int) else
             session.scalars(select(IntakeSource).where(IntakeSource.name == source)).first())
    if found is None:
        names = session.scalars(select(IntakeSource.name).order_by(IntakeSource.name)).all()
        raise InputError("没有名为“{name}”的来件来源;已有:{names}", name=source, names=names or "—")
    return found


def _refuse(report: IntakeReport, errors: list[RowError]) -> None:
    if errors:
        report.refuse(errors)


def known_orders(session: Session, source_id: int, numbers: list[str]) -> set[str]:
    return {n for start in range(0, len(numbers), 500) for n in session.scalars(
        select(IntakeOrder.order_no).where(IntakeOrder.source_id == source_id,
                                           IntakeOrder.order_no.in_(numbers[start:start + 500])))}


def prepare(session: Session, source: int | str, path: str | Path) -> Prepared:
    """Read ``path`` with the source's mapping and check every row; raises ``ImportFailed``
    naming the file's row and column of every problem."""
    path = Path(path)
    sheet = read_sheet(path)
    found = find_source(session, source)
    columns = mapping.loads(found.columns)
    report = IntakeReport(kind="intake", rows=len(sheet.rows), encoding=sheet.encoding)
    records, errors = mapping.read_rows(sheet, columns)
    first: dict[str, int] = {}
    for record in records:
        if record["order_no"] and first.setdefault(record["order_no"], record["_row"]) != record["_row"]:
            errors.append(RowError(record["_row"], columns["order_no"],
                                   Message("与第 {row} 行重复", row=first[record["order_no"]])))
    known = known_orders(session, found.id, list(first))
    fresh = [r for r in records if r["order_no"] not in known]
    resolved = Resolver(session, found, columns)
    for record in fresh:
        resolved.check(record, lambda key, message, n=record["_row"]: errors.append(
            RowError(n, columns.get(key, ""), message)))
    _refuse(report, errors)
    report.skipped = len(records) - len(fresh)
    with open(path, "rb") as file:
        sha256 = hashlib.file_digest(file, "sha256").hexdigest()
    prepared = Prepared(found.id, found.name, path.name, sha256, report)
    prepared.orders = resolved.orders(fresh)
    report.flagged = sum(1 for order in prepared.orders if order.match)
    return prepared


class Resolver:
    """The rows of one source in our terms: grid, category, colour, time limit; then built as
    incidents and compared with the open ones."""

    def __init__(self, session: Session, source: IntakeSource, columns: dict[str, str]):
        self.session, self.source, self.columns = session, source, columns
        self.places, self.categories = Places(session), Categories(session)
        self.now = clock.now()

    def check(self, record, error) -> None:
        record["grid_id"] = self._grid(record, error)
        record["category_ids"] = self._category(record, error)
        if record["reported_at"] and record["reported_at"] > self.now:
            error("reported_at", Message("时间晚于现在"))
        if record["reported_at"]:
            record["limit_at"] = mapping.limit_at(record["time_limit"], record["reported_at"])
            if record["limit_at"] and record["limit_at"] <= record["reported_at"]:
                error("time_limit", Message("时限早于来电时间"))

    def _grid(self, record, error) -> int | None:
        if record["grid"]:
            gid = self.places.grid(record["grid"])
            if gid is None:
                error("grid", Message("网格“{grid}”不存在(可写网格编码,或村社名加网格名)", grid=record["grid"]))
            return gid
        gid = self.places.grid_in_address(record["address"]) if record["address"] else None
        if gid is None and self.source.default_grid_id is None:
            error("address" if self.columns.get("address") else "grid", Message(
                "无法确定所属网格:地址中没有写明村社和网格(如“星湖社区第1网格”),该来源也没有设默认网格"))
        return gid or self.source.default_grid_id

    def _category(self, record, error) -> tuple[int, int | None] | None:
        found = self.categories.of(record["category"]) if record["category"] else None
        if found is None and self.source.default_category_id is None:
            error("category", Message("类别“{value}”不是本系统的大类或小类,该来源也没有设默认大类;可选大类:{choices}",
                                      value=record["category"] or "", choices=list(self.categories.main)))
        return found or (self.source.default_category_id, None)

    def orders(self, records) -> list[Order]:
        lookups, book = Lookups(self.session), RuleBook.load(self.session)
        dialect = self.session.get_bind().dialect.name
        records = sorted(records, key=lambda r: (r["reported_at"], r["_row"]))
        built = [(record, *self._incident(record, lookups, book)) for record in records]
        new = [Item.of(-record["_row"], record["reported_at"], row["category_id"], row["subcategory_id"],
                       row["grid_id"], record["address"], row["title"] + row["description"])
               for record, row, _e in built]
        finder = self._finder()
        open_ = self._open(finder.window, records) if records else []
        finder.weigh([item.sounds for item in open_ + new])
        for item in open_:
            finder.add(item)
        found = []
        for (record, row, events), item in zip(built, new):
            found.append(Order(record["_row"], record["order_no"], record["reported_at"],
                               stored(dialect, T_INCIDENT, row), [stored(dialect, T_EVENT, e) for e in events],
                               finder.match(item)))
            finder.add(item)
        return found

    def _finder(self) -> Finder:
        chosen = repeat_settings.load(self.session)
        return Finder(dt.timedelta(days=chosen.days), chosen.percent / 100)

    def _open(self, window: dt.timedelta, records) -> list[Item]:
        """The open incidents an order of the file may repeat."""
        start, end = records[0]["reported_at"] - window, records[-1]["reported_at"] + window
        return [Item.of(*row[:6], row[6] + (row[7] or "")) for row in self.session.execute(
            select(Incident.id, Incident.reported_at, Incident.category_id, Incident.subcategory_id,
                   Incident.grid_id, Incident.location, Incident.title, Incident.description)
            .where(Incident.reported_at.between(start, end), Incident.status.in_(list(OPEN_STATUSES)))
            .order_by(Incident.reported_at))]

    def _incident(self, record, lookups: Lookups, book: RuleBook) -> tuple[dict, list[dict]]:
        category_id, subcategory_id = record["category_ids"]
        names = self.categories.name_of
        source = Source(self.source.source)
        ledger = {key: None for key in ("accepted_at", "dispatched_at", "unit", "responsible_no",
                                        "resolved_at", "closed_at", "cancelled_at", "cancel_reason",
                                        "mediation_failures", "rework_count", "satisfaction",
                                        "reporter_no", "serious")}
        ledger.update(code=None, title=record["title"] or title_of(record["content"]),
                      description=record["content"], category=names[category_id],
                      subcategory=names.get(subcategory_id), colour=record["colour"] or self.source.default_colour,
                      grid=self.places.code_of[record["grid_id"]], source=source,
                      reporter_name=record["contact"], reported_at=record["reported_at"],
                      level=START_LEVEL.get(source), _failed=set())
        row = incident_row(ledger, lookups, book, self.now)
        row.update(location=record["address"] or None, reporter_phone=record["phone"],
                   limit_at=record.get("limit_at"))
        events = timeline(row, ledger, note=f"{source.label} 工单 {record['order_no']}")
        return row, events


def title_of(content: str) -> str:
    """The complaint's first clause, without the call's own words ("市民来电反映:")."""
    first = content.strip().splitlines()[0] if content.strip() else ""
    said = re.search(r"[::]", first[:14])
    first = first[said.end():] if said else first
    for stop in "。!?;":
        first = first.split(stop)[0]
    return first if len(first) <= TITLE_LENGTH else first[:TITLE_LENGTH - 1] + "…"


def write(session: Session, prepared: Prepared, actor: User) -> IntakeReport:
    """The prepared orders as incidents in 上报, in the caller's transaction; orders another seat
    took in meanwhile are left out."""
    report = prepared.report
    taken = known_orders(session, prepared.source_id, [o.order_no for o in prepared.orders])
    orders = [o for o in prepared.orders if o.order_no not in taken]
    report.skipped += len(prepared.orders) - len(orders)
    writer = BulkWriter(session.connection(), stored=True)
    with roomy_cache(session.connection()):
        prefix, codes = township(session).code_prefix, _Codes(session)
        now, ids = clock.now(), {}
        for order in orders:
            incident_id = ids[-order.row] = writer.next_id(T_INCIDENT)
            code = codes.next(prefix, order.reported_at)
            writer.add(T_INCIDENT, {**order.incident, "id": incident_id, "code": code})
            for event in order.events:
                writer.add(T_EVENT, {**event, "incident_id": incident_id, "actor_id": actor.id})
            writer.add(T_ORDER, stored(session.get_bind().dialect.name, T_ORDER, dict(
                id=writer.next_id(T_ORDER), source_id=prepared.source_id, order_no=order.order_no,
                incident_id=incident_id, imported_at=now, file_name=prepared.file_name[:255])))
            writer.maybe_flush()
        report.created, report.flagged = len(orders), 0
        for order in orders:
            # An earlier order of the same file is known by minus its row until it has its id.
            original = order.match and ids.get(order.match.original, order.match.original)
            if original and original > 0:
                writer.add(T_FLAG, dict(id=writer.next_id(T_FLAG), incident_id=ids[-order.row],
                                        original_id=original, reason=order.match.reason,
                                        similarity=order.match.similarity, decision=None,
                                        decided_by=None, decided_at=None))
                report.flagged += 1
        writer.flush()
    return report


class _Codes:
    """Incident codes for many new incidents: each day's last number read once."""

    def __init__(self, session: Session):
        self.session, self._last = session, {}

    def next(self, prefix: str, at: dt.datetime) -> str:
        stem = clock.local(at).strftime("%Y%m%d")
        if stem not in self._last:
            self._last[stem] = int(next_code(self.session, prefix, at).rsplit("-", 1)[1]) - 1
        self._last[stem] += 1
        return f"{prefix}-{stem}-{self._last[stem]:04d}"


__all__ = ["IntakeReport", "Prepared", "find_source", "prepare", "write"]
