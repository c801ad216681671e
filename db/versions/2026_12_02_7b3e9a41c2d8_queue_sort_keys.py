"""queue sort keys: every sortable column of the queue sorts on an index of the incident table —
names of villages, grids, units and reporters and the ranks of colour, status and level copied
onto the incident by triggers — and the common filter + "newest first" pairs have an index

Revision ID: 7b3e9a41c2d8
Revises: 5a1d0c7e9b21
Create Date: 2026-12-02 16:30:00
"""
from alembic import op
import sqlalchemy as sa

from gridcommand.models.base import UTCDateTime

revision = '7b3e9a41c2d8'
down_revision = '5a1d0c7e9b21'
branch_labels = None
depends_on = None

# The enums' order as of this revision (urgency first); a new member needs a new migration.
RANKS = {
    "colour": ("red", "yellow", "blue"),
    "status": ("reported", "accepted", "dispatched", "in_progress", "resolved", "closed", "cancelled"),
    "level": ("grid", "village", "township", "county"),
}
COLUMNS = [("village_id", sa.Integer()), ("sort_village", sa.String(64)), ("sort_grid", sa.String(32)),
           ("sort_category", sa.Integer()), ("sort_colour", sa.Integer()), ("sort_status", sa.Integer()),
           ("sort_level", sa.Integer()), ("sort_unit", sa.String(64)), ("sort_reporter", sa.String(32)),
           ("sort_deadline", UTCDateTime(timezone=True))]
OLD_INDEXES = {"ix_incident_category_id": ["category_id"], "ix_incident_grid_id": ["grid_id"],
               "ix_incident_colour": ["colour"], "ix_incident_reported_at": ["reported_at"],
               "ix_incident_unsigned_units": ["unsigned_units"],
               "ix_incident_status_reported_at": ["status", "reported_at"]}
NEW_INDEXES = [["reported_at", "id"], ["status", "reported_at", "id"], ["colour", "reported_at", "id"],
               ["category_id", "reported_at", "id"], ["grid_id", "reported_at", "id"],
               ["village_id", "reported_at", "id"], ["title", "id"],
               ["unsigned_units", "id"]] + [
    [key, "id"] for key in ("sort_village", "sort_grid", "sort_category", "sort_colour", "sort_status",
                            "sort_level", "sort_unit", "sort_reporter", "sort_deadline")]
# Columns of the incident whose change moves a sort key.
SOURCES = ("grid_id, category_id, unit_id, reporter_staff_id, reporter_name, colour, status, level, "
           "step_due_at, deadline")
OPEN = "'reported', 'accepted', 'dispatched', 'in_progress', 'resolved'"
# Keys are never NULL, so that a page is sought by one row-value comparison on every database
# (SQLite and PostgreSQL put NULLs at opposite ends): no deadline sorts after every deadline.
NO_DEADLINE = {"sqlite": "'9999-12-31 00:00:00.000000'", "postgresql": "'9999-12-31 00:00:00+00'::timestamptz"}


def _rank(column: str, row: str) -> str:
    whens = " ".join(f"WHEN '{value}' THEN {i}" for i, value in enumerate(RANKS[column]))
    return f"CASE {row}.{column} {whens} ELSE {len(RANKS[column])} END"


def _keys(row: str, dialect: str) -> dict[str, str]:
    """Each sort key as an SQL expression of the incident ``row`` (NEW in a trigger)."""
    return {
        "village_id": f"(SELECT g.village_id FROM grid g WHERE g.id = {row}.grid_id)",
        "sort_village": f"(SELECT v.name FROM grid g JOIN village v ON v.id = g.village_id "
                        f"WHERE g.id = {row}.grid_id)",
        "sort_grid": f"(SELECT g.code FROM grid g WHERE g.id = {row}.grid_id)",
        "sort_category": f"COALESCE((SELECT c.sort_order FROM category c WHERE c.id = {row}.category_id), 0)",
        "sort_colour": _rank("colour", row),
        "sort_status": _rank("status", row),
        "sort_level": _rank("level", row),
        "sort_unit": f"COALESCE((SELECT u.name FROM unit u WHERE u.id = {row}.unit_id), '')",
        "sort_reporter": f"COALESCE((SELECT s.name FROM staff s WHERE s.id = {row}.reporter_staff_id), "
                         f"{row}.reporter_name, '')",
        # The deadline the queue shows: the open step's due time, else the incident's deadline.
        "sort_deadline": f"COALESCE(CASE WHEN {row}.status IN ({OPEN}) "
                         f"THEN {row}.step_due_at ELSE {row}.deadline END, {NO_DEADLINE[dialect]})",
    }


# A renamed village, grid, unit or reporter, or a category moved in the list, moves its incidents.
PROPAGATE = [
    ("village", "name", "UPDATE incident SET sort_village = NEW.name WHERE village_id = NEW.id"),
    ("grid", "code, village_id",
     "UPDATE incident SET sort_grid = NEW.code, village_id = NEW.village_id, "
     "sort_village = (SELECT v.name FROM village v WHERE v.id = NEW.village_id) WHERE grid_id = NEW.id"),
    ("category", "sort_order", "UPDATE incident SET sort_category = NEW.sort_order WHERE category_id = NEW.id"),
    ("unit", "name", "UPDATE incident SET sort_unit = NEW.name WHERE unit_id = NEW.id"),
    ("staff", "name", "UPDATE incident SET sort_reporter = NEW.name WHERE reporter_staff_id = NEW.id"),
]


def _sqlite_triggers() -> list[str]:
    sets = ", ".join(f"{key} = {expr}" for key, expr in _keys("NEW", "sqlite").items())
    statements = [
        f"CREATE TRIGGER incident_sort_keys_insert AFTER INSERT ON incident BEGIN "
        f"UPDATE incident SET {sets} WHERE id = NEW.id; END",
        f"CREATE TRIGGER incident_sort_keys_update AFTER UPDATE OF {SOURCES} ON incident BEGIN "
        f"UPDATE incident SET {sets} WHERE id = NEW.id; END",
    ]
    for table, columns, update in PROPAGATE:
        statements.append(f"CREATE TRIGGER {table}_sort_keys AFTER UPDATE OF {columns} ON {table} "
                          f"BEGIN {update}; END")
    return statements


def _postgresql_triggers() -> list[str]:
    sets = " ".join(f"NEW.{key} := {expr};" for key, expr in _keys("NEW", "postgresql").items())
    statements = [
        f"CREATE FUNCTION incident_sort_keys() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN {sets} RETURN NEW; END $$",
        "CREATE TRIGGER incident_sort_keys_insert BEFORE INSERT ON incident "
        "FOR EACH ROW EXECUTE FUNCTION incident_sort_keys()",
        f"CREATE TRIGGER incident_sort_keys_update BEFORE UPDATE OF {SOURCES} ON incident "
        "FOR EACH ROW EXECUTE FUNCTION incident_sort_keys()",
    ]
    for table, columns, update in PROPAGATE:
        statements += [
            f"CREATE FUNCTION {table}_sort_keys() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN {update}; RETURN NULL; END $$",
            f"CREATE TRIGGER {table}_sort_keys AFTER UPDATE OF {columns} ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {table}_sort_keys()",
        ]
    return statements


def upgrade() -> None:
    bind = op.get_bind()
    for name, type_ in COLUMNS:
        op.add_column("incident", sa.Column(name, type_, nullable=True))
    # Fill the keys of the rows already there in one statement before any trigger exists.
    sets = ", ".join(f"{key} = {expr}" for key, expr in _keys("incident", bind.dialect.name).items())
    bind.execute(sa.text(f"UPDATE incident SET {sets}"))
    for name in OLD_INDEXES:
        op.drop_index(name, table_name="incident")
    for columns in NEW_INDEXES:
        op.create_index(f"ix_incident_{'_'.join(columns)}", "incident", columns)
    triggers = _postgresql_triggers() if bind.dialect.name == "postgresql" else _sqlite_triggers()
    for statement in triggers:
        bind.execute(sa.text(statement))


def downgrade() -> None:
    bind = op.get_bind()
    tables = ["incident"] + [table for table, _, _ in PROPAGATE]
    for table in tables:
        names = ["incident_sort_keys_insert", "incident_sort_keys_update"] if table == "incident" \
            else [f"{table}_sort_keys"]
        for name in names:
            on = f" ON {table}" if bind.dialect.name == "postgresql" else ""
            bind.execute(sa.text(f"DROP TRIGGER IF EXISTS {name}{on}"))
    if bind.dialect.name == "postgresql":
        for function in ["incident_sort_keys"] + [f"{table}_sort_keys" for table, _, _ in PROPAGATE]:
            bind.execute(sa.text(f"DROP FUNCTION IF EXISTS {function}()"))
    for columns in NEW_INDEXES:
        op.drop_index(f"ix_incident_{'_'.join(columns)}", table_name="incident")
    for name, columns in OLD_INDEXES.items():
        op.create_index(name, "incident", columns)
    with op.batch_alter_table("incident") as batch:
        for name, _ in reversed(COLUMNS):
            batch.drop_column(name)
