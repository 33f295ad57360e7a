"""A task table's columns, known by the words of its header (序号 | 任务 | 牵头单位 | 配合单位 | 完成时限).

A 责任领导 column (people) is never taken for units, and a 负责考核部门 or 责任科室 column is; a header over
two rows (责任分工 merged over 牵头单位 | 配合单位) is read as one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.text import fold

Row = list[str]

# Checked in this order: the first pattern a header cell matches names its column.
_COLUMN_PATTERNS = (
    ("seq", compile_lazily(r"^(?:(?:项目|任务|事项|指标)?(?:序号|编号)|序|项次|任务项)$")),
    ("leader", compile_lazily(r"领导|责任人|联系人|负责人|分管")),
    # 监督科室 / 督办单位 / 监督电话: who watches over the work or how to reach them, not who does it.
    # (督办事项, the matter supervised, is the task.)
    ("other", compile_lazily(r"监督|督查(?:科|室|单位|部门)|督办(?:单位|部门|科室)|电话|联系方式")),
    ("due", compile_lazily(r"时限|时间|期限|节点|进度安排")),
    ("lead", compile_lazily(r"牵头|主责|主办|统筹(?:协调)?(?:单位|部门)")),
    # 参加单位 / 相关单位 / 支持单位 / 成员单位 / 协调单位 / 共同责任单位 beside the lead's column: who helps.
    (
        "co",
        compile_lazily(r"配合|协办|参与|协助|协同|参加|(?:相关|支持|成员|协调|联合)单位|(?:共同|次要)责任"),
    ),
    (
        "owner",
        compile_lazily(
            r"责任单位|责任部门|责任科室|责任主体|责任清单|负责部门|负责单位|考核部门|考核单位|承办|落实单位|实施主体|主体单位|部门|单位|科室|处室|股室"
            r"|站所"
        ),
    ),
    ("domain", compile_lazily(r"领域|类别|行业|方面|板块|类型|分类|方向")),
    # 包干片区 / 整治片区: a 包干 table's work is the area each unit answers for (整治重点: what is mended there)
    (
        "task",
        compile_lazily(
            r"任务|内容|措施|事项|工作|目标|要求|指标|项目|举措|实事|问题|^(?:包干|包保|责任|征收|拆迁|整治)?(?:片区|地块)$"
            r"|^(?:整治|监管|工作)重点$|^(?:主要|工作)?职责(?:分工|内容)?$"  # (序号 职责 负责单位: the duty is the work)
        ),
    ),
    # Other columns a task table has, named so that a header is read to its end (预期效果, 备注).
    (
        "other",
        compile_lazily(
            r"^是否|备注|说明|效果|属性|名称|分值|权重|来源|情况|状况|状态|计划|标准|成效|进展|进度|完成率|地点|金额|投资"
        ),
    ),
)
_BRACKETED_ROLE = compile_lazily(r"(?<=.)（(牵头|主办|主责|配合|协办|协同|参与)）$")
_LABEL_MAX = 12  # a header cell is a short label, not a sentence
_NUMBERED = compile_lazily(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\d+[.、])")


# 责任单位及责任人 / 牵头单位（负责人） / 责任单位/联系人: a unit column whose cells name a person too.
_WITH_PEOPLE = compile_lazily(
    r"(?<=单位|部门|科室|处室|股室)(?:及|和|、|/|（|\()(?:责任人|负责人|联系人)[）)]?$"
)


def names_people(cell: str) -> bool:
    """Whether a unit column's label says its cells name a person beside each unit."""
    return bool(_WITH_PEOPLE.search(re.sub(r"\s+", "", fold(cell))))


def column_of(cell: str) -> str | None:
    label = re.sub(r"\s+", "", fold(cell))
    # 责任单位（牵头） / 责任单位（配合）: the role in brackets is the label's own word.
    if role := _BRACKETED_ROLE.search(label):
        label = role.group(1) + label[: role.start()]
    # 责任单位（加黑为牵头单位）: a note on how the column is marked is no part of its label
    label = re.sub(r"(?<=.)（[^（）]{2,24}）$", "", label)
    label = _WITH_PEOPLE.sub("", label)  # 责任单位及责任人: the units' column, a person beside each
    if not label or len(label) > _LABEL_MAX or _NUMBERED.match(label):
        return None  # a sentence, or a part's heading (一、主要预期目标) across the table
    return next((key for key, pattern in _COLUMN_PATTERNS if pattern.search(label)), None)


@dataclass(frozen=True)
class Columns:
    task: int
    lead: int | None
    co: int | None
    owner: int | None
    seq: int | None
    domain: int | None
    due: int | None

    @property
    def has_units(self) -> bool:
        return self.lead is not None or self.owner is not None


_SHARED = compile_lazily(r"共同责任|联合|协调")


def _bare_unit_word(cell: str) -> bool:
    return re.sub(r"\s+", "", fold(cell)) in ("单位", "计量单位")


def columns_of(header: Row) -> Columns | None:
    """The columns a header names, or None when it is not a task table's header (no task or no unit column)."""
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = column_of(cell)
        if key and key not in found:
            found[key] = index
        elif key == "owner" and _bare_unit_word(header[found["owner"]]):
            found[key] = index  # 单位 | … | 责任单位: a bare 单位 is the unit of measure (%, 个), not who
        elif key == "owner" and not {"lead", "co"} & found.keys() and re.search("责任(?:单位|部门)", cell):
            # 承办单位 | 责任单位: who does it, who helps
            found["lead"], found["co"] = found.pop("owner"), index
    if "owner" in found and _bare_unit_word(header[found["owner"]]) and {"lead", "co"} & found.keys():
        del found["owner"]  # 单位 | 牵头部门: the bare 单位 beside a named unit column is the unit of measure
    named = [i for i, cell in enumerate(header) if re.sub(r"\s+", "", fold(cell)).endswith("名称")]
    if "task" not in found and named and column_of(header[named[0]]) not in ("lead", "co", "owner"):
        found["task"] = named[0]  # 事件类别 | 专项应急预案名称 | 牵头部门: what is named is the work
    if "task" not in found and "domain" in found and len(header) > found["domain"] + 1:
        # 重点工作 | … where no cell names the task: the first wordy column
        found["task"] = found.pop("domain")
    if "co" in found and not {"lead", "owner"} & found.keys() and _SHARED.search(header[found["co"]]):
        found["owner"] = found.pop("co")  # 共同责任单位 / 协调单位 the only unit column: who answers
    if "task" not in found or not ({"lead", "owner"} & found.keys()):
        return None
    keys = ("lead", "co", "owner", "seq", "domain", "due")
    return Columns(found["task"], *(found.get(key) for key in keys))


def sub_header(header: Row, below: Row, columns: Columns) -> tuple[Row, Columns] | None:
    """责任单位 merged over 牵头单位 | 配合单位 in the row below: the header as the two rows name the
    columns together, when that finds the co-units the top row alone leaves out (its merged cell
    reads as 责任单位 and an empty cell)."""
    if len(below) != len(header) or columns.co is not None or below[columns.task].strip():
        return None
    combined = tuple(cell.strip() or top for top, cell in zip(header, below, strict=True))
    named = columns_of(combined)
    return (combined, named) if named is not None and named.co is not None else None


def join_header_rows(rows: list[Row]) -> list[Row]:
    """A header over two rows as one: 责任分工 merged over 牵头单位 | 配合单位 in the row below. The top row
    names no unit column; the row below names only columns, among them a unit's. Word keeps a cell for
    every column in both rows (the group's sub-labels under it, blanks under the rest); a web page's copy
    leaves out the cells merged down, so the row below holds only the group's sub-labels, which then
    take the place of the first top cell that is no other column's (序号, 任务, 时限)."""
    for index in range(min(len(rows) - 1, 3)):
        top, below = list(rows[index]), [cell.strip() for cell in rows[index + 1]]
        named_top = columns_of(top)  # 责任单位 over 牵头单位 | 配合单位 names one unit column, the group
        if named_top is not None and (named_top.owner is None or {named_top.lead, named_top.co} != {None}):
            return rows
        keys = [column_of(cell) for cell in below if cell]
        if len(keys) < 2 or None in keys or not {"lead", "co", "owner"} & set(keys) or "task" in keys:
            continue
        if len(below) == len(top):
            combined = [cell or upper for upper, cell in zip(top, below, strict=True)]
        else:
            others = ("seq", "task", "due", "domain", "leader", "other")
            unknown = [c for c, x in enumerate(top) if column_of(x) not in others]
            # 推进路径 | 责任分工: of the cells no other column's, the one that says who (分工, 责任)
            named = [c for c in unknown if re.search("分工|责任|单位|部门", fold(top[c]))]
            group = named_top.owner if named_top else next(iter(named or unknown), None)
            if group is None:
                continue
            combined = [*top[:group], *(cell for cell in below if cell), *top[group + 1 :]]
        if (named := columns_of(combined)) is not None and named.lead is not None:
            return [*rows[:index], combined, *rows[index + 2 :]]
    return rows
