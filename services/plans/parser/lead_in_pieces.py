"""A numbered title over measures that each open on a short lead-in sentence and close on their own clause,
printed as one paragraph: `1．狠抓工业污染防治。取缔“十小”企业。全面排查…（X牵头，Y参与）专项整治重点行业。制定…
（X牵头）`.

This is the shape of the national 水十条 / 大气十条 / 土十条 and of every provincial, city and county 工作方案 that
copies them: the bold lead-in (`取缔“十小”企业。`) starts each measure, the clause ends it, and the numbered title is
a heading over them. The outline reads the paragraph as one numbered measure, its owners every clause's together.
Here the title becomes a heading and each lead-in-and-clause piece an unnumbered measure, as the reader makes of
the same pieces printed one a line (titled_paragraphs). Only when most pieces after the first open on a lead-in
sentence over a paragraph of work: a measure whose sentences happen to carry two clauses (`…（A负责）…（B负责）`), or
a 分工's short tasks under one number (`落实支持政策。（X负责）加强监管。（Y负责）`), stays one measure.
"""

from __future__ import annotations

from services.plans.parser.clause_pieces import split_after_clauses
from services.plans.parser.clause_spans import clauses_in
from services.plans.parser.draft import DraftItem
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.text import fold

# 取缔“十小”企业。 / 专项整治重点排污行业。: a few words closed by a full stop, no comma or list inside — not a
# point of its own (二是强化…。 / 2．加强…。), which other readers split
_LEAD_IN = compile_lazily(r"(?![一二三四五六七八九十\d]{1,3}(?:是|[、.．]))[^，,。；;：:、（()）\s]{4,16}。")
_PIECES_MIN = 2
# the work a lead-in heads, before its clause: a paragraph, not a task of a few words (`落实支持政策。（X负责）`, a
# national 分工's list of tasks under one number, which stays one measure)
_BODY_MIN = 15


def _led(folded: str) -> bool:
    lead_in = _LEAD_IN.match(folded)
    if lead_in is None:
        return False
    clauses = clauses_in(folded)
    body_end = clauses[0][0][0] if clauses else len(folded)
    return body_end - lead_in.end() >= _BODY_MIN


def lead_in_pieces(item: DraftItem) -> list[DraftItem]:
    """[item], or its title as a heading over one measure per lead-in-and-clause piece."""
    if item.kind != "measure" or not item.number or len(item.lines) != 1:
        return [item]
    pieces = split_after_clauses(item.lines[0][item.prefix_length :])
    if len(pieces) < _PIECES_MIN or not all(clauses_in(piece) for piece in pieces):
        return [item]
    led = sum(1 for piece in pieces[1:] if _led(fold(piece)))
    if 2 * led < len(pieces):  # most of the pieces after the first: one may open on its work
        return [item]
    stop = fold(pieces[0]).find("。")  # (folding keeps offsets: the title as printed, traditional or not)
    title = pieces[0][: stop + 1] if stop >= 0 else pieces[0]
    number = item.lines[0][: item.prefix_length]
    heading = DraftItem("section", item.level, item.number, item.line, [number + title], title, item.marker)
    heading.prefix_length = item.prefix_length
    return [
        heading,
        *(DraftItem("measure", item.level + 1, "", item.line, [piece], marker="u") for piece in pieces),
    ]
