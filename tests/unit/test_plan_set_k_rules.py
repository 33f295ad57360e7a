"""Blind set K (session 16, excerpts written in the shape of real pages of 14 provinces, answers first):
shapes its first contact read wrong. Each failed when written, but the last (a guard)."""

from __future__ import annotations

from services.plans.parser import parse_plan_text


def _owners(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_numbered_members_whose_duty_opens_on_any_verb() -> None:
    """`（9）县人武部：组织指挥民兵…` / `（11）各乡（镇）人民政府：负责…`: the unit before the colon, whatever
    its name ends on, a kind of place in brackets inside it."""
    text = (
        "县防汛抗旱应急预案\n2.2 成员单位职责\n（1）县水利局：负责水情旱情监测预警。\n"
        "（2）县人武部：组织指挥民兵应急分队参加抗洪抢险，协助地方政府转移危险地区群众。\n"
        "（3）县消防救援大队：担负防汛抢险救援任务，协助公安部门维护抢险救灾秩序。\n"
        "（4）各乡（镇）人民政府：负责本辖区防汛抗旱工作，组织群众转移避险。\n"
    )
    assert [lead for _, lead, _ in _owners(text)] == [
        ["县水利局"],
        ["县人武部"],
        ["县消防救援大队"],
        ["各乡（镇）人民政府"],
    ]


def test_this_work_is_given_to_a_unit_in_the_last_sentence() -> None:
    """`此项工作由X负责，Y配合。` after a range of ages (16—60周岁): the unit, not `此项工作由X`, and the dash
    between figures is no dash before owners."""
    text = (
        "县农牧民技能培训工作方案\n三、工作措施\n1.摸清底数。对16—60周岁农牧区劳动力开展全面摸底调查。"
        "此项工作由县人力资源和社会保障局负责，各乡（镇）人民政府、驻村工作队配合。\n"
        "2.开展订单式培训。县人力资源和社会保障局牵头，县农业农村局参与。\n"
    )
    assert _owners(text)[0] == ("1", ["县人力资源和社会保障局"], ["各乡（镇）人民政府", "驻村工作队"])


def test_a_unit_marked_as_helping_in_a_list_of_owners() -> None:
    text = (
        "县林业局巡察反馈问题整改方案\n问题一：森林资源管护不到位。\n整改措施：开展林地清查。\n"
        "责任股室：林政资源管理股、县林业综合执法大队（协助）\n整改时限：2023年12月底\n"
    )
    assert _owners(text) == [("一", ["林政资源管理股"], ["县林业综合执法大队"])]


def test_a_group_with_its_labels_on_its_line_set_apart_by_wide_spaces() -> None:
    text = (
        "区突发事件应急预案\n3.3 现场工作组\n（1）综合协调组　　牵头单位：区应急管理局　　成员单位：区委宣传部、区公安分局\n"
        "（2）抢险救援组　　牵头单位：区消防救援大队　　成员单位：区住房城乡建设局、区水利局\n"
    )
    assert _owners(text) == [
        ("1", ["区应急管理局"], ["区委宣传部", "区公安分局"]),
        ("2", ["区消防救援大队"], ["区住房城乡建设局", "区水利局"]),
    ]


def test_a_spaced_tables_header_is_no_label_with_its_neighbour() -> None:
    """`责任单位    整改时限` in a header set apart by spaces: two labels, not 责任单位：整改时限. A guard: a
    first version of the wide-space label rule read the header so."""
    text = (
        "区生态环境保护督察反馈问题整改台账\n序号  问题描述              整改措施              责任单位              整改时限\n"
        "1     建筑工地扬尘管控不到位  开展扬尘专项检查      区住建委、区城管委    2024年6月\n"
        "2     污水处理厂总氮超标      实施提标改造          区水务局              2024年12月\n"
        "3     餐饮油烟扰民投诉较多    推行油烟净化设施      区城管委              长期坚持\n"
    )
    assert [lead for _, lead, _ in _owners(text)] == [["区住建委", "区城管委"], ["区水务局"], ["区城管委"]]


def test_a_notice_or_minutes_that_names_itself_has_its_title() -> None:
    """The review screen's 方案标题 was empty for `关于…推进情况的通报` and `关于…的专题会议纪要` under the
    issuing office's line."""
    for title in (
        "关于2024年区政府工作报告目标任务三季度推进情况的通报",
        "关于研究推进高铁站片区开发建设有关问题的专题会议纪要",
    ):
        text = f"崇川区人民政府办公室\n\n{title}\n\n各街道办事处：\n一、推进综合能源服务中心建设。（责任单位：区发展改革委）\n"
        assert parse_plan_text(text).title == title


def test_every_county_of_a_city_before_the_colon_of_its_duty() -> None:
    """The second review: `各县（市、区）人民政府：负责…` (the rules' own example of one unit) was refused, the
    、 inside its brackets taken for a list's."""
    text = (
        "市水利局：负责水情旱情监测预警。\n市气象局：负责天气预报预警。\n"
        "各县（市、区）人民政府：负责本行政区域内防汛抗旱工作，组织群众转移避险。\n"
    )
    assert [lead for _, lead, _ in _owners(text)] == [["市水利局"], ["市气象局"], ["各县（市、区）人民政府"]]


def test_minutes_that_ask_a_lead_to_work_with_helpers() -> None:
    """`会议明确，请区住建局牵头，会同区发改委…加快办理…` and `区住建局（区征收办）配合做好…` after a duty: the
    helpers, a bracketed note in one's name."""
    text = (
        "专题会议纪要\n一、关于项目前期手续办理。会议明确，请区住建局牵头，会同区发改委、区自然资源和规划分局加快办理项目立项。\n"
        "二、关于征收补偿工作。青龙街道负责片区内房屋征收补偿具体实施，区住建局（区征收办）配合做好政策把关。\n"
    )
    assert _owners(text) == [
        ("一", ["区住建局"], ["区发改委", "区自然资源和规划分局"]),
        ("二", ["青龙街道"], ["区住建局（区征收办）"]),
    ]


def test_an_emergency_plans_title_and_a_pages_title_label() -> None:
    """`平昌县防汛抗旱应急预案` over `（2022年修订）` left the review screen's title empty (预案 was no plan's
    word); `标  题: 固原市草原火灾应急预案` kept the page's label."""
    text = "平昌县防汛抗旱应急预案\n（2022年修订）\n\n（1）县应急管理局：负责组织协调水旱灾害应急救援工作。\n（2）县水利局：负责水情旱情监测预警。\n"
    assert parse_plan_text(text).title == "平昌县防汛抗旱应急预案"
    labelled = "发布机构 固原市政府办\n标  题: 固原市草原火灾应急预案\n1.市农牧局：负责草原火情监测。\n2.市气象局：负责火险天气预报。\n"
    assert parse_plan_text(labelled).title == "固原市草原火灾应急预案"


def test_owners_listed_under_an_empty_label_with_a_bracket_in_a_name() -> None:
    """`责任单位：` then `（1）镇城管办负责…；（2）各村（居）委会负责…`: both lead; the bracket inside 各村（居）委会
    ended the list before (the clerk saw only 镇城管办)."""
    text = (
        "镇城乡环境综合整治工作方案\n二、主要任务\n1.加强清扫保洁。落实门前三包责任制。\n责任单位：\n"
        "（1）镇城管办负责圩镇主次干道；\n（2）各村（居）委会负责村内巷道和房前屋后。\n2.清理积存垃圾。\n责任单位：镇城管办\n"
    )
    assert [lead for _, lead, _ in _owners(text)] == [["镇城管办", "各村（居）委会"], ["镇城管办"]]
