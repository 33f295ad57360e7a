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

from services.plans.parser.structure import DraftItem
from services.plans.parser.tables import column_of
from services.plans.parser.text import fold

CARDS = "措施没有编号，按“任务、责任单位、完成时限”等栏目拆分，请核对措施的起止和责任单位"
_NUMBERING = re.compile(
    r"^(?:([一二三四五六七八九十]{1,3})、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}[.、．])\s*"
)
_LABEL_MAX = 8
# 督办事项：推进… — a label and its value on one line (numbered or not); the label is checked by `_label`.
_INLINE_LABEL = re.compile(
    r"^((?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)])?[^：:，。]{2,10})[：:]"
)
_NAME_MAX = 15
_LABEL_ENDS = ("单位", "部门", "科室", "处室", "任务", "事项", "时限", "时间", "措施", "目标", "问题", "领导")
_LABEL_ENDS += ("责任人", "内容", "情况", "要求")  # a unit's name on a line of its own
_UNIT_KEYS = ("lead", "co", "owner")


def _label(line: str) -> tuple[str, str, str] | None:
    """(key, label, number) of a field's label standing alone on its line, or None."""
    folded = fold(line).strip()
    numbered = _NUMBERING.match(folded)
    label = folded[numbered.end() :] if numbered else folded
    label = label.rstrip("：:").strip()
    if not label or len(label) > _LABEL_MAX or not label.endswith(_LABEL_ENDS):
        return None  # 县委督查室 over the date: a signature, no field
    key = column_of(label)
    if key is None or key == "seq":
        return None
    return key, label, (numbered.group(1) or "") if numbered else ""


def task_cards(lines: list[str], cells: list[tuple[str, ...] | None] | None = None) -> list[DraftItem]:
    """The cards of `lines` as measures, or [] when no card names a task and its units.

    `cells` holds a Word table row's cells where the line is one: a card kept as a two-column table
    (督办事项 | 推进… / 承办单位 | 县住建局) reads as the same fields."""
    fields: list[tuple[int, tuple[str, str, str], list[str]]] = []  # (line, label, value lines)
    for index, piece, value in _pieces(lines, cells or [None] * len(lines)):
        label = None if value else _label(piece)
        if label is not None:
            fields.append((index, label, []))
        elif fields:
            fields[-1][2].append(piece)
    fields = [field for field in fields if field[2]]  # a label with no value is a table's header cell
    cards: list[list[tuple[int, tuple[str, str, str], list[str]]]] = []
    for field in fields:
        key = field[1][0]
        opens = key == "task" and (not cards or any(f[1][0] in _UNIT_KEYS for f in cards[-1]))
        if opens:
            cards.append([field])
        elif cards:
            cards[-1].append(field)
    if not any(any(f[1][0] in _UNIT_KEYS for f in card) for card in cards):
        return []
    # The document's closing words (公示时间…, the signature, the date) follow the last field's value:
    # it keeps its first paragraph, and a unit field its names one a line.
    _, (key, _, _), value = cards[-1][-1]
    kept = 1
    while kept < len(value) and key in _UNIT_KEYS and len(value[kept]) <= _NAME_MAX:
        kept += 1
    del value[kept:]
    return [_measure(card) for card in cards]


def _pieces(lines: list[str], cells: list[tuple[str, ...] | None]) -> list[tuple[int, str, bool]]:
    """Each line's text as labels and values: `督办事项：推进…` and a row `督办事项 | 推进…` (in `|` text or a
    Word table) give the label and its value apart, as the cards with labels alone on their lines have them."""
    pieces: list[tuple[int, str, bool]] = []  # (line, text, whether it is a label's value on its line)
    for index, (line, row) in enumerate(zip(lines, cells, strict=False)):
        if row is None and line.count("|") >= 2:
            row = tuple(line.strip().strip("|").split("|"))
        parts = [part.strip() for part in row if part.strip()] if row is not None else [line.strip()]
        colon = _INLINE_LABEL.match(fold(parts[0])) if len(parts) == 1 else None
        if colon and parts[0][colon.end() :].strip() and _label(colon.group(1)):
            parts = [parts[0][: colon.end(1)], parts[0][colon.end() :].strip()]
        if len(parts) == 1:
            pieces.append((index, parts[0], False))
        elif len(parts) == 2 and _label(parts[0]):
            pieces += [(index, parts[0], False), (index, parts[1], True)]
    return pieces


def _measure(card: list[tuple[int, tuple[str, str, str], list[str]]]) -> DraftItem:
    (start, (_, _, number), task), *others = card
    lines = list(task)
    for _, (_, label, _), value in others:
        lines.append(
            f"{label}：{'、'.join(value) if len(value) > 1 and len(value[0]) <= 12 else ''.join(value)}"
        )
    return DraftItem("measure", 1, number, start, lines, marker="c", prefix_length=0)
