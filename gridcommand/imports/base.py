"""What every import kind shares: the result types, look-ups into the database, and turning a
sheet into checked records."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..base.changes import Area
from ..base.errors import InputError
from ..base.messages import Message, said
from ..models import Category, Grid, KeyPerson, Staff, Unit, User, Village
from .fields import Field
from .reader import ENCODINGS_TRIED, Sheet

HEADER_ROW = 1
MAX_ERRORS = 200  # listed one by one; past them, counted by column


@dataclass(frozen=True, order=True)
class RowError:
    row: int
    column: str
    message: Message

    def __str__(self) -> str:
        where = f"第 {self.row} 行" + (f"【{self.column}】" if self.column else "")
        return f"{where}:{self.message}"


@dataclass
class ImportReport:
    kind: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    skipped: int = 0
    errors: list[RowError] = field(default_factory=list)
    encoding: str | None = None
    more: dict[str, int] = field(default_factory=dict)  # errors past MAX_ERRORS, by column

    @property
    def ok(self) -> bool:
        return not self.errors

    def refuse(self, errors: list[RowError], order: dict[str, int] | None = None) -> None:
        """Refuse the file for ``errors``: row by row, in the template's column ``order``, what
        concerns a whole row (or file) first; the first MAX_ERRORS listed, the rest counted."""
        order = order or {}
        ranked = sorted(errors, key=lambda e: (e.row, order.get(e.column, -1) if e.column else -2, e.column,
                                               e.message))
        self.errors = ranked[:MAX_ERRORS]
        self.more = dict(Counter(e.column for e in ranked[MAX_ERRORS:]) + Counter(self.more))
        raise ImportFailed(self)

    @property
    def error_count(self) -> int:
        return len(self.errors) + sum(self.more.values())

    def more_said(self) -> Message | None:
        """The errors not listed, by column: "…and N more: 【颜色】 120, 【时间】 3"."""
        if not self.more:
            return None
        columns = "、".join(f"【{column or '—'}】{n:,}" for column, n in sorted(self.more.items(), key=lambda c: -c[1]))
        return Message("……另有 {n} 处同类错误未逐条列出:{columns}", n=f"{sum(self.more.values()):,}", columns=columns)

    def summary(self) -> Message:
        if not self.ok:
            return Message("{n} 处错误,未导入任何数据", n=f"{self.error_count:,}")
        return Message("共 {rows} 行:新增 {created},更新 {updated},已存在未变 {skipped}",
                       rows=self.rows, created=self.created, updated=self.updated, skipped=self.skipped)


class ImportFailed(InputError):
    def __init__(self, report: ImportReport):
        super().__init__(report.summary())
        self.report = report


class Record(dict):
    """One row's values by field key; a field the row left empty (or that did not parse) is None."""

    def __missing__(self, key: str) -> None:
        return None


NOTHING_FAILED: frozenset[str] = frozenset()


class Lookups:
    """Codes and names already in the database, loaded once per import."""

    def __init__(self, session: Session):
        self.session = session
        self.grids: dict[str, int] = dict(session.execute(select(Grid.code, Grid.id)).all())
        self.villages: dict[str, int] = dict(session.execute(select(Village.name, Village.id)).all())
        self.staff: dict[str, int] = dict(session.execute(select(Staff.staff_no, Staff.id)).all())
        self.units: dict[str, int] = dict(session.execute(select(Unit.name, Unit.id)).all())
        cats = session.execute(select(Category.id, Category.parent_id, Category.name,
                                      Category.track)).all()
        self.categories = {name: (cid, track) for cid, parent, name, track in cats if parent is None}
        by_id = {cid: name for cid, parent, name, _t in cats if parent is None}
        self.subcategories = {(by_id[parent], name): cid for cid, parent, name, _t in cats
                              if parent is not None}

    @cached_property
    def key_persons(self) -> dict[str, int]:
        return dict(self.session.execute(select(KeyPerson.id_number, KeyPerson.id)).all())


@dataclass
class Kind:
    """One import template: its fields, its checks against the database, how it writes (as the
    importing user: (created, updated, skipped)), and which areas of the record it changes.
    A kind with many rows may ``stage`` them — build them before the write lock is taken — and
    ``apply`` then gets what it staged (or None, to build them itself)."""

    name: str
    label: str
    fields: tuple[Field, ...]
    key: Callable[[Record], Any]
    check: Callable[[Record, Lookups, Callable[[str, str], None]], None]
    apply: Callable[[Session, list[Record], Lookups, User, Any], tuple[int, int, int]]
    areas: tuple[Area, ...] = ()
    stage: Callable[[Session, list[Record], Lookups], Any] | None = None
    notes: str = ""

    def field_by_header(self) -> dict[str, Field]:
        return {f.header: f for f in self.fields}

    def header_of(self, key: str) -> str:
        return next((f.header for f in self.fields if f.key == key), "")


def parse_sheet(kind: Kind, sheet: Sheet, lookups: Lookups) -> tuple[list[Record], list[RowError], Counter]:
    """The records of every row, or — a file with errors — no records, the first MAX_ERRORS
    errors and the count of the rest by column. ``sheet.rows`` is read once, as a stream."""
    errors: list[RowError] = []
    by_header = kind.field_by_header()
    columns: dict[int, Field] = {}
    for index, name in enumerate(sheet.headers):
        if not name:
            continue
        f = by_header.get(name)
        if f is None:
            errors.append(RowError(HEADER_ROW, name, Message("未知的列;模板的列为:{columns}",
                                                             columns=[x.header for x in kind.fields])))
        elif f in columns.values():
            errors.append(RowError(HEADER_ROW, name, Message("列名重复")))
        else:
            columns[index] = f
    for f in kind.fields:
        if f.required and f not in columns.values():
            errors.append(RowError(HEADER_ROW, f.header, Message("缺少必填列")))
    if errors and sheet.encoding and len(columns) < len(errors):  # mostly unknown: likely garbled
        errors.insert(0, RowError(HEADER_ROW, "", Message(
            "表头按 {encoding} 编码读取后大多无法识别(已尝试 {tried}):如果文件是其他编码(如 Big5 或 UTF-16),"
            "请在 Excel 或记事本中另存为 UTF-8 或 GBK 编码的 CSV", encoding=sheet.encoding.upper(), tried=ENCODINGS_TRIED)))
    if errors:
        return [], errors, Counter()
    records, seen, more = [], {}, Counter()
    columns = tuple((i, f.key, f.header, f.required, f.parse) for i, f in columns.items())
    for row_number, cells in sheet.rows:
        if len(errors) >= MAX_ERRORS:  # refused already: only counted from here on, nothing kept
            more.update(e.column for e in _row_errors(kind, columns, row_number, cells, seen, lookups)[1])
            continue
        record, row_errors = _row_errors(kind, columns, row_number, cells, seen, lookups)
        errors.extend(row_errors)
        if errors:
            records.clear()  # what a refused file held is of no use: its memory is let go at once
        else:
            records.append(record)
    if not seen:
        errors.append(RowError(HEADER_ROW + 1, "", Message("文件只有表头,没有数据行")))
    return records, errors, more


def _row_errors(kind: Kind, columns: tuple, row_number: int, cells: list, seen: dict,
                lookups: Lookups) -> tuple[Record, list[RowError]]:
    record, row_errors = _parse_row(columns, row_number, cells)
    key = kind.key(record)
    if key in seen and not row_errors:
        row_errors.append(RowError(row_number, kind.fields[0].header, Message("与第 {row} 行重复", row=seen[key])))
    else:
        seen.setdefault(key, row_number)
        # References are checked even on a row with bad cells, so that one pass over the
        # file shows every problem; checks skip the cells that did not parse (None).
        kind.check(record, lookups, lambda k, m: row_errors.append(RowError(row_number, kind.header_of(k), m)))
    return record, row_errors


def recheck(kind: Kind, records: list[Record], lookups: Lookups) -> list[RowError]:
    """The checks against the database again, on rows that already passed them once: what
    another seat changed in between (a grid renamed, a worker removed) is caught before writing."""
    errors: list[RowError] = []
    for record in records:
        kind.check(record, lookups, lambda k, m, n=record["_row"]: errors.append(
            RowError(n, kind.header_of(k), m)))
    return errors


def _parse_row(columns: tuple[tuple[int, str, str, bool, Callable], ...], row_number: int, cells: list
               ) -> tuple[Record, list[RowError]]:
    """``columns``: (index, key, header, required, parser) of each field the file has."""
    # Only the cells with a value are stored: a field the row leaves empty reads as None
    # (``Record``), so that 200,000 rows of a ledger hold their values, not their blanks.
    record = Record(_row=row_number, _failed=NOTHING_FAILED)
    errors = []
    width = len(cells)
    for index, key, header, required, parse in columns:
        raw = cells[index] if index < width else None
        if raw is None or (raw.__class__ is str and not raw.strip()):  # is_blank, inline: once a cell
            if required:
                errors.append(RowError(row_number, header, Message("必填项为空")))
            continue
        try:
            record[key] = parse(raw)
        except ValueError as exc:
            errors.append(RowError(row_number, header, said(exc)))
            record["_failed"] = record["_failed"] | {key}
    return record, errors
