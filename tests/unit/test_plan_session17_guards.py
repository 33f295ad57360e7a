"""Session 17's review (92 cases written with their answers first, near the edges of the session's rules):
the readings the first versions of the rules got wrong, each right before them or a misfire of a new rule.
A task's heading that ends on 部门 (压实部门职责), places a plan inspects listed as a heading (加油站、加气站 /
各类学校), 活动一、 inside a wrapped sentence or 任务一： inside a measure, a dotted first line that lists no
duties, a PDF table's row short of a cell, a deadline in words, the notice's signature under the table."""

from __future__ import annotations

import pytest

from services.plans.parser import parse_plan_text

CASES = {
    "A07_yashi_bumen_zhize": (
        "某县安全生产大检查方案\n一、检查重点\n（一）县应急局负责组织全县安全生产大检查。\n（二）压实部门职责\n1.各行业部门按照“三管三必须”要求开展检查。\n2.对发现的隐患建立台账。\n",
        [("一", ["县应急局"], []), ("1", [], []), ("2", [], [])],
    ),
    "A08_qianghua_bumen_zhize_renwu": (
        "某县食品安全工作要点\n一、重点工作\n（一）开展校园食品安全整治。由县市场监管局负责，县教育局配合。\n（二）强化部门职责和任务\n1.建立部门协作机制。\n2.定期召开联席会议。\n",
        [("一", ["县市场监管局"], ["县教育局"]), ("1", [], []), ("2", [], [])],
    ),
    "A09_industry_competent_dept_duties": (
        "某市安全生产责任分工方案\n二、职责分工\n（一）行业主管部门职责\n1.负责本行业领域安全生产监督管理。\n2.督促企业落实主体责任。\n（二）市应急管理局职责\n1.负责全市安全生产综合监督管理。\n",
        [("1", [], []), ("2", [], []), ("1", ["市应急管理局"], [])],
    ),
    "A12_shudi_bumen_zhize": (
        "某县自建房安全整治方案\n三、职责分工\n（一）属地部门职责\n1.开展辖区内自建房排查。\n（二）县住建局职责\n1.负责技术指导。\n",
        [("1", [], []), ("1", ["县住建局"], [])],
    ),
    "B06_first_dotted_is_no_duty": (
        "某县气象灾害应急预案\n2.3 预警级别划分\n预警级别分为四级。\n3.1 预警发布\n由县气象局负责发布预警信息。\n",
        [("3.1", ["县气象局"], [])],
    ),
    "C07_group_name_before_you": (
        "某县危化品事故应急预案\n3.3 现场工作组\n1.现场处置组由县应急局牵头，县消防救援大队、县公安局组成。\n2.医疗救护组由县卫健局牵头，县人民医院组成。\n",
        [("1", ["县应急局"], ["县消防救援大队", "县公安局"]), ("2", ["县卫健局"], ["县人民医院"])],
    ),
    "E03_fuel_stations_are_objects": (
        "某县燃气安全专项整治方案\n一、整治重点\n（一）加油站、加气站、液化石油气充装站\n1.检查安全管理制度落实情况。\n2.检查消防设施配备情况。\n二、工作措施\n（一）由县应急局牵头，县市场监管局配合，开展联合检查。\n",
        [("1", [], []), ("2", [], []), ("一", ["县应急局"], ["县市场监管局"])],
    ),
    "E07_each_kind_of_school_as_objects": (
        "某县校园安全检查方案\n一、检查内容\n（一）各类学校\n1.校舍安全情况。\n2.消防设施配备情况。\n二、检查方式\n（一）由县教育局负责组织检查，县消防救援大队配合。\n",
        [("1", [], []), ("2", [], []), ("一", ["县教育局"], ["县消防救援大队"])],
    ),
    "E10_hospitals_as_objects": (
        "某县医疗机构院感防控督查方案\n一、督查对象\n（二）县医院、乡镇卫生院、疾控中心\n1.检查院感防控制度落实情况。\n2.检查医疗废物处置情况。\n二、督查方式\n（一）由县卫健局负责组织督查。\n",
        [("1", [], []), ("2", [], []), ("一", ["县卫健局"], [])],
    ),
    "F02_huodong_yi_at_a_wrapped_line": (
        "某县精神文明建设工作要点\n一、重点工作\n1.组织开展“我为群众办实事”系列活动，重点抓好\n活动一、活动二的组织实施。（县文明办负责）\n2.开展文明单位创建。（县委宣传部负责）\n",
        [("1", ["县文明办"], []), ("2", ["县委宣传部"], [])],
    ),
    "F03_renwu_labels_inside_a_measure": (
        "某县农村人居环境整治方案\n三、重点任务\n（一）推进农村改厕。\n任务一：完成改厕1000户。\n任务二：建立长效管护机制。\n牵头单位：县农业农村局\n（二）推进垃圾治理。由县城管局负责。\n",
        [("一", ["县农业农村局"], []), ("二", ["县城管局"], [])],
    ),
    "F07_renwu_label_in_point_text": (
        "某县河长制工作要点\n一、重点任务\n1.推进河道清四乱。全年任务：\n任务一：清理河道垃圾。\n（县水利局负责）\n2.加强水质监测。（县生态环境局负责）\n",
        [("1", ["县水利局"], []), ("2", ["县生态环境局"], [])],
    ),
    "H02_pdf_cells_empty_co": (
        "附件\n某县整改任务清单\n序号 整改任务 牵头单位 配合单位 完成时限\n1\n农村生活垃圾清运不及时。\n县城管局\n各乡镇人民政府\n2023年9月底前\n2\n部分河道存在乱堆乱放。\n县水利局\n2023年8月底前\n3\n城区餐饮油烟扰民。\n县生态环境局\n县市场监管局\n2023年11月底前\n",
        [
            ("1", ["县城管局"], ["各乡镇人民政府"]),
            ("2", ["县水利局"], []),
            ("3", ["县生态环境局"], ["县市场监管局"]),
        ],
    ),
    "H03_pdf_cells_deadline_not_a_date": (
        "附件\n某县督察反馈问题整改清单\n序号 整改任务 牵头单位 责任单位 整改时限\n1\n部分干部生态环保意识\n不强。\n县委宣传部\n县委党校\n立即整改\n2\n工业园区污水处理厂超\n负荷运行。\n县工信局\n县生态环境局\n2024年6月底前\n",
        [("1", ["县委宣传部"], ["县委党校"]), ("2", ["县工信局"], ["县生态环境局"])],
    ),
    "H04_pdf_cells_then_signature": (
        "附件\n某县整改任务清单\n序号 整改任务 牵头单位 责任单位 整改时限\n1\n违规占用耕地问题。\n县自然资源局\n各乡镇人民政府\n2023年12月底前\n2\n河道采砂管理不规范。\n县水利局\n县公安局\n2023年10月底前\n\n县人民政府办公室\n2023年5月6日印发\n",
        [("1", ["县自然资源局"], ["各乡镇人民政府"]), ("2", ["县水利局"], ["县公安局"])],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_review_case(name: str) -> None:
    text, expected = CASES[name]
    measures = parse_plan_text(text).measures
    assert [(m.number, list(m.lead_units), list(m.co_units)) for m in measures] == [
        (number, leads, cos) for number, leads, cos in expected
    ]
