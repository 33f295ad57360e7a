"""More shapes from held-out batch 53 (session 16, real pages): a district's 规划工作分解 table copied one
cell a line by a law site, and 整改 / 曝光 notices naming the owner in other words. Each failed when written."""

from __future__ import annotations

from services.plans.parser import parse_plan_text


def _owners(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


_CELLS = "\n\n".join(
    [
        "“十一五”规划工作分解之四：社会事业发展",
        *("序号", "项目", "类别", "具 体 内 容", "牵头", "部门", "相关责任部门", "完成", "时间"),
        *("108", "继续全面推进素质教育", "教育局", "各街道、镇", "2010年"),
        *("109", "深化推进二期课程教材改革", "教育局", "相关部门", "2010年"),
        *("110", "加强0-3岁婴幼儿教育", "教育局", "人口计生委等相关部门", "2010年"),
        *("序号", "项目", "类别", "具 体 内 容", "牵头", "部门", "相关责任部门", "完成", "时间"),
        *("111", "构建疾病预防控制二级网络", "卫生局", "各街道、镇", "2010年"),
        *("112", "预防和控制各种传染性疾病", "卫生局", "各街道、镇", "2010年"),
    ]
)


def test_a_table_one_cell_a_line_whose_empty_columns_the_copy_left_out() -> None:
    """牵头 / 部门 is one label a narrow cell broke; 项目 and 类别 are empty in every row, so the rows have
    five cells under seven labels; the header printed again on the next page goes on with the same table."""
    assert _owners(_CELLS) == [
        ("108", ["教育局"], ["各街道、镇"]),
        ("109", ["教育局"], ["相关部门"]),
        ("110", ["教育局"], ["人口计生委"]),
        ("111", ["卫生局"], ["各街道、镇"]),
        ("112", ["卫生局"], ["各街道、镇"]),
    ]


def test_a_patrol_notice_whose_owner_is_to_urge_the_mending() -> None:
    text = (
        "11月8日市容环境综合整治情况的通报\n县双创办对市容环境综合整治工作进行了巡查，发现存在以下问题亟待整改：\n"
        "1、广伟商城户外宣传广告破损。\n整改措施：由县住建局督促商户更换。\n"
        "2、新正街人行道多处水果摊贩流动经营。\n整改措施：由联合执法工作组负责整治。\n"
        "3、河滨南路县国税局外绿化带有住户晾晒坐垫。\n\n整改措施：由包片单位县民政局督促住户移走晾晒的坐垫。\n"
        "请各责任单位按整改要求尽快整改落实。\n"
    )
    assert _owners(text) == [("1", ["县住建局"], []), ("2", ["联合执法工作组"], []), ("3", ["县民政局"], [])]


def test_the_label_of_whose_unit_it_is_in_a_sentence() -> None:
    """`华声小区的责任单位是市人社局` / `其责任单位为海城区政府`: the label after whose it is."""
    from services.plans.parser.clause_spans import clauses_in

    for text, unit in [
        ("华声小区的责任单位是市人社局，该小区的垃圾桶无分类标识。", "市人社局"),
        ("在广东路和重庆路交汇处附近有垃圾堆放，其责任单位为海城区政府。", "海城区政府"),
    ]:
        assert [said.lead_units for _, said in clauses_in(text)] == [(unit,)]


def test_a_progress_notice_grouped_under_its_units_counts() -> None:
    """Blind set K: `区住房城乡建设局（3项）` unnumbered over its lagging items, numbered again under each
    unit; two units share one heading."""
    text = (
        "关于区政府工作报告目标任务三季度推进情况的通报\n一、总体推进情况\n92项目标任务中，进展滞后4项。\n"
        "二、进展滞后的目标任务\n区发展改革委（1项）\n1.第21项：推进综合能源服务中心建设。目前尚未立项。\n"
        "区住房城乡建设局（2项）\n1.第47项：完成老旧小区改造18个。目前开工11个。\n2.第49项：新增保障性租赁住房1200套。\n"
        "区教育局、区卫生健康委（1项）\n1.第66项：推进医教融合示范区建设。\n三、下步工作要求\n各责任单位要认真分析原因。\n"
    )
    assert _owners(text) == [
        ("1", ["区发展改革委"], []),
        ("1", ["区住房城乡建设局"], []),
        ("2", ["区住房城乡建设局"], []),
        ("1", ["区教育局", "区卫生健康委"], []),
    ]
