import sqlite3

import pytest
from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.orm import sessionmaker

from models import LedgerItem, schema
from models.db import make_engine
from services.errors import (
    DatabaseLocked,
    DatabaseReadOnly,
    DiskFull,
    NotADatabase,
    SchemaTooNew,
    StorageError,
)
from services.storage.database import Ledger, open_ledger, user_action


@pytest.mark.sqlite_only
def test_new_database_is_created_at_head_with_wal_and_foreign_keys(ledger):
    assert schema.current_revision(ledger.engine) == schema.head_revision()
    with ledger.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_default_location_is_the_per_user_data_folder(data_dir):
    opened = open_ledger()
    try:
        assert opened.sqlite_file == (data_dir / "ledger.sqlite3").resolve()
    finally:
        opened.dispose()


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"PK\x03\x04 this is a zip, not a ledger" * 10)
    before = path.read_bytes()
    with pytest.raises(NotADatabase, match="不是督办台账的数据库文件"):
        open_ledger(f"sqlite:///{path}")
    assert path.read_bytes() == before


def test_a_schema_newer_than_the_app_is_refused(db_url, ledger):
    with ledger.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    ledger.dispose()
    with pytest.raises(SchemaTooNew, match="更新版本"):
        open_ledger(db_url)


def test_missing_folder_is_explained(tmp_path):
    with pytest.raises(StorageError, match="不存在"):
        open_ledger(f"sqlite:///{tmp_path}/nowhere/ledger.sqlite3")


@pytest.mark.parametrize("url", ["bogus://x", "abc", "postgresql+nosuch://clerk:secret@server/duban"])
def test_an_unreadable_database_url_is_explained_without_its_password(url):
    with pytest.raises(StorageError, match="无法识别") as caught:
        open_ledger(url)
    assert "secret" not in str(caught.value) and "sqlite:///" in str(caught.value)


@pytest.mark.sqlite_only
def test_upgrade_from_first_migration_keeps_every_row_and_backs_up(data_dir, db_url):
    engine = make_engine(db_url)
    schema.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO plan (id, title, created_at) VALUES (1, '旧方案', '2024-07-10 00:00:00')")
        )
        conn.execute(
            text(
                "INSERT INTO ledger_item (id, plan_id, kind, level, position, title, status, version, updated_at) "
                "VALUES (1, 1, 'measure', 1, 1, '旧措施', 'open', 1, '2024-07-10 00:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO unit (id, name, kind, created_at) VALUES (1, '区发改委', 'department', '2024-07-10')"
            )
        )
        conn.execute(
            text("INSERT INTO assignment (id, item_id, unit_id, role, position) VALUES (1, 1, 1, 'lead', 0)")
        )
    engine.dispose()
    opened = open_ledger(db_url)
    try:
        assert schema.current_revision(opened.engine) == schema.head_revision()
        with opened.session_factory() as session:
            item = session.get(LedgerItem, 1)
            assert item.title == "旧措施"
            assert [a.unit.name for a in item.assignments] == ["区发改委"]
            assert item.lead_unit_ids == "1"  # migration 0006 copies the lead units onto the task
            # 0011: an older task is no 督办事项; nothing is guessed for it
            assert (item.source, item.assigned_on, item.supervision_seq, item.leader) == (
                None,
                None,
                None,
                None,
            )
            assert session.scalar(select(func.count()).select_from(LedgerItem)) == 1
        backups = list((data_dir / "backups").glob("ledger-*-upgrade.sqlite3"))
        assert len(backups) == 1
        with sqlite3.connect(backups[0]) as copy:
            assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    finally:
        opened.dispose()


def _short_timeout_ledger(url: str) -> Ledger:
    """The same database with a 50 ms busy timeout, so the locked case fails in milliseconds."""
    opened = open_ledger(url, upgrade=False)

    @event.listens_for(opened.engine, "connect")
    def short_timeout(dbapi_connection, _record):
        dbapi_connection.execute("PRAGMA busy_timeout = 50")

    return opened


@pytest.mark.sqlite_only
def test_a_locked_database_gives_a_clear_message_and_writes_nothing(ledger, plan_id, db_url):
    quick = _short_timeout_ledger(db_url)
    blocker = sqlite3.connect(db_url.removeprefix("sqlite:///"), timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLocked, match="占用"), user_action(quick) as session:
            session.get(LedgerItem, 3).title = "改了"
    finally:
        blocker.rollback()
        blocker.close()
        quick.dispose()
    with ledger.session_factory() as session:
        assert session.get(LedgerItem, 3).title != "改了"


@pytest.mark.sqlite_only
def test_a_read_only_database_gives_a_clear_message(db_url, ledger, plan_id):
    path = db_url.removeprefix("sqlite:///")
    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    read_only = Ledger(db_url, engine, sessionmaker(engine))
    try:
        with pytest.raises(DatabaseReadOnly, match="只读"), user_action(read_only) as session:
            session.get(LedgerItem, 3).title = "改了"
    finally:
        engine.dispose()
    with ledger.session_factory() as session:
        assert session.get(LedgerItem, 3).title != "改了"


@pytest.mark.sqlite_only
def test_a_full_disk_gives_a_clear_message_and_the_import_writes_nothing(db_url, ledger):
    """SQLite's max_page_count makes the database 'full' exactly as a full disk does (SQLITE_FULL)."""
    from services.ledger.rows import list_plans
    from services.plans.importing import import_plan_file, sample_plan_path

    full = open_ledger(db_url, upgrade=False)

    @event.listens_for(full.engine, "connect")
    def cap_size(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    full.engine.dispose()  # the pooled connection from opening predates the cap
    try:
        with pytest.raises(DiskFull, match="磁盘空间已满"), user_action(full) as session:
            import_plan_file(session, sample_plan_path())
    finally:
        full.dispose()
    with user_action(ledger) as session:
        assert list_plans(session) == []


def test_a_data_folder_with_chinese_characters_and_spaces(tmp_path, monkeypatch):
    folder = tmp_path / "我的 文档" / "督办 台账"
    monkeypatch.setenv("DUBAN_DATA_DIR", str(folder))
    from services.plans.importing import import_plan_file, sample_plan_path

    opened = open_ledger()
    try:
        with user_action(opened) as session:
            import_plan_file(session, sample_plan_path())
        assert opened.sqlite_file.parent == folder.resolve()
    finally:
        opened.dispose()


def test_head_revision_constant_matches_the_migrations():
    assert schema.head_revision() == schema.HEAD_REVISION
