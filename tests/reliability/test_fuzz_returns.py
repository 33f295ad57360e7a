"""Hypothesis against the return reader: any cell value of any type in a real template, and any damage to
a real file's bytes or XML, is read or refused with a DubanError — never another exception. Values that
pass the checks are committed (and rolled back) so the database accepts them too. The plan reader gets
arbitrary bytes and damaged .docx files the same way.

Example counts are modest for CI; the byte mutations need no database and run most.
"""

from __future__ import annotations

import io
import shutil
import tempfile
import zipfile
from datetime import date, datetime
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.utils.exceptions import IllegalCharacterError

from services.errors import DubanError, PlanRejected, ReturnRejected
from services.plans.parser import parse_plan_file
from services.returns.importing import commit_returns, preview_returns
from services.returns.reader import read_return
from services.returns.template import COLUMNS, HIDDEN_SHEET, SHEET_TITLE
from tests.reliability import bad_documents as doc
from tests.reliability import bad_workbooks as bad
from tests.unit.returns_fill import fill, make_round, task_rows, template_of

CLERK_TEXT = [
    "80%",
    "８０％",
    "0.8",
    "已完成",
    "完成",
    "是",
    "否",
    "√",
    "2024.7.31",
    "2024年13月40日",
    "约12台",
    "12台",
    "-3",
    "1e309",
    "nan",
    "=A1*2",
    "=SUM(F4:F9)",
    "#N/A",
    "—",
    "无",
    "1,200",
    "１２",
    " ",
    "\u3000",
    "第二季度",
    "9" * 30,
]
cell_values = st.one_of(
    st.none(),
    st.sampled_from(CLERK_TEXT),
    st.text(max_size=40),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(9999, 12, 31)),
)
# Most edits go to the row a clerk fills; some to the header, the title lines and the hidden sheet.
edits = st.lists(
    st.tuples(
        st.sampled_from(["row", "row", "row", "header", "above", "hidden"]),
        st.integers(min_value=1, max_value=len(COLUMNS)),
        cell_values,
    ),
    min_size=1,
    max_size=12,
)


def apply(wb, task_row: int, where: str, column: int, value) -> None:
    ws = wb[SHEET_TITLE]
    row = {"row": task_row, "header": 3, "above": 2}.get(where)
    if where == "hidden":
        ws, row, column = wb[HIDDEN_SHEET], column % 8 + 1, 2
    try:
        ws.cell(row=row, column=column, value=value)
    # openpyxl refuses control characters (Excel could not hold them) and writes into merged title cells
    except (ValueError, TypeError, AttributeError, IllegalCharacterError):
        assume(False)


def test_any_cell_value_in_a_template_is_read_or_refused(ledger, plan_id, tmp_path: Path) -> None:
    made = make_round(ledger, plan_id, tmp_path / "out")
    template = template_of(made, "区发改委")

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(edits)
    def check(changes) -> None:
        path = tmp_path / "区发改委-随机.xlsx"
        wb = load_workbook(template)
        task_row = min(task_rows(wb[SHEET_TITLE]).values())
        for where, column, value in changes:
            apply(wb, task_row, where, column, value)
        wb.save(path)
        with ledger.session_factory() as session:
            try:
                previews = preview_returns(session, [path])
                if all(p.acceptable for p in previews):
                    commit_returns(session, previews)
                    session.flush()
            except DubanError:
                pass
            finally:
                session.rollback()  # every example starts from the same ledger

    check()


def _good_bytes(ledger, plan_id, folder: Path) -> bytes:
    made = make_round(ledger, plan_id, folder)
    path = fill(template_of(made, "区卫健委"), folder / "good.xlsx", lambda _i: {"进度（%）": 40})
    return path.read_bytes()


mutations = st.lists(
    st.tuples(
        st.sampled_from(["flip", "cut", "insert", "drop"]), st.integers(min_value=0), st.binary(max_size=8)
    ),
    min_size=1,
    max_size=6,
)


def mutate(data: bytes, steps) -> bytes:
    out = bytearray(data)
    for kind, at, chunk in steps:
        at = at % max(len(out), 1)
        if kind == "flip" and out:
            out[at] ^= (chunk[0] if chunk else 0xFF) or 0x01
        elif kind == "cut":
            del out[at:]
        elif kind == "insert":
            out[at:at] = chunk
        elif kind == "drop":
            del out[at : at + 1 + len(chunk)]
    return bytes(out)


def read_or_refuse(path: Path) -> None:
    try:
        read_return(path)
    except ReturnRejected as error:
        assert error.reason and "未导入" in str(error)


def test_damaged_bytes_are_read_or_refused(ledger, plan_id, tmp_path: Path) -> None:
    good = _good_bytes(ledger, plan_id, tmp_path / "out")
    path = tmp_path / "区卫健委.xlsx"

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(mutations)
    def check(steps) -> None:
        path.write_bytes(mutate(good, steps))
        read_or_refuse(path)

    check()


PARTS = [
    bad.SHEET,
    bad.HIDDEN,
    "xl/workbook.xml",
    "xl/styles.xml",
    "xl/sharedStrings.xml",
    "[Content_Types].xml",
]


def test_damaged_xml_inside_a_sound_zip_is_read_or_refused(ledger, plan_id, tmp_path: Path) -> None:
    """The same damage to one part, re-packed with a valid CRC, so the XML parsers meet it."""
    good = _good_bytes(ledger, plan_id, tmp_path / "out")
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        parts = [p for p in PARTS if p in archive.namelist()]
    path = tmp_path / "区卫健委.xlsx"

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.sampled_from(parts), mutations)
    def check(part, steps) -> None:
        path.write_bytes(bad.rezip(good, add={part: mutate(bad.member(good, part), steps)}))
        read_or_refuse(path)

    check()


# The plan parser's text is fuzzed in tests/unit/test_plan_parser_fuzz.py; here the reader in front of it
# (encoding guesses, UTF-16 without a BOM, mixed lines, the .docx package checks) gets arbitrary bytes.
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=600),
        st.text(max_size=200).flatmap(
            lambda text: st.sampled_from(["utf-8", "gb18030", "utf-16-le", "utf-16-be", "big5"]).map(
                lambda encoding: text.encode(encoding, errors="ignore")
            )
        ),
    ),
    st.sampled_from(["方案.txt", "方案.docx", "方案"]),
)
def test_any_bytes_as_a_plan_are_parsed_or_refused(data: bytes, name: str) -> None:
    folder = Path(tempfile.mkdtemp(prefix="rel_fuzz_plan_"))
    try:
        path = folder / name
        path.write_bytes(data)
        try:
            parse_plan_file(path)
        except PlanRejected as error:
            assert error.reason
    finally:
        shutil.rmtree(folder)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["word/document.xml", "[Content_Types].xml", "word/_rels/document.xml.rels"]), mutations
)
def test_damaged_docx_plans_are_parsed_or_refused(part: str, steps) -> None:
    good = doc.plan_docx()
    folder = Path(tempfile.mkdtemp(prefix="rel_fuzz_docx_"))
    try:
        for path, data in (
            (folder / "字节.docx", mutate(good, steps)),
            (folder / "部件.docx", bad.rezip(good, add={part: mutate(bad.member(good, part), steps)})),
        ):
            path.write_bytes(data)
            try:
                parse_plan_file(path)
            except PlanRejected as error:
                assert error.reason
    finally:
        shutil.rmtree(folder)
