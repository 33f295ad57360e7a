"""A document in one block per unit (parser/unit_blocks.py): each block's title names the unit that leads it."""

from __future__ import annotations

from services.plans.parser import parse_plan_text
from services.plans.parser.unit_blocks import block_lines, block_unit, titles_apart
from tests.unit.test_plan_session30_rules import _measures

_NOTICE = (
    "某县人民政府关于下达2023年县直有关部门安全生产目标责任的通知\n"
    "县直各单位：现将2023年县直有关部门安全生产目标责任下达给你们，请认真抓好落实。\n"
    "某县人民政府\n2023年3月1日\n附件\n"
)
_BLOCKS = [
    "2023年某县教育局安全生产目标责任",
    "一、落实校园安全管理责任。每学期开展校舍安全排查不少于2次，排查结果报县政府。",
    "二、加强学生交通安全教育。配合县公安局开展校车安全专项整治，确保全年不发生校车事故。",
    "三、做好校园消防安全工作。完成全县中小学消防设施检测。",
    "2023年某县卫生健康局安全生产目标责任",
    "一、强化医疗机构消防安全管理。开展医疗机构火灾隐患排查整治。",
    "二、做好危险化学品中毒救治工作。协同县应急管理局完善中毒事故应急预案。",
]


def test_each_units_block_leads_the_duties_under_its_title():
    """The numbers restart in every block; each duty is its block's, under the unit its title names. (The unit
    a duty helps, 配合Y / 协同Y, is Y's work, no helper of this duty: the held-out writers list no such Y.)"""
    measures = [(m.number, m.lead_units, m.co_units) for m in _measures(_NOTICE + "\n".join(_BLOCKS) + "\n")]
    assert measures == [
        ("一", ("某县教育局",), ()),
        ("二", ("某县教育局",), ()),
        ("三", ("某县教育局",), ()),
        ("一", ("某县卫生健康局",), ()),
        ("二", ("某县卫生健康局",), ()),
    ]
    plan = parse_plan_text(_NOTICE + "\n".join(_BLOCKS) + "\n")
    titles = [item.title for item in plan.items if item.kind == "section"]
    assert titles == ["2023年某县教育局安全生产目标责任", "2023年某县卫生健康局安全生产目标责任"]


def test_blocks_run_into_one_paragraph_are_read_as_on_lines():
    """A page's text joined into one paragraph: each title runs onto the end of the duty before it."""
    run_on = _NOTICE.replace("\n附件\n", " 附件 ") + " ".join(_BLOCKS) + "\n"
    measures = [(m.number, m.lead_units) for m in _measures(run_on)]
    assert measures == [
        ("一", ("某县教育局",)),
        ("二", ("某县教育局",)),
        ("三", ("某县教育局",)),
        ("一", ("某县卫生健康局",)),
        ("二", ("某县卫生健康局",)),
    ]


def test_a_title_names_its_unit_and_nobody_else():
    assert block_unit("2016年平潭海事局环境保护目标责任") == "平潭海事局"
    assert (
        block_unit("2016年平潭综合实验区环境与国土资源局环境保护目标责任") == "平潭综合实验区环境与国土资源局"
    )
    assert block_unit("区教育局责任清单") == "区教育局"
    assert block_unit("市发改委2024年工作任务") == "市发改委"
    # every department, or no unit at all: no block of one unit
    assert block_unit("2016年区直有关部门环境保护目标责任") == ""
    assert block_unit("2024年重点工作任务") == ""
    assert titles_apart("三、做好校园消防安全工作。 2023年某县卫生健康局安全生产目标责任") == [
        "三、做好校园消防安全工作。",
        "2023年某县卫生健康局安全生产目标责任",
    ]


def test_one_such_title_alone_is_the_documents_own():
    """A 目标责任书 titled with its one unit, over its own clauses: no blocks, read as any plan."""
    lines = [
        "2023年县教育局安全生产目标责任书",
        "一、落实校园安全管理责任（责任单位：县教育局）。",
        "二、加强学生交通安全教育（责任单位：县公安局）。",
    ]
    assert block_lines(lines) == []
    measures = [(m.number, m.lead_units) for m in _measures("\n".join(lines) + "\n")]
    assert measures == [("一", ("县教育局",)), ("二", ("县公安局",))]
