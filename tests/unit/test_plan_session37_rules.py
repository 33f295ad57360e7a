"""Session 37: rules read off the session's blind sets (shapes, each written here in a plan of its own)."""

from __future__ import annotations

from tests.unit.test_plan_session30_rules import _measures

# A bureau's task breakdown copied from a web page as one line: each 攻坚战 heading names its lead, its points
# close on a bracketed helpers' clause, and the second heading's words open on 项目 (a word, not a law's 项).
_ONE_LINE = (
    "当前位置：首页政务公开 本局各单位：现将涉及我局的相关任务分解如下，请各单位抓好贯彻落实。一、任务分工"
    "（一）资金保障攻坚战分管领导：张三牵头单位：办公室"
    "1.加大存量资金盘活力度。进一步挖掘存量资金，最大限度提高存量资金综合效益。（局各单位配合）"
    "2.强化预算绩效管理。将部门和单位预算收支全面纳入绩效管理，把有限资金用在刀刃上。（局各单位配合）"
    "（二）项目落地攻坚战分管领导：李四牵头单位：药械处"
    "1.稳投资重点项目策划任务总数2个，其中谋划项目数2个。（局各单位配合）"
    "2.第二阶段签约项目任务数1个，年底前完成签约。（局相关单位配合）"
    "（三）审批提速攻坚战分管领导：王五牵头单位：法规处"
    "1.开通社会项目审批快速通道。进一步梳理办件流程，精简申报材料。（法规处牵头，质监处、食品处根据需要配合）"
)


def test_a_heading_whose_words_open_on_xiangmu_is_cut_from_the_point_before() -> None:
    measures = _measures(_ONE_LINE)
    assert [(m.number, m.lead_units) for m in measures] == [
        ("1", ("办公室",)),
        ("2", ("办公室",)),
        ("1", ("药械处",)),
        ("2", ("药械处",)),
        ("1", ("法规处",)),
    ]
    assert "项目落地攻坚战" not in measures[1].text


def test_helpers_who_join_as_needed_are_co_units() -> None:
    last = _measures(_ONE_LINE)[-1]
    assert last.co_units == ("质监处", "食品处")


def test_a_laws_item_reference_in_a_run_on_line_is_still_no_heading() -> None:
    # 本条（二）项规定: the bracketed number is a law's item, followed by 项 and a word of the sentence
    text = (
        "某区关于落实监管责任的实施方案一、工作任务（一）加强源头监管。依照本条（二）项规定的情形，"
        "对违法行为依法查处，切实落实监管责任，确保各项任务落到实处。（牵头单位：区市场监管局）"
        "（二）强化执法检查。开展联合执法检查，对发现的问题限期整改，形成长效监管机制。（牵头单位：区城管局）"
        "（三）做好宣传引导。通过多种渠道宣传法律法规，营造全社会共同参与的良好氛围。（牵头单位：区委宣传部）"
    )
    measures = _measures(text)
    assert [m.lead_units for m in measures] == [("区市场监管局",), ("区城管局",), ("区委宣传部",)]
