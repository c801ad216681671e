"""How a source's columns map to our fields: the fields an order can fill, the column names other
systems use for them (a sample file's columns are matched on these first), and reading one
file's rows with a mapping into records, naming the file's own row and column on a bad cell."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any, Callable

from ..base.enums import WarningColour
from ..base.messages import Message, said
from ..base.workcalendar import add_working_time
from ..imports.base import HEADER_ROW, RowError
from ..imports.fields import cell_text, is_blank, phone, text, timestamp
from ..imports.reader import Sheet


@dataclass(frozen=True)
class Target:
    """One of our fields a source's column may fill."""

    key: str
    label: str
    required: bool
    parse: Callable[[Any], Any]
    names: tuple[str, ...]  # column names other systems give it, most likely first


# 紧急程度 as the hotline writes it, besides our own colours.
_URGENCY = {"特急": WarningColour.RED, "紧急": WarningColour.RED, "加急": WarningColour.YELLOW,
            "较急": WarningColour.YELLOW, "一般": WarningColour.BLUE, "普通": WarningColour.BLUE}


def colour(value) -> WarningColour:
    s = cell_text(value).removesuffix("色")
    if s in _URGENCY:
        return _URGENCY[s]
    try:
        return WarningColour.from_label(s)
    except ValueError:
        raise ValueError(Message("“{s}”不是预警颜色或紧急程度({choices})", s=s,
                                 choices="/".join([*WarningColour.labels(), *_URGENCY]))) from None


def order_number(value) -> str:
    """A source's order number. Excel keeps 15 significant digits: a longer number stored as a
    number has lost its last digits, and orders would be matched wrongly."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and abs(value) >= 10 ** 15:
        raise ValueError(Message("{what}被 Excel 存成了数字,后几位可能已丢失:请把该列设为“文本”格式后重新录入",
                                 what=Message("工单编号")))
    return text(64)(value)


def caller_phone(value) -> str:
    """A caller's number. A mobile number Excel stored as a number keeps all its 11 digits and is
    taken; any other number stored so may have lost its leading 0 and is refused."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and float(value).is_integer() \
            and re.fullmatch(r"1\d{10}", str(int(value))):
        return str(int(value))
    return phone(value)


_SPAN = re.compile(r"(\d+(?:\.\d+)?)\s*(小时|个?工作日|天|日|h|d)", re.IGNORECASE)


def time_limit(value) -> dt.datetime | tuple[float, str]:
    """A source's time limit: a time ("2026-12-05 17:00"), or a span from the order's time
    ("3天", "24小时", "5个工作日")."""
    if isinstance(value, dt.datetime):
        return timestamp(value)
    s = cell_text(value).replace(" ", "")
    found = _SPAN.fullmatch(s)
    if found:
        amount, unit = float(found[1]), found[2].lower().removeprefix("个")
        return amount, {"h": "小时", "d": "天", "日": "天"}.get(unit, unit)
    try:
        return timestamp(s)
    except ValueError:
        raise ValueError(Message("“{s}”不是时限:应为时间(YYYY-MM-DD HH:MM)或“3天”“24小时”“5个工作日”",
                                 s=s)) from None


def limit_at(limit: dt.datetime | tuple[float, str] | None, reported_at: dt.datetime) -> dt.datetime | None:
    if limit is None or isinstance(limit, dt.datetime):
        return limit
    amount, unit = limit
    if unit == "工作日":
        return add_working_time(reported_at, dt.timedelta(days=amount))
    return reported_at + dt.timedelta(hours=amount if unit == "小时" else amount * 24)


TARGETS = (
    Target("order_no", "工单编号", True, order_number,
           ("工单编号", "工单号", "受理编号", "事项编号", "流水号", "单号", "编号")),
    Target("reported_at", "来电时间", True, timestamp,
           ("来电时间", "受理时间", "登记时间", "上报时间", "派单时间", "创建时间", "提交时间", "时间")),
    Target("content", "诉求内容", True, text(4000),
           ("诉求内容", "来电内容", "事项内容", "问题描述", "诉求描述", "内容", "描述")),
    Target("title", "标题", False, text(200), ("标题", "诉求标题", "事项标题", "主题")),
    Target("address", "诉求地址", False, text(200),
           ("诉求地址", "事发地址", "发生地址", "事发地点", "地址", "地点")),
    Target("grid", "所属网格", False, text(64), ("所属网格", "网格编码", "网格名称", "网格")),
    Target("category", "类别", False, text(64),
           ("诉求类型", "问题类别", "事项类别", "诉求分类", "类别", "分类", "大类", "小类")),
    Target("colour", "预警颜色", False, colour, ("预警颜色", "紧急程度", "缓急程度", "颜色")),
    Target("contact", "联系人", False, text(32), ("联系人", "来电人", "诉求人", "反映人", "姓名")),
    Target("phone", "联系电话", False, caller_phone, ("联系电话", "来电号码", "手机号码", "手机号", "电话", "联系方式")),
    Target("time_limit", "办理时限", False, time_limit,
           ("办理时限", "处理时限", "办结时限", "截止时间", "时限")),
)
TARGET = {t.key: t for t in TARGETS}


def guess(headers: list[str]) -> dict[str, str]:
    """Our field → the sample's column, for the columns whose names other systems use; each
    column at most once, the most telling names first."""
    free = [h for h in headers if h]
    found: dict[str, str] = {}
    for target in TARGETS:
        for name in target.names:
            column = next((h for h in free if h == name), None) or next(
                (h for h in free if name in h and len(name) >= 2 and h not in found.values()), None)
            if column and column not in found.values():
                found[target.key] = column
                break
    return found


def dumps(columns: dict[str, str]) -> str:
    return json.dumps({k: v for k, v in columns.items() if v}, ensure_ascii=False, sort_keys=True)


def loads(stored: str) -> dict[str, str]:
    return {k: v for k, v in json.loads(stored or "{}").items() if k in TARGET}


def problems(columns: dict[str, str]) -> list[Message]:
    """What makes a mapping unusable: a required field without a column, a column used twice."""
    found = [Message("“{field}”必须对应文件的一列", field=t.label) for t in TARGETS
             if t.required and not columns.get(t.key)]
    used: dict[str, str] = {}
    for key, column in columns.items():
        if not column:
            continue
        if column in used:
            found.append(Message("文件的列“{column}”同时对应了“{a}”和“{b}”", column=column,
                                 a=TARGET[used[column]].label, b=TARGET[key].label))
        used.setdefault(column, key)
    return found


Record = dict[str, Any]


def read_rows(sheet: Sheet, columns: dict[str, str]) -> tuple[list[Record], list[RowError]]:
    """The sheet's rows as records of our fields (``_row``: the file's row number), with every
    bad cell named by the file's row and column."""
    index = {h: i for i, h in enumerate(sheet.headers) if h}
    errors = [RowError(HEADER_ROW, "", problem) for problem in problems(columns)]
    errors += [RowError(HEADER_ROW, column, Message("文件没有这一列(对应“{field}”):请检查来源的列对应",
                                                    field=TARGET[key].label))
               for key, column in columns.items() if column and column not in index]
    if errors:
        return [], errors
    if not sheet.rows:
        return [], [RowError(HEADER_ROW + 1, "", Message("文件只有表头,没有数据行"))]
    records = []
    for row_number, cells in sheet.rows:
        record: Record = {"_row": row_number}
        for target in TARGETS:
            column = columns.get(target.key)
            raw = cells[index[column]] if column and index[column] < len(cells) else None
            record[target.key] = None
            if is_blank(raw):
                if target.required:
                    errors.append(RowError(row_number, column, Message("必填项为空")))
                continue
            try:
                record[target.key] = target.parse(raw)
            except ValueError as exc:
                errors.append(RowError(row_number, column, said(exc)))
        records.append(record)
    return records, errors
