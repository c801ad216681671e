"""Allocation-heavy batch work with Python's cycle collector paused.

Scoring a city's month makes a million small objects (fractions, dicts) and no reference cycles:
the collector finds nothing there, and its passes over the growing heap took a third of the
time. It is switched back on only if it was on: the desktop app keeps automatic collection off
and collects on the GUI thread itself (ui/gc_guard.py)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
