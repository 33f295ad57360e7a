"""Rules found reading blind set AW (session 30): made-up samples, one family each.

Each first test fails without its rule; the ones after it guard the rule's limit.
"""

from __future__ import annotations

from services.plans.parser import parse_plan_text
from services.plans.parser.text import split_units


def _measures(text: str) -> list:
    return [item for item in parse_plan_text(text).items if item.kind == "measure"]


# A 预案 with a table of contents that lists its annex, numbered procedure sections that name an owner here and
# there, and the units' duties in the annex — unnumbered, one unit a paragraph.
_CONTENTS = [
    "1总则",
    "1.1编制目的",
    "1.2适用范围",
    "2组织体系",
    "2.1领导机构",
    "3应急保障",
    "3.1通信保障",
    "3.2经费保障",
]
_PLAN = "\n\n".join(
    [
        "某镇燃气突发事件应急预案",
        "目  录",
        *_CONTENTS,
        "附件：相关单位及职责",
        "1总则",
        "1.1编制目的",
        "为了规范燃气突发事件的应急处置工作，保障人民群众生命财产安全，制定本预案。",
        "1.2适用范围",
        "本预案适用于本镇行政区域内燃气突发事件的应对工作。",
        "2组织体系",
        "2.1领导机构",
        "镇应急指挥部统一领导全镇燃气突发事件的应对工作。",
        "3应急保障",
        "3.1通信保障",
        "各基础电信运营企业做好应急处置的通信保障。",
        "3.2经费保障",
        "本预案由镇应急办根据实际情况，适时评估修订。",
        "附件：相关单位及职责",
        "相关单位及职责",
        "规划建设和生态环境办公室（工程）：承担镇燃气安全工作的统筹协调，推进燃气管网隐患排查整治。",
        "派出所：负责事发现场及周边治安秩序维护和交通疏导，视情采取隔离警戒措施。",
        "城市运行管理中心：参与燃气安全事故的应急救援和处置，按职责参与事故调查。",
        "规划建设和生态环境办公室（环保）：参与燃气事故次生环境污染的应急监测工作。",
        "消防救援站：统一组织和指挥燃气火灾现场扑救，承担抢救人员生命的应急救援工作。",
    ]
)


def test_a_contents_entry_of_the_annex_does_not_end_the_body_and_the_annex_duties_are_measures():
    leads = [item.lead_units for item in _measures(_PLAN)]
    for unit in ("派出所", "城市运行管理中心", "消防救援站"):
        assert (unit,) in leads
    # a unit's part named in brackets after it is one name
    assert ("规划建设和生态环境办公室（工程）",) in leads
    assert ("规划建设和生态环境办公室（环保）",) in leads


def test_the_body_after_a_long_contents_is_read_as_the_body():
    # (a 预案's long contents, a blank line after each entry)
    entries = [*_CONTENTS, *(f"3.{n}其他保障{n}" for n in range(3, 50))]
    long_contents = _PLAN.replace("\n\n".join(_CONTENTS), "\n\n".join(entries))
    measures = _measures(long_contents)
    assert [item.number for item in measures].count("3.2") == 1
    assert ("派出所",) in [item.lead_units for item in measures]


def test_the_document_a_unit_answers_for_is_no_part_of_its_name():
    measure = next(item for item in _measures(_PLAN) if item.number == "3.2")
    assert measure.lead_units == ("镇应急办",)


def test_an_annex_duty_list_stays_out_of_a_body_whose_measures_name_their_owners():
    owned = _PLAN.replace("镇应急指挥部统一领导", "（牵头单位：镇应急办）镇应急指挥部统一领导").replace(
        "为了规范", "（牵头单位：镇应急办）为了规范"
    )
    owned = owned.replace("本预案适用于", "（牵头单位：派出所）本预案适用于")
    owned = owned.replace("各基础电信运营企业做好", "（牵头单位：镇应急办）各基础电信运营企业做好")
    leads = [item.lead_units for item in _measures(owned)]
    assert ("消防救援站",) not in leads


# An annex task table copied one cell a line: the header's labels broken by narrow columns (任务 / 分类, 牵头 /
# 部门), a year span in brackets after a label, directions numbered 1、 over tasks numbered （1）, three yearly
# columns, and the unit cells printed once over the rows a merged block spans.
_TABLE = "\n".join(
    [
        "某市交通精细化管理三年行动计划",
        "一、总体要求",
        "（一）提升道路品质。结合城市更新，提高道路通行品质。",
        "（二）提升出行服务。持续改善公交出行服务。",
        "附件：任务清单",
        "任务",
        "分类",
        "主要方向",
        "重点任务（2024-2026）",
        "2024年工作项目",
        "2025年计划",
        "2026年计划",
        "牵头",
        "部门",
        "配合",
        "部门",
        "（一）",
        "提升道路品质",
        "1、改善城市道路环境",
        "（1）建设精品道路60条。",
        "建设精品道路20条。",
        "建设精品道路20条。",
        "建设精品道路20条。",
        "设施养护处",
        "各相关部门和单位",
        "2、提升慢行交通品质",
        "（2）完成慢行交通提升项目90项。",
        "完成30项。",
        "完成30项。",
        "完成30项。",
        "设施运行处",
        "市道运中心",
        "（3）建设慢行交通精品区域15个。",
        "建设5个。",
        "建设5个。",
        "建设5个。",
        "3、推进停车治理",
        "（4）创建停车资源优化项目30个。",
        "创建10个。",
        "创建10个。",
        "创建10个。",
        "停车管理处",
        "各区",
    ]
)


def test_a_task_table_one_cell_a_line_with_tasks_numbered_in_brackets_under_numbered_directions():
    rows = {item.number: item for item in _measures(_TABLE)}
    assert rows["1"].lead_units == ("设施养护处",)
    assert rows["1"].co_units == ("各相关部门和单位",)
    assert rows["2"].lead_units == ("设施运行处",)
    assert rows["4"].lead_units == ("停车管理处",)
    assert rows["4"].co_units == ("各区",)
    assert rows["1"].title.startswith("建设精品道路")


def test_a_row_whose_unit_cells_are_all_merged_from_above_takes_the_helpers_too():
    rows = {item.number: item for item in _measures(_TABLE)}
    assert rows["3"].lead_units == ("设施运行处",)
    assert rows["3"].co_units == ("市道运中心",)


def test_the_kinds_of_body_asked_are_one_owner():
    assert split_units("各相关部门和单位") == ["各相关部门和单位"]
    assert split_units("其他有关部门和单位") == ["其他有关部门和单位"]
    assert split_units("区发改委和区财政局") == ["区发改委", "区财政局"]


# A 工作要点 copied into one line whose count skips a number, and its annex table run together with no cell
# boundary at all, each row's units said to do it (…负责) before the next row's number.
_ONE_LINE = (
    "某片区2023年安全生产工作要点 一、压实责任（一）落实党政同责。严格落实领导责任。（党政办负责）"
    "（二）落实部门责任。督促各处室履职尽责。（政法综治处负责）（四）落实企业主体责任。推动企业开展自查。"
    "（交通与建设处负责）（五）强化督导检查。开展明察暗访。（安监站负责）二、专项整治（六）燃气安全整治。"
    "持续开展燃气隐患整治，督促餐饮场所安装燃气泄漏报警装置。（交通与建设处负责）三、应急救援（七）完善值守调度。"
    "规范应急值守机制，加强值班值守力量，压实应急值守责任。（党政办负责）"
)


def test_a_count_that_skips_one_number_goes_on():
    numbers = [item.number for item in _measures(_ONE_LINE)]
    assert numbers == ["一", "二", "四", "五", "六", "七"]
    assert _measures(_ONE_LINE)[3].lead_units == ("安监站",)


def test_a_glued_table_whose_units_are_said_to_do_it():
    from services.plans.parser.glued_tables import glued_tables

    line = (
        "附件重点任务清单序号名称类型具体内容责任部门1推进包保机制机制片区领导定期研究推进隐患整改。"
        "各处室按职责分工负责2建筑施工安全整治任务深入实施自建房安全专项整治行动。交通与建设处负责"
        "3城镇燃气安全整治任务持续开展城镇燃气安全隐患专项整治。交通与建设处、农业农村处负责"
        "4防溺水安全整治任务加强防溺水警示标示。社会事业处负责"
    )
    (table,) = glued_tables([line])
    assert [row[3] for row in table[1:]] == [
        "各处室",
        "交通与建设处",
        "交通与建设处、农业农村处",
        "社会事业处",
    ]


# A `|` table of 三张清单 (任务清单 | 责任清单 | 时限清单): its levels side by side, the headings printed on their
# group's first row only, the measures numbered (1)… in a level of sentences, the units apart by spaces.
_LISTS = "\n".join(
    [
        "建设任务 | 工作事项 | 工作指标 | 任务清单 | 责任清单 | 时限清单 |",
        "一、体系建设 |",
        "(一)组织指挥 | 1.组织机构 | (1)镇党政主要负责人是防汛工作第一责任人。 | 1.落实防汛行政首长负责制; | 党政办 应消站 | 4月 |",
        "(2)镇应急消防管理站承担防汛统筹协调工作。 | 1.明确应消站防汛工作职责; | 应消站 | 4月 |",
        "(3)村(社区)建立村级应急工作组。 | 1.明确村干部等组成的应急工作组; | 村(社区) | 5月 |",
        "(4)村(社区)防汛职责融入基层治理网格。 | 1.明确网格员防汛相关职责; | 综治办 应消站 | 6月 |",
    ]
)


def test_a_lists_table_whose_measures_are_a_numbered_level_between_headings_and_tasks():
    rows = {item.number: item for item in _measures(_LISTS)}
    assert set(rows) == {"1", "2", "3", "4"}
    assert rows["1"].lead_units == ("党政办", "应消站")
    assert rows["2"].lead_units == ("应消站",)
    assert rows["3"].lead_units == ("村(社区)",)
    assert rows["4"].lead_units == ("综治办", "应消站")
    assert rows["2"].title.startswith("镇应急消防管理站")


# A township's plan whose points ask every body of a kind by name (各村要…, 各网格、各村（居）要…) and name no owner.
_ASKING = """某镇2024年消防安全整治工作方案
一、工作措施
（一）开展隐患排查。各网格、各村（居）要对辖区内出租屋、沿街店铺开展消防安全隐患排查，建立问题清单。
（二）强化宣传教育。工作重点：各学校要开展消防安全进校园活动，每学期组织一次疏散演练。
（三）落实属地责任。各村(社区)要明确专人负责消防安全巡查，发现隐患及时上报。
（四）加强组织领导。各部门要高度重视，加强协调配合，确保整治工作取得实效。
（五）严格督导检查。镇安办要定期开展督导检查，对整改不力的予以通报。（牵头单位：镇安办）
（六）加强联防联控。各处室（中心）、办事处及行政村要协同开展消防宣传，及时劝阻野外用火。
（七）建立例会制度。各村每两周召开一次网格员工作例会，通报隐患整改情况。
"""


def test_every_body_of_a_kind_asked_by_name_owns_a_point_that_names_no_one():
    measures = _measures(_ASKING)
    assert measures[0].lead_units == ("各网格", "各村（居）")
    assert measures[1].lead_units == ("各学校",)
    assert measures[2].lead_units == ("各村(社区)",)  # as printed
    # after the first, bodies named by their kind alone (办事处, 行政村)
    assert measures[5].lead_units == ("各处室（中心）", "办事处", "行政村")
    assert measures[6].lead_units == ("各村",)  # how often, then the verb: no 要 needed
    assert any("各……要" in doubt for doubt in measures[0].doubts)
    assert "未找到责任单位" not in measures[0].doubts


def test_a_request_to_every_department_names_no_owner():
    measures = _measures(_ASKING)
    assert measures[3].lead_units == ()
    assert measures[4].lead_units == ("镇安办",)


def test_a_glued_problem_table_whose_rows_continue_a_longer_list():
    """A 督查 problem table run into one line: rows numbered from 41 (a bureau's part of a longer list), a space after
    each number, long names apart by 、, a row whose task opens on a figure, a problem that names the unit it
    criticises before a colon (not its owner), and words such as 办事指南 / 督查时 that end like an office."""
    line = (
        "附件 督查发现问题汇总表 序号存 在 问 题整改责任单位41 坛西大道项目（总投资10亿元），计划1月开工，督查时尚未开工。"
        " 岚城片区开发管理局、区交通投资发展有限公司、区环境与国土资源局42 302电台迁建工程，计划2月开工，"
        "至今未开工。岚城片区开发管理局43 区旅游发展局：⑴事项未进驻中心办理。⑵现场抽查办事指南发现要素不全。"
        "区旅游发展局44 区外侨办：⑴所有审批事项均未进驻中心。区台湾工作部45 再生水厂项目。督查时该项目仍处于施工阶段。"
        "区国有林场"
    )
    text = f"某区2016年第一轮效能督查情况通报\n{line}\n"
    rows = {item.number: item.lead_units for item in _measures(text)}
    assert rows == {
        "41": ("岚城片区开发管理局", "区交通投资发展有限公司", "区环境与国土资源局"),
        "42": ("岚城片区开发管理局",),
        "43": ("区旅游发展局",),
        "44": ("区台湾工作部",),
        "45": ("区国有林场",),
    }


def test_an_events_grade_in_a_plan_is_no_target():
    from services.plans.parser.targets import find_targets

    def quantities(text: str) -> list[tuple[float, str]]:
        return [(target.quantity, target.unit) for target in find_targets(text, [])[0]]

    assert quantities("发生道路交通事故，致6人受伤的，由镇应急办启动响应。") == []
    assert quantities("造成3人以上10人以下死亡，或者10人以上50人以下重伤。") == []
    assert quantities("死亡人数控制在3人以内。") == [(3, "人")]
    assert quantities("全年培训救援人员300人以上。") == [(300, "人")]


def test_a_row_whose_yearly_cell_wraps_over_lines_keeps_its_units():
    wrapped = _TABLE.replace(
        "（4）创建停车资源优化项目30个。\n创建10个。\n",
        "（4）创建停车资源优化项目30个。\n创建10个；\n完成示范停车场建设；\n推进错峰共享。\n",
    )
    rows = {item.number: item for item in _measures(wrapped)}
    assert rows["4"].lead_units == ("停车管理处",)
    assert rows["4"].co_units == ("各区",)
