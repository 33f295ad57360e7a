"""A table's row as a PDF's text layer gives it (services/plans/parser/pdf_rows.py) may break over a page:
the blank line a copy leaves there does not end the row while its unit is still to come — else the
rest of the row's text is lost and the row takes the unit of the row above."""

from services.plans.parser import parse_plan_text


def test_a_row_broken_by_a_blank_line_before_its_unit_keeps_its_text_and_its_unit() -> None:
    text = (
        "某自治区2019年民生项目表\n"
        "项目名称 合计 2019年目标任务 牵头单位 备注\n"
        "（一）城乡居民基本 养老保险项目\n"
        "100 为符合条件的城乡居民发放基础养老金。 自治区人社厅\n"
        "（二）城乡低保 救助项目\n"
        "200 对城乡低保对象按月发放救助金。\n"
        "\n"
        "提高城乡低保标准，农村低保标准不低于4500元。 自治区民政厅\n"
        "（三）特困人员 供养项目\n"
        "300 为特困人员发放基本生活费。 自治区民政厅\n"
    )
    measures = parse_plan_text(text).measures
    assert [(m.number, list(m.lead_units)) for m in measures] == [
        ("一", ["自治区人社厅"]),
        ("二", ["自治区民政厅"]),
        ("三", ["自治区民政厅"]),
    ]
    assert "农村低保标准不低于4500元" in measures[1].text


def test_a_blank_line_after_a_row_with_its_unit_still_ends_it() -> None:
    text = (
        "某自治区2019年民生项目表\n"
        "项目名称 合计 2019年目标任务 牵头单位 备注\n"
        "（一）城乡居民基本 养老保险项目\n"
        "100 为符合条件的城乡居民发放基础养老金。 自治区人社厅\n"
        "（二）城乡低保 救助项目\n"
        "200 对城乡低保对象按月发放救助金。 自治区民政厅\n"
        "\n"
        "各项目资金由自治区财政厅统筹安排。\n"
    )
    measures = parse_plan_text(text).measures
    assert [(m.number, list(m.lead_units)) for m in measures] == [
        ("一", ["自治区人社厅"]),
        ("二", ["自治区民政厅"]),
    ]
    assert "统筹安排" not in measures[1].text
