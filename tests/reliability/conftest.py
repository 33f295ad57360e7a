"""A ledger shared by the cases of one module that only read (refused files must write nothing, and the
fingerprint proves they did not), on SQLite or PostgreSQL as tests/conftest.py's db_url is."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from services.plans.store import store_plan
from services.returns.template import PROGRESS, SITUATION
from services.storage.database import Ledger, open_ledger, user_action
from tests.conftest import SMALL_PLAN, scratch_database
from tests.unit.returns_fill import fill, make_round, template_of


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
