"""Short samples of the rules held-out batch 12 asked for; each made up, each fails without its rule."""

from services.plans.parser import parse_plan_text


def _measures(text: str):
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_a_sentence_naming_the_lead_after_you_and_the_others_after_huitong() -> None:
    text = (
        "关于落实若干政策措施部门分工的通知\n一、分工\n"
        "（一）关于严守耕地保护红线的问题，由自然资源部会同农业农村部等部门负责落实。\n"
        "（二）关于粮食安全的问题，由发展改革委会同财政部、粮食局研究提出落实意见。\n"
    )
    assert _measures(text) == [
        ("一", ["自然资源部"], ["农业农村部"]),
        ("二", ["发展改革委"], ["财政部", "粮食局"]),
    ]


def test_a_sentence_with_you_that_names_no_unit_is_no_clause() -> None:
    text = "某区工作方案\n一、重点任务\n1.推进项目建设，由于资金紧张，由此带来的困难要及时解决。\n"
    assert _measures(text) == [("1", [], [])]


def test_a_naming_note_inside_a_unit_list_is_no_unit() -> None:
    text = (
        "某市政务公开工作要点\n一、重点工作\n（一）推进财政信息公开。（牵头单位：市财政局，责任单位：各县（区）政府、"
        "经开区管委会，以下统称各县（区）政府，市政府各部门）\n"
    )
    assert _measures(text) == [("一", ["市财政局"], ["各县（区）政府", "经开区管委会", "市政府各部门"])]


def test_a_heading_that_names_its_lead_gives_it_to_the_points_under_it() -> None:
    text = (
        "某县若干政策\n一、扩大有效投资政策（由县发改局牵头实施）\n聚焦九大工程，实施项目服务提升年行动。\n"
        "1.加大财政支持力度。县财政统筹安排资金37.4亿元。\n2.强化要素保障。（县自然资源局负责）\n"
        "二、促进消费政策\n1.发放消费券。\n"
    )
    measures = parse_plan_text(text).measures
    assert [(m.number, list(m.lead_units)) for m in measures] == [
        ("1", ["县发改局"]),
        ("2", ["县自然资源局"]),  # its own clause wins
        ("1", []),  # the next heading names nobody: nothing carries over it
    ]
    assert any("上级标题" in doubt for doubt in measures[0].doubts)


def test_a_progress_column_between_the_task_and_the_unit_is_a_column_of_its_own() -> None:
    cells = ["序号", "项目内容", "当前进度", "牵头单位", "备注",
             "1", "新建公办园5所。", "80%(一所进度滞后)", "县教育局", "市民生实事",
             "2", "建设四好农村路55公里。", "95%", "县交通局", "县民生实事"]  # fmt: skip
    text = "某县民生实事项目进度表\n" + "\n\n".join(cells) + "\n"
    assert _measures(text) == [("1", ["县教育局"], []), ("2", ["县交通局"], [])]


def test_indicator_lines_that_say_their_unit_in_a_sentence_are_measures() -> None:
    text = (
        "某区县域经济考核指标情况\n一、考核指标设置情况\n"
        "规模以上工业增加值：增长8%（依据区人代会目标设置），责任单位为区经信局；\n"
        "服务业增加值：增长8%（高于市平均水平），责任单位为区发改委；\n"
    )
    assert [lead for _, lead, _ in _measures(text)] == [["区经信局"], ["区发改委"]]


def test_a_unit_name_a_cell_wrapped_over_two_lines_is_one_name() -> None:
    from services.plans.parser.text import split_units

    assert split_units("区新兴产业\n服务中心\n区住建局") == ["区新兴产业服务中心", "区住建局"]
    assert split_units("县财政局\n各乡镇") == ["县财政局", "各乡镇"]  # two names, each whole
    assert split_units("区新兴产业、服务中心") == ["区新兴产业", "服务中心"]  # a list's 、 is no wrap


def test_header_words_the_reader_did_not_know_are_columns_of_their_own() -> None:
    # `cell |` lines with a `|` alone before each row number (and the header); unknown words
    # (建设地点, 年度投资金额) are columns of their own; traditional 內容 reads as 内容.
    cells = ["序號", "項目名稱", "建設地點", "2024年建設內容", "年度投資金額", "責任單位",
             "1", "中小學運動場改造項目", "相關鎮", "改造3所學校運動場。", "300", "教體局",
             "2", "城北小學門前道路建設項目", "紙坊街道", "建成道路延伸段。", "300", "住建局"]  # fmt: skip
    lines = ["某縣十大民生實事項目清單 |", "||||||"]
    for cell in cells:
        if cell in ("序號", "1", "2"):
            lines.append("|")
        lines.append(f"{cell} |")
    assert _measures("\n".join(lines)) == [("1", ["教體局"], []), ("2", ["住建局"], [])]
