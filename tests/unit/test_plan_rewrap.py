"""A plan's text copied out of a PDF (services/plans/parser/rewrap.py): made-up samples, each set at a
page width the way a text copy keeps it — a line broken wherever the width ran out, a page number
between pages. The first tests fail without the rewrap; the others guard what it must leave alone."""

from services.plans.parser import parse_plan_text
from services.plans.parser.model import PlanBlock
from services.plans.parser.rewrap import page_width, rewrapped, visual_width

PLAN = (
    "某区推进老旧小区改造提升行动方案\n"
    "一、主要任务\n"
    "（一）完善基础设施\n"
    "1.改造供水管网。2025年底前完成全区老旧小区供水管网改造，更新管材，实现一户一表，供水水压和水质全部达标。"
    "（牵头单位：区住建局；责任单位：区水务集团、各街道办事处）\n"
    "2.整治停车秩序。结合小区空间挖潜增设停车泊位不少于3000个，同步建设充电设施，规范停车收费管理。"
    "（牵头单位：区城管局；责任单位：区公安分局交警大队、区发改委）\n"
    "（二）提升服务水平\n"
    "3.引入物业服务。推动无物业小区引入专业化物业服务或由社区兜底管理，建立物业服务质量评价制度。"
    "（牵头单位：区住建局、区民政局；责任单位：各街道办事处）\n"
)
WANTED = [
    ("1", ["区住建局"], ["区水务集团", "各街道办事处"]),
    ("2", ["区城管局"], ["区公安分局交警大队", "区发改委"]),
    ("3", ["区住建局", "区民政局"], ["各街道办事处"]),
]


def _set_on_page(text: str, width: int, page_lines: int = 0) -> str:
    """Every paragraph broken at `width` (a digit half a character), a `— n —` after each page."""
    lines = []
    for paragraph in text.split("\n"):
        line, used = "", 0.0
        for ch in paragraph:
            wide = visual_width(ch)
            if used + wide > width:
                lines.append(line)
                line, used = "", 0.0
            line, used = line + ch, used + wide
        lines.append(line)
    if not page_lines:
        return "\n".join(lines)
    paged = []
    for number, start in enumerate(range(0, len(lines), page_lines), start=1):
        paged += [*lines[start : start + page_lines], f"— {number} —"]
    return "\n".join(paged)


def _measures(text: str):
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_the_plan_reads_the_same_written_a_paragraph_a_line() -> None:
    assert _measures(PLAN) == WANTED


def test_a_copy_broken_at_the_page_width_reads_like_the_plan() -> None:
    copied = _set_on_page(PLAN, 20)
    assert "（牵头单位：区住建局；责任单位：区水务集团、各街道办事处）" not in copied.split("\n")
    assert _measures(copied) == WANTED


def test_a_clause_cut_at_a_colon_at_the_width_is_joined() -> None:
    # The colon ends the line only because the width ran out; a label line's colon would not be full.
    lines = [
        "1.改造供水管网。2025年底前完成全区老旧小区供水管网改造（牵头单位：",
        "区住建局）",
        *["某区某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某" for _ in range(6)],
    ]
    assert page_width([PlanBlock(line) for line in lines]) is not None
    assert rewrapped([PlanBlock(line) for line in lines])[0].text.endswith("（牵头单位：区住建局）")


def test_page_numbers_between_the_lines_are_dropped() -> None:
    assert _measures(_set_on_page(PLAN, 20, page_lines=4)) == WANTED


def test_a_narrower_page_and_indented_paragraphs() -> None:
    copied = "\n".join(
        "\u3000\u3000" + line if line[:1].isdigit() or (line[:1] == "（" and line[1:2] in "一二") else line
        for line in _set_on_page(PLAN, 16).split("\n")
    )
    assert _measures(copied) == WANTED


def test_a_plan_written_a_paragraph_a_line_has_no_page_width() -> None:
    blocks = [PlanBlock(line) for line in PLAN.split("\n")]
    assert page_width(blocks) is None
    assert [b.text for b in rewrapped(blocks)] == PLAN.split("\n")


def test_a_table_copied_one_cell_a_line_keeps_its_cells_and_bare_numbers() -> None:
    # A bare 2 is as likely the next row's 序号 as a page number; short cells are no page width.
    cells = [
        "序号",
        "工作任务",
        "牵头单位",
        "1",
        "改造供水管网20公里",
        "区住建局",
        "2",
        "新增停车泊位3000个",
        "区城管局",
    ]
    blocks = [PlanBlock(cell) for cell in cells]
    assert [b.text for b in rewrapped(blocks)] == cells


def test_a_numbered_line_at_the_width_starts_its_own_paragraph() -> None:
    full = "某" * 20
    lines = [full, full, full + "。", "2.第二项措施", full, full, full, full]
    texts = [b.text for b in rewrapped([PlanBlock(line) for line in lines])]
    assert texts[0] == full * 3 + "。"
    assert texts[1].startswith("2.第二项措施")


def test_a_pinyin_gloss_in_full_width_brackets_is_dropped_from_a_name() -> None:
    # A mirror site's gloss, copied into Word, where the brackets became full-width.
    text = "某市2023年重点工作分工\n一、稳增长\n1.扩大有效投资。（牵头单位：市發（fā）展改革委；责任单位：市統（tǒng）計局）\n"
    assert _measures(text) == [("1", ["市發展改革委"], ["市統計局"])]


def test_the_page_width_is_the_widest_one_many_lines_reach() -> None:
    # Label lines repeated under every measure (牵头领导：省政府分管领导同志) are many and alike; the
    # page's width is still the wider one the wrapped paragraphs reach, and no line passes.
    full = "某" * 30
    lines = [full, full, full, full, full, full[:-1] + "。"]
    for _ in range(5):
        lines += ["牵头领导：区政府分管领导", "牵头单位：区发展改革委员", "1.地区生产总值增长5%以上。"]
    assert page_width([PlanBlock(line) for line in lines]) == 30.0


def test_a_table_copied_one_cell_a_line_with_tasks_of_one_length_is_no_wrapped_page() -> None:
    # Seven task cells of 15 characters look like lines at a width; but a page wraps a paragraph onto
    # full lines one after another, and here a unit's and a date's cell stand between every two.
    rows = [
        ("1", "推进老旧小区改造提升完成五十个", "区住建局"),
        ("2", "实施背街小巷整治完成道路三十条", "区城管局"),
        ("3", "建设社区嵌入式服务设施六百个", "区卫健委"),
        ("4", "开展农贸市场标准化改造八个市场", "区商务局"),
        ("5", "推动公共充电设施建设一千五百个", "区发改委"),
        ("6", "实施城市排水管网改造二十公里长", "区水务局"),
        ("7", "开展校园周边环境治理十所学校园", "区教育局"),
    ]
    text = "某区2024年城市更新重点任务分解表\n序号\n工作任务\n牵头单位\n完成时限\n" + "\n".join(
        f"{seq}\n{task}\n{unit}\n2024年底" for seq, task, unit in rows
    )
    assert page_width([PlanBlock(line) for line in text.split("\n")]) is None
    assert _measures(text) == [(seq, [unit], []) for seq, _task, unit in rows]


def test_a_table_pasted_with_a_blank_line_after_every_cell_keeps_its_rows() -> None:
    # A web table copied one cell a paragraph parts its rows by a blank line; pasted with a blank line
    # after every paragraph, the cells are parted by one and the rows by two.
    cells = [["序号", "工作任务", "牵头单位"]] + [
        [str(n), f"新建社区{name}服务中心{n}个", unit]
        for n, name, unit in ((1, "养老", "区民政局"), (2, "托育", "区卫健委"), (3, "文化", "区文旅局"))
    ]
    text = "某区2024年民生实事项目表\n\n\n" + "\n\n\n".join("\n\n".join(row) for row in cells)
    assert _measures(text) == [("1", ["区民政局"], []), ("2", ["区卫健委"], []), ("3", ["区文旅局"], [])]


def test_blank_lines_are_kept_where_lines_of_text_also_stand_together() -> None:
    # Only a copy with a blank line after *every* paragraph has blank lines that say nothing.
    lines = ["序号", "工作任务", "", "1", "新建社区养老服务中心", "", "2", "新建托育机构"]
    assert [b.text for b in rewrapped([PlanBlock(line) for line in lines])] == lines


def test_a_plan_with_a_blank_line_after_every_paragraph_reads_as_written() -> None:
    assert _measures("\n\n".join(PLAN.split("\n"))) == WANTED


def test_a_bar_table_pasted_with_a_blank_line_after_every_line_reads_like_the_copy_without() -> None:
    # A web table copied as `cell` / `|` lines; pasted again with a blank line after every line.
    cells = ["工作任务", "具体要求", "责任科室", "时限要求"]
    for n, (task, office) in enumerate((("规范公开文件", "办公室"), ("深化政策解读", "各科室")), start=1):
        cells += [task, str(n), f"全面完成{task}工作，并向社会公布。", office, "年底前"]
    copy = "\n|\n".join(cells)
    assert _measures(copy) == [("1", ["办公室"], []), ("2", ["各科室"], [])]
    assert _measures("\n\n".join(copy.split("\n"))) == _measures(copy)
