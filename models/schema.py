"""The schema is owned by Alembic; these helpers run it from code (no alembic.ini needed).

Alembic is imported only when a migration has to run: a database already at HEAD_REVISION is checked
with one SELECT, which keeps Alembic (0.4 s of imports) off the path to the first window.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect, text

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision under migrations/versions; tests/unit/test_storage.py checks it against Alembic.
HEAD_REVISION = "0011"


def alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if "alembic_version" not in inspect(connection).get_table_names():
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def has_user_tables(engine: Engine) -> bool:
    with engine.connect() as connection:
        return bool(set(inspect(connection).get_table_names()) - {"alembic_version"})


class ForeignKeysBroken(RuntimeError):
    """A migration left rows pointing at rows that are not there; it was rolled back, nothing kept."""

    def __init__(self, violations: list[tuple]) -> None:
        super().__init__(f"{len(violations)} rows break a foreign key after the migration: {violations[:5]}")
        self.violations = violations


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate to `revision` in one transaction: on SQLite a kill or an error leaves the old schema whole."""
    from alembic import command

    _migrate(engine, lambda config: command.upgrade(config, revision))


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    _migrate(engine, lambda config: command.downgrade(config, revision))


def _migrate(engine: Engine, run) -> None:
    config = alembic_config()
    if engine.dialect.name != "sqlite":  # PostgreSQL's DDL is transactional as it is
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            run(config)
        return
    migrating = _migration_engine(engine)
    try:
        with migrating.begin() as connection:
            config.attributes["connection"] = connection
            run(config)
            violations = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if violations:
                raise ForeignKeysBroken(violations)  # leaving the block rolls everything back
    finally:
        migrating.dispose()


def _migration_engine(engine: Engine) -> Engine:
    """A SQLite engine on which a whole migration is one transaction, with foreign keys off.

    Python's sqlite3 (legacy transaction control, before 3.16) begins a transaction only before
    INSERT/UPDATE/DELETE: an ALTER TABLE or DROP INDEX first is committed on its own, and a kill before
    the rest leaves half a migration that every later start trips over. SQLAlchemy's documented recipe
    (dialects/sqlite "Enabling Non-Legacy SQLite Transactional Modes"): driver BEGIN off, our own BEGIN
    from the "begin" event — IMMEDIATE, so a second program waits here instead of migrating as well.

    Foreign keys are off because batch mode rebuilds a table by DROP and copy, and with them on the DROP
    deletes every row that points at it (0006's downgrade once took 40 of 41 tasks with it). The pragma
    is a no-op inside a transaction, so it is set when the connection is made; `_migrate` runs
    foreign_key_check before it commits instead.
    """
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    from models.db import BUSY_TIMEOUT_MS

    migrating = create_engine(
        engine.url, poolclass=NullPool, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}
    )

    @event.listens_for(migrating, "connect")
    def _no_driver_transactions(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        dbapi_connection.execute("PRAGMA foreign_keys = OFF")

    @event.listens_for(migrating, "begin")
    def _begin(connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return migrating
