"""The sources of work orders an admin defines once: name, which 来源 their incidents get, how
the columns of their files map to ours, what fills a field the file leaves out, and the folder
watched for their files. A sample file shows how its first rows would be taken in."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..base import clock
from ..base.enums import Source, WarningColour
from ..base.errors import InputError
from ..base.messages import Message, Several
from ..imports.base import RowError
from ..imports.reader import read_sheet
from ..models import Category, Grid, IntakeOrder, IntakeSource
from ..record import audit
from . import mapping
from .orders import Resolver, find_source

PREVIEW_ROWS = 20


@dataclass
class SourceForm:
    name: str
    source: str = Source.HOTLINE_12345
    columns: dict[str, str] = field(default_factory=dict)
    default_category_id: int | None = None
    default_colour: str = WarningColour.BLUE
    default_grid_id: int | None = None
    inbox: str = ""
    active: bool = True


def form_of(source: IntakeSource) -> SourceForm:
    return SourceForm(source.name, source.source, mapping.loads(source.columns),
                      source.default_category_id, source.default_colour, source.default_grid_id,
                      source.inbox or "", source.active)


def source_form(session: Session, source_id: int) -> SourceForm:
    return form_of(find_source(session, source_id))


def _problems(session: Session, form: SourceForm, source_id: int | None) -> list[Message]:
    found = []
    name = form.name.strip()
    if not name:
        found.append(Message("来源名称不能为空"))
    elif len(name) > 64:
        found.append(Message("来源名称不能超过 64 个字"))
    elif session.scalar(select(IntakeSource.id).where(IntakeSource.name == name,
                                                      IntakeSource.id != (source_id or 0))):
        found.append(Message("已有名为“{name}”的来件来源", name=name))
    if form.source not in {s.value for s in Source}:
        found.append(Message("请选择来源"))
    found += mapping.problems(form.columns)
    if form.default_colour not in {c.value for c in WarningColour}:
        found.append(Message("请选择预警颜色"))
    if form.default_category_id is not None:
        category = session.get(Category, form.default_category_id)
        if category is None or category.parent_id is not None or not category.active:
            found.append(Message("默认大类不存在或已停用"))
    if form.default_grid_id is not None and session.get(Grid, form.default_grid_id) is None:
        found.append(Message("默认网格不存在"))
    if form.inbox.strip() and not Path(form.inbox.strip()).is_dir():
        found.append(Message("收件文件夹“{folder}”不存在", folder=form.inbox.strip()))
    return found


def save(session: Session, form: SourceForm, source_id: int | None = None) -> IntakeSource:
    """Add a source, or change one; refuses with every problem at once."""
    problems = _problems(session, form, source_id)
    if problems:
        raise InputError(Several(problems))
    source = find_source(session, source_id) if source_id else IntakeSource()
    source.name, source.source = form.name.strip(), form.source
    source.columns = mapping.dumps(form.columns)
    source.default_category_id, source.default_colour = form.default_category_id, form.default_colour
    source.default_grid_id, source.active = form.default_grid_id, form.active
    source.inbox = form.inbox.strip() or None
    source.updated_at = clock.now()
    session.add(source)
    session.flush()
    audit.note(session, "intake.source", "intake_source", source.name, source=source.source,
               columns=source.columns, inbox=source.inbox, active=source.active)
    return source


@dataclass
class SourceRow:
    id: int
    name: str
    source: str
    inbox: str
    active: bool
    orders: int


def listed(session: Session) -> list[SourceRow]:
    counts = dict(session.execute(select(IntakeOrder.source_id, func.count())
                                  .group_by(IntakeOrder.source_id)).all())
    return [SourceRow(s.id, s.name, s.source, s.inbox or "", s.active, counts.get(s.id, 0))
            for s in session.scalars(select(IntakeSource).order_by(IntakeSource.name))]


def watched(session: Session) -> list[tuple[int, str, str]]:
    """(id, name, folder) of the sources in use that name an inbox folder."""
    return list(session.execute(select(IntakeSource.id, IntakeSource.name, IntakeSource.inbox).where(
        IntakeSource.active, IntakeSource.inbox.is_not(None)).order_by(IntakeSource.name)).all())


@dataclass
class Preview:
    headers: list[str]          # the sample's columns
    guessed: dict[str, str]     # our field → a column, by the names other systems use
    columns: dict[str, str]     # the mapping the rows were read with
    rows: list[dict]            # our field → what the row gives it, for the first rows
    errors: list[RowError]      # in those rows


def preview(session: Session, form: SourceForm, path: str | Path) -> Preview:
    """How the sample's first rows would be taken in with ``form``'s mapping (nothing written)."""
    sheet = read_sheet(path, rows=PREVIEW_ROWS)
    columns = form.columns or mapping.guess(sheet.headers)
    records, errors = mapping.read_rows(sheet, columns)
    resolver = Resolver(session, _transient(form), columns)
    for record in records:
        resolver.check(record, lambda key, message, n=record["_row"]: errors.append(
            RowError(n, columns.get(key, ""), message)))
    return Preview(sheet.headers, mapping.guess(sheet.headers), columns, records,
                   sorted(errors, key=lambda e: (e.row, e.column)))


def _transient(form: SourceForm) -> IntakeSource:
    return IntakeSource(name=form.name, source=form.source, columns=mapping.dumps(form.columns),
                        default_category_id=form.default_category_id, default_colour=form.default_colour,
                        default_grid_id=form.default_grid_id)
