"""Task cards: a task's fields as labels on lines of their own, each with its value on the lines below.

A 督办单, a 整改 notice or a 任务卡 gives one task (or several, one card after another) as fields rather
than as numbered sentences with a clause:

    具体任务                      一、整改任务
    全面落实…                      自治区住建厅推进落实…不力…
    责任单位                      二、 整改责任单位
    卫健局、文旅局                  和布克赛尔县住房和城乡建设局
    完成时限                      三、 整改完成情况
    1月底前完成                    …已完成整改任务。

The labels are the task-table column labels (`tables.column_of`), alone on their line, perhaps numbered;
`督办事项：推进…` on one line and a two-column table (`督办事项 | 推进…`, in text or Word) are the same fields.
A card opens at a task label and runs to the next card's; its first task field is the measure's text,
its unit fields become clause lines (`责任单位：卫健局、文旅局`) that the clause reader reads, and its other
fields stay in the text as `label：value` lines, so nothing is lost. Offered only when nothing else in the
document reads as measures, with a doubt that says how the measures were split.
"""

from __future__ import annotations

import re

from services.plans.parser.clause_spans import clauses_in
from services.plans.parser.draft import DraftItem
from services.plans.parser.header import is_page_number
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.opening_owners import duty_owner
from services.plans.parser.table_columns import column_of
from services.plans.parser.table_fit import is_unit_cell
from services.plans.parser.text import fold

CARDS = "措施没有编号，按“任务、责任单位、完成时限”等栏目拆分，请核对措施的起止和责任单位"
_NUMBERING = compile_lazily(
    r"^(?:([一二三四五六七八九十]{1,3})、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}[.、．])\s*"
)
_LABEL_MAX = 8
_SEQ_LINE = compile_lazily(r"^序号[：:]?\s*(\d{1,3})$")
# 督办事项：推进… — a label and its value on one line (numbered or not); the label is checked by `_label`.
_INLINE_LABEL = compile_lazily(
    r"^((?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)])?[^：:，。]{2,10})[：:]"
)
# 二、牵头单位县住建局: a numbered label run into its value, as a PDF's reader may join the two short lines.
_GLUED = compile_lazily(
    r"^((?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)\s*"
    r"(?:具体任务|督办事项|整改任务|工作任务|整改措施|整改目标|(?:牵头|配合|责任|承办|协办|整改责任)单位|(?:完成|办理|整改)时限))"
    r"(?=\S)"
)
_NAME_MAX = 15  # a unit's name on a line of its own
_DATE_LINE = compile_lazily(r"^\s*\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*$")
_LABEL_ENDS = ("单位", "部门", "科室", "处室", "任务", "事项", "时限", "时间", "措施", "目标", "问题", "领导")
_LABEL_ENDS += ("责任人", "内容", "情况", "要求")
_UNIT_KEYS = ("lead", "co", "owner")
_BULLET = compile_lazily(r"^[●◆■▪•◇►▶☑□√]")
_UNLABELLED = ("task", "", "")  # a card's task written without its label


def _label(line: str) -> tuple[str, str, str] | None:
    """(key, label, number) of a field's label standing alone on its line, or None."""
    folded = fold(line).strip()
    numbered = _NUMBERING.match(folded)
    label = folded[numbered.end() :] if numbered else folded
    label = label.rstrip("：:").strip().lstrip("★☆●◆■▲△※*＊·•")
    counted = _COUNTED_LABEL.match(label)  # 督办事项一： / 问题3：: the card's own number after its label
    label = counted.group(1) if counted else label
    if (
        not re.match(r"[\u4e00-\u9fff]", label)
        or len(label) > _LABEL_MAX
        or not label.endswith(_LABEL_ENDS)
        or re.search(r"[、，,]|\S\s+\S", label)
    ):
        # 县委督查室 over the date: a signature; 各乡镇、各部门： the addressees; 下墩村 存在问题:…: a place,
        # then its problem (a label has no blank inside)
        return None
    key = column_of(label)
    if key is None or key == "seq":
        return None
    if counted:
        return key, label, counted.group(2)
    return key, label, (numbered.group(1) or "") if numbered else ""


_COUNTED_LABEL = compile_lazily(r"^(.{2,8}?(?:事项|任务|问题))([一二三四五六七八九十]{1,3}|\d{1,3})$")


def task_cards(lines: list[str], cells: list[tuple[str, ...] | None] | None = None) -> list[DraftItem]:
    """The cards of `lines` as measures, or [] when no card names a task and its units, or the fields do
    not hold together as cards (see `_holds_together`).

    `cells` holds a Word table row's cells where the line is one: a card kept as a two-column table
    (督办事项 | 推进… / 承办单位 | 县住建局) reads as the same fields."""
    fields: list[tuple[int, tuple[str, str, str], list[str]]] = []  # (line, label, value lines)
    before: tuple[int, str] | None = None
    numbers: dict[int, str] = {}  # 序号：2 over a card (a 督办单's items): the line and the number
    for index, piece, value in _pieces(lines, cells or [None] * len(lines)):
        if seq := _SEQ_LINE.match(fold(lines[index]).strip()):
            numbers[index] = seq.group(1)
            continue
        label = None if value else _label(piece)
        if label is not None:
            fields.append((index, label, []))
        elif fields and fields[-1][2] and _past_the_field(fields[-1][1][0], piece):
            # A task's text after the last card's units or deadline: the next card, its task unlabelled
            # (工作要点 paragraphs each followed by 牵头单位：/配合单位： lines).
            fields.append((index, _UNLABELLED, [piece]))
        elif fields:
            fields[-1][2].append(piece)
        elif clauses_in(piece):
            return []  # a measure with its own clause before any card: a plan of another shape
        else:
            before = (index, piece)  # the first task may stand unlabelled before its first unit label
            continue
        if len(fields) == 1 and fields[0][1][0] in _UNIT_KEYS and before is not None:
            fields.insert(0, (before[0], _UNLABELLED, [before[1]]))
    fields = [field for field in fields if field[2]]  # a label with no value is a table's header cell
    # Each card opens on the label the first one opens on (督办事项), or on a task left unlabelled; other
    # task labels after the units (办理要求, 整改措施) are the card's own fields.
    opening = next((f[1][1] for f in fields if f[1][0] == "task"), None)
    cards: list[list[tuple[int, tuple[str, str, str], list[str]]]] = []
    for field in fields:
        opens = field[1][1] == opening or field[1] is _UNLABELLED
        if opens and (not cards or any(f[1][0] in _UNIT_KEYS for f in cards[-1])):
            cards.append([field])
        elif cards:
            cards[-1].append(field)
    if not all(map(_holds_together, cards)):
        return []
    # An unlabelled card that names no unit is the closing words (县委督查室 / the date).
    cards = [
        card for card in cards if card[0][1] is not _UNLABELLED or any(f[1][0] in _UNIT_KEYS for f in card)
    ]
    if not any(any(f[1][0] in _UNIT_KEYS for f in card) for card in cards):
        return []
    # The document's closing words (公示时间…, the signature, the date) follow the last field's value:
    # it keeps its first paragraph, and a unit field its names one a line, up to a signature over a date.
    _, (key, _, _), value = cards[-1][-1]
    kept = 1
    while (
        kept < len(value) and key in _UNIT_KEYS and len(value[kept]) <= _NAME_MAX and not _signed(value, kept)
    ):
        kept += 1
    del value[kept:]
    measures = [_measure(card, lines) for card in cards]
    starts = [measure.line for measure in measures]
    for position, measure in enumerate(measures):
        after = starts[position - 1] if position else -1
        given = [number for line, number in numbers.items() if after < line < measure.line]
        if given and not measure.number:
            measure.number = given[-1]
    return measures


def _past_the_field(key: str, piece: str) -> bool:
    """A line after a unit field's names or a deadline's date that is neither: the next task's text."""
    folded = fold(piece).strip()
    if _DATE_LINE.match(folded):
        return False  # the date under a signature: the closing words, trimmed with the last field
    if key in _UNIT_KEYS:
        return not is_unit_cell(piece) or "。" in folded or bool(_BULLET.match(folded))
    return key == "due"


def _signed(value: list[str], at: int) -> bool:
    """value[at] is a date, or the issuer's name over one (县委督查室 / 2023年9月20日)."""
    return any(_DATE_LINE.match(fold(line)) for line in value[at : at + 2])


def _holds_together(card: list[tuple[int, tuple[str, str, str], list[str]]]) -> bool:
    """A card's fields are short values: a task field is no list of measures with clauses of their own
    (工作目标：… over paragraphs each closing with 责任单位), a unit field holds names, a deadline one line.
    Otherwise the labels are a plan's headings and its own readers (unnumbered, bulleted, duty paragraphs)
    read it."""
    for _, (key, _, _), value in card:
        if key == "task" and any(clauses_in(line, subjects=False) or duty_owner(line) for line in value):
            return False
        if key in _UNIT_KEYS and not all(is_unit_cell(line) and "。" not in fold(line) for line in value[:1]):
            return False  # 各乡镇、各部门： over a sentence: a notice's addressees, no unit field
        if key == "due" and len(value) > 1:
            return False
    return True


def _pieces(lines: list[str], cells: list[tuple[str, ...] | None]) -> list[tuple[int, str, bool]]:
    """Each line's text as labels and values: `督办事项：推进…` and a row `督办事项 | 推进…` (in `|` text or a
    Word table) give the label and its value apart, as the cards with labels alone on their lines have them."""
    pieces: list[tuple[int, str, bool]] = []  # (line, text, whether it is a label's value on its line)
    for index, (line, row) in enumerate(zip(lines, cells, strict=False)):
        if row is None and is_page_number(line.strip()):
            continue  # — 3 — between two cards: the page's, no task's text
        if row is None and line.count("|") >= 2:
            row = tuple(line.strip().strip("|").split("|"))
        parts = [part.strip() for part in row if part.strip()] if row is not None else [line.strip()]
        colon = _INLINE_LABEL.match(fold(parts[0])) if len(parts) == 1 else None
        if colon and parts[0][colon.end() :].strip() and _label(colon.group(1)):
            parts = [parts[0][: colon.end(1)], parts[0][colon.end() :].strip()]
        elif len(parts) == 1 and (glued := _GLUED.match(fold(parts[0]))) and _label(glued.group(1)):
            parts = [parts[0][: glued.end(1)], parts[0][glued.end(1) :].strip()]
        if len(parts) == 1 and parts[0]:
            pieces.append((index, parts[0], False))
        elif len(parts) == 2 and _label(parts[0]):
            pieces += [(index, parts[0], False), (index, parts[1], True)]
    return pieces


def _measure(card: list[tuple[int, tuple[str, str, str], list[str]]], source: list[str]) -> DraftItem:
    (start, (_, _, number), task), *others = card
    lines = list(task)
    for index, (key, label, _), value in others:
        written = source[index].strip()
        rebuilt = f"{label}：{('、' if key in _UNIT_KEYS else '').join(value)}"
        if re.sub(r"\s", "", fold(written)) == re.sub(r"\s", "", fold(rebuilt)):
            lines.append(written)  # 牵头单位:县住建局 on its line: as written, the text the clerk sees
        else:  # names one a line are a list; any other field's lines are its text run on
            lines.append(rebuilt)
    return DraftItem("measure", 1, number, start, lines, marker="c", prefix_length=0)
