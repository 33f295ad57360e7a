"""A ledger shared by the cases of one module that only read (refused files must write nothing, and the
fingerprint proves they did not), on SQLite or PostgreSQL as tests/conftest.py's db_url is."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from services.plan_store import store_plan
from services.return_template import PROGRESS, SITUATION
from services.storage import Ledger, open_ledger, user_action
from tests.conftest import PG_ADMIN_URL, SMALL_PLAN, TEST_BACKEND
from tests.unit.returns_fill import fill, make_round, template_of


@contextmanager
def scratch_database(folder: Path) -> Iterator[str]:
    """The URL of an empty database of the backend under test, dropped afterwards."""
    if TEST_BACKEND != "postgresql":
        yield f"sqlite:///{(folder / 'ledger.sqlite3').as_posix()}"
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"duban_rel_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@dataclass(frozen=True)
class Shared:
    ledger: Ledger
    plan_id: int
    round_id: int
    folder: Path
    good: bytes  # 区卫健委's template, filled in: the file every hostile case starts from
    good_name: str


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Shared]:
    folder = tmp_path_factory.mktemp("shared")
    with scratch_database(folder) as url:
        ledger = open_ledger(url)
        try:
            with user_action(ledger) as session:
                plan_id = store_plan(session, SMALL_PLAN, source_name="test.txt")
            made = make_round(ledger, plan_id, folder / "templates")
            good = fill(
                template_of(made, "区卫健委"),
                folder / "区卫健委.xlsx",
                lambda _i: {PROGRESS: 40, SITUATION: "已采购CT设备2台"},
            )
            yield Shared(ledger, plan_id, made.round.id, folder, good.read_bytes(), good.name)
        finally:
            ledger.dispose()
