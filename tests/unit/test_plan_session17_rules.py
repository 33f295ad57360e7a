"""Session 17: shapes of real documents (batch 56) and of blind sets M and N that their first contact read
wrong. Each failed when written."""

from __future__ import annotations

from services.plans.parser import parse_plan_text


def _owners(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_a_line_of_work_heading_over_its_duties() -> None:
    """`（七）卫生部门职责、任务` over 1.…: the health department's duties (a 部门 named by its line of work is
    a unit; 各部门职责 / 相关部门职责 name none)."""
    text = (
        "学校周边治安综合治理方案\n五、职责分工\n（七）卫生部门职责、任务\n1.加强对学校食堂的监督管理。\n"
        "2.依法对食堂从业人员进行定期体检。\n（八）工商部门的职责和任务\n1.加强市场监督管理。\n"
        "（九）相关部门职责\n1.配合做好有关工作。\n"
    )
    assert _owners(text) == [
        ("1", ["卫生部门"], []),
        ("2", ["卫生部门"], []),
        ("1", ["工商部门"], []),
        ("1", [], []),
    ]


def test_a_page_opening_on_a_dotted_part_over_member_duties() -> None:
    """`2.3 县减灾委员会成员单位职责` as the page's first numbered line (2. and 2.1 on an earlier page), then
    `3.1 …`: the members' duties were lost with the part they stand under."""
    text = (
        "柳河县自然灾害救助应急预案\n\n2.3 县减灾委员会成员单位职责\n\n县应急管理局：负责承担县减灾委员会办公室日常工作。\n"
        "县财政局：负责救灾资金的预算安排和拨付，会同县应急管理局做好资金使用的监督检查。\n"
        "各乡（镇）人民政府：负责本辖区灾情的收集、核查和报送。\n\n3.1 制定工作预案\n本预案是全县自然灾害救助应急工作的基本预案。\n"
    )
    assert _owners(text)[:3] == [
        ("", ["县应急管理局"], []),
        ("", ["县财政局"], ["县应急管理局"]),
        ("", ["各乡（镇）人民政府"], []),
    ]


def test_a_blank_line_under_a_duty_title_does_not_read_its_first_duty_twice() -> None:
    """`2.1.3 …成员单位职责` / blank / `县应急管理局：…`: the title took the first duty as its text and the
    duties after it were counted from the wrong line, so the first came out twice."""
    text = (
        "县突发事件总体应急预案\n2.1 领导机构\n2.1.3县应急委成员单位职责\n\n县应急管理局：负责承担日常工作。\n"
        "县财政局：负责应急资金拨付。\n\n2.2 工作机构\n县应急委办公室设在县应急管理局。\n"
    )
    assert [owner for owner in _owners(text) if owner[0] == ""] == [
        ("", ["县应急管理局"], []),
        ("", ["县财政局"], []),
    ]


def test_a_working_group_led_by_one_unit_and_made_up_of_others() -> None:
    """`由X牵头，Y、Z等单位组成`: the group's members help its lead (a name's bracketed note kept); `会同Y…组成`
    as before."""
    text = (
        "县防汛抗旱应急预案\n2.1.3 县防指工作组\n"
        "（1）综合协调组：由县应急管理局牵头，县水务局、县委宣传部等单位组成。主要职责：汇总上报汛情。\n"
        "（2）后勤保障组：由县发展和改革局（粮食局）牵头，县财政局、县商务局组成。主要职责：保障物资供应。\n"
        "（3）事故调查组：由县市场监管局牵头，会同县公安局、县卫健委组成。主要职责：开展事故调查。\n"
    )
    assert _owners(text) == [
        ("1", ["县应急管理局"], ["县水务局", "县委宣传部"]),
        ("2", ["县发展和改革局（粮食局）"], ["县财政局", "县商务局"]),
        ("3", ["县市场监管局"], ["县公安局", "县卫健委"]),
    ]
