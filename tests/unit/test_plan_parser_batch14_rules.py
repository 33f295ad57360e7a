"""Short samples of the rules held-out batch 14 asked for; each made up, each fails without its rule."""

from services.plans.parser import parse_plan_text


def _measures(text: str):
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_a_bureau_names_its_own_offices_under_zeren_keshi() -> None:
    text = (
        "某市卫生健康委2025年工作要点\n一、加强党的建设\n"
        "1.深化理论学习。制定年度学习计划，开展专题培训。（责任科室：人事科、机关党委）\n"
        "2.强化财务管理。完善内控制度。（责任处室：规划财务处）\n"
        "3.推进依法行政。开展执法检查。（责任股室：法规股）\n"
    )
    assert _measures(text) == [
        ("1", ["人事科", "机关党委"], []),
        ("2", ["规划财务处"], []),
        ("3", ["法规股"], []),
    ]


def test_numbered_points_inside_a_bar_table_cell_stay_in_their_row() -> None:
    text = (
        "某区2025年民生实事项目\n"
        "序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |\n"
        "1 | 新建公办幼儿园3所，新增学位900个。 | 1.3月底前完成主体工程。 2.8月底前竣工交付。 | 区教育局 | 区财政局、各镇(街道) |\n"
        "2 | 新建养老服务中心2家，开展老年人健康体检2万人次。 | 1.养老服务中心：5月底前开工；10月底前建成。"
        " 2.健康体检：4月底前启动；11月底前完成全年任务。 3.适老化改造：9月底前完成200户。 | 区民政局 | 区卫生健康局、区残联 |\n"
    )
    assert _measures(text) == [
        ("1", ["区教育局"], ["区财政局", "各镇(街道)"]),
        ("2", ["区民政局"], ["区卫生健康局", "区残联"]),
    ]


def test_a_cell_a_paragraph_table_with_a_merged_category_and_co_units_one_a_paragraph() -> None:
    text = "\n\n".join(
        [
            "某县2025年民生实事任务分解方案",
            *["序号", "事项分类", "事项名称", "项目内容", "牵头单位", "协同单位"],
            *["1", "健康服务工程", "村卫生室建设", "新建村卫生室30家。", "县卫健局", "各乡镇", "县财政局"],
            *["2", "卫生院改造", "改造乡镇卫生院2家。", "县卫健局", "县发改局", "县住建局", "县财政局"],
            *["3", "养老服务工程", "老年食堂建设", "新建老年食堂12个。", "县民政局", "各乡镇"],
        ]
    )
    assert _measures(text) == [
        ("1", ["县卫健局"], ["各乡镇", "县财政局"]),
        ("2", ["县卫健局"], ["县发改局", "县住建局", "县财政局"]),
        ("3", ["县民政局"], ["各乡镇"]),
    ]
