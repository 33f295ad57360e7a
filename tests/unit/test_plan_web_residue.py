"""A web page's table copied one cell a line: its empty cells written `—`, its 【打印】【关闭】 buttons under
the last row. Session 14: `—` was read as a co-unit and the buttons as the last row's; the test failed
when written.
"""

from __future__ import annotations

from services.plans.parser import parse_plan_text

PAGE = """宁平市2024年十件民生实事项目及责任分工
序号
项目名称
具体内容
牵头单位
配合单位
1
城区停车泊位
新增公共停车泊位2000个
市城管局
—
2
交通出行
新增和优化公交线路15条
市交通运输局
市公交集团
【打印】【关闭】
"""


def test_empty_cells_and_page_buttons_name_nobody() -> None:
    measures = parse_plan_text(PAGE).measures
    assert [(m.number, list(m.lead_units), list(m.co_units)) for m in measures] == [
        ("1", ["市城管局"], []),
        ("2", ["市交通运输局"], ["市公交集团"]),
    ]
