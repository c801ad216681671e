"""Errors the core raises for the user to read. Each says what is wrong; nothing was changed."""

from __future__ import annotations

from typing import Any

from .messages import Message


class InputError(ValueError):
    """Bad input from a user or a file: the message says what is wrong; nothing was changed.
    Raised with a template and its values (``InputError("事件 {code} 不存在", code=...)``) or a
    ``Message``, so that the screen can say it in its own language."""

    def __init__(self, message: str | Message, /, **values: Any):
        self.message = message if isinstance(message, Message) else Message(message, **values)
        super().__init__(str(self.message))


class NotAllowed(InputError):
    """The acting user may not do or see this."""


class StaleIncident(InputError):
    """Another seat changed the incident since this one loaded it. The screen reloads it and
    keeps what the user typed, so the move can be checked and tried again."""

    def __init__(self, incident_id: int | None, code: str | None = None):
        if code:
            super().__init__("事件 {code} 已被其他席位修改,已重新载入:请核对后再操作。", code=code)
        else:
            super().__init__("此事件已被其他席位修改,已重新载入:请核对后再操作。")
        self.incident_id = incident_id


class DatabaseBusy(InputError):
    """Another seat held the database for longer than an operation may wait."""

    def __init__(self) -> None:
        super().__init__("数据库正忙(另一席位正在导入或保存),请稍后重试。")


def reason(exc: BaseException) -> str:
    """What went wrong in the driver's or the system's own words, one line: never SQL text,
    parameters or links to documentation (those go to the log)."""
    cause = getattr(exc, "orig", None) or exc
    words = (getattr(cause, "strerror", None) or str(cause)).strip().splitlines()
    return words[0][:200] if words else type(cause).__name__
