"""Returns saved as .xls (Excel 97-2003, also what WPS's .et holds) or .ods are read, not refused.

The fixtures are one filled 区发改委 form saved by LibreOffice in each format: see
tests/data/returns/make_fixture.py for how they were made (the ids match the small plan of conftest.py).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from models import ProgressEntry
from services.storage.database import user_action
from tests.unit.returns_fill import commit, make_round, preview

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "returns"


@pytest.fixture
def made(ledger, plan_id, tmp_path):
    return make_round(ledger, plan_id, tmp_path / "out", due=None)


@pytest.mark.parametrize("name", ["resaved.xls", "resaved.ods"])
def test_xls_and_ods_returns_are_read_like_xlsx(ledger, made, name):
    [file] = preview(ledger, FIXTURES / name)
    assert file.refused is None
    assert file.by_hidden_sheet and file.unit == "区发改委"
    assert sorted((u.progress, u.done_total, u.situation) for u in file.updates) == [
        (35, 12.0, "LibreOffice 另存"),
        (60, 48.0, "累计为公式，LibreOffice 已算出"),
    ]
    assert not [p for p in file.problems if p.level != "note"]
    commit(ledger, [file])
    with user_action(ledger) as session:
        assert len(session.scalars(select(ProgressEntry)).all()) == 2


def test_a_wps_et_file_is_read_as_the_xls_it_is(ledger, made, tmp_path):
    folder = tmp_path / "returned"
    folder.mkdir()
    shutil.copy(FIXTURES / "resaved.xls", folder / "发改委报送.et")
    [file] = preview(ledger, folder)  # a folder: the .et is found, not skipped
    assert file.file_name == "发改委报送.et" and len(file.updates) == 2


def test_a_damaged_xls_is_refused_with_a_message(ledger, made, tmp_path):
    broken = tmp_path / "坏.xls"
    broken.write_bytes((FIXTURES / "resaved.xls").read_bytes()[:3000])
    [file] = preview(ledger, broken)
    assert file.refused and "已损坏或设置了密码" in file.refused and "另存为" in file.refused
