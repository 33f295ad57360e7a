"""Session 31: what the reader says for the clerk to check, and the shapes read this session."""

from __future__ import annotations

from tests.unit.test_plan_session30_rules import _TABLE, _measures


def test_a_row_that_takes_the_helpers_from_above_says_so():
    """A row whose unit cells are all merged from the row above takes its lead and its helpers; the review is
    told both, not only the lead, so the clerk checks the helpers too."""
    rows = {item.number: item for item in _measures(_TABLE)}
    (doubt,) = [d for d in rows["3"].doubts if "沿用上一行" in d]
    assert "设施运行处" in doubt and "市道运中心" in doubt
