"""Rules found by held-out batch 47 (real documents from public pages, session 14) and by a review's
inputs: made-up samples, one family each. When this was written, all five failed.

- a 应急预案's duty list whose last item's `负责…` paragraph follows the unit's line (`（11）市检察院、
  市中级人民法院。`), and a garrison (`沈阳警备区`) as a unit;
- a unit assigned a stretch before its role and name (`陈家坝沿线包片单位县职教中心`);
- a meeting report whose chair's `要求，` gives one decision after another, split at `；`;
- parts about setting up the work's bodies (`一、成立领导小组`, `二、组织机构`) are no unit's headings;
- `1新建改扩建中小学` / `2公办幼儿园建设` (a title opening on 公 is no figure's measure word).
"""

from __future__ import annotations

from services.plans.parser import parse_plan_text


def _owners(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_a_duty_lists_last_unit_and_a_garrison() -> None:
    text = (
        "沈阳市处置森林火灾应急预案\n2.2职责任务。\n(1)市林业局。\n负责火灾扑救的组织工作。\n(2)沈阳警备区。\n"
        "负责协调驻军、武警部队参加森林火灾扑救工作。\n(3)市检察院、市中级人民法院。\n负责森林火灾案件的诉讼和审理工作。"
    )
    assert [lead for _, lead, _ in _owners(text)] == [
        ["市林业局"],
        ["沈阳警备区"],
        ["市检察院", "市中级人民法院"],
    ]


def test_a_stretch_and_a_role_before_the_name() -> None:
    text = (
        "县双创办巡查问题整改通报\n一、存在问题及整改要求\n"
        "1.城关片区垃圾乱倒。整改措施：由包片单位县住建局负责清理。\n"
        "2.陈家坝沿线卫生死角多。整改措施：由陈家坝沿线包片单位县职教中心负责清理。"
    )
    assert [lead for _, lead, _ in _owners(text)] == [["县住建局"], ["县职教中心"]]


def test_a_chairs_decisions_one_after_another() -> None:
    text = (
        "师宗县召开批而未供和闲置土地处置工作推进会\n6月14日下午，师宗县召开推进会。县长主持会议并讲话。\n"
        "为顺利完成目标任务，曲某某要求，由县发展和改革局牵头，县委党校、县自然资源局配合，在9月底前完成"
        "政务服务中心项目供地工作；由县工业园区管委会牵头，县自然资源局、漾月街道配合，在12月底前完成"
        "批而未供土地处置任务；由丹凤街道牵头，县自然资源局配合，在12月底前完成闲置土地处置任务。"
    )
    assert _owners(text) == [
        ("", ["县发展和改革局"], ["县委党校", "县自然资源局"]),
        ("", ["县工业园区管委会"], ["县自然资源局", "漾月街道"]),
        ("", ["丹凤街道"], ["县自然资源局"]),
    ]


def test_setting_up_the_bodies_is_no_units_heading() -> None:
    text = (
        "某县“十五五”规划编制工作方案\n一、成立领导小组\n组长：王某 县长\n领导小组办公室设在县发改局。\n"
        "二、工作任务\n1.开展规划实施情况总结评估。（牵头单位：县发改局）\n"
        "2.编制规划纲要。（牵头单位：县发改局；配合单位：县直各部门）"
    )
    assert _owners(text) == [("1", ["县发改局"], []), ("2", ["县发改局"], ["县直各部门"])]


def test_a_glued_number_before_a_title_opening_on_gong() -> None:
    text = (
        "关于全市民生实事推进情况的督查报告\n一、教育提升工程\n1新建改扩建中小学\n牵头单位：市教育局\n"
        "2公办幼儿园建设\n牵头单位：市教育局\n配合单位：市住建局\n二、健康服务工程\n1基层医疗机构能力提升\n"
        "牵头单位：市卫健委"
    )
    assert _owners(text) == [
        ("1", ["市教育局"], []),
        ("2", ["市教育局"], ["市住建局"]),
        ("1", ["市卫健委"], []),
    ]
