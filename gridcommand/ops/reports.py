"""Documents written to a file the user chose: agenda and minutes, evaluation sheets, ranking and
salary tables, the career candidates. A file that cannot be written (a folder without rights, a
PDF held open by a viewer on Windows) is refused with a message saying so, never a crash.
Every PDF's footer carries the audit log's head as it was when the document was made.
They change nothing in the record; the actor decides what may be written (pay, discipline).
The writers (reportlab, openpyxl) are imported when a document is made, not with the app."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from ..access.permissions import Can
from ..base.errors import InputError
from ..base.messages import Message
from ..base.progress import SILENT, Progress
from ..evaluation import careers
from ..evaluation.results import MonthResult
from ..evaluation.service import months_on_record
from ..evaluation.summary import periods as summary_periods
from ..figures.unit_scores import UnitScore, monthly_ranking
from ..meetings import views
from ..org.township import label as township_label
from ..record import audit
from ..reports.report import WHEN as WHEN, Document as Document, texts as texts
from ..store.database import Database
from .actor import Actor
from .unit_of_work import look, read

if TYPE_CHECKING:  # reportlab loads with the writers, not with the screens
    from ..reports.document import Stamp


def _table(kind: str) -> tuple[Callable[..., Path], Callable[..., Path]]:
    """(PDF writer, xlsx writer) of the ranking or the salary table."""
    from ..reports import evaluation_tables as tables

    return {"ranking": (tables.ranking_pdf, tables.ranking_xlsx),
            "salary": (tables.salary_pdf, tables.salary_xlsx)}[kind]


def stamp(db: Database, actor: Actor) -> Stamp:
    """Who makes a document now, and the audit log's head, printed in every page's footer
    (``audit verify --at``)."""
    from ..reports.document import Stamp

    return Stamp(actor.name, read(db, audit.pin))


def _write(path: str | Path, make: Callable[[], Path]) -> Path:
    try:
        return make()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise InputError("无法写入 {path}:{reason}。若该文件正在其他程序(PDF 阅读器、Excel)中打开,请先关闭;或换一个有写入权限的文件夹。",
                         path=path, reason=reason) from None


def write_document(document: Document, path: str | Path, made_by: str, pins: tuple[str, ...] = ()) -> Path:
    """A document made over several records — the county seat's, over its townships — written
    as PDF or (by the suffix) xlsx, every page saying who made it, when, and each record's audit
    head (``pins``, each as its own ``stamp`` gives it). It reads no record itself."""
    from ..reports.document import Stamp
    from ..reports.tabular import write

    return _write(path, lambda: write(document, path, Stamp(made_by, pins=pins)))


def import_template(db: Database | None, actor: Actor | None, kind: str, path: str | Path) -> Path:
    """The empty template of an import kind (it reads nothing: the database may be None)."""
    from ..imports import kind_named
    from ..imports.templates import write_template

    return _write(path, lambda: write_template(kind_named(kind), path))


def agenda_pdf(db: Database, actor: Actor, meeting_id: int, path: str | Path) -> Path:
    from ..reports import meeting_pdf

    view, made = look(db, actor, views.agenda, meeting_id, needs=Can.VIEW_MEETINGS), stamp(db, actor)
    return _write(path, lambda: meeting_pdf.agenda_pdf(view, path, made))


def minutes_pdf(db: Database, actor: Actor, meeting_id: int, path: str | Path) -> Path:
    from ..reports import meeting_pdf

    view, made = look(db, actor, views.agenda, meeting_id, needs=Can.VIEW_MEETINGS), stamp(db, actor)
    return _write(path, lambda: meeting_pdf.minutes_pdf(view, path, made))


def draft_agenda_pdf(db: Database, actor: Actor, day: dt.date, path: str | Path) -> Path:
    from ..reports import meeting_pdf

    view, made = look(db, actor, views.draft, day, needs=Can.VIEW_MEETINGS), stamp(db, actor)
    return _write(path, lambda: meeting_pdf.agenda_pdf(view, path, made))


def evaluation_sheets(db: Database, actor: Actor, result: MonthResult, path: str | Path,
                      staff_no: str | None = None, progress: Progress = SILENT) -> Path:
    """One A4 sheet per worker of ``result`` (a month as ``actor`` was shown it), or one."""
    from ..reports import evaluation_pdf as pdf

    township, made = look(db, actor, township_label, needs=Can.SEE_PAY), stamp(db, actor)
    return _write(path, lambda: pdf.sheets_pdf(township, result, path, staff_no, progress, made))


def evaluation_table(db: Database, actor: Actor, kind: str, result: MonthResult, path: str | Path) -> Path:
    """The ranking or the salary float table, as PDF or (by the file's suffix) xlsx."""
    township = look(db, actor, township_label, needs=Can.SEE_PAY if kind == "salary" else Can.VIEW_SCORES)
    to_pdf, to_xlsx = _table(kind)
    if Path(path).suffix.lower() == ".xlsx":
        return _write(path, lambda: to_xlsx(result, path))
    made = stamp(db, actor)
    return _write(path, lambda: to_pdf(township, result, path, made))


def candidates_pdf(db: Database, actor: Actor, month: str, path: str | Path) -> Path:
    from ..reports import evaluation_pdf as pdf

    found = look(db, actor, careers.candidates, month, needs=Can.SEE_PAY)
    township, made = read(db, township_label), stamp(db, actor)
    return _write(path, lambda: pdf.candidates_pdf(township, month, found, path, made))


def review_pdf(db: Database, actor: Actor, review_id: int, path: str | Path) -> Path:
    """A retrospective review's report (§8), as far as it has come."""
    from ..reports.review_pdf import review_pdf as write
    from ..reviews import views as reviews

    view = look(db, actor, reviews.review, actor, review_id, needs=Can.VIEW_REVIEWS)
    line = look(db, actor, reviews.timeline, actor, review_id, needs=Can.VIEW_REVIEWS)
    township, made = read(db, township_label), stamp(db, actor)
    return _write(path, lambda: write(township, view, line, path, made))


@dataclass(frozen=True)
class Report:
    """A report of the report centre: who may make it, for what (its choosers), the module of
    ``gridcommand/reports/`` whose ``make(session, viewer, period, village_id)`` makes its
    ``Document``, what the centre calls it and says of it, and the name its file is saved under."""

    needs: Can
    scope: str  # what it is made for: "month and village", "month", "year or month"
    module: str
    title: Message
    about: Message
    file_name: str

    def make(self, session: Session, viewer: Actor, period: str, village_id: int | None) -> Document:
        # Imported when first made: the writers (reportlab) stay out of start-up.
        made: Document = import_module(f"gridcommand.reports.{self.module}").make(session, viewer, period, village_id)
        return made


# The report centre's reports (SPEC §6, §10), in the order it lists them. Pay appears only where
# the actor may see it (§12.1). Adding one: a module in ``gridcommand/reports/`` with its
# ``make`` (see README, Architecture), and one entry here.
REPORTS = {
    "closed_loop": Report(
        Can.REPORTS, "month and village", "closed_loop", Message("月度闭环报告"),
        Message("一个月的闭环数据(按村社、单位、类别、预警颜色)、此前五个月的趋势、超期和提级事件、挂账事项及处置单位排名:"
                "镇街报县的月度报告。"), "月度闭环报告"),
    "unit_ranking": Report(
        Can.REPORTS, "month", "unit_ranking", Message("部门考核排名"),
        Message("各处置单位一个月的考核得分及其构成:报到时长、按期办结率、退单、返工、督办牌和群众满意度。"), "处置单位考核排名"),
    "visits": Report(
        Can.REPORTS, "month", "visits", Message("重点人员走访情况"),
        Message("一个月应走访与已走访次数(按颜色、村社、网格员),以及当前逾期未走访的重点人员(身份证号脱敏)。"), "重点人员走访情况"),
    "evaluation_summary": Report(
        Can.VIEW_SCORES, "year or month", "evaluation_summary", Message("网格员考核汇总(全年或单月)"),
        Message("一年中已锁定的月份,或某一已锁定月份:每名网格员的名次、得分和等次,各月等次分布;有权查看薪金者另含绩效工资。"),
        "网格员考核汇总"),
}


def _made(db: Database, actor: Actor, kind: str, period: str, village_id: int | None) -> Document:
    if kind not in REPORTS:
        raise InputError("没有名为 {kind} 的报表", kind=kind)
    return look(db, actor, REPORTS[kind].make, actor, period, village_id, needs=REPORTS[kind].needs)


def preview(db: Database, actor: Actor, kind: str, period: str, village_id: int | None = None) -> Document:
    """The document a report would be, to look at before it is written."""
    return _made(db, actor, kind, period, village_id)


def report(db: Database, actor: Actor, kind: str, period: str, village_id: int | None, path: str | Path,
           progress: Progress = SILENT) -> Path:
    """A report of the centre for ``period`` (and one village, or the township), as PDF or (by the
    file's suffix) xlsx; the PDF's footer says who made it and when. Made as of the record now:
    the same period and scope on the same record gives the same figures."""
    from ..reports.tabular import write

    progress.report(0.1)
    document, made = _made(db, actor, kind, period, village_id), stamp(db, actor)
    progress.check()
    progress.report(0.5)
    return _write(path, lambda: write(document, path, made))


def months(db: Database, actor: Actor) -> list[str]:
    """The months a monthly report can be made for, newest first."""
    return look(db, actor, months_on_record, needs=Can.REPORTS)


def periods(db: Database, actor: Actor) -> list[str]:
    """The years and months the evaluation summary can cover."""
    return look(db, actor, summary_periods, needs=Can.REPORTS)


def unit_ranking(db: Database, actor: Actor, month: str) -> list[UnitScore]:
    """The handling units of ``month``, ranked (SPEC §3.4)."""
    return look(db, actor, monthly_ranking, month, needs=Can.REPORTS)
