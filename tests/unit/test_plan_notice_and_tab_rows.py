"""Blind set J (session 16): a 督办通知 asking units by name, and a Word table pasted as tab columns whose
cells broke over lines between part rows, a repeated header and a page number. Each failed when written."""

from __future__ import annotations

from services.plans.parser import parse_plan_text


def _owners(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_a_notice_asking_a_unit_names_the_unit_without_the_asking_word() -> None:
    """`五、请梨树镇人民政府负责…`: the unit is 梨树镇人民政府, not 请梨树镇人民政府."""
    text = (
        "督办通知\n县交通运输局、县住建局、梨树镇人民政府：\n现将有关事项督办如下：\n"
        "一、请县交通运输局牵头，会同县公安局交警大队，于9月30日前完成中心街交通组织优化方案。\n"
        "二、请县住建局负责中心街两侧人行道改造，县城管局配合做好沿街占道经营清理工作。\n"
        "三、请梨树镇人民政府负责做好施工期间沿街商户的解释疏导工作。\n"
    )
    assert _owners(text) == [
        ("一", ["县交通运输局"], ["县公安局交警大队"]),
        ("二", ["县住建局"], ["县城管局"]),
        ("三", ["梨树镇人民政府"], []),
    ]


def test_a_tab_table_whose_cells_broke_over_lines_between_part_rows() -> None:
    text = (
        "2021年区政府工作报告重点工作责任分工\n序号\t工作任务\t牵头单位\t责任单位\n一、主要预期目标\n"
        "1\t地区生产总值增长8%左右\t区发改委\t区统计局\n"
        "2\t规模以上工业增加值增长9%左右，新增规上工业企业\n30家以上\t区工信局\t各乡镇（街道）\n"
        "二、聚焦项目建设\n"
        "3\t加快推进高铁新区开发建设，完成征地拆迁3000亩，启\n动片区路网建设\t区高铁新区管委会\t区自然资源局、区财政\n局\n"
        "— 3 —\n序号\t工作任务\t牵头单位\t责任单位\n"
        "4\t争取地方政府专项债券资金20亿元以上\t区财政局、区发改委\t各项目业主单位\n"
    )
    assert _owners(text) == [
        ("1", ["区发改委"], ["区统计局"]),
        ("2", ["区工信局"], ["各乡镇（街道）"]),
        ("3", ["区高铁新区管委会"], ["区自然资源局", "区财政局"]),
        ("4", ["区财政局", "区发改委"], ["各项目业主单位"]),
    ]


def test_a_tab_tables_cells_wrapped_onto_a_line_without_the_number() -> None:
    """Blind set K: a Word table pasted with tabs whose narrow cells wrapped (`县住房城乡` / `建设局、各镇`,
    `县住房城乡建设` / `局`): the wrapped line is the row's, not a row of its own."""
    text = (
        "县2024年推进县城镇村高质量发展工作任务清单\n序号\t重点任务\t牵头单位\t责任单位\t完成时限\n"
        "1\t编制县域城镇化发展规划，明确县城、中心镇、\t县发展改革局\t县自然资源局、县住房城乡\t2024年\n"
        "\t专业镇、特色镇功能定位\t\t建设局、各镇\t6月底\n"
        "2\t推进县城扩容提质，完成县城污水管网改造\t县住房城乡建设\t县财政局、县城投公司\t2024年\n\t20公里\t局\t\t12月底\n"
        "3\t实施中心镇综合服务能力提升工程\t县委农办\t各镇\t2024年12月底\n"
    )
    assert _owners(text) == [
        ("1", ["县发展改革局"], ["县自然资源局", "县住房城乡建设局", "各镇"]),
        ("2", ["县住房城乡建设局"], ["县财政局", "县城投公司"]),
        ("3", ["县委农办"], ["各镇"]),
    ]
