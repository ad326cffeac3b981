"""Alembic environment: HipDesk always passes an open connection in ``config.attributes``."""

from alembic import context

from hipdesk.storage.tables import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for developers running the alembic CLI
    from sqlalchemy import create_engine

    url = context.config.get_main_option("sqlalchemy.url") or "sqlite:///hipdesk-dev.sqlite3"
    connection = create_engine(url).connect()

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
