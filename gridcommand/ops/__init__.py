"""Operations: the one path of every user action, from the screens and the command line alike.

Each action is one function ``(db, actor, …) -> Result(value, changes)`` (``perform``): it opens
the unit of work, resolves and checks the acting user, calls the services, logs what changed
for the other seats, commits, and turns conflicts with other seats into the product's own
messages. Reads are plain functions of a session, run with ``read(db, fn, …)``; they return
plain data, never ORM objects.

One module per area: ``incidents``, ``meetings``, ``evaluation``, ``visits``, ``imports``,
``reference``, ``rules``, ``reports`` (documents written to files), ``changes`` (what other
seats did).
"""

from .actor import Actor
from .unit_of_work import Result, perform, read

__all__ = ["Actor", "Result", "perform", "read"]
