"""Minutes written without numbers: each paragraph that records a decision and names who carries it out
is a measure, with a doubt that says how the measures were split. Session 14: such minutes (a 专题会议
纪要, a news report of a 常务会议) were refused as having no structure; the test failed when written.
"""

from __future__ import annotations

from services.plans.parser import parse_plan_text
from services.plans.parser.meeting_decisions import DECISIONS

NEWS = """周某某主持召开县政府第32次常务会议
来源：县政府办公室　　发布时间：2024-06-20
6月19日，县长周某某主持召开县政府第32次常务会议，研究部署近期重点工作。
会议传达学习了全省安全生产电视电话会议精神。
会议听取了全县上半年安全生产工作情况汇报。会议要求，县应急管理局要牵头开展汛期安全生产大检查，县住建局、县水利局配合，确保不发生较大以上生产安全事故。
会议审议并原则通过了《清溪县农村供水工程运行管理办法》。会议要求，县水利局负责做好办法的宣传解读和组织实施。
会议研究了县城区停车场建设运营有关事项。会议明确，由县城投公司负责停车场建设运营，县城管局配合做好停车秩序管理。
会议强调，各地要统一思想，狠抓落实。
县政府副县长，县直有关部门主要负责同志参加会议。
"""


def test_each_decision_naming_its_owner_is_a_measure() -> None:
    measures = parse_plan_text(NEWS).measures
    assert [(list(m.lead_units), list(m.co_units)) for m in measures] == [
        (["县应急管理局"], ["县住建局", "县水利局"]),
        (["县水利局"], []),
        (["县城投公司"], ["县城管局"]),
    ]
    assert all(DECISIONS in m.doubts for m in measures)
    assert measures[0].text.startswith("会议听取了全县上半年安全生产工作情况汇报。")


def test_minutes_decided_items_numbered_in_circles() -> None:
    """会议议定：①…②… with nothing numbered over them (session 14: refused as having no structure)."""
    text = (
        "茅台镇党委会议纪要\n时间：2024年5月10日上午9:00\n会议传达学习了有关部署要求。会议议定：\n"
        "①开展酒类生产企业安全隐患大排查。由镇应急管理办牵头，镇市场监管所、镇综合执法大队配合，5月底前完成。\n"
        "②做好汛期地质灾害防范。由镇自然资源所负责，各村（居）委会配合。\n"
        "③做好中考服务保障工作。由镇党政办负责，镇派出所、镇卫生院配合。\n"
        "记录：王××"
    )
    measures = parse_plan_text(text).measures
    assert [(m.number, list(m.lead_units), list(m.co_units)) for m in measures] == [
        ("1", ["镇应急管理办"], ["镇市场监管所", "镇综合执法大队"]),
        ("2", ["镇自然资源所"], ["各村（居）委会"]),
        ("3", ["镇党政办"], ["镇派出所", "镇卫生院"]),
    ]


def test_topics_after_a_decisions_line() -> None:
    """`会议明确：` on its own line, then `关于…问题。由X负责，…，Y配合…` paragraphs (session 14: refused)."""
    text = (
        "关于清河片区棚户区改造项目推进工作的专题会议纪要\n4月8日下午，副区长王某主持召开专题会议。现纪要如下：\n"
        "会议认为，棚户区改造是今年的重点民生工程。会议明确：\n"
        "关于项目用地问题。由区自然资源分局负责，6月底前完成土地组卷报批工作，区发改局配合做好项目立项变更。\n"
        "关于房屋征收问题。由清河街道办事处牵头，区住建局、区司法局配合，抓紧完成征收协议签订工作。\n"
        "关于施工组织问题。区城投公司负责，优化施工组织，确保9月底前主体工程开工。\n"
        "参加人员：王某、李某（区发改局）"
    )
    measures = parse_plan_text(text).measures
    assert [(list(m.lead_units), list(m.co_units)) for m in measures] == [
        (["区自然资源分局"], ["区发改局"]),
        (["清河街道办事处"], ["区住建局", "区司法局"]),
        (["区城投公司"], []),
    ]
