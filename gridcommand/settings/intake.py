"""How likely repeats among incoming work orders are found (SPEC §4), declared once: how far
apart an order and the open incident it may repeat can be, and how alike two texts must be."""

from __future__ import annotations

from ..base.messages import Message
from .stored import Number

DAYS = Number("intake.duplicate_days", 7, 1, 30, Message("疑似重复的时间窗(天)"))
PERCENT = Number("intake.similarity_percent", 70, 30, 100, Message("文字相似度(%)"))
