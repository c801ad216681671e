"""Operations: the one door of every user action and every read, from the screens and the
command line alike.

A write is one function ``(db, actor, …) -> Result(value, changes)`` (``perform``): it opens the
unit of work, resolves and checks the acting user, calls the services, logs what changed for the
other seats, commits, and turns conflicts with other seats into the product's own messages. A
read is one function ``(db, actor, …) -> plain data`` (``look``): the same resolving and checking,
in a read-only session; it returns plain data, never ORM objects.

One module per area: ``incidents`` and ``queue``, ``meetings``, ``evaluation``, ``visits``,
``reviews``, ``notices``, ``intake``, ``imports``, ``organisation``, ``administration``,
``accounts``, ``reference``, ``rules``, ``dashboard``, ``reports`` (documents written to files),
``audit_log``, ``maintenance`` (backups, restore, migrations), ``changes`` (what other seats did).
Each names, beside its functions, the plain types its values are made of.
"""

from ..access.permissions import Can, allows, may_see_pay, require
from ..store.database import Database, data_dir, open_database, open_from_args, resolve_url
from .actor import Actor
from .unit_of_work import Result, look, perform

__all__ = ["Actor", "Can", "Database", "Result", "allows", "data_dir", "look", "may_see_pay", "open_database", "open_from_args", "perform", "require",
           "resolve_url"]
