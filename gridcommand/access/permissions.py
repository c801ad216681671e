"""Who may do and see what (SPEC §12.1): the one table every operation and every screen asks.

An operation names the capability it needs; ``require`` refuses it — naming the roles that may
and the roles the user has — before anything is done. Screens ask ``allows`` to hide what the
signed-in user cannot do. ``user`` is an account or an operation's ``Actor``: anything with
``role_set``.
"""

from __future__ import annotations

from enum import StrEnum

from ..base.enums import UserRole
from ..base.errors import NotAllowed
from ..base.messages import Message

R = UserRole


class Can(StrEnum):
    SEE_RECORD = "see_record"                # the queue, an incident, the reference lists: any role
    MOVE_INCIDENTS = "move_incidents"        # new, accept, dispatch, sign in, return, resolve, …
    MOVE_COUNTY_ITEMS = "move_county_items"  # the county's moves, on items held at county level
    SET_COUNTY_RULES = "set_county_rules"    # what the county sets for its townships (automatic escalation)
    DECIDE_EXTENSIONS = "decide_extensions"  # duty staff not on their own request
    RUN_MEETINGS = "run_meetings"            # build, edit, lock, attendance, outcomes, action items
    VIEW_MEETINGS = "view_meetings"
    EVALUATE = "evaluate"                    # compute and store, adjust, lock, career decisions
    VIEW_SCORES = "view_scores"              # rankings and sheets, without pay
    SEE_PAY = "see_pay"                      # pay, salary float, deductions, adjustments, careers
    SET_SCHEME = "set_scheme"
    LOG_VISITS = "log_visits"
    ADMINISTER = "administer"                # users, org data and imports, deadline matrix, backups
    UNMASK = "unmask"                        # a full ID number or phone, on request, logged
    REPORTS = "reports"                      # dashboard, statistics, documents
    UPKEEP = "upkeep"                        # the automatic rules, set going by any seat
    RUN_REVIEWS = "run_reviews"              # retrospectives: open, draft, confirm, approve
    VIEW_REVIEWS = "view_reviews"            # duty staff: those that name them
    SEE_ALL_REVIEWS = "see_all_reviews"


ROLES_THAT: dict[Can, frozenset[str]] = {
    Can.SEE_RECORD: frozenset({R.DUTY, R.CHAIR, R.HR, R.LEADER, R.ADMIN, R.COUNTY}),
    Can.MOVE_INCIDENTS: frozenset({R.DUTY, R.ADMIN}),
    Can.MOVE_COUNTY_ITEMS: frozenset({R.COUNTY}),
    Can.SET_COUNTY_RULES: frozenset({R.COUNTY, R.ADMIN}),
    Can.DECIDE_EXTENSIONS: frozenset({R.DUTY, R.LEADER, R.ADMIN}),
    Can.RUN_MEETINGS: frozenset({R.CHAIR, R.ADMIN}),
    Can.VIEW_MEETINGS: frozenset({R.DUTY, R.CHAIR, R.HR, R.LEADER, R.ADMIN, R.COUNTY}),
    Can.EVALUATE: frozenset({R.HR, R.ADMIN}),
    Can.VIEW_SCORES: frozenset({R.DUTY, R.HR, R.LEADER, R.ADMIN, R.COUNTY}),
    Can.SEE_PAY: frozenset({R.HR, R.ADMIN}),
    Can.SET_SCHEME: frozenset({R.HR, R.ADMIN}),
    Can.LOG_VISITS: frozenset({R.DUTY, R.ADMIN}),
    Can.ADMINISTER: frozenset({R.ADMIN}),
    Can.UNMASK: frozenset({R.DUTY, R.ADMIN}),
    Can.REPORTS: frozenset({R.DUTY, R.CHAIR, R.HR, R.LEADER, R.ADMIN, R.COUNTY}),
    Can.UPKEEP: frozenset({R.DUTY, R.CHAIR, R.HR, R.LEADER, R.ADMIN, R.SYSTEM}),
    Can.RUN_REVIEWS: frozenset({R.LEADER, R.ADMIN}),
    Can.VIEW_REVIEWS: frozenset({R.DUTY, R.HR, R.LEADER, R.ADMIN, R.COUNTY}),
    Can.SEE_ALL_REVIEWS: frozenset({R.HR, R.LEADER, R.ADMIN, R.COUNTY}),
}
# What each capability is called when a refusal names it.
LABELS = {
    Can.SEE_RECORD: Message("查看事件与名录"),
    Can.MOVE_INCIDENTS: Message("办理事件"),
    Can.MOVE_COUNTY_ITEMS: Message("办理县级事件"),
    Can.SET_COUNTY_RULES: Message("设置县级规则"),
    Can.DECIDE_EXTENSIONS: Message("审批延期"),
    Can.RUN_MEETINGS: Message("主持例会"),
    Can.VIEW_MEETINGS: Message("查看例会"),
    Can.EVALUATE: Message("绩效考核"),
    Can.VIEW_SCORES: Message("查看考核分数"),
    Can.SEE_PAY: Message("查看薪金与奖惩"),
    Can.SET_SCHEME: Message("修改考核方案"),
    Can.LOG_VISITS: Message("登记走访"),
    Can.ADMINISTER: Message("系统管理"),
    Can.UNMASK: Message("查看完整证件号和手机号"),
    Can.REPORTS: Message("查看报表"),
    Can.UPKEEP: Message("运行自动规则"),
    Can.RUN_REVIEWS: Message("事后倒查"),
    Can.VIEW_REVIEWS: Message("查看倒查"),
    Can.SEE_ALL_REVIEWS: Message("查看全部倒查"),
}


def _roles(user) -> frozenset[str]:
    return user.role_set if user is not None else frozenset()


def allows(user, can: Can | tuple[Can, ...]) -> bool:
    """Whether ``user``'s roles allow ``can`` (or any of several)."""
    roles = _roles(user)
    return any(roles & ROLES_THAT[c] for c in (can if isinstance(can, tuple) else (can,)))


def require(user, can: Can | tuple[Can, ...]) -> None:
    """Refuse ``can`` (or all of several) to ``user`` unless one of its roles allows it, saying
    who may."""
    cans = can if isinstance(can, tuple) else (can,)
    if any(allows(user, c) for c in cans):
        return
    may = [R(r) for r in R if any(r in ROLES_THAT[c] for c in cans) and r != R.SYSTEM]
    can = cans[0]
    has = [R(r) for r in R if r in _roles(user)]
    if has:
        raise NotAllowed("“{what}”需要{may}角色(当前角色:{has})", what=LABELS[can], may=may, has=has)
    raise NotAllowed("“{what}”需要{may}角色(当前没有角色)", what=LABELS[can], may=may)


def may_see_pay(user) -> bool:
    return allows(user, Can.SEE_PAY)


def require_pay(user) -> None:
    require(user, Can.SEE_PAY)
