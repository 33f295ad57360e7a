"""Targets on the plan review screen show their figures as written in a plan, never in exponent form."""

from __future__ import annotations

import pytest

from ui.plan_review_display import shown_figure


@pytest.mark.parametrize(
    ("quantity", "shown"),
    [(3_200_000, "3200000"), (3_200_000.0, "3200000"), (226, "226"), (1.65, "1.65"), (0.5, "0.5")],
)
def test_large_and_decimal_quantities_read_as_written(quantity: float, shown: str) -> None:
    assert shown_figure(quantity) == shown
