"""Units of kinds the corpus rarely names, in every clause form a plan writes: the reader knows a unit by
where it stands and how it ends, so a 电视台, a 军分区 or a bank's 支行 reads as a 局 does.

Written in session 10 from a list of the bodies a city's plans assign work to. When it was written,
"市广播电视台" (no 台 ending), "省军区", `（主办：X；协办：Y）`, a bracket opening on 各县（市、区） and a
list set apart by spaces failed; the other forms read every name.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from services.plans.parser import parse_plan_text

_WRITTEN = (
    "市大数据中心 县融媒体中心 国网某城供电公司 农业银行某城支行 市税务局 武警某城中队 某城海关 市邮政管理局 "
    "某城铁路公司 市消防救援支队 市红十字会 团市委 市妇联 市残联 市科协 市总工会 市工商联 市贸促会 "
    "人民银行某城中心支行 某城银保监分局 市城投集团 某城大学 市第一人民医院 某城经开区 高新区管委会 市委网信办 "
    "市委编办 市机关事务局 市住房公积金中心 市气象局 各县（市、区） 市法院 市检察院 市中级人民法院 市委政法委 "
    "市委宣传部 市文明办 市档案馆 市供销社 市烟草专卖局 移动某城分公司 中国电信某城分公司 市农科院 市委党校 "
    "市文联 市侨联 市委老干部局 市信访局 市人防办 市地震局 某城日报社 市广播电视台 市公交集团 市水务集团 市交投 "
    "某城港务局 市保密局 市国安局 市委台办 市外办 市工信局 市医保局 市林草局 市乡村振兴局 市数据局 "
    "市委社会工作部 某城新区 市政府办 市国动办 市人社局 省军区 某城军分区 市退役军人事务局 市民宗局 市委统战部 "
    "市委组织部 市纪委监委 市委巡察办 市政府研究室 市政务服务中心 市公共资源交易中心 市不动产登记中心 "
    "市疾控中心 市急救中心 市血站 市社保中心 市就业局 市招商中心 市文旅集团 市农发行 某城农商行 市邮储银行 "
    "某城职业技术学院 市实验中学 某城高铁站 市机场集团 市粮食和储备局 市商务局 市体育局 市统计局 市审计局"
)
NAMES = _WRITTEN.split()
GROUPS = [NAMES[i : i + 3] for i in range(0, len(NAMES), 3)]

Form = tuple[Callable[[list[str]], str], Callable[[list[str]], tuple[list[str], list[str]]]]
_LEAD_AND_CO = lambda g: (g[:1], g[1:])  # noqa: E731
_ALL_LEAD = lambda g: (g, [])  # noqa: E731
FORMS: dict[str, Form] = {
    "labels": (lambda g: f"（牵头单位：{g[0]}；配合单位：{'、'.join(g[1:])}）", _LEAD_AND_CO),
    "duty": (lambda g: f"（{'、'.join(g)}按职责分工负责）", _ALL_LEAD),
    "lead-verb": (lambda g: f"（{g[0]}牵头，{'、'.join(g[1:])}配合）", _LEAD_AND_CO),
    "fuze": (lambda g: f"（{g[0]}负责，{'、'.join(g[1:])}配合）", _LEAD_AND_CO),
    "zhuban": (lambda g: f"（主办：{g[0]}；协办：{'、'.join(g[1:])}）", _LEAD_AND_CO),
    "bare": (lambda g: f"（{'、'.join(g)}）", _ALL_LEAD),
    "line": (lambda g: f"\n责任单位：{'、'.join(g)}", _ALL_LEAD),
    "spaced-line": (lambda g: f"\n责任单位：{' '.join(g)}", _ALL_LEAD),
    "label-lines": (lambda g: f"\n牵头单位：{g[0]}\n配合单位：{'，'.join(g[1:])}", _LEAD_AND_CO),
}


@pytest.mark.parametrize("form", sorted(FORMS))
def test_every_kind_of_unit_in_every_clause_form(form: str) -> None:
    write, wanted = FORMS[form]
    lines = ["某城市某某行动方案", "一、重点任务"]
    lines += [f"{n}.推进第{n}项工作，做好各项保障。{write(g)}" for n, g in enumerate(GROUPS, start=1)]
    measures = parse_plan_text("\n".join(lines)).measures
    assert len(measures) == len(GROUPS)
    wrong = [
        (g, m.lead_units, m.co_units)
        for m, g in zip(measures, GROUPS, strict=True)
        if (list(m.lead_units), list(m.co_units)) != wanted(g)
    ]
    assert not wrong, wrong


def test_every_kind_of_unit_in_a_task_table() -> None:
    lines = ["某城市重点任务分工表", "| 序号 | 重点任务 | 牵头单位 | 配合单位 |"]
    lines += [
        f"| {n} | 推进第{n}项工作 | {g[0]} | {'、'.join(g[1:])} |" for n, g in enumerate(GROUPS, start=1)
    ]
    measures = parse_plan_text("\n".join(lines)).measures
    assert [(list(m.lead_units), list(m.co_units)) for m in measures] == [(g[:1], g[1:]) for g in GROUPS]


def test_a_bracket_of_words_opening_on_each_is_no_owner() -> None:
    measure = parse_plan_text("某方案\n一、任务\n1.推进工作。（各项指标以统计部门数据为准）").measures[0]
    assert measure.lead_units == ()
