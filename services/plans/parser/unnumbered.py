"""Measures written without numbers, each closing with its own clause, and nothing else to go by.

A news page or a summary quotes a plan's measures one after another, unnumbered, each after a bullet
(●, ◆, ■, •, or a `?` where the page lost the bullet's character), often run together in one paragraph:
`? 实施…。（科技部、财政部牵头，有关部门按职责分工负责） ? 加强…。（科技部牵头）`. When the document has no
numbered measure and no task table, every piece that ends with a responsibility clause (or opens on
its owner, `由X负责的…项目`) is a measure
(number "", as none is written) and a short piece without one between them is a topic heading. The
measures say in their doubts that the split was made at the clauses, so the clerk checks it.
"""

from __future__ import annotations

import re
from itertools import takewhile

from services.plans.parser.clause_pieces import split_after_clauses
from services.plans.parser.clause_spans import clauses_in
from services.plans.parser.draft import DraftItem
from services.plans.parser.duty_openings import (
    LIST_STOPS,
    colon_members,
    split_before_owners,
    units_on_their_lines,
)
from services.plans.parser.header import PAGE_FIELD
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.opening_owners import duty_owner
from services.plans.parser.owner_cells import owner_cells_after_tasks
from services.plans.parser.text import fold

# A bullet standing between spaces (or at a line's start): ●◆■▪•◇►▶, or ? / ??? for a lost one.
_BULLET = compile_lazily(r"(?:^|\s+)(?:\?+|[●◆■▪•◇►▶])\s+")
_HEADING_MAX = 20  # a topic line between the measures is a few words
UNNUMBERED = "措施没有编号，按每段写明的责任单位拆分，请核对措施的起止"
BULLETED = "措施没有编号，按每行前的项目符号（☑、●等）拆分，请核对措施的起止"
DUTIES = "措施没有编号，按每段开头或末尾写明的负责单位拆分，请核对措施的起止"
# A list's item opening on its bullet at the line's start: a check box (☑ ✔ √ □), a dot or a square
# (● ◆ ■ ▪ • ◇), an arrow (► ▶). Not ★, which marks a lead unit (★区发改委). In a PDF a bullet drawn from a
# symbol font comes out as a private-use character (Wingdings), or as NUL when the font has no such glyph.
_LINE_BULLET = compile_lazily(r"^\s*[☑☒✓✔√☐□●◆■▪•◇►▶\x00\ue000-\uf8ff]\s*")
_BULLETED_MIN = 3  # items of a list: two marks may be decoration


def _pieces(line: str) -> list[str]:
    """The line's pieces at its bullets and, where pieces ran together without a bullet (a document site's
    chunks joined), after each clause that more sentence follows: `…。（X负责）Y…。（Z牵头）` is two pieces."""
    bulleted = [piece.strip() for piece in _BULLET.split(line) if piece.strip()]
    return [part for piece in bulleted for part in split_after_clauses(piece) if part]


def _ends_with_clause(piece: str) -> bool:
    found = clauses_in(piece)
    return bool(found) and not fold(piece)[found[-1][0][1] :].strip(" 。；")


def _owned_subject(piece: str) -> bool:
    """`由镇公路站负责的农村道路硬化项目，…`: a news page's project list names each project's owner in the
    phrase that introduces it (由X负责的 + the project), where a plan would close the project with a clause."""
    folded = fold(piece)
    return any(
        folded[start] == "由" and folded[end : end + 1] == "的" and start <= len(folded) // 3
        for (start, end), _ in clauses_in(piece)
    )


def unnumbered_measures(lines: list[str]) -> list[DraftItem]:
    """Measures of a document without numbering: pieces closing with a clause, at least two of them."""
    pieces = [(index, piece) for index, line in enumerate(lines) for piece in _pieces(line)]
    closing = [_ends_with_clause(piece) or _owned_subject(piece) for _, piece in pieces]
    if sum(closing) < 2:
        return []
    items: list[DraftItem] = []
    for (index, piece), closes in zip(pieces, closing, strict=True):
        if closes:
            items.append(DraftItem("measure", 2, "", index, [piece], marker="u"))
        elif len(fold(piece).strip()) <= _HEADING_MAX and not fold(piece).rstrip().endswith(("。", "：")):
            items.append(DraftItem("section", 1, "", index, [piece], piece, "u"))
    # A heading with nothing under it (the page's last words) is no section of the plan.
    while items and items[-1].kind == "section":
        items.pop()
    return items


def bulleted_measures(lines: list[str]) -> list[DraftItem]:
    """Measures of a list whose every item opens on a bullet at the line's start (☑老旧路灯改造工程),
    its text (progress, what it includes) on the lines under it up to the next item. A short line
    without a bullet and without a full stop just before an item heads the items under it (已完工项目).
    The lines after the last item are its own only up to the first blank line; at least three items."""
    starts = [index for index, line in enumerate(lines) if _is_item(line)]
    if len(starts) < _BULLETED_MIN:
        return []
    items: list[DraftItem] = []
    for number, start in enumerate(starts):
        following = starts[number + 1] if number + 1 < len(starts) else len(lines)
        measure = DraftItem("measure", 2, "", start, [_LINE_BULLET.sub("", lines[start]).strip()], marker="u")
        items.append(measure)
        body = lines[start + 1 : following]
        if number + 1 == len(starts):
            body = body[: next((k for k, line in enumerate(body) if not line.strip()), len(body))]
        heading = None
        if body and number + 1 < len(starts) and _heads_items(body[-1]):
            heading, body = body[-1], body[:-1]
        measure.lines.extend(line.strip() for line in body if line.strip())
        if heading is not None:
            items.append(DraftItem("section", 1, "", following - 1, [heading.strip()], heading.strip(), "u"))
    before = next((line for line in reversed(lines[: starts[0]]) if line.strip()), "")
    if _heads_items(before):
        index = max(k for k in range(starts[0]) if lines[k].strip())
        items.insert(0, DraftItem("section", 1, "", index, [before.strip()], before.strip(), "u"))
    return items


def _is_item(line: str) -> bool:
    bullet = _LINE_BULLET.match(line)
    # (• 设为首页| / • 加入收藏|: a site's links in a row, the bar between them — no list of work)
    return (
        bullet is not None
        and len(fold(line[bullet.end() :]).strip()) >= 4
        and not line.rstrip().endswith("|")
    )


def _heads_items(line: str) -> bool:
    text = fold(line).strip()
    return 0 < len(text) <= _HEADING_MAX and not text.endswith(("。", "；", "：", "!", "！", "~"))


_DUTIES_MIN = 3  # a list of units' duties: two such paragraphs may be the framework's words


def duty_paragraphs(lines: list[str]) -> list[DraftItem]:
    """A 责任分工 written as paragraphs, each opening on the unit that does it (区住建局负责…, 区委农办要…,
    负责…), run together in one paragraph (`职责如下：县环保局。负责…。县农委。负责…`) or each unit's name on
    a line over its duty's (a web table flattened): each unit's duty is a measure; at least three of them,
    and nothing numbered to go by."""
    colons = colon_members([line.strip() for line in lines])
    pieces = [
        (i, piece)
        for i, line in enumerate(lines)
        if line.strip() and not PAGE_FIELD.match(fold(line))
        for piece in split_before_owners(_without_dash(line), LIST_STOPS, colon_list=colons)
    ]
    if (rows := owner_cells_after_tasks([piece for _, piece in pieces])) is not None:
        return [DraftItem("measure", 2, "", pieces[at][0], [row], marker="u") for at, row in rows]
    drafts: list[DraftItem] = []
    named = units_on_their_lines([piece for _, piece in pieces])
    for position, (index, piece) in enumerate(pieces):
        following = pieces[position + 1][1] if position + 1 < len(pieces) else ""
        if duty_owner(piece):
            drafts.append(DraftItem("measure", 2, _own_number(piece), index, [piece], marker="u"))
        elif position in named:
            # 卫健办 / 1.负责… / 2.组织… / 3.负责…: a unit's numbered duties, its cell's lines, all its own
            points = [p for _, p in takewhile(lambda pair: _own_point(pair[1]), pieces[position + 2 :])]
            cell = fold(pieces[position - 1][1]).strip() if position else ""
            number = cell if _ROW_NUMBER.fullmatch(cell) else ""
            drafts.append(
                DraftItem(
                    "measure", 2, number, index, [piece, following, *points], marker="u", owner_line=True
                )
            )
    return _row_numbers(drafts) if len(drafts) >= _DUTIES_MIN else []


# ——省教育厅：… / --省财政厅将…: a dash a 成员单位职责 list sets before each unit's duty, as it does before a target
# (——女性人均预期寿命延长): only before a placed name is it a duty's bullet.
_DASH_BULLET = compile_lazily(r"^\s*(?:—{1,2}|-{2}|－{1,2})\s*(?=[省市县区镇乡][\u4e00-\u9fff])")


def _without_dash(line: str) -> str:
    return _DASH_BULLET.sub("", line.strip())


# 序号 / 1 / 市教育局 / 负责…: a duty table copied one cell a line keeps each row's number on the line before its unit
_ROW_NUMBER = compile_lazily(r"\d{1,3}")


def _row_numbers(drafts: list[DraftItem]) -> list[DraftItem]:
    """The drafts, the row numbers read before their units kept only when every unit's line has one and they
    count 1, 2, 3 … (else a figure that stood there by chance)."""
    cells = [draft.number for draft in drafts if draft.owner_line]
    counted = (
        bool(cells)
        and all(cells)
        and cells == [str(n) for n in range(int(cells[0]), int(cells[0]) + len(cells))]
    )
    if not counted:
        for draft in drafts:
            if draft.owner_line:
                draft.number = ""
    return drafts


_POINT = compile_lazily(r"^\s*\d{1,2}\s*[.、．]")


def _own_point(piece: str) -> bool:
    """`2.组织开展…` under a unit's line: its point (not `2.市公安局负责…`, a duty of its own)."""
    return bool(_POINT.match(piece)) and not duty_owner(piece)


SEMICOLONS = "措施没有编号，按段内分号隔开、各自写明牵头单位的事项拆分，请核对措施的起止"
_PIECES_MIN = 3  # two owned halves of a sentence may be one measure's lead and its helper


def semicolon_pieces(lines: list[str]) -> list[DraftItem]:
    """A news page's paragraph listing the work piece by piece, `；` between them, each naming its lead
    (`校园内部安全整治主要由教育局牵头，…；食品卫生监管主要由食品药品监管局牵头，…`): one measure a piece,
    at least three in the paragraph, each naming a lead."""
    drafts: list[DraftItem] = []
    for index, line in enumerate(lines):
        pieces = [piece.strip() for piece in re.split(r"(?<=[；;])", line) if piece.strip()]
        owned = [any(said.lead_units for _, said in clauses_in(piece)) for piece in pieces]
        if len(pieces) >= _PIECES_MIN and all(owned):
            drafts.extend(DraftItem("measure", 2, "", index, [piece], marker="u") for piece in pieces)
    return drafts


_OWN_NUMBER = compile_lazily(
    r"^\s*(\d{1,2}(?:\.\d{1,2}){1,3}(?=\s)|\d{1,2}(?:\.\d{1,2}){2,3}(?=[\u4e00-\u9fff]))"
)


def _own_number(piece: str) -> str:
    """`2.3.6 市建设局：负责…` on a page opening inside a list: the number the page gives it."""
    found = _OWN_NUMBER.match(fold(piece))
    return found.group(1) if found else ""
