"""The header of a table read cell after cell (text_tables): its labels, some broken over two cells by a
narrow column (责任 / 领导, 牵头 / 部门, 2015年 / 目 标), up to the first row's number."""

from __future__ import annotations

import re

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.table_columns import column_of
from services.plans.parser.table_fit import UNIT_KEYS, is_unit_cell
from services.plans.parser.text import fold

_ROW_NUMBER = compile_lazily(r"^([A-Za-z]?)(\d{1,3})$")


def header_cells(cells: list[str], start: int) -> tuple[list[str], int]:
    """The header's labels from `start`, and the index of the first cell after them."""
    header: list[str] = []
    index = start
    while index < len(cells):
        cell = cells[index]
        if _ROW_NUMBER.match(cell.strip()):
            break
        if header and re.fullmatch(r"（(?![一二三四五六七八九十]+）)[^（）]{1,6}）", fold(cell).strip()):
            header[-1] += cell  # 责任股室 / (单位): a label wrapped before its bracketed rest
            index += 1
        elif (
            fold(cell).strip()
            in ("牵头", "责任", "配合", "协办", "主办", "参与", "协助", "主责", "承办", "落实")
            and index + 1 < len(cells)
            and fold(cells[index + 1]).strip() in ("部门", "单位", "科室", "处室", "股室")
        ):
            header.append(
                cell + cells[index + 1]
            )  # 牵头 / 部门: one label a narrow cell broke in two (权重 / 单位 are two)
            index += 2
        elif index + 1 < len(cells) and _category_broken(cell, cells[index + 1]):
            header.append(cell + cells[index + 1])  # 任务 / 分类: one category label, not a task column
            index += 2
        elif column_of(cell):
            header.append(cell)
            index += 1
        elif (
            header
            and len(fold(cell).strip()) == 1
            and "\u4e00" <= fold(cell).strip() <= "\u9fff"  # (not a group row's — in its 序号 cell)
            and column_of(header[-1]) is not None
            and column_of(header[-1] + cell) == column_of(header[-1])
        ):
            header[-1] += cell  # 牵头单 / 位: a label's last character wrapped onto a line of its own
            index += 1
        elif (
            index + 1 < len(cells)
            and (len(fold(cell).strip()) <= 4 or (len(cell.strip()) <= 6 and column_of(cells[index + 1])))
            and column_of(cell + cells[index + 1])
            and not _own_column(cell, cells[index + 1])
        ):  # 责任 / 领导, 2015年 / 目 标: a label broken over two cells
            header.append(cell + cells[index + 1])
            index += 2
        elif header and index + 1 < len(cells) and _own_column(cell, cells[index + 1]):
            header.append(cell)  # 细化分工 | 责任处室: a column the task-table labels do not name
            index += 1
        elif (
            header
            and index + 1 < len(cells)
            and "domain" not in map(column_of, header)  # (类别 first: 经济发展 / G1 is a row's category)
            and _last_label(cell, cells[index + 1])
        ):
            header.append(cell)  # … | 建设目标 | 所处区域 / 一 / 市政设施类: a last label no pattern names
            index += 1
        else:
            break
    return header, index


def _category_broken(cell: str, following: str) -> bool:
    """任务 / 分类, 工作 / 类别: a two-character word of the work over the kind it sorts by — a category's label a
    narrow column broke in two (序号 / 任务 and 任务 / 时限 stay two columns)."""
    first, second = fold(cell).strip(), fold(following).strip()
    return (
        len(first) == len(second) == 2
        and column_of(first) == "task"
        and column_of(second) == column_of(first + second) == "domain"
    )


_PART_NUMBER = compile_lazily(r"^[一二三四五六七八九十]{1,3}、?$")


def _last_label(cell: str, following: str) -> bool:
    """A short label of words (所处区域, 推进情况) right before a part's number across the table (一 /
    市政设施类): the header's last column, though no task-table label names it."""
    after = fold(following).strip()
    # (not before a row's number: 农业高质高效 / 1 is the first row's category, merged down the table)
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,6}", fold(cell).strip())) and bool(_PART_NUMBER.match(after))


def _own_column(cell: str, following: str) -> bool:
    """A word of its own before a label (细化分工 | 责任处室), not the first half of one (责任 | 领导,
    攻坚目标 | 任务): both four characters or more, and joining them changes nothing the second one says."""
    word = fold(cell).strip()
    return (
        bool(re.fullmatch(r"[\u4e00-\u9fff]{4,8}", word))
        and len(fold(following).strip()) >= 4  # 攻坚目标 / 任务: a two-character label is a broken one's end
        and column_of(following) in UNIT_KEYS  # 第二季度 / 完成情况 is one label broken over two cells
        and column_of(cell + following) == column_of(following)
    )


_LABEL_MAX = 10


def labels_before(lines: list[str], at: int) -> int:
    """Where a table whose 序号 is not its first column starts: `改革领域` / `序号` / `改革事项` / `落实推进单位`,
    one label a paragraph — the labels before 序号 are its header's too (not a title, not a sentence)."""
    start, index = at, at - 1
    while index >= 0 and at - index <= 2 * _LABEL_MAX:
        line = lines[index].strip()
        if line and (len(line) > _LABEL_MAX or not column_of(line) or column_of(line) == "seq"):
            break
        start = index if line else start
        index -= 1
    return start if start < at and _leading_cell_per_row(lines[at : at + 60]) else at


def _leading_cell_per_row(lines: list[str]) -> bool:
    """Whether each row opens on its own cell before its number (`市场准入` / `1` / … / `市场准入` / `2`), not
    on a category printed once over the rows it spans (merged down the table)."""
    cells = [line.strip() for line in lines if line.strip()]
    labels = next(
        (i for i, cell in enumerate(cells[1:], 1) if len(cell) > _LABEL_MAX or not column_of(cell)), 0
    )
    body = cells[labels:]
    if len(body) < 2 or body[0] == "1" or body[1] != "1" or "2" not in body:
        return False
    second = body.index("2")
    return body[second - 1] == body[0] or not is_unit_cell(body[second - 1])
