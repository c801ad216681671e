"""Intake of work orders (the 12345 hotline, the provincial platform) as operations: sources
defined by the admin; files taken in by the duty staff, all or nothing; likely repeats decided;
the sources' inbox folders looked at."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ..access.permissions import Can, require
from ..base.changes import NOTHING, Area, Changes
from ..base.errors import DatabaseBusy, InputError
from ..base.progress import SILENT, Progress
from ..imports import ImportFailed
from ..imports.reader import read_sheet
from ..intake import flags, inbox, mapping as mapping, orders, repeat_settings, sources
from ..intake.flags import Flag
from ..intake.orders import IntakeReport, title_of as title_of
from ..intake.sources import Preview as Preview, SourceForm, SourceRow
from ..models import User
from ..record import audit
from ..settings.intake import DAYS as DAYS, PERCENT as PERCENT
from ..store.database import Database
from .actor import Actor
from .unit_of_work import Result, look, perform, read


def save_source(db: Database, actor: Actor, form: sources.SourceForm,
                source_id: int | None = None) -> Result[int]:
    def work(session: Session, _user: User) -> tuple[Any, Changes]:
        return sources.save(session, form, source_id).id, Changes.of(Area.SETTINGS)
    return perform(db, actor, work, needs=Can.ADMINISTER)


def save_repeat_settings(db: Database, actor: Actor, **typed: Any) -> Result[repeat_settings.RepeatSettings]:
    """``days`` and/or ``percent``: how likely repeats are found from the next file on."""
    return perform(db, actor, lambda session, _user: (repeat_settings.save(session, **typed),
                                                      Changes.of(Area.SETTINGS)), needs=Can.ADMINISTER)


def preview(db: Database, actor: Actor, form: sources.SourceForm, path: str | Path) -> sources.Preview:
    return look(db, actor, sources.preview, form, path, needs=Can.ADMINISTER)


def take_in(db: Database, actor: Actor, source: int | str, path: str | Path,
            progress: Progress = SILENT) -> Result[IntakeReport]:
    """The file's new orders as incidents in 上报; raises ``ImportFailed`` naming every bad cell."""
    require(actor, Can.MOVE_INCIDENTS)  # before the file is read
    progress.report(0.0, "读取并检查文件")
    prepared = read(db, orders.prepare, source, path)
    progress.report(0.7, "写入")

    def work(session: Session, user: User) -> tuple[Any, Changes]:
        report = orders.write(session, prepared, user)
        audit.note(session, "intake", "intake_source", prepared.source_name, file=prepared.file_name,
                   sha256=prepared.sha256, rows=report.rows, created=report.created,
                   skipped=report.skipped, flagged=report.flagged)
        return report, Changes.of(Area.INCIDENTS) if report.created else NOTHING
    return perform(db, actor, work, needs=Can.MOVE_INCIDENTS)


def decide_duplicate(db: Database, actor: Actor, flag_id: int, link: bool) -> Result[None]:
    return perform(db, actor, lambda session, user: (None, flags.decide(session, user, flag_id, link)),
                   needs=Can.MOVE_INCIDENTS)


@dataclass(frozen=True)
class Filed:
    source: str
    file: Path       # where it went: done/ or failed/
    ok: bool
    report: list[str]


def watch(db: Database, actor: Actor) -> Result[list[Filed]]:
    """Take in every file waiting in the active sources' inbox folders. A file another seat's
    write kept from being taken in stays where it is, for the next look."""
    require(actor, Can.MOVE_INCIDENTS)
    filed: list[Filed] = []
    changes, seqs = NOTHING, frozenset[int]()
    for source_id, name, folder in read(db, sources.watched):
        for path in inbox.waiting(folder):
            try:
                result = take_in(db, actor, source_id, path)
                changes, seqs = changes | result.changes, seqs | result.seqs
                lines, ok = [str(result.value.summary())], True
            except DatabaseBusy:
                continue
            except ImportFailed as exc:
                more = [str(exc.report.more_said())] if exc.report.more_said() else []
                lines, ok = [str(exc.report.summary()), *map(str, exc.report.errors), *more], False
            except InputError as exc:
                lines, ok = [str(exc)], False
            lines.insert(0, f"{name} · {path.name}")
            try:
                filed.append(Filed(name, inbox.file_away(path, ok, lines), ok, lines))
            except OSError:  # another seat watching the same folder filed it first
                continue
    return Result(filed, changes, seqs)


# -- reading --------------------------------------------------------------------------------------

def sources_listed(db: Database, actor: Actor) -> list[SourceRow]:
    """Every source of work orders, in use first: the duty officer takes files in from one."""
    return look(db, actor, sources.listed, needs=Can.MOVE_INCIDENTS)


def source_form(db: Database, actor: Actor, source_id: int) -> SourceForm:
    """A source as its editor shows it."""
    return look(db, actor, sources.source_form, source_id, needs=Can.ADMINISTER)


def repeats(db: Database, actor: Actor) -> repeat_settings.RepeatSettings:
    """When a new order counts as a likely repeat of an open incident."""
    return look(db, actor, repeat_settings.load, needs=Can.MOVE_INCIDENTS)


def open_flags(db: Database, actor: Actor) -> list[Flag]:
    """Likely repeats waiting for the duty officer's decision, oldest first."""
    return look(db, actor, flags.open_flags, needs=Can.MOVE_INCIDENTS)


def source_named(db: Database, actor: Actor, name: str) -> tuple[SourceForm, int] | None:
    """The source called ``name`` as its editor shows it, with its id; None if there is none."""
    def found(session: Session) -> tuple[SourceForm, int] | None:
        try:
            source = orders.find_source(session, name)
        except InputError:
            return None
        return sources.form_of(source), source.id
    return look(db, actor, found, needs=Can.ADMINISTER)


def columns_guessed(sample: str | Path) -> dict[str, str]:
    """The columns of a sample export that other systems' names give away, by field."""
    return mapping.guess(read_sheet(sample, rows=0).headers)
