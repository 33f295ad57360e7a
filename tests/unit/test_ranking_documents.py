"""The ranking agrees with the ledger everywhere it is printed: the Excel 考评 sheet, the drafted 通报 and
the 通报 from the office's template carry the service's rows, figure for figure, in its order."""

from __future__ import annotations

from pathlib import Path

import docx
from openpyxl import load_workbook

from services.documents.bulletin import write_bulletin
from services.documents.ledger_export import write_ledger
from services.documents.notices_docx import Imprint, write_bulletin_docx
from services.ledger.ranking import rank_units
from services.ledger.ranking_rule import RANKING_HEADERS
from services.ledger.stats import current_return_rate, load_plan_rows
from services.storage.database import user_action
from tests.unit.ranking_ledger import AS_OF, build_ranking_ledger

# Counted by hand (tests/unit/ranking_ledger.py), as every document prints them.
EXPECTED = [
    ("1", "区发改委", "2", "2", "100.0%", "2", "70.0%", "0", "2", "1"),
    ("2", "区住建局", "2", "2", "100.0%", "1", "25.0%", "0", "0", "0"),
    ("2", "区商务局", "2", "2", "100.0%", "1", "25.0%", "0", "0", "0"),
    ("4", "区卫健委", "2", "1", "50.0%", "1", "100.0%", "1", "1", "1"),
    ("5", "区工信局", "2", "1", "50.0%", "1", "—", "1", "0", "0"),
]


def _load(ledger):
    plan_id, _rounds = build_ranking_ledger(ledger)
    with user_action(ledger) as session:
        ranking = rank_units(session, [plan_id], as_of=AS_OF, year=2024)
        plan = load_plan_rows(session, plan_id, as_of=AS_OF)
        rate = current_return_rate(session, [plan_id], as_of=AS_OF)
    return ranking, plan, rate


def _docx_rows(path: Path) -> list[tuple[str, ...]]:
    table = next(t for t in docx.Document(str(path)).tables if t.rows[0].cells[0].text == "名次")
    assert tuple(c.text for c in table.rows[0].cells) == RANKING_HEADERS
    return [tuple(c.text for c in row.cells) for row in table.rows[1:]]


def test_excel_sheet_carries_the_ranking(ledger, tmp_path: Path) -> None:
    ranking, plan, _rate = _load(ledger)
    done = write_ledger(tmp_path / "台账.xlsx", [plan], as_of=AS_OF, ranking=ranking)
    assert done.sheets == ("台账", "汇总", "考评")
    sheet = load_workbook(done.path)["考评"]
    values = [tuple("" if v is None else str(v) for v in row) for row in sheet.iter_rows(values_only=True)]
    header = values.index(RANKING_HEADERS)
    assert values[0][0] == "2024年度各单位考评排名"
    assert values[header + 1 : header + 1 + len(EXPECTED)] == EXPECTED
    assert isinstance(sheet.cell(header + 2, 3).value, int)  # counts are numbers Excel can sum


def test_drafted_bulletin_carries_the_ranking(ledger, tmp_path: Path) -> None:
    ranking, plan, rate = _load(ledger)
    path = write_bulletin(tmp_path / "通报.docx", plan, as_of=AS_OF, return_rate=rate, ranking=ranking).path
    assert _docx_rows(path) == EXPECTED
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "五、考评情况" in text and "对5家单位2024年度的报送和任务推进情况进行了考评" in text
    assert "区发改委位列第一" in text
    assert "未按时报送的单位：区卫健委（逾期报送1次）、区工信局（未报送1次）" in text
    assert "有逾期任务的单位：区卫健委（1项）、区工信局（1项）" in text
    assert "尚待销号确认的任务1项" in text
    assert text.index("四、需要重点关注的任务") < text.index("五、考评情况") < text.index("六、下步工作要求")


def test_bulletin_from_the_template_carries_the_same_rows(ledger, tmp_path: Path) -> None:
    ranking, plan, rate = _load(ledger)
    done = write_bulletin_docx(
        tmp_path / "通报.docx",
        plan,
        as_of=AS_OF,
        return_rate=rate,
        ranking=ranking,
        imprint=Imprint(),
        templates=tmp_path / "templates",
    )
    assert _docx_rows(done.path) == EXPECTED
    text = "\n".join(p.text for p in docx.Document(str(done.path)).paragraphs)
    assert "区发改委位列第一" in text and "排名规则：依次比较按时报送率" in text
