"""A notice whose numbered requirements name nobody (…通知如下：1.提高思想认识…), over an annex's task
table that gives the work out: the table's rows are the measures, the requirements stay in the source
text. Session 14: the requirements were read as measures before the rows, numbered alike (1, 2…); the
test failed when written.
"""

from __future__ import annotations

from services.plans.parser import parse_plan_text

NOTICE = """关于做好2024年全县秸秆禁烧和综合利用工作的通知
各镇人民政府、街道办事处，县直有关部门：
为切实做好2024年秸秆禁烧和综合利用工作，现就有关事项通知如下：
1．提高思想认识。秸秆禁烧工作事关大气污染防治，各单位务必高度重视。
2．落实网格责任。实行网格化管理，层层签订责任书。
3．及时报送信息。请各镇（街道）每日17时前将当日工作情况报县禁烧办。
附件：2024年秸秆禁烧和综合利用工作任务分工

附件
2024年秸秆禁烧和综合利用工作任务分工
序号\t主要任务\t责任单位\t配合单位
1\t统筹协调全县秸秆禁烧工作，组织开展督导检查\t县禁烧办\t县委督查室、县政府督查室
2\t推进秸秆机械化还田和离田收储\t县农业农村局\t各镇人民政府、街道办事处
3\t严厉打击故意焚烧秸秆违法行为\t县公安局\t各镇人民政府、街道办事处
"""


def test_the_annex_tables_rows_are_the_measures() -> None:
    plan = parse_plan_text(NOTICE)
    assert [(m.number, list(m.lead_units)) for m in plan.measures] == [
        ("1", ["县禁烧办"]),
        ("2", ["县农业农村局"]),
        ("3", ["县公安局"]),
    ]
    assert "提高思想认识" in plan.source_text
