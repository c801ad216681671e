"""Supervision notices 督办通知单 (SPEC §3.4): the command room sends a unit a notice naming the
items it holds that are overdue now or carry a card given to it, with how late each is and the
cards, the date by which it must answer, and a reply slip. What would be issued is shown first
(``plan``) and the user may leave units or items out; the notices are then numbered per year
without gaps (督办〔2026〕第 N 号) and noted on each item's timeline. A notice issued by mistake is
withdrawn 撤回 with a reason: its number stays used, marked withdrawn."""

from .issue import Notice, issue
from .items import ANSWER_DAYS, NoticeItem, Planned, answerable, due_units, plan, units_of
from .withdraw import Issued, find, issued, withdraw

__all__ = ["ANSWER_DAYS", "Issued", "Notice", "NoticeItem", "Planned", "answerable", "due_units", "find", "issue",
           "issued", "plan", "units_of", "withdraw"]
