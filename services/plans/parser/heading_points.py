"""The last resort before a plan is refused: its lowest headings as its measures.

A dispatch notice or a town's work plan may number only its parts — `一、将重大项目纳入月调度机制。`,
`（一）建强骨干队伍体系` over a paragraph — with nothing numbered under them and no clause to say they carry
work. The reader takes such headings for a framework and finds no measure. When nothing else in the
document reads as measures, the headings of the lowest level there is, with the paragraphs under them,
are offered as the measures — each saying so in its doubts, so the clerk checks them (and the review's
hand-marking is there when they are wrong) instead of meeting a refusal.
"""

from __future__ import annotations

from services.plans.parser.draft import DraftItem
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.part_marks import before_article
from services.plans.parser.text import fold

HEADED = "没有更细的编号，按最末一级标题拆分为措施，请核对"
# A covering notice that goes on to its own requirements (印发给你们，并提出下列工作要求) numbers them 一、二、:
# they ask the units to organise, not what the plan's measures are.
_REQUIREMENTS = compile_lazily(r"(?:提出|有关|如下|下列|以下)[^。]{0,6}要求[，。：；]?\s*(?:请[^。]*。)?\s*$")
# 现将《方案》印发给你们，并就抓好落实通知如下： / 将各项工作任务分解（详见附件），现就有关事宜通知如下： — the
# notice hands the plan out (or refers to its annex) and what it numbers next is its own instructions.
COVERING_NOTICE = compile_lazily(r"(?:印发|分解|附件|详见)[^。]*通知如下[：:]?\s*$")
_MIN_POINTS = 2  # one heading alone is a title, not a list of measures


def heading_points(items: list[DraftItem], lines: list[str], end: int) -> list[DraftItem]:
    """The lowest-level headings of `items` as measures, with the lines under each up to the next item."""
    sections = [item for item in items if item.kind == "section"]
    if len(sections) < _MIN_POINTS:
        return []
    before = " ".join(line.strip() for line in lines[max(0, sections[0].line - 3) : sections[0].line])
    if _REQUIREMENTS.search(fold(before)) or COVERING_NOTICE.search(fold(before)):
        return []  # …并提出下列工作要求： — the notice's own demands on the units, not the plan's measures
    lowest = max(item.level for item in sections)
    points = [item for item in sections if item.level == lowest]
    starts = sorted(item.line for item in items)
    bodies = {
        item.line: before_article(
            [
                line.strip()
                for line in lines[item.line + 1 : next((s for s in starts if s > item.line), end)]
                if line.strip()
            ]
        )
        for item in points
    }
    # A heading over nothing (（一）总体目标 / （二）工作安排) is a framework's, not work: each point must be
    # a sentence of its own or have a paragraph under it.
    if len(points) < _MIN_POINTS or not all(
        bodies[item.line] or item.lines[0].rstrip().endswith(("。", "；")) for item in points
    ):
        return []
    # The last heading's lines run on to the closing words and the signature: it keeps as many as the
    # longest of the others has.
    longest = max((len(bodies[item.line]) for item in points[:-1]), default=1)
    bodies[points[-1].line] = bodies[points[-1].line][:longest]
    drafts: list[DraftItem] = []
    for item in items:
        if item.kind != "section" or item.level != lowest:
            drafts.append(item)
            continue
        body = bodies[item.line]
        drafts.append(
            DraftItem(
                "measure",
                item.level,
                item.number,
                item.line,
                [item.lines[0], *body],
                marker=item.marker,
                prefix_length=item.prefix_length,
            )
        )
    return drafts
