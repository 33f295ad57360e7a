"""export-notice, ranking and doc-templates from the command line; export-ledger and export-bulletin carry
the 考评 too, with their output lines as before."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
from openpyxl import load_workbook

from cli import main as cli
from tests.unit.ranking_ledger import build_ranking_ledger


def _run(db_url: str, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(["--db", db_url, *argv], out, err)
    return code, out.getvalue(), err.getvalue()


def _text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = ["|".join(c.text for c in row.cells) for t in document.tables for row in t.rows]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_export_notice_in_word_and_pdf(ledger, db_url, data_dir, tmp_path: Path) -> None:
    plan_id, rounds = build_ranking_ledger(ledger)
    day = ["--as-of", "2024-07-20"]
    code, out, _ = _run(db_url, "export-notice", "--kind", "urge", "--out", str(tmp_path / "督办"), *day)
    assert code == 0 and "已生成督办通知单" in out and "（区工信局）" in out
    assert "督办通知单回执" in _text(tmp_path / "督办" / "督办通知单-区工信局-20240720.docx")
    code, out, _ = _run(
        db_url, "export-notice", "--kind", "urge", "--format", "pdf", "--out", str(tmp_path / "pdf"), *day
    )
    assert code == 0 and (tmp_path / "pdf" / "督办通知单-区工信局-20240720.pdf").stat().st_size > 1000

    chase = tmp_path / "催报.docx"
    argv = ["export-notice", "--kind", "chase", "--round", str(rounds["q2"]), "--out", str(chase), *day]
    code, out, _ = _run(db_url, *argv, "--number", "督办〔2024〕3号")
    assert code == 0 and "督办〔2024〕3号" in _text(chase)

    bulletin = tmp_path / "通报.docx"
    code, out, _ = _run(
        db_url, "export-notice", "--kind", "bulletin", "--plan", str(plan_id), "--out", str(bulletin), *day
    )
    assert code == 0 and "2024年度各单位考评排名" in _text(bulletin)
    # The office's template folder is in the data folder, copied on first use.
    assert (data_dir / "templates" / "进展情况通报.docx").is_file()


def test_export_notice_refuses_what_it_cannot_do(ledger, db_url, tmp_path: Path) -> None:
    plan_id, rounds = build_ranking_ledger(ledger)
    out = str(tmp_path / "x.pdf")
    code, _, err = _run(
        db_url, "export-notice", "--kind", "bulletin", "--plan", str(plan_id), "--format", "pdf", "--out", out
    )
    assert code == 1 and "只生成 Word 文档" in err
    code, _, err = _run(db_url, "export-notice", "--kind", "chase", "--out", out)
    assert code == 1 and "--round" in err
    broken = tmp_path / "模板"
    broken.mkdir()
    (broken / "催报通知.docx").write_bytes(b"not a document")
    argv = [
        "export-notice",
        "--kind",
        "chase",
        "--round",
        str(rounds["q2"]),
        "--out",
        str(tmp_path / "c.docx"),
    ]
    code, _, err = _run(db_url, *argv, "--templates", str(broken), "--as-of", "2024-07-20")
    assert code == 1 and "催报通知.docx" in err and "不是有效的 Word 文档" in err
    assert not (tmp_path / "c.docx").exists()
    assert _run(db_url, "export-notice", "--kind", "memo", "--out", out)[0] == 2


def test_ranking_command_and_the_exports_agree(ledger, db_url, tmp_path: Path) -> None:
    plan_id, rounds = build_ranking_ledger(ledger)
    code, out, _ = _run(db_url, "ranking", "--plan", str(plan_id), "--as-of", "2024-07-20")
    lines = out.splitlines()
    assert code == 0 and lines[0] == "2024年度各单位考评排名（截至2024-07-20）"
    assert lines[2] == "1\t区发改委\t2\t2\t100.0%\t2\t70.0%\t0\t2\t1"
    assert lines[6] == "5\t区工信局\t2\t1\t50.0%\t1\t—\t1\t0\t0"
    code, out, _ = _run(db_url, "ranking", "--round", str(rounds["q1"]), "--as-of", "2024-07-20", "--json")
    data = json.loads(out)
    assert data["label"] == "2024年第1季度" and data["rows"][4]["unit"] == "区卫健委"
    assert data["rows"][4]["on_time_rate"] == 0.0 and data["rows"][3]["target_completion"] is None
    assert _run(db_url, "ranking", "--plan", "999")[0] == 1

    xlsx = tmp_path / "台账.xlsx"
    code, out, _ = _run(
        db_url, "export-ledger", "--plan", str(plan_id), "--out", str(xlsx), "--as-of", "2024-07-20"
    )
    assert code == 0 and out == f"已导出台账：{xlsx}（任务 6 项）\n"
    rows = [tuple(str(v) for v in r) for r in load_workbook(xlsx)["考评"].iter_rows(values_only=True) if r[1]]
    assert ("1", "区发改委", "2", "2", "100.0%", "2", "70.0%", "0", "2", "1") in rows
    bulletin = tmp_path / "通报.docx"
    code, out, _ = _run(
        db_url, "export-bulletin", "--plan", str(plan_id), "--out", str(bulletin), "--as-of", "2024-07-20"
    )
    assert code == 0 and out == f"已起草进展情况通报：{bulletin}\n"
    assert "5|区工信局|2|1|50.0%|1|—|1|0|0" in _text(bulletin)


def test_doc_templates_shows_and_restores_the_folder(db_url, data_dir) -> None:
    code, out, _ = _run(db_url, "doc-templates")
    assert code == 0 and str(data_dir / "templates") in out and "督办通知单.docx" in out
    code, out, _ = _run(db_url, "doc-templates", "--restore")
    assert code == 0 and out.startswith("已恢复默认模板")
