"""Which audit entries a role may read (SPEC §12.1): an entry is shown only where the role may see
what it describes — score adjustments and careers with pay, findings with every review, the
scheme with those who set it; users, sign-ins, the organisation, settings, backups and every look
at personal data are the administrator's. Verifying the chain stays open to all: it reads every
entry without showing one."""

from __future__ import annotations

from sqlalchemy import ColumnElement, case, or_

from ..access.permissions import Can, allows
from ..models import AuditEntry

# By action, or by its first part ("incident" covers "incident.accept"); the longest match wins.
SEEN_WITH: dict[str, Can] = {
    "incident": Can.REPORTS,
    "notice": Can.REPORTS,
    "visit": Can.REPORTS,
    "intake": Can.REPORTS,
    "meeting": Can.VIEW_MEETINGS,
    "agenda": Can.VIEW_MEETINGS,
    "action_item": Can.VIEW_MEETINGS,
    "settings.meeting": Can.VIEW_MEETINGS,
    "evaluation": Can.VIEW_SCORES,
    "evaluation.adjust": Can.SEE_PAY,
    "career": Can.SEE_PAY,
    "scheme": Can.SET_SCHEME,
    "review": Can.SEE_ALL_REVIEWS,
}
OTHERWISE = Can.ADMINISTER


def _covers(key: str, action: str) -> bool:
    return action == key or action.startswith(key + ".")


def seen_with(action: str) -> Can:
    """What a role must be allowed to see the entry of ``action``."""
    found = [key for key in SEEN_WITH if _covers(key, action)]
    return SEEN_WITH[max(found, key=len)] if found else OTHERWISE


def visible_to(user) -> ColumnElement[bool]:
    """The entries ``user`` may read, as a condition on ``AuditEntry`` (the same rule as
    ``seen_with``, in SQL, so that a limit counts only what is shown)."""
    column = AuditEntry.action
    whens = [(or_(column == key, column.startswith(key + ".", autoescape=True)), int(allows(user, SEEN_WITH[key])))
             for key in sorted(SEEN_WITH, key=len, reverse=True)]
    return case(*whens, else_=int(allows(user, OTHERWISE))) == 1
