"""Errors the core raises for the user to read. Each says what is wrong; nothing was changed."""


class InputError(ValueError):
    """Bad input from a user or a file: the message says what is wrong; nothing was changed."""


class NotAllowed(InputError):
    """The acting user may not do or see this."""


class StaleIncident(InputError):
    """Another seat changed the incident since this one loaded it. The screen reloads it and
    keeps what the user typed, so the move can be checked and tried again."""

    def __init__(self, incident_id: int | None, code: str | None = None):
        which = f"事件 {code} " if code else "此事件"
        super().__init__(f"{which}已被其他席位修改,已重新载入:请核对后再操作。")
        self.incident_id = incident_id


class DatabaseBusy(InputError):
    """Another seat held the database for longer than an operation may wait."""

    def __init__(self):
        super().__init__("数据库正忙(另一席位正在导入或保存),请稍后重试。")
