"""Rules found by held-out batch 45 (real plans from law-database mirrors, session 14): made-up samples,
one family each. When this was written, all five failed.

- the leader in charge, a person, before the units: `由张某副市长负责，市发改委牵头，市财政局配合，…`;
- a numbered title on its own line, the paragraph under it opening on the owners;
- a 部门职责 list whose bureau's duties open on any verb: `17、市林业局：编制和实施…`;
- a 督查报告's items numbered without a mark: `1优化就业创业服务` over `牵头单位：市人社局`.
- a table run into one line whose 责任单位 cell is a clause, from row 21.
"""

from __future__ import annotations

from services.plans.parser import parse_plan_text


def _owners(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_a_leader_in_charge_is_no_unit() -> None:
    text = (
        "某市重点工作分工\n一、重点工作\n"
        "1.由张某副市长负责，市发改委牵头，市财政局配合，尽快完成实施方案。\n"
        "2.李某常务副市长牵头，市住建局负责，抓好项目建设。"
    )
    assert _owners(text) == [("1", ["市发改委"], ["市财政局"]), ("2", ["市住建局"], [])]


def test_the_owners_open_the_paragraph_under_a_title() -> None:
    text = (
        "某市贯彻落实会议精神分工方案\n"
        "1、设立综合配套改革试验区事宜\n由张某副市长负责，市发改委牵头，市财政局配合，尽快完成实施方案。\n"
        "2、城市轨道交通项目\n由李某副市长负责，市建设局牵头，市发改委配合，完善建设方案。"
    )
    assert _owners(text) == [("1", ["市发改委"], ["市财政局"]), ("2", ["市建设局"], ["市发改委"])]


def test_a_bureaus_duties_whatever_verb_they_open_on() -> None:
    text = (
        "生态市建设部门职责分工\n一、部门职责\n"
        "1、市卫生局：负责医疗废物处置中的疾病防治。\n"
        "2、市林业局：编制和实施林业建设总体规划，负责生态公益林建设。\n"
        "3、市旅游局：旅游规划及开发必须与规划纲要相协调，大力推进生态旅游。"
    )
    assert _owners(text) == [("1", ["市卫生局"], []), ("2", ["市林业局"], []), ("3", ["市旅游局"], [])]


def test_a_number_glued_to_a_short_title() -> None:
    text = (
        "关于民生实事推进情况的督查报告\n一、就业创业致富工程\n"
        "1优化就业创业服务\n牵头单位：市人社局\n完成情况：达到序时进度\n"
        "2加快市场主体培育\n牵头单位：市市场监管局\n完成情况：达到序时进度\n"
        "二、教育提升工程\n1新建改扩建中小学\n牵头单位：市教育局"
    )
    assert _owners(text) == [
        ("1", ["市人社局"], []),
        ("2", ["市市场监管局"], []),
        ("1", ["市教育局"], []),
    ]


def test_a_table_run_into_one_line_with_a_clause_for_its_unit_cell() -> None:
    """A newspaper page's table, every cell glued, continued from an earlier page (rows from 21): each
    row's 责任单位 cell is a clause (X牵头；Y配合；Z落实), so the next row's number follows a role word."""
    text = (
        "重点任务分工清单\n(上接第三版)\n"
        "序号工作任务责任单位21树立婚育新风。构建新型婚育文化。省委宣传部、省妇联牵头;省总工会配合;"
        "各州(市)党委和政府落实22实行特别扶助制度。地方各级政府应当发放护理补贴。省财政厅牵头;"
        "省民政厅配合;各州(市)党委和政府落实23优先安排入住公办养老机构。省民政厅牵头;省卫生健康委配合"
    )
    assert _owners(text) == [
        ("21", ["省委宣传部", "省妇联"], ["省总工会", "各州(市)党委和政府"]),
        ("22", ["省财政厅"], ["省民政厅", "各州(市)党委和政府"]),
        ("23", ["省民政厅"], ["省卫生健康委"]),
    ]
