"""Rules found by held-out batch 18 (tests/data/plans/heldout18): made-up samples, one family each.

Each first test fails without its rule; the second of a pair guards the rule's limit.
"""

from __future__ import annotations

import pytest

from services.errors import PlanRejected
from services.plans.parser import parse_plan_text
from services.plans.parser.heading_leads import heading_lead

# A 任务清单 grouped by the unit that leads each part, in the annex after a covering notice that lists
# its annexes as `附件：1.… 2.…`; the tasks name no unit of their own.
_LEAD_HEADINGS = """各乡镇人民政府，县直各单位：
现将《2024年县政府工作报告任务清单》印发给你们，请认真抓好落实。
一、压实责任。各牵头单位要细化措施，按月报送进展。
二、加强督办。县政府督查室定期通报。
附件：1.2024年县政府工作报告任务清单
2.2024年十件民生实事任务分解
某县人民政府办公室
2024年3月1日
附件1
2024年县政府工作报告任务清单
一、县住房和城乡建设局牵头工作（2项）
1.完成城区老旧小区改造12个。
2.新建城市公园2处。
二、县交通运输局牵头重点任务
1.建成农村公路60公里。
"""


def test_a_part_headed_by_its_lead_gives_the_lead_to_its_tasks() -> None:
    plan = parse_plan_text(_LEAD_HEADINGS)
    measures = [item for item in plan.items if item.kind == "measure"]
    assert [(m.number, m.lead_units, m.co_units) for m in measures] == [
        ("1", ("县住房和城乡建设局",), ()),
        ("2", ("县住房和城乡建设局",), ()),
        ("1", ("县交通运输局",), ()),
    ]
    assert all("上级标题" in " ".join(m.doubts) for m in measures)


def test_a_person_heading_names_no_unit_and_a_task_keeps_its_own_clause() -> None:
    assert heading_lead("一、张伟县长牵头重点工作") == ()
    assert heading_lead("二、加强组织领导") == ()
    plan = parse_plan_text(
        "附件1\n任务清单\n一、县财政局牵头工作\n1.盘活存量资金。\n2.争取专项债券。（牵头单位：县发改局）\n"
    )
    measures = [item for item in plan.items if item.kind == "measure"]
    assert [(m.number, m.lead_units) for m in measures] == [("1", ("县财政局",)), ("2", ("县发改局",))]


# A town's news page lists its projects without numbers, each naming its owner in the phrase that
# introduces the project (由X负责的…项目) rather than in a clause after it.
_OWNED_PROJECTS = """累计征集重点项目6项。
聚焦“美丽乡村”。由镇农业农村办负责的东山村人居环境整治项目，完成道路硬化3公里，预计2024年9月完成。
聚焦“便民服务”。由镇社会事务办负责的便民服务中心改造项目，改造面积600平方米，预计2024年11月完成。
"""


def test_unnumbered_projects_owned_in_their_opening_phrase_are_measures() -> None:
    plan = parse_plan_text(_OWNED_PROJECTS)
    measures = [item for item in plan.items if item.kind == "measure"]
    assert [(m.number, m.lead_units) for m in measures] == [("", ("镇农业农村办",)), ("", ("镇社会事务办",))]


def test_a_sentence_that_only_mentions_who_coordinates_is_no_measure() -> None:
    news = (
        "会议指出，由镇党政办负责统筹全年各项工作，各村要明确专人，确保按期完成，进度滞后的要通报。\n"
        "会议强调，要加强督查，对进度滞后的村要通报批评，各项资金要及时足额拨付，由镇财政所负责的审核要从严。\n"
    )
    with pytest.raises(PlanRejected):
        parse_plan_text(news)
