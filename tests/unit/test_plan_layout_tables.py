"""A task table laid out in columns by spaces (`pdftotext -layout`), its long cells going on under their
column on lines of their own. Session 14: the copy's equal-width lines were joined as a wrapped page and
the table refused; read as rows, each cell's rest went to the row's last cell (`12月底、会`). The test
failed when written.
"""

from __future__ import annotations

from services.plans.parser import parse_plan_text

LAYOUT = """附件

            2024年度县政府工作报告重点任务责任分解表

序号   重点任务                            牵头单位          配合单位                完成时限
1      地区生产总值增长6.5%左右            县发改局          县统计局                12月底
2      规模以上工业增加值增长8%            县工信局          县统计局、经开区管委    12月底
                                                             会
3      新签约亿元以上项目30个，到位资金    县招商服务中心    县发改局、县商务局      12月底
       80亿元以上
4      新建改建农村公路100公里             县交通运输局      县财政局、各乡镇人      12月底
                                                             民政府

                                     — 1 —
"""


def test_a_cells_rest_under_its_column_finishes_that_cell() -> None:
    measures = parse_plan_text(LAYOUT).measures
    assert [(m.number, list(m.lead_units), list(m.co_units)) for m in measures] == [
        ("1", ["县发改局"], ["县统计局"]),
        ("2", ["县工信局"], ["县统计局", "经开区管委会"]),
        ("3", ["县招商服务中心"], ["县发改局", "县商务局"]),
        ("4", ["县交通运输局"], ["县财政局", "各乡镇人民政府"]),
    ]
    assert "到位资金80亿元以上" in measures[2].text


CENTRED = """                    瓜州县2024年新能源产业发展重点任务分工表

 序号         重点任务                 牵头单位          配合单位              完成时限

  1    加快推进新能源基地建设，完     县发展和改革      县自然资源局、县林     2024年12月底
       成风电光伏新增装机100万千      局                业和草原局
       瓦

  2    推进750千伏输变电工程建设，    国网瓜州县供      县发展和改革局、县     2024年10月底
       保障新能源项目并网送出         电公司            自然资源局

  3    引进储能装备制造项目2个以      县招商服务中      县工业和信息化局       2024年12月底
       上                             心
"""


def test_a_layout_whose_header_is_centred_over_its_columns() -> None:
    """The header's labels centred over narrow columns, the first row's cells where the columns begin, a
    cell ending on `，` beside the next (session 14: the rows after the first were lost, the task's rest
    went to the number's cell, and a cleaning step closed the gap after `，`)."""
    measures = parse_plan_text(CENTRED).measures
    assert [(m.number, list(m.lead_units), list(m.co_units)) for m in measures] == [
        ("1", ["县发展和改革局"], ["县自然资源局", "县林业和草原局"]),
        ("2", ["国网瓜州县供电公司"], ["县发展和改革局", "县自然资源局"]),
        ("3", ["县招商服务中心"], ["县工业和信息化局"]),
    ]
    assert "完成风电光伏新增装机100万千瓦" in measures[0].text


EMPTY_CELL = """石桥区2024年应急管理重点工作任务分解表

序号  工作任务                                        牵头单位          配合单位                   完成时限
1     修订区级总体应急预案和专项预案                  区应急局                                     6月底
2     开展基层应急能力“十有”标准化建设              区应急局、各街道办事处                       11月底
3     组建区级综合性应急救援队伍，开展联合演练        区应急局          区消防救援大队、区住建局   9月底
"""


def test_a_layout_row_that_leaves_a_cell_empty() -> None:
    """A row with no 配合单位, the next with a long lead cell and quote marks a copy counts half as wide:
    each piece in the column it stands nearest (session 14: the table stopped at the first row)."""
    measures = parse_plan_text(EMPTY_CELL).measures
    assert [(m.number, list(m.lead_units), list(m.co_units)) for m in measures] == [
        ("1", ["区应急局"], []),
        ("2", ["区应急局", "各街道办事处"], []),
        ("3", ["区应急局"], ["区消防救援大队", "区住建局"]),
    ]
