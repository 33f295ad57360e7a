"""Shared fixtures: a temporary ledger with a small hand-made plan; Qt without a screen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from services.plans.store import store_plan
from services.storage.database import Ledger, open_ledger, user_action

# CI replays the same examples every run, so a red build names a change, not a lucky draw; a run on a
# developer's machine draws new ones (and keeps what failed in .hypothesis/).
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

SMALL_PLAN = {
    "title": "测试区推动大规模设备更新行动方案",
    "doc_number": "测政发〔2024〕1号",
    "issued_on": "2024-07-10",
    "items": [
        {"kind": "section", "level": 1, "number": "一", "title": "实施设备更新行动"},
        {"kind": "section", "level": 2, "number": "一", "title": "推动制造业设备更新"},
        {
            "kind": "measure",
            "level": 3,
            "number": "1",
            "title": "加快重点行业设备更新和技术改造",
            "text": "每年组织实施技术改造项目80个以上。（区发改委牵头负责，各区镇参与）",
            "lead_units": ["区发改委"],
            "co_units": ["各区镇"],
            "targets": [
                {
                    "text": "每年组织实施技术改造项目80个以上",
                    "quantity": 80,
                    "unit": "个",
                    "comparator": ">=",
                    "year": None,
                    "recurring": "yearly",
                }
            ],
            "deadlines": [],
        },
        {
            "kind": "measure",
            "level": 3,
            "number": "2",
            "title": "推进医疗卫生设备更新",
            "text": "到2027年更新医疗设备226台（套）。（区卫健委牵头负责）",
            "lead_units": ["区卫健委"],
            "co_units": [],
            "targets": [
                {
                    "text": "到2027年更新医疗设备226台（套）",
                    "quantity": 226,
                    "unit": "台（套）",
                    "comparator": "=",
                    "year": 2027,
                    "recurring": None,
                }
            ],
            "deadlines": ["2027-12-31"],
        },
        {"kind": "section", "level": 1, "number": "二", "title": "保障措施"},
        {
            "kind": "measure",
            "level": 2,
            "number": "3",
            "title": "建立设备更新项目库",
            "text": "各牵头部门于7月31日前建立设备更新项目库。（发改委负责）",
            "lead_units": ["发改委"],
            "co_units": ["区工信局"],
            "targets": [],
            "deadlines": ["2024-07-31"],
        },
    ],
    "roster": [{"role": "组长", "name": "宋涯", "title": "区委常委、区政府副区长", "unit": None}],
    "task_table": [],
}


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("DUBAN_DATA_DIR", str(folder))
    return folder


# DUBAN_TEST_DB=postgresql runs every storage-using test against a real PostgreSQL server (CI does
# both); each test gets a database of its own, dropped afterwards.
TEST_BACKEND = os.environ.get("DUBAN_TEST_DB", "sqlite")
PG_ADMIN_URL = os.environ.get("DUBAN_TEST_PG_URL", "postgresql+psycopg:///postgres?host=/var/run/postgresql")


@contextmanager
def scratch_database(folder: Path, prefix: str = "duban_test") -> Iterator[str]:
    """The URL of an empty database of the backend under test, dropped afterwards."""
    if TEST_BACKEND != "postgresql":
        yield f"sqlite:///{(folder / 'ledger.sqlite3').as_posix()}"
        return
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def db_url(data_dir: Path) -> Iterator[str]:
    with scratch_database(data_dir) as url:
        yield url


def pytest_collection_modifyitems(config, items):
    """Tests of SQLite's own file handling (WAL, locks, file headers) run on SQLite only."""
    if TEST_BACKEND != "postgresql":
        return
    skip = pytest.mark.skip(
        reason="SQLite file behaviour; runs in the SQLite pass of CI (DUBAN_TEST_DB unset)"
    )
    for item in items:
        if "sqlite_only" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def ledger(db_url: str):
    opened = open_ledger(db_url)
    yield opened
    opened.dispose()


@pytest.fixture
def plan_id(ledger: Ledger) -> int:
    with user_action(ledger) as session:
        return store_plan(session, SMALL_PLAN, source_name="test.txt")


@pytest.fixture
def as_of() -> date:
    return date(2024, 7, 20)
