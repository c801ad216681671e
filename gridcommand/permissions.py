"""Who may see what. Pay and disciplinary figures (salary float, deductions, adjustments,
career candidates) are for the HR officer and the administrator only: every view and export of
them goes through ``require`` or ``redact`` here, and nowhere else decides it. ``user`` is the
acting user or an operation's ``Actor``: anything with a ``role``."""

from __future__ import annotations

from .enums import UserRole
from .errors import NotAllowed

PAY_ROLES = (UserRole.HR, UserRole.ADMIN)


def may_see_pay(user) -> bool:
    return user is not None and user.role in PAY_ROLES


def require_pay(user) -> None:
    if not may_see_pay(user):
        role = UserRole(user.role).label if user is not None else "未登录"
        raise NotAllowed(f"薪金与奖惩信息仅限人事专员和管理员查看(当前角色:{role})")


def redact(result: dict, user) -> dict:
    """A month's evaluation as ``user`` may see it: without pay, deductions and adjustments
    unless the role allows."""
    if may_see_pay(user):
        return result
    hidden = ("pay", "deductions", "adjustment")
    return {**result, "redacted": True,
            "workers": [{k: v for k, v in w.items() if k not in hidden} for w in result["workers"]]}
