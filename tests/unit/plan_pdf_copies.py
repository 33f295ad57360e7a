"""The corpus printed to PDF as an office's Word prints a plan, and read back by the PDF reader.

Issue 12 asks that a text PDF of a plan read like its .txt. Each corpus document is typeset here with
reportlab the way the 公文 format sets a body (GB/T 9704): A4, 16 pt (三号) text justified with a
two-character first-line indent, a 28 pt line pitch, a running header and a page number at the foot of
each page (or ragged, as a .txt prints from Writer); then
services/plans/pdf_text.py reads the file, as it reads any PDF, and the measures are scored against the
document's hand-written expectation. Only prose is typeset: a table written in the .txt as `|` or
tab-separated text is not how a PDF carries a table (a PDF's table is drawn, parser/pdf_rows.py), so
task-table documents are scored but reported apart. `uv run python -m tests.unit.plan_pdf_copies`
prints the table.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from services.plans.parser import parse_plan_file
from services.resources import resource_path
from tests.unit.plan_corpus import corpus_documents, tally

TABLE_SHAPES = {"task-table"}


def joined_page(text: str) -> bool:
    """A web page whose paragraphs the site ran together into one line, set apart only by spaces: typeset
    as a PDF, those spaces read as the gaps between runs and close up, so the copy loses what told the
    parts apart — a shape of web copies, not of a PDF a plan is issued in. Found as the reader finds
    such a line (parser/run_on.py)."""
    from services.plans.parser.run_on import joined_paragraphs, run_on_levels

    # …or with no space at all, its parts and items found only by their numbers (a document site's text).
    return any(joined_paragraphs(line) or run_on_levels(line) for line in text.splitlines())


# Footers as offices print them: 公文's — 3 —, a plain -3-, and Word's 第 3 页 共 N 页 field.
FOOTERS = ("— {page} —", "-{page}-", "第 {page} 页")


def _font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = "PlanTestWQY"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", "wqy-microhei.ttc")), subfontIndex=0))
    return name


def make_pdf(
    text: str,
    target: Path,
    footer: str = FOOTERS[0],
    header: str = "某区人民政府文件",
    latin_font: str | None = None,
    *,
    ragged: bool = False,
    **options,
) -> Path:
    """Lay `text` out as Word would print it: each line of the .txt a justified, wrapped paragraph.
    With `latin_font`, digits and Latin letters are set in that font, as Word sets them in Times New
    Roman: a line then comes as several runs, spread apart by the justification. `ragged`: left-aligned
    with no first-line indent, as a .txt prints from Writer or WPS — full lines then stop short of the
    margin by different amounts, and a paragraph's start shows only by the line before being short."""
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    font = _font()
    body = ParagraphStyle(
        "body",
        fontName=font,
        fontSize=16,
        leading=28,
        firstLineIndent=0 if ragged else 32,
        alignment=TA_LEFT if ragged else TA_JUSTIFY,
        wordWrap="CJK",
    )

    def furniture(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(font, 14)
        canvas.drawCentredString(A4[0] / 2, 40, footer.format(page=document.page))
        canvas.drawString(72, A4[1] - 40, header)
        canvas.restoreState()

    def markup(line: str) -> str:
        if latin_font is None:
            return escape(line)
        return re.sub(
            r"[0-9A-Za-z.%:]+", lambda m: f'<font name="{latin_font}">{m.group()}</font>', escape(line)
        )

    story = [
        Paragraph(markup(line.strip()), body) if line.strip() else Spacer(1, 28) for line in text.splitlines()
    ]
    document = SimpleDocTemplate(str(target), pagesize=A4, **options)
    document.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return target


@dataclass
class PdfScore:
    name: str
    shape: str
    expected: int
    found: int = 0
    right_leads: int = 0
    right_cos: int = 0
    rejected: str | None = None
    joined: bool = False  # joined_page: the .txt is a page run together, which a PDF cannot copy


def score_copy(path: Path, make_copy) -> PdfScore:
    """The corpus document at `path` written by `make_copy(text)` as a file and read back as any file."""
    expectation = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    score = PdfScore(path.stem, expectation["shape"], expectation["measures"], joined=joined_page(text))
    copy = make_copy(text)
    return tally(score, expectation["expected"], lambda: parse_plan_file(copy).measures)


def score_pdf_copy(path: Path, folder: Path, *, ragged: bool = False) -> PdfScore:
    return score_copy(path, lambda text: make_pdf(text, folder / f"{path.stem}.pdf", ragged=ragged))


def shares(scores: list[PdfScore]) -> tuple[float, float, float]:
    expected = sum(s.expected for s in scores) or 1
    return (
        sum(s.found for s in scores) / expected,
        sum(s.right_leads for s in scores) / expected,
        sum(s.right_cos for s in scores) / expected,
    )


def report(scores: list[PdfScore]) -> str:
    groups: dict[str, list[PdfScore]] = defaultdict(list)
    for score in scores:
        groups["tables (as text)" if score.shape in TABLE_SHAPES else "prose"].append(score)
    lines = [f"{'PDF copies':<18} docs measures  found  leads  co-units"]
    for name, group in sorted(groups.items()):
        found, leads, cos = shares(group)
        measures = sum(s.expected for s in group)
        lines.append(f"{name:<18} {len(group):>4} {measures:>8} {found:>6.0%} {leads:>6.0%} {cos:>9.0%}")
    for s in scores:
        if s.rejected or min(s.found, s.right_leads, s.right_cos) < s.expected:
            what = s.rejected or f"found {s.found}/{s.expected}, leads {s.right_leads}, co {s.right_cos}"
            lines.append(f"  {s.shape:<16} {s.name}: {what}")
    return "\n".join(lines)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        ragged = "--ragged" in sys.argv
        names = [a for a in sys.argv[1:] if not a.startswith("--")]
        chosen = [p for p in corpus_documents() if not names or p.stem in names]
        print(report([score_pdf_copy(path, Path(folder), ragged=ragged) for path in chosen]))


OFD_NS = "http://www.ofdspec.org/2016"
OFD_PAGE_LINES = 22
_XML_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # no XML file can hold these; a web copy may


def make_ofd(text: str, target: Path) -> Path:
    """The plan as an OFD a 公文 system issues (GB/T 33190): each printed line a TextObject placed down
    the page, paragraphs broken at the page width, 22 lines a page (tests/unit/plan_variants.py sets
    the lines). An OFD keeps no paragraphs: only where each line stands."""
    import zipfile

    from tests.unit.plan_variants import _broken

    lines = [
        line
        for paragraph in text.replace("\r\n", "\n").split("\n")
        for line in ([escape(cut) for cut in _broken(_XML_UNSAFE.sub("", paragraph.strip()))] or [""])
    ]
    pages = [lines[i : i + OFD_PAGE_LINES] for i in range(0, len(lines), OFD_PAGE_LINES)] or [[]]
    with zipfile.ZipFile(target, "w") as package:
        package.writestr(
            "OFD.xml",
            f'<ofd:OFD xmlns:ofd="{OFD_NS}" Version="1.0"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml'
            "</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        )
        listed = "".join(
            f'<ofd:Page ID="{n}" BaseLoc="Pages/Page_{n}/Content.xml"/>' for n in range(len(pages))
        )
        package.writestr(
            "Doc_0/Document.xml",
            f'<ofd:Document xmlns:ofd="{OFD_NS}"><ofd:Pages>{listed}</ofd:Pages></ofd:Document>',
        )
        for n, page in enumerate(pages):
            objects = "".join(
                f'<ofd:TextObject ID="{n}_{i}" Boundary="27 {37 + i * 10} 156 6"><ofd:TextCode X="0" Y="5">'
                f"{line}</ofd:TextCode></ofd:TextObject>"
                for i, line in enumerate(page)
                if line
            )
            package.writestr(
                f"Doc_0/Pages/Page_{n}/Content.xml",
                f'<ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Content><ofd:Layer ID="L{n}">{objects}</ofd:Layer>'
                "</ofd:Content></ofd:Page>",
            )
    return target


def score_ofd_copy(path: Path, folder: Path) -> PdfScore:
    return score_copy(path, lambda text: make_ofd(text, folder / f"{path.stem}.ofd"))
