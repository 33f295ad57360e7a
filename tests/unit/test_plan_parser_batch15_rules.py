"""Short samples of the rules held-out batch 15 asked for; each made up, each fails without its rule."""

from services.plans.parser import parse_plan_text


def _measures(text: str):
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_a_field_that_names_no_owner_ends_the_list_before_it() -> None:
    # 数据提供单位 says where a target's figure comes from, not who answers for the target.
    text = (
        "某市2025年政府工作报告主要目标任务责任分解方案\n一、主要预期目标\n"
        "（一）规模以上工业增加值增长7%。（牵头领导：王某，牵头单位：市工信局，数据提供单位：市统计局）\n"
        "（二）社会消费品零售总额增长6%。（牵头单位：市商务局，责任单位：市文旅局、市市场监管局，"
        "数据提供单位：市统计局）\n"
    )
    assert _measures(text) == [
        ("一", ["市工信局"], []),
        ("二", ["市商务局"], ["市文旅局", "市市场监管局"]),
    ]


def test_a_note_that_the_following_tasks_all_involve_some_units_makes_them_co_units() -> None:
    text = (
        "某省2025年数字政府建设工作要点\n一、夯实数字基础\n"
        "1.建设全省一体化政务云。（责任单位：省数据局、省财政厅，各市数据管理部门。"
        "除专门列出外，以下任务均涉及各市数据管理部门，不再重复）\n"
        "2.推进政务数据共享。（责任单位：省数据局）\n"
        "3.完善电子证照库。（责任单位：省数据局、省公安厅）\n"
    )
    assert _measures(text) == [
        ("1", ["省数据局", "省财政厅", "各市数据管理部门"], []),
        ("2", ["省数据局"], ["各市数据管理部门"]),
        ("3", ["省数据局", "省公安厅"], ["各市数据管理部门"]),
    ]


def test_each_city_and_a_named_zone_share_the_body_named_after_the_zone() -> None:
    # 各市（州）、某某新区教育部门: every 市（州）'s and 某某新区's 教育部门, one party as written.
    text = (
        "某省2025年教育工作要点\n一、办好人民满意的教育\n"
        "1.扩大普惠性学前教育资源。新增公办学位2万个。（责任单位：省教育厅，各市（州）、安顺新区教育部门）\n"
        "2.推进县域高中振兴。（责任单位：省教育厅、省财政厅）\n"
    )
    assert _measures(text)[0] == ("1", ["省教育厅", "各市（州）、安顺新区教育部门"], [])


def test_unnumbered_measures_run_together_in_one_paragraph_are_split_at_their_clauses() -> None:
    # A document site's copy: the notice, a heading and the measures all in one run-on paragraph.
    text = (
        "某县2025年安全生产重点工作安排各乡镇人民政府，县直各单位：现将安排印发给你们。现就重点工作安排如下："
        "一、压实安全责任修订县级部门安全生产权力和责任清单。（县应急局负责）组织开展安全生产督导检查，"
        "督促各乡镇落实属地责任。（县应急局牵头，县安委会各成员单位协作）各乡镇参照县里做法修订本级责任清单。"
        "（各乡镇负责）\n"
    )
    assert _measures(text) == [
        ("", ["县应急局"], []),
        ("", ["县应急局"], ["县安委会各成员单位"]),
        ("", ["各乡镇"], []),
    ]
