"""Documents written to a file the user chose: agenda and minutes, evaluation sheets, ranking and
salary tables, the career candidates. A file that cannot be written (a folder without rights, a
PDF held open by a viewer on Windows) is refused with a message saying so, never a crash.
Every PDF's footer carries the audit log's head as it was when the document was made.
They change nothing in the record; the actor decides what may be written (pay, discipline).
The writers (reportlab, openpyxl) are imported when a document is made, not with the app."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from .. import audit
from ..database import Database
from ..errors import InputError
from ..evaluation import careers
from ..evaluation.scheme import check_month
from ..meetings import views
from ..permissions import Can, require
from ..progress import SILENT, Progress
from ..township import label as township_label
from .actor import Actor
from .unit_of_work import read

def _table(kind: str):
    """(PDF writer, xlsx writer) of the ranking or the salary table."""
    from ..reports import evaluation_tables as tables

    return {"ranking": (tables.ranking_pdf, tables.ranking_xlsx),
            "salary": (tables.salary_pdf, tables.salary_xlsx)}[kind]


def _pin(db: Database) -> str:
    """The audit log's head, printed in every document's footer (``audit verify --at``)."""
    return read(db, audit.pin)


def _write(path: str | Path, make: Callable[[], Path]) -> Path:
    try:
        return make()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise InputError("无法写入 {path}:{reason}。若该文件正在其他程序(PDF 阅读器、Excel)中打开,请先关闭;或换一个有写入权限的文件夹。",
                         path=path, reason=reason) from None


def import_template(db: Database | None, actor: Actor | None, kind: str, path: str | Path) -> Path:
    """The empty template of an import kind (it reads nothing: the database may be None)."""
    from ..imports import kind_named
    from ..imports.templates import write_template

    return _write(path, lambda: write_template(kind_named(kind), path))


def agenda_pdf(db: Database, actor: Actor, meeting_id: int, path: str | Path) -> Path:
    from ..reports import meeting_pdf

    require(actor, Can.VIEW_MEETINGS)
    view, pin = read(db, views.agenda, meeting_id), _pin(db)
    return _write(path, lambda: meeting_pdf.agenda_pdf(view, path, pin))


def minutes_pdf(db: Database, actor: Actor, meeting_id: int, path: str | Path) -> Path:
    from ..reports import meeting_pdf

    require(actor, Can.VIEW_MEETINGS)
    view, pin = read(db, views.agenda, meeting_id), _pin(db)
    return _write(path, lambda: meeting_pdf.minutes_pdf(view, path, pin))


def draft_agenda_pdf(db: Database, actor: Actor, day: dt.date, path: str | Path) -> Path:
    from ..reports import meeting_pdf

    require(actor, Can.VIEW_MEETINGS)
    view, pin = read(db, views.draft, day), _pin(db)
    return _write(path, lambda: meeting_pdf.agenda_pdf(view, path, pin))


def evaluation_sheets(db: Database, actor: Actor, result: dict, path: str | Path,
                      staff_no: str | None = None, progress: Progress = SILENT) -> Path:
    """One A4 sheet per worker of ``result`` (a month as ``actor`` was shown it), or one."""
    from ..reports import evaluation_pdf as pdf

    require(actor, Can.SEE_PAY)
    township, pin = read(db, township_label), _pin(db)
    return _write(path, lambda: pdf.sheets_pdf(township, result, path, staff_no, progress, pin))


def evaluation_table(db: Database, actor: Actor, kind: str, result: dict, path: str | Path) -> Path:
    """The ranking or the salary float table, as PDF or (by the file's suffix) xlsx."""
    require(actor, Can.SEE_PAY if kind == "salary" else Can.VIEW_SCORES)
    to_pdf, to_xlsx = _table(kind)
    if Path(path).suffix.lower() == ".xlsx":
        return _write(path, lambda: to_xlsx(result, path))
    township, pin = read(db, township_label), _pin(db)
    return _write(path, lambda: to_pdf(township, result, path, pin))


def candidates_pdf(db: Database, actor: Actor, month: str, path: str | Path) -> Path:
    from ..reports import evaluation_pdf as pdf

    found = read(db, careers.candidates_for, month, actor)
    township, pin = read(db, township_label), _pin(db)
    return _write(path, lambda: pdf.candidates_pdf(township, month, found, path, pin))


def review_pdf(db: Database, actor: Actor, review_id: int, path: str | Path) -> Path:
    """A retrospective review's report (§8), as far as it has come."""
    from ..reports.review_pdf import review_pdf as write
    from ..reviews import views as reviews

    view, line = read(db, reviews.review, actor, review_id), read(db, reviews.timeline, actor, review_id)
    township, pin = read(db, township_label), _pin(db)
    return _write(path, lambda: write(township, view, line, path, pin))


def closed_loop_figures(db: Database, actor: Actor, month: str, village_id: int | None = None):
    """The monthly closed-loop report's figures, to preview before it is written."""
    from ..closed_loop import month_report

    require(actor, Can.REPORTS)
    return read(db, month_report, month, village_id)


def closed_loop(db: Database, actor: Actor, month: str, village_id: int | None, path: str | Path,
                progress: Progress = SILENT) -> Path:
    """The monthly closed-loop report of ``month`` (one village's, or the township's), as PDF or
    (by the file's suffix) xlsx; the footer says who made it and when."""
    from ..closed_loop import month_report
    from ..reports import closed_loop as writer

    require(actor, Can.REPORTS)
    progress.report(0.1)
    report, pin = read(db, month_report, month, village_id), _pin(db)
    progress.check()
    progress.report(0.5)
    if Path(path).suffix.lower() == ".xlsx":
        return _write(path, lambda: writer.report_xlsx(report, path))
    return _write(path, lambda: writer.report_pdf(report, path, pin, actor.name))


def unit_ranking(db: Database, actor: Actor, month: str, path: str | Path, progress: Progress = SILENT) -> Path:
    """The handling units' ranking of ``month`` with its inputs, as PDF or (by suffix) xlsx."""
    from ..reports import unit_ranking as writer
    from ..unit_scores import monthly_ranking

    require(actor, Can.REPORTS)
    check_month(month)
    units, township, pin = read(db, monthly_ranking, month), read(db, township_label), _pin(db)
    if Path(path).suffix.lower() == ".xlsx":
        return _write(path, lambda: writer.ranking_xlsx(units, path))
    return _write(path, lambda: writer.ranking_pdf(township, month, units, path, pin, actor.name))


def visits(db: Database, actor: Actor, month: str, path: str | Path, progress: Progress = SILENT) -> Path:
    """The month's visits to key persons, as PDF or (by suffix) xlsx."""
    from ..reports import visits as writer
    from ..visit_report import visit_report

    require(actor, Can.REPORTS)
    report, pin = read(db, visit_report, month), _pin(db)
    if Path(path).suffix.lower() == ".xlsx":
        return _write(path, lambda: writer.report_xlsx(report, path))
    return _write(path, lambda: writer.report_pdf(report, path, pin, actor.name))


def evaluation_year(db: Database, actor: Actor, year: int, path: str | Path, progress: Progress = SILENT) -> Path:
    """A year of locked evaluations (HR and those who may see scores; pay only for those who may
    see pay), as PDF or (by suffix) xlsx."""
    from ..evaluation.year import year_summary
    from ..reports import evaluation_year as writer

    require(actor, Can.VIEW_SCORES)
    summary, pin = read(db, year_summary, int(year), actor), _pin(db)
    if Path(path).suffix.lower() == ".xlsx":
        return _write(path, lambda: writer.summary_xlsx(summary, path))
    return _write(path, lambda: writer.summary_pdf(summary, path, pin, actor.name))
