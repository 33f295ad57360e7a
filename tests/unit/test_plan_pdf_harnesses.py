"""The systematic plans of the clause and unit harnesses, printed to PDF and OFD (tests/unit/plan_pdf_copies.py)
and read back: a printed copy must read as its text does.

Written in session 10. When it was written, a justified PDF of 34 measures `N.推进第N项工作…` over
`责任单位：…` lines lost measure 11: its line sat in a page's top margin, and measure lines differing only
in their digits recur in the margins of most pages, so they were dropped as a running header
(services/plans/pdf_text.py). A ragged PDF broke `[牵头单位：…；责任单位：` from `市财政局]` (the rewrap knew
only round brackets as open).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from services.plans.parser import parse_plan_file
from tests.unit.plan_pdf_copies import make_ofd, make_pdf
from tests.unit.test_plan_clause_phrasings import CASES
from tests.unit.test_plan_unit_kinds import FORMS, GROUPS


@pytest.mark.parametrize("ragged", [False, True], ids=["justified", "ragged"])
def test_clause_phrasings_read_alike_from_a_pdf(ragged: bool, tmp_path: Path) -> None:
    lines = ["某市工作方案", "一、重点任务"]
    lines += [
        f"{n}.加强第{n}项工作，确保按期完成。{clause}" for n, (clause, _, _) in enumerate(CASES, start=1)
    ]
    measures = parse_plan_file(make_pdf("\n".join(lines), tmp_path / "方案.pdf", ragged=ragged)).measures
    got = [(list(m.lead_units), list(m.co_units)) for m in measures]
    assert got == [(leads, cos) for _, leads, cos in CASES]


@pytest.mark.parametrize("ragged", [False, True], ids=["justified", "ragged"])
def test_measures_alike_but_for_their_digits_are_not_a_running_header(ragged: bool, tmp_path: Path) -> None:
    write, wanted = FORMS["line"]
    lines = ["某城市某某行动方案", "一、重点任务"]
    lines += [f"{n}.推进第{n}项工作，做好各项保障。{write(g)}" for n, g in enumerate(GROUPS, start=1)]
    measures = parse_plan_file(make_pdf("\n".join(lines), tmp_path / "方案.pdf", ragged=ragged)).measures
    assert [m.number for m in measures] == [str(n) for n in range(1, len(GROUPS) + 1)]
    assert [(list(m.lead_units), list(m.co_units)) for m in measures] == [wanted(g) for g in GROUPS]


@pytest.mark.parametrize("form", sorted(FORMS))
def test_unit_kinds_read_alike_from_an_ofd(form: str, tmp_path: Path) -> None:
    # Each measure here is two printed lines (a full one and its rest): before session 10 a document with
    # no paragraph of three lines or more counted as unwrapped, and a clause cut at the page's width (…配合单位
    # / ：县融媒体中心…) lost its co-units.
    write, wanted = FORMS[form]
    lines = ["某城市某某行动方案", "一、重点任务"]
    lines += [f"{n}.推进第{n}项工作，做好各项保障。{write(g)}" for n, g in enumerate(GROUPS, start=1)]
    measures = parse_plan_file(make_ofd("\n".join(lines), tmp_path / "方案.ofd")).measures
    assert [(list(m.lead_units), list(m.co_units)) for m in measures] == [wanted(g) for g in GROUPS]
