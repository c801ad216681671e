"""Text search over incidents: a substring of the code, title or description, or the pinyin of
the title — full ("ludeng") or initials ("ld") — finds 路灯 (SPEC §4).

The database keeps the index current on every write, whoever writes: SQLite an FTS5 table with
the trigram tokenizer (``incident_fts``, external content, kept by triggers), PostgreSQL
``pg_trgm`` GIN indexes. Both answer the same substring question the plain LIKE answers, so the
rows found are the same; a term of fewer than three characters has no trigram and is matched by
LIKE as the queue walks its index in order.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sqlalchemy import ColumnElement, or_, select, text

from ..models import Incident

TRIGRAM = 3  # shortest term an index of three-character pieces can look up
FTS_TABLE = "incident_fts"
# Columns searched, in the index and in the LIKE that stands in for it.
COLUMNS = ("code", "title", "description", "title_pinyin")


@lru_cache(maxsize=50_000)
def pinyin_key(title: str) -> str:
    """The title's pinyin as searched: the syllables run together, then their initials —
    "小区路灯不亮" → "xiaoquludengbuliang xqldbl"; "" when the title has no Chinese."""
    syllables = [s for run in _han().findall(title) for s in _syllables(run)]
    if not syllables:
        return ""
    return "".join(syllables) + " " + "".join(s[0] for s in syllables)


# pypinyin reads each run of Chinese characters on its own (its simple_seg splits the text there),
# so a run's syllables are the same in every title: "商贸街274号广场舞扰民" and "商贸街18号…" share
# theirs. A city's 520,000 titles have some 2,000 runs.
@lru_cache(maxsize=20_000)
def _syllables(run: str) -> tuple[str, ...]:
    from pypinyin import lazy_pinyin  # a dictionary load; only incidents being written need it

    return tuple(lazy_pinyin(run, errors="ignore"))


@lru_cache(maxsize=1)
def _han() -> re.Pattern:
    from pypinyin.constants import RE_HANS  # "^(?:[…])+$": what pypinyin counts as Chinese

    return re.compile(RE_HANS.pattern.removeprefix("^").removesuffix("$"))


# Control characters (a NUL pasted with a code) never match stored text, and PostgreSQL refuses a
# NUL in any string: they are left out of the term.
_INVISIBLE = re.compile(r"[\x00-\x1f\x7f]")


def _like(term: str, dialect: str) -> ColumnElement[bool]:
    pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    # SQLite's LIKE ignores ASCII case already; PostgreSQL's trigram indexes serve ILIKE.
    if dialect == "sqlite":
        return or_(*(getattr(Incident, c).like(pattern, escape="\\") for c in COLUMNS))
    return or_(*(getattr(Incident, c).ilike(pattern, escape="\\") for c in COLUMNS))


def matches(term: str, dialect: str) -> ColumnElement[bool]:
    """Incidents whose code, title, description or title's pinyin contain ``term``."""
    term = _INVISIBLE.sub("", term).strip()
    if dialect != "sqlite" or len(term) < TRIGRAM:
        return _like(term, dialect)
    phrase = '"' + term.replace('"', '""') + '"'
    found = select(text("rowid")).select_from(text(FTS_TABLE)).where(
        text(f"{FTS_TABLE} MATCH :phrase").bindparams(phrase=phrase))
    return Incident.id.in_(found)


def is_index_object(name: str | None) -> bool:
    """Whether a table or index of the database belongs to the search index (not the models)."""
    return bool(name) and (name.startswith(FTS_TABLE) or name.startswith("ix_incident_trgm_"))
