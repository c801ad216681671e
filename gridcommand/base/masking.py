"""Masking of ID and phone numbers in lists, the projector view and exports (SPEC §9)."""

from __future__ import annotations


def mask_id(value: str | None) -> str:
    """330421198001011234 → 330421********1234."""
    if not value:
        return ""
    if len(value) <= 10:
        return value[:2] + "*" * max(0, len(value) - 4) + value[-2:]
    return value[:6] + "*" * (len(value) - 10) + value[-4:]


def mask_phone(value: str | None) -> str:
    """13812345678 → 138****5678."""
    if not value:
        return ""
    if len(value) < 7:
        return "*" * len(value)
    return value[:3] + "*" * (len(value) - 7) + value[-4:]
