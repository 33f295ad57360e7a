"""A plan whose measures the clerk marked by hand, for documents in which the reader found none.

Each marked line starts a measure. Its text runs on over the lines a sentence wraps onto and over a
responsibility clause on a line of its own, as a numbered measure's does, and stops before the next
marked line; owners, targets and deadlines are read from it exactly as from a numbered measure.
"""

from __future__ import annotations

from services.plans.parser.assemble import build_items
from services.plans.parser.clause_lines import after_names
from services.plans.parser.draft import DraftItem
from services.plans.parser.header import find_doc_number, find_issue_date, find_title
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.model import ParsedPlan
from services.plans.parser.rule_notes import FIRST_LISTED_LEADS
from services.plans.parser.structure import continues_measure
from services.plans.parser.text import fold

# The numbering a marked line may start with: 1. / 1、 / （1） / 一、 / （一）, kept as the measure's number.
_NUMBERING = compile_lazily(
    r"^(?:（?(\d{1,3}|[一二三四五六七八九十百零〇]+)）|(\d{1,3}|[一二三四五六七八九十百零〇]+)\s*[.、])\s*"
)


def parse_marked_lines(lines: list[str], marked: list[int], file_name: str) -> ParsedPlan:
    """The plan with a measure starting at each marked line (0-based indexes into `lines`)."""
    starts = sorted({index for index in marked if 0 <= index < len(lines) and lines[index].strip()})
    drafts: list[DraftItem] = []
    for position, start in enumerate(starts):
        stop = starts[position + 1] if position + 1 < len(starts) else len(lines)
        first = lines[start].strip()
        numbering = _NUMBERING.match(fold(first))
        number = next((g for g in numbering.groups() if g), "") if numbering else str(position + 1)
        draft = DraftItem(
            "measure",
            1,
            number,
            start,
            [first],
            marker="m",
            prefix_length=numbering.end() if numbering else 0,
        )
        for index in range(start + 1, stop):
            line = lines[index]
            if not line.strip() or not continues_measure(
                draft, line.strip(), after_names(lines, index, len(lines))
            ):
                break
            draft.lines.append(line.strip())
        drafts.append(draft)
    header = lines[: starts[0]] if starts else lines
    body = lines[starts[0] :] if starts else []
    issued_on = find_issue_date(header, body)
    doc_number = find_doc_number(header)
    year = issued_on.year if issued_on else None
    rule = bool(FIRST_LISTED_LEADS.search(fold("\n".join(lines))))
    items = build_items(drafts, year, [], issued_on, first_listed_leads=rule)
    return ParsedPlan(
        file_name=file_name,
        title=find_title(header),
        doc_number=doc_number,
        issued_on=issued_on,
        items=tuple(items),
        source_text="\n".join(lines),
    )
