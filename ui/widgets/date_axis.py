"""A time axis for charts that reads in the user's language and in Shanghai time: "4月", "9-30"
in Chinese, "Apr", "30 Sep" in English — not pyqtgraph's "Apr", "30Sep" in every language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from gridcommand.base import clock

SHANGHAI_OFFSET = -8 * 3600  # pyqtgraph's utcOffset: seconds west of UTC


def tick_label(at: dt.datetime, spec: str) -> str:
    """``at`` (Shanghai time) as a tick of pyqtgraph's granularity ``spec`` (its strftime format)."""
    locale = QLocale()
    if spec == "%Y":
        return str(at.year)
    if spec == "%b":
        return locale.monthName(at.month, QLocale.FormatType.ShortFormat)
    if "%d" in spec:  # a day
        return locale.toString(QDate(at.year, at.month, at.day), QCoreApplication.translate("DateAxis", "d MMM"))
    return at.strftime(spec)[:-3] if "%f" in spec else at.strftime(spec)  # times read alike everywhere


def date_axis():
    """A pyqtgraph axis item (pyqtgraph is imported when a chart is first drawn)."""
    import pyqtgraph as pg

    class LocalDateAxis(pg.DateAxisItem):
        def tickStrings(self, values, scale, spacing):
            spec = next((s.format for s in self.zoomLevel.tickSpecs if s.spacing == spacing), "%Y")
            return [tick_label(dt.datetime.fromtimestamp(v, clock.SHANGHAI), spec) for v in values]

    return LocalDateAxis(utcOffset=SHANGHAI_OFFSET)
