"""Office ledgers as offices keep them, built with openpyxl at test time (and one CSV in GBK).

Each mirrors a habit seen in district 督查台账: a merged title and a 填报单位 line above the header, a
header merged over two rows, 一、 section rows across the table, a 牵头单位 merged over several tasks, a
责任领导 column of people, dates typed as dates or as words.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

SUPERVISION_HEADER = ["序号", "重点任务", "责任领导", "牵头单位", "配合单位", "完成时限", "进展情况"]


def supervision_ledger(path: Path) -> Path:
    """督查台账: title, 填报单位 line, one-row header, 一、 sections merged across, 牵头单位 merged over rows."""
    wb = Workbook()
    ws = wb.active
    ws.title = "督查台账"
    ws.append(["2024年全区重点工作督查台账"])
    ws.merge_cells("A1:G1")
    ws.append(["填报单位：区委督查室", None, None, None, "填报日期：2024年9月30日"])
    ws.append(SUPERVISION_HEADER)
    ws.append(["一、产业转型升级"])
    ws.merge_cells("A4:G4")
    ws.append(
        [
            1,
            "推进重点行业设备更新，全年完成技术改造项目80个以上",
            "张卫东",
            "区发改委",
            "区工信局、区财政局",
            datetime(2024, 12, 31),
            "已完成项目45个，完成投资12亿元",
        ]
    )
    ws.append(
        [
            2,
            "建立设备更新项目库，动态更新入库项目",
            "张卫东",
            None,
            "区统计局",
            "2024年7月底前",
            "项目库已建立",
        ]
    )
    ws.merge_cells("D5:D6")  # one 牵头单位 for both tasks
    ws.append(["二、民生保障"])
    ws.merge_cells("A7:G7")
    ws.append([3, "更新医疗设备226台（套）", "李红", "区卫健委", None, "2025年6月", None])
    ws.append(["注：完成时限以区委、区政府最新要求为准。"])
    ws.merge_cells("A9:G9")
    wb.save(path)
    return path


def two_row_header_ledger(path: Path) -> Path:
    """A header merged over two rows: 责任单位 over 牵头单位 | 配合单位; （一） sections; a 工作目标 column."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["2025年城市更新工作任务分解表"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "工作任务", "责任单位", None, "时间节点", "工作目标"])
    ws.append([None, None, "牵头单位", "配合单位", None, None])
    for column in "ABEF":
        ws.merge_cells(f"{column}2:{column}3")
    ws.merge_cells("C2:D2")
    ws.append(["（一）老旧小区改造"])
    ws.merge_cells("A4:F4")
    ws.append([1, "实施老旧小区改造", "区住建局", "各街道", "2025年10月底前", "改造老旧小区12个"])
    ws.append([2, "加装电梯", "区住建局", "区市场监管局、各街道", "年底前", "新增加装电梯50部以上"])
    ws.append(["（二）城市管网"])
    ws.merge_cells("A7:F7")
    ws.append([3, "改造雨污管网", "区水利局", None, "2025-09-30", "改造管网30公里"])
    wb.save(path)
    return path


def numeral_section_ledger(path: Path) -> Path:
    """Sections written as 一 in the 序号 column beside their title; 责任单位 alone, with 牵头 words inside."""
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "事项", "责任单位", "完成时间", "推进情况", "备注"])
    ws.append(["一", "优化营商环境", None, None, None, None])
    ws.append(
        [
            1,
            "推行企业开办一日办结",
            "区行政审批局牵头，区市场监管局、区税务局配合",
            "2024年6月30日前",
            "已实现",
            None,
        ]
    )
    ws.append([2, "清理拖欠企业账款", "区财政局、区工信局", "2024年底", None, "长期"])
    ws.append(["二", "保障改善民生", None, None, None, None])
    ws.append([3, "新建养老服务中心3个", "区民政局", "2024年12月", "已开工2个", None])
    wb.save(path)
    return path


def merged_body_ledger(path: Path) -> Path:
    """A 所属领域 and a 牵头单位 merged over three tasks each, no sections, a 分管领导 column."""
    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(["所属领域", "序号", "任务内容", "分管领导", "牵头单位", "完成时限", "进展"])
    rows = [
        ["农业农村", 1, "建设高标准农田1.2万亩", "王强", "区农业农村局", "2024年10月底前", "已建成0.8万亩"],
        [None, 2, "改造农村公路20公里", "王强", None, "2024年11月底前", "完成12公里"],
        [None, 3, "完成农村人居环境整治", "王强", None, "2024年底前", None],
    ]
    for row in rows:
        ws.append(row)
    ws.merge_cells("A2:A4")
    ws.merge_cells("E2:E4")
    wb.save(path)
    return path


def gbk_csv_ledger(path: Path) -> Path:
    """A CSV exported from an OA system on Chinese Windows: GBK, comma-separated, a 工作目标 column."""
    lines = [
        "序号,督办事项,牵头单位,协办单位,办结时限,工作目标,办理情况",
        '1,"推进政务服务“一网通办”",区政务办,"区大数据局、区司法局",2024年9月30日前,事项网上可办率达到95%以上,已达到93%',
        "2,开展安全生产大检查,区应急管理局,各镇（街道）,2024年第三季度末,检查企业300家,已检查210家",
    ]
    path.write_bytes("\r\n".join(lines).encode("gbk"))
    return path


def not_a_ledger(path: Path) -> Path:
    """A workbook of figures with no header words: what the import must refuse with a clear message."""
    wb = Workbook()
    ws = wb.active
    ws.append(["月份", "收入", "支出"])
    ws.append(["1月", 100, 80])
    wb.save(path)
    return path
