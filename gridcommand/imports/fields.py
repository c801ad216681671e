"""Parsers for one cell of an import file. Each takes the raw cell (text, number or date from
Excel) and returns the value, or raises ``ValueError`` with a message a user can act on."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Callable

from ..base import clock
from ..base.checks import phone_shape
from ..base.enums import Labelled
from ..base.messages import Message
from ..org.geometry import parse_boundary

Parser = Callable[[Any], Any]
# Characters no ledger has on purpose (NUL and the other C0 controls), but copy-paste brings.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Formula:
    """An Excel formula cell: refused, since what it shows depends on Excel having computed it."""

    text: str


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


@dataclass(frozen=True)
class Field:
    key: str
    header: str
    required: bool
    parse: Parser
    hint: str = ""

    @property
    def template_header(self) -> str:
        return self.header + ("*" if self.required else "")


def cell_text(value: Any) -> str:
    """A cell as text: Excel numbers that are whole lose '.0'. Formulas and control characters
    are refused."""
    if value is None:
        return ""
    if type(value) is str:  # most cells: one check for what the rest are
        if _CONTROL.search(value):
            code = ord(_CONTROL.search(value).group())
            raise ValueError(Message("含有不可见的控制字符(U+{code:04X}),可能是从别处复制带来的:请删除后再导入",
                                     code=code))
        return value.strip()
    if isinstance(value, Formula):
        raise ValueError(Message("单元格是公式({formula}):请复制该列后“选择性粘贴 → 数值”,再导入",
                                 formula=value.text[:40]))
    if isinstance(value, str) and _CONTROL.search(value):
        code = ord(_CONTROL.search(value).group())
        raise ValueError(Message("含有不可见的控制字符(U+{code:04X}),可能是从别处复制带来的:请删除后再导入", code=code))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    return str(value).strip()


def text(max_length: int) -> Parser:
    def parse(value):
        s = cell_text(value)
        if len(s) > max_length:
            raise ValueError(Message("长度 {n_s} 超过 {max_length} 个字", n_s=len(s), max_length=max_length))
        return s
    return parse


def decimal(low: float, high: float) -> Parser:
    def parse(value):
        s = cell_text(value)
        try:
            n = float(s)
        except ValueError:
            raise ValueError(Message("“{s}”不是数", s=s)) from None
        if not low <= n <= high:
            raise ValueError(Message("{n} 不在 {low}–{high} 之间", n=n, low=low, high=high))
        return n
    return parse


def boundary(value):
    """A grid's boundary as WKT or a list of points (``gridcommand.org.geometry``)."""
    return parse_boundary(cell_text(value))


def integer(low: int, high: int) -> Parser:
    def parse(value):
        s = cell_text(value)
        if not re.fullmatch(r"-?\d+", s):
            raise ValueError(Message("“{s}”不是整数", s=s))
        n = int(s)
        if not low <= n <= high:
            raise ValueError(Message("{n} 不在 {low}–{high} 之间", n=n, low=low, high=high))
        return n
    return parse


def date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    written = cell_text(value)
    try:
        return dt.datetime.strptime(written.replace("/", "-"), "%Y-%m-%d").date()
    except ValueError:
        raise ValueError(Message("“{written}”不是日期,应为 YYYY-MM-DD", written=written)) from None


# YYYY-MM-DD HH:MM[:SS], with / for - and any spaces between: read by hand, since strptime was
# most of the time a 200,000-row ledger took to check.
_TIMESTAMP = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})\s+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?")


def timestamp(value) -> dt.datetime:
    """A local (Asia/Shanghai) time as written in the ledger, returned timezone-aware."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=clock.SHANGHAI)
    written = cell_text(value)
    found = _TIMESTAMP.fullmatch(written)
    try:
        if found is None:
            raise ValueError
        return dt.datetime(*map(int, found.groups(0)), tzinfo=clock.SHANGHAI)
    except ValueError:
        raise ValueError(Message("“{written}”不是时间,应为 YYYY-MM-DD HH:MM", written=written)) from None


def choice(enum: type[Labelled]) -> Parser:
    def parse(value):
        s = cell_text(value)
        try:
            return enum.from_label(s)
        except ValueError:  # the choices as the file must write them, whatever the screen's language
            raise ValueError(Message("“{s}”不是可选值({choices})", s=s, choices="/".join(enum.labels()))) from None
    return parse


def yes_no(value) -> bool:
    s = cell_text(value).lower()
    if s in ("是", "y", "yes", "1", "true", "√"):
        return True
    if s in ("否", "n", "no", "0", "false", ""):
        return False
    raise ValueError(Message("“{s}”应为 是 或 否", s=s))


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _not_a_number(value, what: Message) -> None:
    """Excel keeps 15 significant digits: an 18-digit ID stored as a number has lost its last
    digits, and may still pass the check digit; a phone loses its leading 0."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise ValueError(Message("{what}被 Excel 存成了数字,后几位可能已丢失:请把该列设为“文本”格式后重新录入", what=what))


def id_number(value) -> str:
    _not_a_number(value, Message("身份证号"))
    s = cell_text(value).upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        raise ValueError(Message("“{s}”不是 18 位身份证号", s=s))
    try:
        born = dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        raise ValueError(Message("身份证号 {s} 的出生日期 {born} 不存在", s=s, born=s[6:14])) from None
    if not dt.date(1900, 1, 1) <= born <= clock.today():
        raise ValueError(Message("身份证号 {s} 的出生日期 {born:%Y-%m-%d} 不可能", s=s, born=born))
    check = "10X98765432"[sum(int(c) * w for c, w in zip(s, _ID_WEIGHTS)) % 11]
    if s[-1] != check:
        raise ValueError(Message("身份证号 {s} 校验位错误(应为 {check})", s=s, check=check))
    return s


def phone(value) -> str:
    _not_a_number(value, Message("电话号码"))
    return phone_shape(cell_text(value))
