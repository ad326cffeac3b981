"""stable ids for the records that travel between computers (export, import and merge)

Sessions, pain ratings and check values get a ``uid`` (a UUID, 32 hex digits), routine versions a ``version_uid``,
preferences an ``updated_at``; existing rows get a new UUID each. The routines table is rebuilt without its unique
(uid, version): after a merge, two computers' version 2 of one routine sit side by side.

Revision ID: 0004
Revises: 0003
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_UID_TABLES = ("sessions", "pain_ratings", "check_results")

_ROUTINES_COLUMNS = "id, uid, version, name, body_json, created_at, retired"


def _backfill(table: str, column: str) -> None:
    conn = op.get_bind()
    ids = [row[0] for row in conn.execute(sa.text(f"SELECT id FROM {table} WHERE {column} IS NULL"))]
    if ids:
        conn.execute(
            sa.text(f"UPDATE {table} SET {column} = :uid WHERE id = :id"),
            [{"uid": uuid.uuid4().hex, "id": row_id} for row_id in ids],
        )


def _create_routines(name: str, unique_versions: bool) -> None:
    # Written out rather than through batch_alter_table: the old unique constraint has no name to drop it by.
    extra = ", UNIQUE (uid, version)" if unique_versions else ""
    version_uid = "" if unique_versions else "version_uid VARCHAR, "
    op.execute(
        f"CREATE TABLE {name} (id INTEGER NOT NULL, uid VARCHAR NOT NULL, {version_uid}version INTEGER NOT NULL, "
        "name VARCHAR NOT NULL, body_json TEXT NOT NULL, created_at VARCHAR NOT NULL, retired BOOLEAN NOT NULL, "
        f"PRIMARY KEY (id){extra})"
    )


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild): rebuilding sessions would cascade-delete its steps.
    for table in _UID_TABLES:
        op.execute(f"ALTER TABLE {table} ADD COLUMN uid VARCHAR")
        _backfill(table, "uid")
        op.create_index(f"ix_{table}_uid", table, ["uid"], unique=True)
    op.execute("ALTER TABLE settings ADD COLUMN updated_at VARCHAR")

    _create_routines("routines_new", unique_versions=False)
    op.execute(f"INSERT INTO routines_new ({_ROUTINES_COLUMNS}) SELECT {_ROUTINES_COLUMNS} FROM routines")
    op.execute("DROP TABLE routines")
    op.execute("ALTER TABLE routines_new RENAME TO routines")
    _backfill("routines", "version_uid")
    op.create_index("ix_routines_uid", "routines", ["uid"])
    op.create_index("ix_routines_version_uid", "routines", ["version_uid"], unique=True)


def downgrade() -> None:
    _create_routines("routines_old", unique_versions=True)
    op.execute(
        f"INSERT INTO routines_old ({_ROUTINES_COLUMNS}) SELECT id, uid, "
        "row_number() OVER (PARTITION BY uid ORDER BY created_at, version, id), name, body_json, created_at, retired "
        "FROM routines"
    )
    op.execute("DROP TABLE routines")
    op.execute("ALTER TABLE routines_old RENAME TO routines")
    op.create_index("ix_routines_uid", "routines", ["uid"])

    op.execute("ALTER TABLE settings DROP COLUMN updated_at")
    for table in _UID_TABLES:
        op.drop_index(f"ix_{table}_uid", table_name=table)
        op.execute(f"ALTER TABLE {table} DROP COLUMN uid")
