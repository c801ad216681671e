"""Small shared test data, and the accounts tests act as."""

import datetime as dt

from gridcommand.demo import DEMO_PASSWORD, Scale

TINY = Scale("tiny", "西塘镇", "嘉善县", villages=3, grids=8, full_time_workers=10,
             key_persons=40, months=2, incidents=300, visit_months=2)
TODAY = dt.date(2026, 11, 23)
PASSWORD = DEMO_PASSWORD  # the accounts tests make, and the demo's, sign in alike


def account(session, username: str = "admin", roles=("admin",), name: str | None = None):
    """An account that can sign in with PASSWORD (made on first use), as its user row."""
    from sqlalchemy import select

    from gridcommand.access import accounts
    from gridcommand.models import User

    user = session.scalars(select(User).where(User.username == username)).first()
    if user is None or user.password_hash is None:
        user = accounts.create(session, username, name or username, roles, PASSWORD)
    return user


def admin_user(session):
    """The administrator's account, for tests of the services (which take a user row)."""
    return account(session)


def signed_in(db, username: str = "admin", roles=("admin",)):
    """An account signed in, as an operation's actor."""
    from gridcommand.ops import accounts

    with db.write_session() as session:
        account(session, username, roles)
        session.commit()
    return accounts.sign_in(db, username, PASSWORD)


def run_import(db, kind, path, dry_run: bool = False):
    """An import through its operation, as the administrator; the value is the report."""
    from gridcommand.ops import imports

    op = imports.check if dry_run else imports.run
    return op(db, signed_in(db), kind, path).value
