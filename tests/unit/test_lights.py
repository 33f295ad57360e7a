from datetime import date

from services.ledger.lights import Light, LightRule, Window, expected_pace, task_window, traffic_light

RULE = LightRule(due_soon_days=15, behind_yellow=10, behind_red=30)


def light(as_of, due, progress=None, start=date(2024, 1, 1), closed=False):
    return traffic_light(closed=closed, window=Window(start, due), progress=progress, as_of=as_of, rule=RULE)


def test_closed_is_grey_even_when_overdue():
    assert light(date(2025, 1, 1), date(2024, 7, 31), closed=True) == Light.GREY


def test_overdue_is_red_from_the_day_after():
    assert light(date(2024, 7, 31), date(2024, 7, 31)) == Light.YELLOW
    assert light(date(2024, 8, 1), date(2024, 7, 31)) == Light.RED


def test_due_soon_boundary():
    due = date(2024, 12, 31)
    assert light(date(2024, 12, 16), due, progress=100) == Light.YELLOW  # 15 days left
    assert light(date(2024, 12, 15), due, progress=100) == Light.GREEN  # 16 days left


def test_pace_thresholds():
    due = date(2024, 12, 31)
    as_of = date(2024, 7, 2)  # 183 of the 365 days from 1 Jan to 31 Dec 2024 (a leap year)
    pace = expected_pace(Window(date(2024, 1, 1), due), as_of)
    assert round(pace, 1) == 50.1
    assert light(as_of, due, progress=41) == Light.GREEN  # 9.1 behind
    assert light(as_of, due, progress=40) == Light.YELLOW  # 10.1 behind
    assert light(as_of, due, progress=20) == Light.RED  # 30.1 behind
    assert light(as_of, due, progress=None) == Light.GREEN  # unknown progress is not judged


def test_no_due_date_is_green():
    assert light(date(2030, 1, 1), None) == Light.GREEN


def test_yearly_task_is_due_at_each_year_end():
    w = task_window(
        due=None, start=None, recurring="yearly", plan_start=date(2024, 7, 10), as_of=date(2024, 9, 1)
    )
    assert w == Window(date(2024, 7, 10), date(2024, 12, 31))
    w = task_window(
        due=None, start=None, recurring="yearly", plan_start=date(2024, 7, 10), as_of=date(2025, 3, 1)
    )
    assert w == Window(date(2025, 1, 1), date(2025, 12, 31))


def test_a_day_without_a_year_already_past_at_issue_means_next_year():
    from services.plans.parser import parse_plan_text

    text = "某区行动方案\n2024年10月28日\n一、重点任务\n1.建立项目库。各部门于7月31日前建立项目库，12月底前完成首批。（区发改委负责）\n"
    measure = parse_plan_text(text).measures[0]
    assert [d.due for d in measure.deadlines] == [date(2025, 7, 31), date(2024, 12, 31)]


def test_leap_day_and_year_end_arithmetic():
    window = Window(date(2024, 2, 29), date(2024, 12, 31))
    assert expected_pace(window, date(2024, 2, 29)) == 0.0
    assert expected_pace(window, date(2024, 12, 31)) == 100.0
    assert expected_pace(window, date(2025, 1, 1)) == 100.0  # past the due date the pace stays at 100
    assert light(date(2024, 12, 31), date(2024, 12, 31)) == Light.YELLOW
    assert light(date(2025, 1, 1), date(2024, 12, 31)) == Light.RED
