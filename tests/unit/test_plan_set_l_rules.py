"""Blind set L (session 16, excerpts in the shape of real pages of 14 provinces, answers first): shapes its
first contact read wrong. Each failed when written."""

from __future__ import annotations

from services.plans.parser import parse_plan_text


def _owners(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_a_unit_marked_as_the_host_leads() -> None:
    """`承办单位：县城管局（主办）、县公安局交警大队（协办）`: 主办 marks the lead as 牵头 does."""
    text = (
        "督办通知\n一、整治城区占道经营。\n承办单位：县城管局（主办）、县公安局交警大队（协办）、城关镇\n"
        "二、改造老旧小区。\n承办单位：县住建局（主办）\n"
    )
    assert _owners(text) == [("一", ["县城管局"], ["县公安局交警大队", "城关镇"]), ("二", ["县住建局"], [])]


def test_the_others_of_a_list_named_by_a_qualified_kind() -> None:
    """`…县市场监管局等县安委会有关成员单位` / `区综合执法局等行政执法部门`: the list's own ending."""
    text = (
        "县安全生产专项整治方案\n一、开展隐患排查。（责任单位：县应急局、县市场监管局等县安委会有关成员单位，各乡镇人民政府）\n"
        "二、规范行政执法。（责任单位：区综合执法局等行政执法部门）\n"
    )
    assert _owners(text) == [
        ("一", ["县应急局", "县市场监管局", "各乡镇人民政府"], []),
        ("二", ["区综合执法局"], []),
    ]


def test_a_dotted_heading_whose_elder_siblings_the_excerpt_left_out() -> None:
    """`2.1.3县应急委成员单位职责` right under 2.1 (no 2.1.1, 2.1.2 on the page) over `X:负责…` lines."""
    text = (
        "县突发事件总体应急预案\n2.组织体系\n2.1领导机构\n县突发事件应急委员会是全县突发事件应对工作的领导机构。\n"
        "2.1.3县应急委成员单位职责\n县委宣传部:负责突发事件新闻发布和舆论引导工作。\n"
        "县应急管理局:负责全县应急管理综合协调,承担县应急委办公室日常工作。\n县财政局:负责县级应急资金保障。\n"
        "2.2专项指挥机构\n县应急委根据需要设立专项应急指挥部。\n"
    )
    owned = [lead for _, lead, _ in _owners(text) if lead]
    assert owned == [["县委宣传部"], ["县应急管理局"], ["县财政局"]]


def test_the_unit_the_helpers_help_named_before_them() -> None:
    """`（县发改局，县工信局、县住建局配合）`: the unit before the helpers leads though no verb says so; and
    `3.重点工程片：X牵头，Y配合，负责…` after a stretch's label."""
    text = (
        "县2023年绩效考核指标\n6.单位地区生产总值能耗下降完成市下达任务。（县发改局，县工信局、县住建局配合）\n"
        "7.重点工程片：县防汛抗旱指挥部办公室牵头，县重点工程建设管理中心配合，负责在建涉水工程度汛安全督查。\n"
    )
    assert _owners(text) == [
        ("6", ["县发改局"], ["县工信局", "县住建局"]),
        ("7", ["县防汛抗旱指挥部办公室"], ["县重点工程建设管理中心"]),
    ]
