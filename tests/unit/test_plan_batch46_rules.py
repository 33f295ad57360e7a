"""Rules found by held-out batch 46 (real plans from public pages, session 14): made-up samples, one
family each. When this was written, both failed.

- a page run into one line whose duty paragraphs open on a unit's long name (国家发展计划委员会：负责…);
- a subject of several units joined by 协同 / 会同 (市公安局、市建委协同市交通运输局负责…).
"""

from __future__ import annotations

from services.plans.parser import parse_plan_text


def _owners(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_a_long_units_name_opens_a_duty_in_a_run_on_page() -> None:
    text = (
        "关于血吸虫病防治工作职责的通知\n现将有关部门职责通知如下，请遵照执行。  卫生部:负责组织制定防治规划。  "
        "国家发展计划委员会:负责将防治工作列入国民经济和社会发展规划。  教育部:负责开展宣传教育活动。  "
        "科学技术部:负责把防治科研项目列入攻关规划。"
    )
    assert [lead for _, lead, _ in _owners(text)] == [
        ["卫生部"],
        ["国家发展计划委员会"],
        ["教育部"],
        ["科学技术部"],
    ]


def test_units_joined_by_xietong_lead_and_the_one_after_helps() -> None:
    text = (
        "某市城市管理职责分工\n"
        "一、市城乡规划局负责城市规划的编制。\n"
        "二、市工商局、市水利局协同市建委负责城市市容和环境卫生管理。\n"
        "三、市公安局、市建委协同市交通运输局负责城市综合交通管理。"
    )
    assert _owners(text) == [
        ("一", ["市城乡规划局"], []),
        ("二", ["市工商局", "市水利局"], ["市建委"]),
        ("三", ["市公安局", "市建委"], ["市交通运输局"]),
    ]
