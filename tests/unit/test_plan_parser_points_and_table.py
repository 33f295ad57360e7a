"""Work points that name nobody, then a table that gives the work out: the table's rows are the tasks.

Samples made up in the shape held-out batch 9's county bureau 政务公开工作要点 had (a `|` table under
二、重点工作任务分解 with a 负责科室 column and no 序号).
"""

from services.plans.parser import parse_plan_text


def _measures(text: str):
    return [(m.title, list(m.lead_units)) for m in parse_plan_text(text).measures]


POINTS = (
    "某局2026年政务公开工作要点\n一、工作要点\n1.深入推进政策解读，创新解读形式。\n"
    "2.注重回应关切，对群众普遍关注的热点问题及时回应。\n"
)


def test_a_task_table_after_points_without_owners_gives_the_tasks() -> None:
    text = POINTS + (
        "二、重点工作任务分解\n重点任务 | 工作内容 | 负责科室 |\n"
        "政策解读 | 对政策文件进行全面解读，创新解读形式。 | 各业务科室 |\n"
        "回应关切 | 对群众普遍关注的热点问题及时回应。 | 办公室 |\n"
    )
    measures = parse_plan_text(text).measures
    assert [list(m.lead_units) for m in measures] == [["各业务科室"], ["办公室"]]
    assert "创新解读形式" in measures[0].text  # the 工作内容 cell stays with its task


def test_a_table_of_other_work_after_points_without_owners_adds_its_rows() -> None:
    # A 重点项目 annex is more work, not the points restated: both are the plan's tasks.
    text = POINTS + (
        "附件\n项目名称 | 建设内容 | 责任单位 |\n政务大厅改造 | 完成一楼大厅适老化改造。 | 办公室 |\n"
    )
    assert [lead for _, lead in _measures(text)] == [[], [], ["办公室"]]


def test_points_without_owners_and_no_table_stay_the_measures() -> None:
    assert [lead for _, lead in _measures(POINTS)] == [[], []]


def test_points_with_owners_are_not_replaced_by_a_table() -> None:
    text = (
        "某区行动方案\n一、重点任务\n1.推进政策解读。（区政府办牵头）\n2.回应关切。（区信访局牵头）\n"
        "附件\n重点任务 | 工作内容 | 负责科室 |\n政策解读 | 全面解读。 | 各业务科室 |\n"
    )
    assert [lead for _, lead in _measures(text)] == [["区政府办"], ["区信访局"]]


def test_a_label_wrapped_before_its_bracketed_rest_is_one_header_cell() -> None:
    # 责任股室 / (单位) on two lines of a one-cell-a-line table: one column, not two.
    cells = ["序号", "指标", "工作任务", "完成时限", "责任领导", "责任股室", "(单位)", "备注",
             "1", "公共文化", "开展送文化下乡演出100场。", "12月底前", "张某", "文化股", "文化馆", "图书馆",
             "2", "推进总分馆制建设。", "12月底前", "李某", "文化馆"]  # fmt: skip
    text = "某县文化工作任务分解表\n" + "".join(f"{cell}\n" for cell in cells)
    assert [lead for _, lead in _measures(text)] == [["文化股", "文化馆", "图书馆"], ["文化馆"]]
