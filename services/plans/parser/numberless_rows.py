"""A task table copied one cell a paragraph whose rows carry no number: 序号 / 任务名称 / 任务内容 / 责任单位 /
配合单位 over `深入开展宣传教育` / `加大交通枢纽…宣传。` / `区建管委、区文旅局` / `各街镇` / `将生活垃圾分类知识…` /
`区教育局、团区委` / `各街镇` … — the 序号 cells left empty, the 任务名称 cell merged over its group's rows and
printed on the first only, an empty 配合单位 printed `/` or dropped. (Or numbered `（一）` in 序号 cells the row
finder does not count, group rows `— / 构建…体系` across the table, the rows under a merged 序号 sharing it.)

Without numbers the rows are told by what their cells hold: a row is its text cells, then its run of unit cells
(at most one a unit column); a text cell after a unit cell starts the next row. Of a row's text cells the last
is its task, one before it the merged name (carried down to the rows after it until another is printed).
"""

from __future__ import annotations

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.table_fit import UNIT_KEYS, is_unit_cell, org_like
from services.plans.parser.text import ends_like_unit, fold, split_units

_EMPTY = ("/", "／", "—", "——", "-", "无", "")
_TASK_MIN = 12  # a task's text is a sentence; a shorter cell among them is a name or a heading
_ROWS_MIN = 2
_KINDS = compile_lazily(r"[委办局部]、[委办局部]、[委办局部]$")
# （一） / (2) / 3 / 一、 in a 序号 cell; — or 二 alone numbering a group's row
_ROW_MARK = compile_lazily(
    r"^(?:[（(]([一二三四五六七八九十\d]{1,3})[）)]|([一二三四五六七八九十]{1,3})、?|(\d{1,3})|[—\-－]{1,2})$"
)
_ITEM = compile_lazily(r"^\s*(\d{1,3})[.、．](?!\d)")


def _bodies(cell: str) -> bool:
    """Surely units (区规划资源局, 团区委), or bodies named by their line of work (建设主管部门)."""
    if org_like(cell):
        return True
    names = split_units(cell)
    return bool(names) and is_unit_cell(cell) and all(ends_like_unit(name) for name in names)


def numberless_rows(header: list[str], body: list[str], keys: list[str | None]) -> list[list[str]]:
    """The rows of a table whose 序号 cells are empty (header first), or [] when its cells do not read so."""
    units = len(keys) - next((i for i, key in enumerate(keys) if key in UNIT_KEYS), len(keys))
    numbered = keys[:1] == ["seq"]  # (the empty 序号 column may have been dropped as empty)
    texts = len(keys) - numbered - units  # the columns between 序号 and the units
    if units < 1 or texts < 1 or any(key not in UNIT_KEYS for key in keys[-units:]) or "task" not in keys:
        return []
    # (类别 | 项目 | 主要任务 | 牵头单位 | 配合单位 with no 序号: the 项目's own number `1.做好规划配套`, shared by
    # the rows under it, is the rows' number, in a 序号 column put before them)
    rows: list[list[str]] = [header if numbered else ["序号", *header]]
    pending: list[str] = []
    owners: list[str] = []
    carried = [""] * texts  # the text columns' last cells, carried down to the rows that leave them merged
    mark = ""  # the row's number in its 序号 cell (（一）), carried down to the rows under a merged 序号

    def close() -> bool:
        nonlocal pending, owners
        if not pending or len(fold(pending[-1])) < _TASK_MIN or len(pending) > texts:
            return False
        # a row's text cells fill its last text columns; the columns before them are merged from above
        carried[texts - len(pending) :] = pending
        number = next((found.group(1) for cell in carried[:-1] if (found := _ITEM.match(fold(cell)))), "")
        cells = [cell if fold(cell).strip() not in _EMPTY else "" for cell in owners]
        # (the 项目's number moves to the 序号 column: `1.做好规划配套` reads 1 | 做好规划配套, not 1. 1.做好…)
        texts_shown = [_ITEM.sub("", cell, count=1) if number and not numbered else cell for cell in carried]
        rows.append([mark if numbered else number, *texts_shown, *cells, *[""] * (units - len(cells))])
        pending, owners = [], []
        return True

    for cell in body:
        folded = fold(cell).strip()
        # (—— after a row's lead cell is its empty 配合 cell, not a group's mark)
        dash_owner = folded in _EMPTY and 0 < len(owners) < units
        if numbered and _ROW_MARK.match(folded) and not dash_owner:
            # a row's number in its 序号 cell; cells before it are a group's row across the table (— / 构建…体系)
            if owners and not close():
                return []
            if pending and not owners and len(rows) > 1:
                close()  # a row whose unit cells were empty and dropped: kept, for the clerk to name its owners
            found = _ROW_MARK.match(folded)
            mark = found.group(1) or found.group(2) or found.group(3) or ""
            pending = []
            continue
        # (夯实基层综合治理 is no unit; 各街道、相关委、办、局 names bodies by their kinds)
        owner_cell = folded in _EMPTY or _bodies(cell) or bool(_KINDS.search(folded) and len(folded) <= 30)
        owner_cell = owner_cell and not _ITEM.match(folded)  # (5.实化运行消防安全委员会: an item's name)
        if owner_cell and pending and len(owners) < units:
            owners.append(cell)
            continue
        if owners and not close():
            return []
        if not folded:
            continue
        if owner_cell:
            return []  # a unit cell with no task before it: the cells do not read as such rows
        pending.append(cell)
    if owners and not close():
        return []
    if pending and len(rows) > _ROWS_MIN:
        close()  # (the last row of a table read so far, its unit cells empty: its text is no less the table's)
    return rows if len(rows) > _ROWS_MIN else []
