"""Tables copied as text: a tab-separated task table whose narrow columns wrapped: the rest of a row on a line without its
number (`\\t入增长16%\\t\\t市国税局`, `\\t实现利税200亿元`), and a leader's name spaced to three characters
(`赵　岩`) in a row that lost its last cell. From blind excerpt set G (session 15); the first two failed
when written, the last guards a table whose unnumbered rows are tasks of their own.
"""

from __future__ import annotations

from services.plans.parser import parse_plan_text

_HEADER = "2007年政府工作报告任务目标分解落实一览表\n序号\t目标任务\t分管市长\t责任单位\n"


def _owners(text: str) -> list[tuple[str, str, list[str]]]:
    return [(m.number, m.text.split("\n")[0], list(m.lead_units)) for m in parse_plan_text(text).measures]


def test_a_rows_wrapped_cells_join_the_row() -> None:
    text = (
        f"{_HEADER}1\t全市生产总值增长14%以上\t张建国\t市发改委、市统计局\n"
        "2\t地方财政收入增长18%，其中一般预算收\t李明\t市财政局、市地税局、\n\t入增长16%\t\t市国税局\n"
        "3\t规模以上工业销售收入突破2000亿元，\t王晓东\t市经委\n\t实现利税200亿元\n"
        "4\t实施城区道路改造工程12项，完成泰山大\t孙建\t市建委、市规划局、泰\n\t街东延、东岳大街拓宽\t\t山区政府\n"
    )
    assert _owners(text) == [
        ("1", "全市生产总值增长14%以上", ["市发改委", "市统计局"]),
        ("2", "地方财政收入增长18%，其中一般预算收入增长16%", ["市财政局", "市地税局", "市国税局"]),
        ("3", "规模以上工业销售收入突破2000亿元，实现利税200亿元", ["市经委"]),
        (
            "4",
            "实施城区道路改造工程12项，完成泰山大街东延、东岳大街拓宽",
            ["市建委", "市规划局", "泰山区政府"],
        ),
    ]


def test_a_spaced_leaders_name_is_no_unit() -> None:
    text = (
        "任务分解和责任分工方案\n序号\t工作任务\t牵头市领导\t牵头单位\t责任单位\n"
        "1\t地区生产总值增长6.5%左右。\t汤　兵\t市发展改革委\t市统计局\n"
        "2\t全面推行医保支付方式改革，实现DRG付费\t赵　岩\t市医保局\n\t覆盖全部二级以上医院。\n"
    )
    assert _owners(text)[-1] == (
        "2",
        "全面推行医保支付方式改革，实现DRG付费覆盖全部二级以上医院。",
        ["市医保局"],
    )


def test_guard_rows_under_a_merged_number_stay_tasks() -> None:
    text = (
        f"{_HEADER}1\t推进城区道路改造。\t孙建\t市建委\n\t完成老旧小区改造20个。\t\t市住建局\n"
        "2\t新增城镇就业4.5万人。\t王晓东\t市人社局\n"
    )
    assert [lead for _, _, lead in _owners(text)] == [["市建委"], ["市住建局"], ["市人社局"]]


def test_a_spaced_tables_note_is_no_unit() -> None:
    """`注：预期性指标为…` after a space-aligned indicator table's last row. Failed when written (set G)."""
    text = (
        "社会治理主要指标\n序号  指标名称                2015年   2020年   属性     责任单位\n"
        "1     群众安全感指数（%）      93.5     ≥95      预期性   市综治办\n"
        "2     突发事件应急预案覆盖率（%）  80   100      约束性   市应急办\n注：预期性指标为…；约束性指标为…。\n三、主要任务\n"
    )
    assert [lead for *_, lead in _owners(text)] == [["市综治办"], ["市应急办"]]


def test_a_count_of_departments_ends_the_list() -> None:
    """`工业和信息化部等14个部门按职责分工负责`: 等14个部门 is the list's ending. Failed when written (set G)."""
    text = "重点工作分工\n（三）推进污染防治。（生态环境部、发展改革委、工业和信息化部等14个部门按职责分工负责）\n（四）健全养老保险制度。（人力资源社会保障部负责）\n"
    assert next(lead for *_, lead in _owners(text)) == ["生态环境部", "发展改革委", "工业和信息化部"]
