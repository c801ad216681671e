"""Settings stored with the data (table ``setting``): key → text, read with their default."""

from __future__ import annotations

from sqlalchemy.orm import Session

from .models import Setting


def number(session: Session, key: str, default: int) -> int:
    found = session.get(Setting, key)
    return int(found.value) if found is not None else default
