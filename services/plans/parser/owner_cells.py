"""A task table flattened into one paragraph, each row's 责任单位 cell run in after its task and before the next
row's task: `…谋划实施一批项目。区经发局牵头，区交建局、广电网络分公司创新应用各种投融资方式…。区财金局、经发局牵头，…`.

Cut before each owner, as a duty list is, the pieces pair each owner with the wrong task: the first piece holds
the first task and no owner, every later piece opens on the owner of the task before it, and the last piece is an
owner alone. That last piece, nothing after its units, tells the two shapes apart — a duty list's last piece holds
its duty. Each owner cell then goes back to the task before it. The cell's helpers end at their last name: the
names before it stand between `、`, the last one is cut where a unit's name can end, the next task running on.
"""

from __future__ import annotations

import re

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.text import ends_like_unit, fold, is_party

# 区财金局、经发局牵头: the lead (or leads) the cell opens on
_NAME = (
    r"(?:[^，,。；;：:（(\n、]|[（(][^（()）\n]{1,10}[）)]){2,30}"  # (区社会事业局（医改办）: a name's note)
)
_LEAD = compile_lazily(rf"\s*(?:{_NAME}、){{0,5}}{_NAME}?牵头(?!单位|部门)")
_NOTE = compile_lazily(r"[（(][^（()）\n]{1,10}[）)]")  # 区社会事业局（医改办）: a name's note
# the table's header before its first row (…整改目标和措施责任单位投资增长动力不足出台…)
_HEADER_END = compile_lazily(r"(?:责任单位|牵头单位|责任部门|完成时限)(?!：|:)")
_NAME_MAX = 20
_AFTER_NAME = tuple("对在为将把向从按和与")
_ROWS_MIN = 3


def _name_end(text: str, at: int) -> int | None:
    """Where the unit named at `at` ends: the whole piece up to 、 or ， when it is one name, else the first place
    a unit's name can end (广电网络分公司 in 广电网络分公司创新应用…), with a note in brackets after it."""
    piece = re.match(r"[^，,。；;：:\n、]*", text[at:]).group()  # type: ignore[union-attr]
    first = next(
        (
            size
            for size in range(2, min(len(piece), _NAME_MAX) + 1)
            if ends_like_unit(piece[:size])
            and is_party(piece[:size])
            and not (size < len(piece) and ends_like_unit(piece[: size + 1]))
        ),
        None,
    )
    if first is None:
        return None
    # (电力公司对省级制造业龙头企业、…: the next task's preposition after the name, though the words end as a unit)
    whole = len(piece) <= _NAME_MAX and ends_like_unit(piece) and piece[first : first + 1] not in _AFTER_NAME
    if whole and text[at + len(piece) : at + len(piece) + 1] in ("、", "，", ","):
        return at + len(piece)
    note = _NOTE.match(text, at + first)
    return note.end() if note else at + first


def cell_end(text: str) -> int | None:
    """Where the owner cell `text` opens on ends (`区经发局牵头，区交建局、电信公司` before the next task), or None."""
    folded = fold(text)
    lead = _LEAD.match(folded)
    if lead is None:
        return None
    end = lead.end()
    at = end + 1 if folded[end : end + 1] in ("，", ",") else None
    while at is not None and (name_end := _name_end(folded, at)) is not None:
        end = name_end
        at = end + 1 if folded[end : end + 1] in ("、", "，", ",") else None
    return end


def owner_cells_after_tasks(pieces: list[str]) -> list[tuple[int, str]] | None:
    """The rows of a flattened task table (the piece each row's task starts in, and the row's text: its task,
    then its owner cell), when the pieces end on a run of owner cells that closes on an owner alone; else None."""
    if len(pieces) <= _ROWS_MIN:
        return None
    ends = [cell_end(piece) for piece in pieces]
    start = len(pieces)
    while start > 1 and ends[start - 1] is not None:
        start -= 1
    cells = len(pieces) - start
    last = pieces[-1]
    if cells < _ROWS_MIN or ends[-1] is None or fold(last)[ends[-1] :].strip(" 。；;，,"):
        return None
    first = pieces[start - 1]
    if not fold(first).rstrip().endswith(("。", "；", ";")):
        return None
    header = list(_HEADER_END.finditer(fold(first)))
    task = first[header[-1].end() :] if header else re.split(r"(?<=[。；;])", first.rstrip())[-2]
    rows: list[tuple[int, str]] = []
    for position in range(start, len(pieces)):
        end = ends[position]
        assert end is not None
        rows.append((position - 1, f"{task.strip()}{pieces[position][:end].strip()}"))
        task = pieces[position][end:].lstrip(" ，,")
    return rows
