"""Short samples of the shapes held-out batch 8 brought (tests/data/plans/heldout8, now in the corpus)."""

from services.plans.parser import parse_plan_text


def _measures(text: str):
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_lost_full_width_indents_do_not_hide_the_numbering() -> None:
    text = (
        "某區營商環境建設行動方案\n"
        "??一、讓企業辦事更省心\n"
        "??1.提升線上服務友好度,推進區級政務服務事項網上辦理。(責任單位:區府辦、區行政服務中心)\n"
        "??2.推廣遠程身份核驗、電子簽章等應用。(責任單位:區府辦、區科委)\n"
    )
    assert _measures(text) == [
        ("1", ["區府辦", "區行政服務中心"], []),
        ("2", ["區府辦", "區科委"], []),
    ]


def test_a_form_of_label_and_value_lines_is_read_as_a_measure_and_its_clause() -> None:
    text = (
        "重点工作: | 135.统筹违法建设治理与城市更新,促进违法建设科学分类治理。 |\n"
        "牵头单位: | 市城市管理综合执法局 |\n"
        "年度阶段性工作目标: | 第一季度:印发工作方案。第四季度:确保超额完成年度工作任务。 |\n"
    )
    assert _measures(text) == [("135", ["市城市管理综合执法局"], [])]


def test_a_row_whose_task_spans_the_next_column_keeps_its_units_in_place() -> None:
    # 主要任务 and 全年目标任务 are one cell in this row; the row is as long as the header because its
    # last cells are blank.
    text = (
        "2023年区政府重点民生实事项目推进情况\n"
        "序号 |\n主要任务 |\n全年目标任务 |\n分管领导 |\n牵头单位 |\n责任主体与协同单位 |\n推进情况 |\n说明 |\n"
        "1 |\n新建公共停车泊位500个。 |\n张某某 |\n城管局 |\n市政局、相关街道 |\n已完成。 |\n||\n"
        "2 |\n改造老旧小区10个。 |\n全年完成 |\n张某某 |\n住建局 |\n各街道 |\n已开工。 |\n无 |\n"
    )
    assert _measures(text) == [
        ("1", ["城管局"], ["市政局", "相关街道"]),
        ("2", ["住建局"], ["各街道"]),
    ]


def test_a_table_drawn_with_heavy_box_lines_is_read_like_a_light_one() -> None:
    text = (
        "某省重点任务分工\n"
        "┏━━━┳━━━━━━━━━━━━┳━━━━━━━━┓\n"
        "┃序号 ┃ 工作任务 ┃ 责任单位 ┃\n"
        "┣━━━╋━━━━━━━━━━━━╋━━━━━━━━┫\n"
        "┃ 1 ┃实施低收入农户青少年 ┃团省委、省教 ┃\n"
        "┃ ┃助困工程。 ┃育厅 ┃\n"
        "┣━━━╋━━━━━━━━━━━━╋━━━━━━━━┫\n"
        "┃ 2 ┃实施助学工程。 ┃省民政厅 ┃\n"
        "┗━━━┻━━━━━━━━━━━━┻━━━━━━━━┛\n"
    )
    assert _measures(text) == [("1", ["团省委", "省教育厅"], []), ("2", ["省民政厅"], [])]
