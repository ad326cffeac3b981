"""SQLite through SQLAlchemy 2.x; the schema belongs to Alembic. Repositories return domain objects."""
