"""`①` points under a numbered title: the measures when the title is only a heading and they carry the
clauses; the title's text when the title is a whole measure; one measure when one clause closes the group.

Written in session 14: `①` points each with its clause under `1.提升政务服务效能。` were read as the title
(first point) and unnumbered measures (the rest), so two of three points lost their number and the
title took the first point's units. The first test failed when written; the second held.
"""

from __future__ import annotations

from services.plans.parser import parse_plan_text

PLAN = """某区2025年城市管理工作方案
一、重点任务
（一）市容整治
1.开展背街小巷整治。重点做好以下工作：
①清理乱堆乱放；
②规范门前三包。
（责任单位：区城管局，配合单位：各街道）
2.推进垃圾分类
①完善分类设施；
②开展宣传进社区。
（责任单位：区城管局）
3.加强户外广告管理（责任单位：区城管局，配合单位：区市场监管局）
①清理违规广告牌匾；
②建立审批台账。
4.提升政务服务效能
①推行“一件事一次办”。（责任单位：区政务服务中心）
②推进帮办代办服务。（责任单位：区政务服务中心，配合单位：各街道）
③规范中介服务。（责任单位：区发改局）
（二）交通秩序
（1）整治占道经营
①划定临时摊点区域。（责任单位：各街道）
②开展联合执法。（责任单位：区城管局，配合单位：区公安分局）
"""


def _read() -> list[tuple[str, list[str], list[str]]]:
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(PLAN).measures]


def test_points_with_their_own_clauses_are_the_measures() -> None:
    assert _read()[3:] == [
        ("1", ["区政务服务中心"], []),
        ("2", ["区政务服务中心"], ["各街道"]),
        ("3", ["区发改局"], []),
        ("1", ["各街道"], []),
        ("2", ["区城管局"], ["区公安分局"]),
    ]


def test_points_of_a_whole_measure_or_closed_by_one_clause_stay_its_text() -> None:
    measures = parse_plan_text(PLAN).measures
    assert _read()[:3] == [
        ("1", ["区城管局"], ["各街道"]),
        ("2", ["区城管局"], []),
        ("3", ["区城管局"], ["区市场监管局"]),
    ]
    assert "②开展宣传进社区" in measures[1].text
