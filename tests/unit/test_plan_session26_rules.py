"""Session 26: shapes of real documents (set AS, read after its blind figure) that the reader read wrong.
Each failed when written unless its docstring says it guards. The samples are made up, one family each."""

from __future__ import annotations

import pytest

from services.errors import PlanWithoutMeasures
from services.plans.parser import parse_plan_text
from services.plans.parser.run_on import joined_paragraphs
from services.plans.parser.run_on_headings import headings_then_first


def _owners(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


# An annex's 整改清单 flattened into one line: each item's fields run together, the deadline's value glued to
# the 责任单位 label after it.
_DEADLINE_THEN_UNITS = (
    "某县农村改革领导小组办公室关于印发督查反馈问题整改方案的通知 各乡镇，县直各相关单位：现将整改方案印发给你们。"
    " 附件 问题整改清单 一、清产核资数据填报不规范（一）有的地方宅基地面积填报缺数。整改措施：加快推进地籍调查。"
    "整改期限：2020年5月31日责任单位：县资源局、行政服务中心、农业农村局，各乡镇（二）资产负债表没有分析填列。"
    "整改措施：加强业务培训。整改期限：持续推进责任单位：县农业农村局、农经中心，各乡镇"
    " 二、群众权益没有得到有效保障（一）确认成员身份时直接排除外嫁女。整改措施：开展回头看。完成时限：2020年9月30日"
    "责任单位：各乡镇、县农业农村局"
)


def test_a_deadline_field_glued_to_the_units_label_after_it_leaves_the_units_read() -> None:
    """`整改期限：2020年5月31日责任单位：X、Y` / `完成时限：持续推进责任单位：…`: the deadline's value stops where the
    units' label begins; with only 责任单位 and no rule, every unit listed answers for the item."""
    assert _owners(_DEADLINE_THEN_UNITS) == [
        ("一", ["县资源局", "行政服务中心", "农业农村局", "各乡镇"], []),
        ("二", ["县农业农村局", "农经中心", "各乡镇"], []),
        ("一", ["各乡镇", "县农业农村局"], []),
    ]


def test_a_deadline_field_does_not_borrow_the_next_points_units() -> None:
    """Guard: `时间要求：8月15日。二是…责任单位：X` — the units after the deadline's sentence are the next point's,
    so the deadline's line is no clause line of its own (a 宣传 plan's points in words: each point with its own
    units is a measure of its topic; a topic with one point stays a measure)."""
    text = (
        "某区宣传工作责任分工\n一、专题宣传\n1.基础设施专题：一是交通设施变化。宣传要点：路网形成。责任单位：区交建局。"
        "时间要求：平潭时报，8月15日；平潭网，8月10日。二是市政设施完善。宣传要点：供水保障。责任单位：区交建局。\n"
        "2.社会事业专题：一是民生保障。宣传要点：教育医疗。责任单位：区教育局。时间要求：8月16日。\n"
    )
    assert _owners(text) == [("一", ["区交建局"], []), ("二", ["区交建局"], []), ("2", ["区教育局"], [])]


# A 消防安全责任制实施细则: articles over their duties, the subject of each article a body.
_ARTICLES_OVER_DUTIES = "\n".join(
    [
        "某区消防安全责任制实施细则",
        "第一章　总则",
        "第一条　为健全落实消防安全责任制，制定本实施细则。",
        "第二章　区政府、镇政府消防工作职责",
        "第七条　区政府应当落实消防工作责任制，履行下列职责：",
        "（一）贯彻执行国家法律法规和方针政策。",
        "（二）将消防工作纳入经济社会发展总体规划。",
        "第八条　镇政府消防工作职责：",
        "（一）建立消防安全组织，明确专人负责消防工作。",
        "（二）安排必要的资金，用于公共消防设施建设。",
        "第三章　区政府工作部门消防安全职责",
        "第十条　区政府工作部门应当在各自职责范围内履行下列共同职责。",
        "（一）将消防安全内容纳入行业安全监管范围。",
        "（二）依法审查涉及消防安全的行政许可。",
        "第十一条　区政府工作部门按照职责分工依法履行消防工作职责。",
        "（一）区应急管理局负责依法对危险化学品企业实施监督。",
        "（二）区发展和改革委员会应当将消防工作纳入中长期规划。",
    ]
)


def test_an_articles_subject_owns_the_duties_listed_under_it() -> None:
    """`第七条 区政府应当落实…，履行下列职责：` / `第八条 镇政府消防工作职责：` / `第十条 X应当…履行下列共同职责。`:
    the body the article opens on answers for each （一）… under it. `第十一条 …依法履行消防工作职责。` stands over
    its own （一）…, so the 第十条 body gives them nothing: each names its own, or none."""
    assert _owners(_ARTICLES_OVER_DUTIES) == [
        ("一", ["区政府"], []),
        ("二", ["区政府"], []),
        ("一", ["镇政府"], []),
        ("二", ["镇政府"], []),
        ("一", ["区政府工作部门"], []),
        ("二", ["区政府工作部门"], []),
        ("一", ["区应急管理局"], []),
        ("二", [], []),
    ]


def test_an_article_that_is_a_duty_of_its_own_stays_a_measure() -> None:
    """Guard: `第四条 县住建局负责…。` with no （一） under it is a measure (the article's own duty), and
    `第五条 本办法由县民政局负责解释。` is none."""
    text = (
        "某县农村住房建设管理办法\n第一条 为加强管理，制定本办法。\n第四条 县住建局负责全县农村住房建设的监督管理。\n"
        "第五条 县自然资源局负责农村宅基地的规划审批。\n第六条 本办法由县民政局负责解释。\n"
    )
    assert _owners(text) == [("四", ["县住建局"], []), ("五", ["县自然资源局"], [])]


# A township office's plan on one line: each item closes on `责任处室（单位）：X、Y` after a blank, glued to the
# next item's number.
_NOTED_LABEL_RUN_ON = (
    "某片区加强道路交通安全综合整治工作实施方案\n"
    "一、工作目标通过一年整治，事故四项指数全面下降。二、工作内容（一）健全道安管理责任工作机制1.构建道安工作机制。"
    "健全例会制度。 责任处室（单位）：局整治办、道安办、交通与建设处2.提升协调督导作用。压实道安工作责任。"
    " 责任处室（单位）：局整治办、道安办、各处室（二）健全隐患排查工作机制1.重点隐患路段排查整治。"
    "交通与建设处要协助配合区交建局完成整治。责任处室（单位）：交通与建设处 2.农村临水临崖隐患整治。推进专项整治。"
    "责任处室（单位）：交通与建设处、经济发展处3.日常道路安全隐患排查。每月排查一次。责任处室：交通与建设处\n"
)


def test_a_units_label_with_its_note_closes_the_item_in_a_run_on_line() -> None:
    """`。 责任处室（单位）：X、Y2.…` / `。责任处室（单位）：X 2.…`: the label's （单位） note and the blank after the
    full stop do not hide the clause; its units end at the next item's number."""
    assert _owners(_NOTED_LABEL_RUN_ON) == [
        ("1", ["局整治办", "道安办", "交通与建设处"], []),
        ("2", ["局整治办", "道安办", "各处室"], []),
        ("1", ["交通与建设处"], []),
        ("2", ["交通与建设处", "经济发展处"], []),
        ("3", ["交通与建设处"], []),
    ]


def test_a_units_label_with_its_note_on_a_line_of_its_own_is_a_clause_line() -> None:
    """`责任处室（单位）：X` / `责任单位（部门）：X` under an item, on its own line."""
    text = (
        "某片区整治方案\n一、工作内容\n（一）健全机制\n1.构建工作机制。健全例会制度。\n责任处室（单位）：局整治办、交通与建设处\n"
        "2.提升督导作用。压实责任。\n责任单位（部门）：局整治办、各处室\n"
    )
    assert _owners(text) == [("1", ["局整治办", "交通与建设处"], []), ("2", ["局整治办", "各处室"], [])]


def test_unnumbered_cards_keep_their_last_card_when_a_place_opens_its_problem() -> None:
    """`下墩村 存在问题:…` over `责任单位:X`: a place, a blank, then its problem — no field label of a card (a
    label has no blank inside), so the last problem is a measure as the ones before it are."""
    text = (
        "某县创建文明城市第25次督查曝光\n8月7日，某县开展督查，现将问题曝光如下。\n"
        "县人民医院 存在问题:室外仓储间物品摆放杂乱。\n责任单位:县卫生健康局\n"
        "寺脚社区 存在问题:对面空地上堆放有建筑垃圾。\n责任单位:某街道\n"
        "下墩村 存在问题:村内卫生死角较多。\n责任单位:某街道\n"
    )
    assert _owners(text) == [("", ["县卫生健康局"], []), ("", ["某街道"], []), ("", ["某街道"], [])]


def test_a_rows_units_merged_from_above_are_not_the_next_groups_labels() -> None:
    """A one-cell-a-line 重点任务清单 (任务类型 | 序号 | 工作任务 | 推进单位) whose 推进单位 is printed once over a block:
    row 3 has no unit cell of its own, and the next group's labels (`行动二：…` and its sub-category) stand
    where its units would — they are no units; the row takes the block's units from above."""
    cells = [
        "某区城市更新行动方案",
        "附件",
        "重点任务清单",
        "任务类型",
        "序号",
        "工作任务",
        "推进单位",
        "行动一：重塑美丽新居行动",
        "旧住房更新改造",
        "1",
        "推进老旧住房成套改造。",
        "区房管局、区旧改总办、各相关街镇",
        "2",
        "加快推进各类旧住房更新改造。",
        "3",
        "完成既有多层住宅加装电梯700台",
        "行动二：智创和谐新境行动（公共空间设施优化行动）",
        "公共服务设施提升改造",
        "4",
        "建设国际一流高品质公共服务设施。",
        "区体育局、区规划资源局",
        "5",
        "启动推进基础教育校园建设项目。",
        "区教育局、区建设管理委",
    ]
    leads = [lead for _, lead, _ in _owners("\n\n".join(cells))]
    assert leads[2] == ["区房管局", "区旧改总办", "各相关街镇"]
    assert leads[3:] == [["区体育局", "区规划资源局"], ["区教育局", "区建设管理委"]]


def test_a_work_points_heading_in_two_halves_run_into_its_first_item_is_cut_from_it() -> None:
    """`二、坚持服务大局普法，着力营造…的法治环境4.深入…`: a 工作要点's heading whose two halves a comma joins, run into the
    first item of its part (numbered on from the part before), is the part's heading, not the item before's words."""
    text = (  # a page stored as one line
        "某片区2023年普法依法治理工作要点\n"
        "一、深入学习宣传贯彻习近平法治思想1.坚持把学习宣传党的二十大精神作为首要任务，全面系统学习领会。2.强化学习宣传研究阐释，"
        "组织普法讲师团开展主题宣讲活动。二、坚持服务大局普法，着力营造尊法学法守法用法的法治环境3.深入开展国家宪法日集中宣传，"
        "组织开展宪法进万家活动。4.加大民法典宣传力度，开展民法典宣传月活动。三、突出重点对象普法，着力提升公民法治素养"
        "5.配合区政法工作部推进公民法治素养提升行动。\n"
    )
    assert [number for number, _, _ in _owners(text)] == ["1", "2", "3", "4", "5"]


def test_review_an_articles_subject_is_the_whole_name_and_never_a_persons_post() -> None:
    """The review's probes: `第九条 县人民政府办公室履行下列职责：` / `县消防安全委员会办公室职责：` / `县卫生健康委员会消防工作职责：`
    / `县公安局交警大队职责：` name the whole body (not 县人民政府 / 县消防安全委 / 县卫生健康委 / 县公安局);
    `区政府主要负责人职责：` is a person's duties, no body's."""
    articles = [
        ("第八条　县消防安全委员会办公室职责：", ["县消防安全委员会办公室"]),
        ("第九条　县人民政府办公室履行下列职责：", ["县人民政府办公室"]),
        ("第十条　县卫生健康委员会消防工作职责：", ["县卫生健康委员会"]),
        ("第十一条　县公安局交警大队职责：", ["县公安局交警大队"]),
        ("第十二条　区政府主要负责人职责：", []),
    ]
    lines = ["某县消防安全责任制实施细则", "第一条　为了加强管理，制定本细则。"]
    for article, _ in articles:
        lines += [article, "（一）研究部署有关工作。", "（二）组织开展检查考核。"]
    leads = [lead for _, lead, _ in _owners("\n".join(lines))]
    assert leads == [lead for _, lead in articles for _ in range(2)]


def test_review_a_short_unit_before_the_next_groups_labels_stays_the_rows() -> None:
    """The review's probe: row 2's own unit `各区` (no organisation's ending) stands before the next group's labels;
    it is the row's unit, not a label to drop for the units from above."""
    cells = [
        "某市城市更新行动方案", "附件", "任务清单", "任务类型", "序号", "工作任务", "推进单位",
        "行动一：城市更新行动", "1", "推进城中村改造", "市住建局", "2", "实施老旧街区微改造", "各区",
        "行动二：历史文化保护行动", "历史建筑修缮", "3", "修缮历史建筑30处", "市规划资源局",
    ]  # fmt: skip
    assert [lead for _, lead, _ in _owners("\n\n".join(cells))] == [["市住建局"], ["各区"], ["市规划资源局"]]


def test_review_a_deadline_field_after_the_units_closes_the_item_before_a_glued_number() -> None:
    """The review's case: `…责任单位：各乡镇。时间要求：3月底前2.推进…` — the deadline field closes the item's clause, so
    the number glued to its value starts the next item."""
    text = (
        "某县人居环境整治工作方案\n一、重点任务 1.开展村庄清洁行动。责任单位：各乡镇。时间要求：3月底前2.推进农村厕所改造。"
        "责任单位：县农业农村局。时间要求：6月底前3.开展垃圾治理行动。责任单位：县城管局。时间要求：9月底前\n"
    )
    assert _owners(text) == [("1", ["各乡镇"], []), ("2", ["县农业农村局"], []), ("3", ["县城管局"], [])]


def test_review_an_articles_duty_with_yingdang_names_its_body() -> None:
    """The review's case: `第四条 县水利局应当加强…。` is that bureau's duty as `第五条 X负责…` is; an article that
    only asks a body to help (`居民委员会应当协助…`) and the 办法's own interpretation are none. (Nor is
    `公安、工商等部门应当…通报`, a request to kinds of body: session 20's test of a 规定 holds that.)"""
    text = (
        "某县河道管理办法\n第一条 为加强河道管理，制定本办法。\n第四条 县水利局应当加强河道日常巡查。\n"
        "第五条 县卫生健康局负责河道周边环境卫生。\n第六条 县财政局应当将河道管护经费纳入预算。\n"
        "第七条 居民委员会应当协助做好河道保护工作。\n第八条 本办法由县水利局负责解释。\n"
    )
    assert _owners(text) == [("四", ["县水利局"], []), ("五", ["县卫生健康局"], []), ("六", ["县财政局"], [])]


# A bureau's 普法责任清单 whose table the page ran together: the leader's and the office's cells merged down blocks.
_LAW_LIST = (
    "某局关于公布“八五”普法重点普法责任清单的通知 局机关各处室：现将责任清单予以公布。 附件 某局“八五”普法重点普法责任清单 "
    "责任单位:某局序号普法内容责任领导责任处室备注1《中华人民共和国水污染防治法》张三丰水生态环境处2021年"
    "2《福建省海洋环境保护条例》3《排污许可管理办法》（试行）李四光大气环境处2021年4《中华人民共和国环境影响评价法》"
    "5《中华人民共和国大气污染防治法》6《森林法》王晓明林业管理处2021年7《野生动物保护法》8福建省实施《中华人民共和国野生动物保护法》办法"
    "9《森林防火条例》 来源：某局"
)


def test_a_glued_list_of_laws_reads_each_law_with_its_blocks_office() -> None:
    """`序号普法内容责任领导责任处室备注1《…》张三丰水生态环境处2021年2《…》3《…》（试行）李四光大气环境处…`: each law is a row;
    the leader (a person) is no unit; the office printed on a block's first row answers for the rows under it
    (merged cells), and `福建省实施《…》办法` is a law's title, not an office. (Where a person's name and an office
    glue, a two-character name is read only if a three-character one leaves no office: every row asks for a check.)"""
    assert _owners(_LAW_LIST) == [
        ("1", ["水生态环境处"], []),
        ("2", ["水生态环境处"], []),
        ("3", ["大气环境处"], []),
        ("4", ["大气环境处"], []),
        ("5", ["大气环境处"], []),
        ("6", ["林业管理处"], []),
        ("7", ["林业管理处"], []),
        ("8", ["林业管理处"], []),
        ("9", ["林业管理处"], []),
    ]
    measures = parse_plan_text(_LAW_LIST).measures
    assert measures[7].title.startswith("福建省实施《中华人民共和国野生动物保护法》办法")
    assert all(measure.doubts for measure in measures)  # the merged cells read by position: asked to check


def test_a_duty_lists_company_with_a_colon_and_any_duty_verb_names_itself() -> None:
    """`(四)奉发集团：推进…` among `(一)区发展改革委：负责…` siblings: a 工作职责 list's group company, its colon after the
    name and a duty verb other than 负责 — the sibling list names it, as `新城公司：按照…` is named."""
    text = (
        "某区公园城市建设方案\n三、工作职责\n(一)区发展改革委：负责做好项目立项。\n(二)区财政局：负责资金保障。\n"
        "(三)新城公司：按照新城建设要求推进公园建设。\n(四)奉发集团：推进南桥源城市更新。\n(五)区城管局：加大执法力度。\n"
    )
    assert [lead for _, lead, _ in _owners(text)] == [
        ["区发展改革委"], ["区财政局"], ["新城公司"], ["奉发集团"], ["区城管局"]
    ]  # fmt: skip


def test_a_run_on_plans_decimal_duties_heading_is_cut_from_its_lead_in() -> None:
    """`2.3.3领导小组成员单位主要职责 在领导小组的统一领导下…`: a 预案's decimal duties heading with its lead-in after a blank
    (a page run into one line) — two pieces, so the lead-in is no measure that swallows the members under it."""
    piece = (
        "2.3.3领导小组成员单位主要职责 在领导小组的统一领导下，成员单位各司其职，开展渔业防台风应急处置工作。"
    )
    assert headings_then_first([piece]) == [
        "2.3.3领导小组成员单位主要职责",
        "在领导小组的统一领导下，成员单位各司其职，开展渔业防台风应急处置工作。",
    ]


def test_a_paragraph_break_before_a_label_keeps_the_decimal_number_before_it() -> None:
    """`…工作。 2.3.3.4 片区管理局：加强…`: the blank before the label breaks the page's paragraphs, and the member's
    decimal number before it opens the paragraph (it was left at the end of the one before)."""
    line = (
        "时间：2020-04-10 微信 各片区管理局：现将预案印发给你们。 2.2领导小组组成 组 长：区农业农村局局长 副组长：区农业农村局"
        "分管副局长 2.3.3.3区海洋与渔业执法支队：负责组织执法力量。"
        " 2.3.3.4 片区管理局：加强防汛防台风组织领导。 2.3.3.5 区农业农村局办公室：负责宣传报道工作。"
    )
    pieces = [
        line[a:b].strip()
        for a, b in zip([0, *joined_paragraphs(line)], [*joined_paragraphs(line), len(line)], strict=True)
    ]
    assert any(piece.startswith("2.3.3.4 片区管理局：") for piece in pieces)
    assert not any(piece.endswith("2.3.3.4") for piece in pieces)


def test_review2_kinds_of_body_posts_and_topics_in_articles() -> None:
    """The second review's cases: `县级以上人民政府应当…` / `县人民政府有关部门应当…` are kinds of body, no owner; `区安全生产
    委员会主任职责：` a person's post; `区商务局加油站安全管理职责：` names 区商务局 (加油站安全管理 its topic, though 站 ends
    like an office), and `县人民政府办公室履行下列职责：` stays whole."""
    text = "\n".join(
        [
            "某县安全生产工作职责规定",
            "第一条　为了加强管理，制定本规定。",
            "第三条　县级以上人民政府应当将建筑垃圾处置设施纳入城乡规划。",
            "第四条　县人民政府有关部门应当按照各自职责做好相关工作。",
            "第七条　县住房和城乡建设局负责全县建筑垃圾的监督管理工作。",
            "第八条　区安全生产委员会主任职责：",
            "（一）主持安全生产委员会全体会议。",
            "第九条　区商务局加油站安全管理职责：",
            "（一）督促加油站落实安全生产主体责任。",
            "第十条　区文化和旅游局公共场所消防安全职责：",
            "（一）督促检查公共场所消防安全。",
            "第十一条　县人民政府办公室履行下列职责：",
            "（一）研究部署有关工作。",
        ]
    )
    assert [(number, lead) for number, lead, _ in _owners(text)] == [
        ("七", ["县住房和城乡建设局"]),
        ("一", []),
        ("一", ["区商务局"]),
        ("一", ["区文化和旅游局"]),
        ("一", ["县人民政府办公室"]),
    ]


def test_review2_a_list_inside_a_measures_sentence_is_no_heading_in_two_halves() -> None:
    """The second review's case: `（一）加强重点领域监管，重点检查1、学校…，2、农贸市场…。责任单位：…` — a list in the measure's
    sentence (its first point numbered 1), not a heading run into its first measure."""
    text = (
        "某县2023年食品安全工作要点\n（一）加强重点领域监管，重点检查1、学校及幼儿园食堂等集中用餐单位，2、农贸市场和大型商超等"
        "重点场所。责任单位：县市场监管局、县教育局\n（二）深化专项整治，严厉打击食品安全违法犯罪行为。责任单位：县公安局\n"
    )
    assert _owners(text) == [("一", ["县市场监管局", "县教育局"], []), ("二", ["县公安局"], [])]


def test_review2_law_lists_offices_in_ke_and_gu_a_deadline_cell_and_an_unknown_column() -> None:
    """The second review's cases: a 科 / 股 office is an office; `长期坚持` / `常态化开展` in a deadline column is no part of
    the office (nor is the row's own office lost to the one above); a 普法对象 column between the law and the office is
    one this reader does not place, so it leaves the list to the clerk rather than glue 全体公民 onto 区司法局."""
    ke = "某局普法责任清单 序号普法内容责任科室1《中华人民共和国安全生产法》法规科2《消防法》3《劳动法》安全监管科"
    assert [lead for _, lead, _ in _owners(ke)] == [["法规科"], ["法规科"], ["安全监管科"]]
    timed = (
        "某县普法责任清单 序号普法内容责任单位完成时限1《宪法》县司法局长期2《民法典》县民政局长期坚持"
        "3《劳动合同法》县人社局常态化开展4《安全生产法》县应急局长期"
    )
    assert [lead for _, lead, _ in _owners(timed)] == [["县司法局"], ["县民政局"], ["县人社局"], ["县应急局"]]
    unknown = (
        "某县普法责任清单 序号普法内容普法对象责任单位1《宪法》全体公民区司法局2《教育法》学生区教育局"
        "3《老年人权益保障法》老年人区民政局"
    )
    with pytest.raises(PlanWithoutMeasures):
        parse_plan_text(unknown)


def test_review2_a_project_lists_sites_with_a_colon_are_no_bodies() -> None:
    """The second review's case: `1.城北公交首末站：加快…` — a project list's sites, a colon after each, are no duty list."""
    text = (
        "某县重点项目推进方案\n二、重点项目\n1.城北公交首末站：加快主体工程建设。\n2.城南污水提升泵站：加快设备安装。\n"
        "3.城西供水加压站：推进管网接入。\n"
    )
    assert [lead for _, lead, _ in _owners(text)] == [[], [], []]


def test_a_list_closing_on_deng_chushi_names_only_its_offices() -> None:
    """`配合单位：社会事业处、农业农村处等处室`: `等处室` closes the list as `等部门` does; it is no part of the last name."""
    text = "某片区隐患排查方案\n1.开展隐患排查。（牵头单位：应急管理处；配合单位：社会事业处、农业农村处等处室）\n"
    assert _owners(text) == [("1", ["应急管理处"], ["社会事业处", "农业农村处"])]


def test_a_topics_points_each_with_its_own_units_label_are_its_measures() -> None:
    """`1.基础设施建设专题：一是…。宣传要点：…。责任单位：区交建局。时间要求：…。二是…` (a 宣传 plan run into one line): a numbered
    topic's title closing on a colon, over points in words that each name their own units in a labelled sentence —
    each point is a measure (numbered 一, 二), the topic a part over them; a topic with no points stays a measure."""
    text = (
        "某区“十三五”宣传工作责任分工方案\n一、专题分工（一）回眸“十二五”1.基础设施建设专题：一是交通设施巨大变化。"
        "宣传要点：对外交通变化。责任单位：区交建局。时间要求：平潭时报，8月15日。二是市政设施日趋完善。宣传要点：供电保障能力。"
        "责任单位：区交建局、区水务局。时间要求：平潭时报，8月16日。2.社会事业发展专题：一是民生保障水平提高。宣传要点：教育医疗。"
        "责任单位：区教育局。时间要求：8月17日。二是文化事业繁荣。宣传要点：文化惠民。责任单位：区文体局。时间要求：8月18日。"
        "3.体制机制创新专题：宣传要点：自贸区建设。责任单位：区自贸办。时间要求：8月19日。\n"
    )
    assert _owners(text) == [
        ("一", ["区交建局"], []),
        ("二", ["区交建局", "区水务局"], []),
        ("一", ["区教育局"], []),
        ("二", ["区文体局"], []),
        ("3", ["区自贸办"], []),
    ]
    parts = [item.title for item in parse_plan_text(text).items if item.kind == "section"]
    assert "基础设施建设专题" in parts  # the topic's title stands over its points on the review screen


def test_a_topics_points_sharing_one_clause_stay_its_text() -> None:
    """Guard: `1.强化组织领导：` over `一是…` / `二是…` and one `（责任单位：县发改局）` after them — the points share the clause,
    so they are the measure's text (the measure is 1., its clause theirs)."""
    text = (
        "某县工作方案\n一、重点任务\n1.强化组织领导：\n一是成立工作专班。\n二是建立例会制度。\n（责任单位：县发改局）\n"
        "2.加强资金保障：\n一是统筹整合资金。\n二是加强绩效评价。\n（责任单位：县财政局）\n"
    )
    assert _owners(text) == [("1", ["县发改局"], []), ("2", ["县财政局"], [])]
