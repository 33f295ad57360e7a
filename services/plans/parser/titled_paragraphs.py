"""A numbered title over unnumbered measures: `1. 约束性指标的责任部门` then one line a measure, each closed by
its own clause (`森林覆盖率20%左右。(省林业局牵头)`).

The outline reads the numbered line as a measure and, since a title does not end its paragraph, joins
the first line under it; the lines after that are unnumbered measures of their own. The title is a
heading over all of them: its first line is a measure like the others, numbered as none is written.
"""

from __future__ import annotations

from services.plans.parser.clause_pieces import split_after_clauses
from services.plans.parser.clause_spans import clauses_in
from services.plans.parser.draft import DraftItem
from services.plans.parser.duty_openings import with_duties
from services.plans.parser.inline_points import dash_points, inline_points
from services.plans.parser.lead_in_pieces import lead_in_pieces
from services.plans.parser.text import fold

_TITLE_MAX = 25  # characters of a title after its number


def titled_paragraphs(items: list[DraftItem], lines: list[str]) -> list[DraftItem]:
    """`items` with each numbered title read as a measure over unnumbered measures made a heading, and
    each unnumbered measure that runs two sentence-and-clause pairs together split in two."""
    starts = [item.line for item in items[1:]] + [len(lines)] if items else []
    items = [
        part
        for item, end in zip(items, starts, strict=True)
        for piece in _split_unnumbered(item)
        for duty in with_duties(piece, lines, end)
        for titled in lead_in_pieces(duty)
        for point in inline_points(titled)
        for part in dash_points(point)
    ]
    result: list[DraftItem] = []
    titled = {
        item.level
        for position, item in enumerate(items)
        if _title_over_paragraphs(item, items[position + 1] if position + 1 < len(items) else None)
    }
    for position, item in enumerate(items):
        following = items[position + 1] if position + 1 < len(items) else None
        # A title over one line only (3. 建立考核制度 / its line) is one too where its siblings are titles.
        alone = item.level in titled and _title_over_paragraphs(item, None, alone=True)
        if not (_title_over_paragraphs(item, following) or alone):
            result.append(item)
            continue
        title = item.lines[0]
        rest = title[item.prefix_length :].strip()
        first = next(index for index in range(item.line + 1, len(lines)) if lines[index].strip())
        result.append(DraftItem("section", item.level, item.number, item.line, [title], rest, item.marker))
        result.extend(
            _split_unnumbered(DraftItem("measure", item.level + 1, "", first, item.lines[1:], marker="u"))
        )
        for later in items[position + 1 :]:
            if (later.kind, later.number, later.marker, later.level) != ("measure", "", "u", item.level):
                break
            later.level = item.level + 1
    return result


def _title_over_paragraphs(item: DraftItem, following: DraftItem | None, *, alone: bool = False) -> bool:
    if (
        item.kind != "measure"
        or item.marker not in ("m", "l2")
        or len(item.lines) != 2
        or (following is None and not alone)
    ):
        return False
    rest = fold(item.lines[0][item.prefix_length :]).strip()
    # （二）打造…社区。立足…。 over `“一核”：…（牵头单位：X）` and more such paragraphs: a part's title and its
    # opening words, no clause of their own, over paragraphs that each close with one — a heading however
    # long its first line, when a paragraph after the first is a measure of its own already.
    over_more = following is not None and not alone and item.marker == "l2"
    return (
        (over_more or (item.marker == "m" and 0 < len(rest) <= _TITLE_MAX))
        and (over_more or not rest.endswith(("。", "；", ";", "：", ":", "，")))
        and not clauses_in(item.lines[0])
        and bool(clauses_in(item.lines[1]))
        and (
            alone
            or (
                following is not None
                and (following.kind, following.number, following.marker, following.level)
                == ("measure", "", "u", item.level)
            )
        )
    )


def _split_unnumbered(item: DraftItem) -> list[DraftItem]:
    """An unnumbered measure of one line holding `…。(X牵头)完成…。(Y牵头)` (a print that closed the line
    break between them): one measure a pair, as the lines under a heading are (structure._settle_heading)."""
    if (item.kind, item.number, item.marker) != ("measure", "", "u") or len(item.lines) != 1:
        return [item]
    pieces = split_after_clauses(item.lines[0])
    if len(pieces) < 2 or not all(clauses_in(piece) for piece in pieces):
        return [item]
    return [DraftItem("measure", item.level, "", item.line, [piece], marker="u") for piece in pieces]
