"""A covering notice whose plan sits after 附件 and names no owner at all is read, not refused.

Written in session 12, from held-out batch 41: a region's notice (现将《…具体措施》印发给你们 / 附件 / the
measures under 一、 and （一）, none with a 牵头单位) was refused with 没有找到方案的层次结构, because an annex's
measures were kept only when one of them carried a clause. All 12 plan forms below failed when this was
written; the roster and contact-list annexes were refused then and still are.
"""

from __future__ import annotations

import pytest

from services.errors import PlanWithoutMeasures
from services.plans.parser import parse_plan_text

NOTICE = [
    "各旗县区人民政府，市直各有关部门：",
    "经市人民政府同意，现将《关于推进口岸高质量发展的具体措施》印发给你们，请认真贯彻落实。",
    "市人民政府办公室",
    "2022年7月27日",
]
MEASURES = (
    "实施口岸分类管理，给予差别化政策，避免低水平重复建设。",
    "推进口岸基础设施建设，完成查验场地改造和信息化系统升级。",
    "优化口岸营商环境，压缩货物整体通关时间。",
)
ANNEX_LINES = {
    "bare": ["附件", "关于推进口岸高质量发展的具体措施"],
    "titled": ["附件：关于推进口岸高质量发展的具体措施"],
    "numbered": ["附件1", "关于推进口岸高质量发展的具体措施"],
}


def _outline(form: str) -> list[str]:
    if form == "sections":
        return ["一、创新管理方式", *(f"（{n}）{m}" for n, m in zip("一二三", MEASURES, strict=True))]
    if form == "points":
        return [f"{n}.{m}" for n, m in zip("123", MEASURES, strict=True)]
    if form == "section-points":
        return ["一、创新管理方式", *(f"{n}.{m}" for n, m in zip("123", MEASURES, strict=True))]
    two = [f"（{n}）{m}" for n, m in zip("一二", MEASURES, strict=False)]
    return ["一、创新管理方式", *two, "二、强化保障", f"（三）{MEASURES[2]}"]


@pytest.mark.parametrize("annex", sorted(ANNEX_LINES))
@pytest.mark.parametrize("form", ["sections", "points", "section-points", "two-sections"])
def test_an_annex_plan_with_no_owners_is_read(annex: str, form: str) -> None:
    text = "\n".join([*NOTICE, *ANNEX_LINES[annex], "为推进口岸发展，制定以下措施。", *_outline(form)])
    plan = parse_plan_text(text)
    measures = list(plan.measures)
    assert len(measures) == len(MEASURES)
    assert all(
        m.text.split("。")[0].endswith(w.split("。")[0]) for m, w in zip(measures, MEASURES, strict=True)
    )
    assert all(not m.lead_units and not m.co_units and m.doubts for m in measures)
    assert plan.title == "关于推进口岸高质量发展的具体措施"
    assert "印发给你们" not in plan.measures[0].text


@pytest.mark.parametrize(
    "annex",
    [
        ["附件", "领导小组成员名单", "1.张三 市长", "2.李四 副市长", "3.王五 秘书长"],
        ["附件", "各单位联络员", "1.市发改委 赵六 13800000001", "2.市商务局 钱七 13800000002"],
        # Found by the corpus when this was written: annexes listed by name, and a table's empty rows.
        [
            "附件：1.2018年政府工作报告重点工作任务分解表",
            "2.2018年民生十件实事任务分解表",
            "3.2018年为民办实事任务分解表",
        ],
        [
            "附件",
            "| 工作任务 | 牵头单位 | 责任单位 |",
            "一、紧扣开好局起好步，进一步深化政务公开 |",
            "|||",
            "二、紧扣宏观政策落地见效，进一步深化政务公开 |",
        ],
        # Found by a review of the first version: annexes that are no plan, numbered all the same.
        [
            "附件",
            "名词解释",
            "1.农村户厕：指农户独立使用的卫生厕所，含三格式和双瓮式。",
            "2.生活污水治理：指对村庄生活污水进行收集处理。",
        ],
        [
            "附件",
            "考核评分标准",
            "1.按时完成户厕改造任务的，得10分，每少完成一户扣0.5分。",
            "2.未按要求报送进度的，每次扣2分。",
        ],
        [
            "附件",
            "会议议程",
            "1.县委副书记、县长作全县农村人居环境整治工作报告。",
            "2.各乡镇主要负责同志作表态发言。",
        ],
        [
            "附件",
            "领导小组成员及职责",
            "1.组长：王某某，县委副书记、县长，负责全面工作。",
            "2.副组长：李某某，副县长，负责日常工作。",
        ],
        [
            "附件",
            "联络员登记表",
            "1.单位名称（盖章）：________________",
            "2.联络员姓名及职务：________________",
        ],
    ],
    ids=[
        "roster",
        "contacts",
        "annex names",
        "empty table",
        "glossary",
        "scoring",
        "agenda",
        "members",
        "form",
    ],
)
def test_a_notice_over_an_annex_that_is_no_plan_is_still_refused(annex: list[str]) -> None:
    with pytest.raises(PlanWithoutMeasures):
        parse_plan_text("\n".join([*NOTICE, *annex]))


def test_the_annex_that_is_a_plan_is_read_after_one_that_is_not() -> None:
    glossary = ["附件1", "名词解释", "1.农村户厕：指农户独立使用的卫生厕所，含三格式和双瓮式。"]
    plan = ["附件2", "关于推进口岸高质量发展的具体措施", *_outline("points")]
    measures = parse_plan_text("\n".join([*NOTICE, *glossary, *plan])).measures
    assert [m.number for m in measures] == ["1", "2", "3"] and measures[0].text.startswith("1.实施口岸")
