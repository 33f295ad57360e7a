"""What a unit's name carries that is not the unit: a note on its role, a page's header run into its cell.

A 督查 notice marks each owner's part (`成华区人民政府（属地）`, `市城管委（行业监管）`): the units are the ones
named; the note says why each was chosen, neither lead nor helper (lead_marks reads （牵头） / （配合）). A
PDF table whose cell wraps over a page takes the next page's running header and repeated header row into the
cell (`附件２`, `序号   指标名称   单位   责任单位`, `武昌区人民政府办公室      2023 年 2 月`): a run of blanks that
sets columns apart is in no unit's name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.model import ParsedItem
from services.plans.parser.text import ends_like_unit, fold
from services.plans.parser.unit_endings import ORGANISATION_PART

# (区防指办公室（设在区应急管理局）: where the office sits, not another unit)
_ROLE_NOTE = compile_lazily(
    r"\s*[（(](?:属地|属地管理|属地责任|行业监管|行业主管|主管|监管|督导|统筹|设在[^（）()]{2,20})[）)]$"
)
# 区统计局（数据统计评估牵头单位）: the unit's part in one of the row's tasks, said in its cell
_PART_NOTE = compile_lazily(r"\s*（[^（）]{0,12}(?:牵头|配合|协办|主办|责任)(?:单位|部门)）$")
_RESIDUE = compile_lazily(r"\s{3,}|^附件\s*[\d一二三四五六七八九十]*$|^序号")


# （一）完善交通标志区交通与建设局要牵头… / 竹屿湖二期项目由区交通投资有限公司负责 / 区交通投资集团有限公司具体负责 /
# 嘉源公司作为业主单位负责: a subject read up to its verb takes the words around the unit's name with it — a
# heading glued before it (a work's verb and its object, then a placed name), the project 由 gives out, the
# adverb or the role after it. Only when what is left ends as a unit does.
_WORDS_AROUND = compile_lazily(
    r"^(?:(?:完善|加强|保障|推进|做好|落实|开展|强化|提升|优化|严格|规范|建立|健全|加快|实施|深化|推动|抓好|确保)"
    r"[\u4e00-\u9fff]{1,12}?(?=[区市县省])|(?:[\u4e00-\u9fff]{2,16}?)?(?<!自)由(?=[区市县省各])"
    r"|本(?:预案|方案|办法|规定|细则|计划)由)"  # (本预案由X根据实际情况修订: the document X answers for)
    r"|(?:具体|作为[\u4e00-\u9fff]{2,6}(?:单位|主体))$"
)


_WORK_WORDS = compile_lazily(r"改造|建设|整治|提升|管理|治理|推进|工程|项目|道路|设施")
_HEADING_MIN = 6


# 民政、国土部门： / 公安及维稳部门 / 建设、交通、林业部门要…: lines of work printed once before 部门 — every blind
# writer ledgers them one by one as printed (民政 | 国土部门), as the clauses' lists already read; a field's own
# 和 (人力资源和社会保障部门) stays, and a place's list (江北、渝中区教育部门) or 各/有关 is no line of work.
_FIELDS = compile_lazily(r"^(?:[\u4e00-\u9fff]{2,6}[、及])+[\u4e00-\u9fff]{2,10}?(?:部门|机关)$")
_NOT_A_FIELD = compile_lazily(r"^(?:各|有关|相关|其他|其它)|[区县州镇乡]$|[局委办厅部]$|政府|中心")


def _fields(unit: str) -> list[str]:
    if not _FIELDS.match(unit):
        return [unit]
    parts = re.split(r"[、及]", unit)
    if any(_NOT_A_FIELD.search(part) for part in parts[:-1]) or _NOT_A_FIELD.search(parts[-1][:1]):
        return [unit]
    return parts


def _tidy(units: tuple[str, ...]) -> tuple[str, ...]:
    kept = (
        _without_part(_ROLE_NOTE.sub("", _without_words_around(unit)))
        for unit in units
        if not _RESIDUE.search(fold(unit).strip())
    )
    return tuple(dict.fromkeys(part for unit in kept if unit for part in _fields(unit)))


def _without_words_around(unit: str) -> str:
    bare = _WORDS_AROUND.sub("", unit)
    if bare == unit or len(bare) < 3 or not ends_like_unit(bare):
        return unit
    if not unit.endswith(bare):
        return bare  # (平潭综合实验区…公司作为业主单位: only a role after the name was dropped, the name is whole)
    # (推进城区道路改造区住建局: the heading's own 区 came first; a level word after the heading's work words
    # starts the name — not 区城市管理局's 市)
    for later in range(2, len(bare) - 2):
        if bare[later] in "区市县省" and _heading_words(bare[:later]) and ends_like_unit(bare[later:]):
            return bare[later:]
    return bare


def _heading_words(before: str) -> bool:
    """Words before a level word that are a heading's, not a name's first part: work words, or a few words
    with nothing of an organisation in them (完善辖区主干道交通指示标志 | 区交通与建设局; not 区公安分局各辖 |
    区派出所, whose 分局 is a name's)."""
    return bool(_WORK_WORDS.search(before)) or (
        len(before) >= _HEADING_MIN and not ORGANISATION_PART.search(before)
    )


def _without_part(unit: str) -> str:
    folded = fold(unit)
    note = _PART_NOTE.search(folded)
    return unit[: note.start()] if note and note.start() > 1 and len(folded) == len(unit) else unit


def tidy_owners(items: list[ParsedItem]) -> list[ParsedItem]:
    """The items, each measure's units without role notes and without a page's residue."""
    return [
        replace(item, lead_units=_tidy(item.lead_units), co_units=_tidy(item.co_units))
        if item.kind == "measure"
        else item
        for item in items
    ]
