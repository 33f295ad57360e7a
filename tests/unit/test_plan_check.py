"""What storing a plan would refuse is found before anything is written (the review asks it while open)."""

from __future__ import annotations

import pytest

from services.errors import InvalidValue
from services.plans.store import check_plan


def test_a_plan_without_title_or_with_a_bad_date_is_refused_before_storing():
    good = {
        "title": "测试方案",
        "issued_on": "2024-07-10",
        "items": [{"number": "1", "deadlines": ["2024-12-31"]}],
    }
    check_plan(good)
    with pytest.raises(InvalidValue, match="没有标题"):
        check_plan(good | {"title": "  "})
    with pytest.raises(InvalidValue, match="格式不对"):
        check_plan(good | {"issued_on": "2024年7月"})
    with pytest.raises(InvalidValue, match="1 建立项目库：日期“12月底”"):
        check_plan(good | {"items": [{"number": "1", "title": "建立项目库", "deadlines": ["12月底"]}]})
