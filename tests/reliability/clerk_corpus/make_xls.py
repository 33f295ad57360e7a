"""Make retyped_health.xls, the corpus's Excel 97-2003 return (no writer of .xls is a dependency of the
project, so the file is committed). Run by hand when it must change:

    uvx --with xlwt python tests/reliability/clerk_corpus/make_xls.py

A clerk of 区卫健委 retyped the form in an old Excel and saved it as .xls: the cells are those the case
".xls by name" in cases.py lists (row 4, columns D–H).
"""

from pathlib import Path

import xlwt

book = xlwt.Workbook(encoding="utf-8")
sheet = book.add_sheet("Sheet1")
rows = [
    ["2024年第三季度设备更新工作进展情况"],
    ["填报单位：区卫健委　　　报送期次：2024年第3季度"],
    ["序号", "任务名称", "目标", "本期完成", "累计完成数量", "进度(%)", "工作进展", "存在问题"],
    ["2", "推进医疗卫生设备更新", "226台（套）", 6, 48, 21, "新购置CT 2台、DR 4台", "资金到位慢"],
]
for r, values in enumerate(rows):
    for c, value in enumerate(values):
        sheet.write(r, c, value)
book.save(str(Path(__file__).with_name("retyped_health.xls")))
