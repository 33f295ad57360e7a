"""parse-plan's text output: numbers as the document writes them, nothing in front of an unnumbered one."""

import io

from cli.main import run

PLAN = """某区推进工作实施方案
一、重点任务
完善工作制度，明确办理时限。（牵头单位：区发改局）
加强宣传引导，营造良好氛围。（牵头单位：区委宣传部）
二、保障措施
1.完善制度。（牵头单位：区财政局）
"""


def test_unnumbered_measure_has_no_stray_mark(tmp_path):
    path = tmp_path / "方案.txt"
    path.write_text(PLAN, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert run(["parse-plan", str(path)], out, err) == 0
    lines = out.getvalue().splitlines()
    assert "一、重点任务" in lines and "二、保障措施" in lines
    assert any(line.strip().startswith("1. 完善制度") for line in lines)
    unnumbered = [line for line in lines if "加强宣传引导" in line]
    assert unnumbered, lines
    assert not unnumbered[0].strip().startswith(("、", ". ", "."))
    assert not any(line.strip().startswith(("、", ". ")) for line in lines)
