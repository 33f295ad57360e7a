"""Parts of a plan that frame it rather than give out work: 指导思想, 基本原则, 分工原则, 总体要求, and its
upkeep and timetable: 保障措施, 工作要求, 实施步骤.

A 基本原则 part numbers its principles like measures (1.坚持问题导向。聚焦…), and a 分工原则 part its rules
of division ((一)明确政府职责和市场功能。…). Written as sentences they read as measures that name nobody, and
the review screen would offer them to be given units. Where the plan gives its measures owners elsewhere,
a numbered item under such a part that names no unit is the framework's text, not a task of the ledger
(it stays in the plan's source text). An item there that does name an owner stays a measure. Under an
upkeep or timetable part, where some items do name owners (（一）建立月调度制度（县督查室负责）), all its
items stay: the part is then the plan's own work, numbered without gaps.
"""

from __future__ import annotations

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.model import ParsedItem
from services.plans.parser.text import fold

_FRAMEWORK = compile_lazily(
    r"^(?:指导思想|基本原则|工作原则|分工原则|总体要求|总体思路|编制依据|主要原则"
    # 二、适用范围 over 1.闲置工业用地。指…: what the plan's words mean, not work
    r"|适用范围|认定标准|认定范围|界定标准|名词解释|术语定义"
    # 三、主要目标 over 1.到2025年…: what the work is to reach; an item there that names an owner stays
    r"|(?:工作|主要|总体|发展|行动)目标)[。.]?$"
)
# （一）加强组织领导。 / （一）排查摸底阶段（3月—4月）。: the plan's upkeep and its timetable
_UPKEEP = compile_lazily(
    r"^(?:保障措施|组织保障|保障机制|工作保障|实施保障|工作要求|实施步骤|工作步骤|步骤安排|进度安排|时间安排"
    r"|方法步骤"
    # 二、存在问题 over （一）园艺镇：…未清运: a 督查通报's findings, the work is under its 整改要求
    r"|(?:存在|发现|主要|突出)的?问题|检查情况|督查情况|总体情况|基本情况)[。.]?$"
)


def is_upkeep(title: str) -> bool:
    """保障措施 / 工作要求 / 实施步骤 …: a part that keeps the plan going, gives out no work of its own."""
    return bool(_UPKEEP.match(fold(title).strip()))


def without_framework(items: list[ParsedItem]) -> list[ParsedItem]:
    """`items` without the ownerless measures that stand under a framework heading."""
    if not any(item.kind == "measure" and item.lead_units for item in items):
        return items  # a plan that names no owner anywhere: its items are all the clerk has
    owned_upkeep = _upkeep_with_owners(items)
    counted = _counted_on(items)
    kept: list[ParsedItem] = []
    open_parts: list[tuple[int, bool]] = []  # (level, framework) of the headings above the item
    for position, item in enumerate(items):
        if item.kind == "section":
            open_parts = [part for part in open_parts if part[0] < item.level]
            title = fold(item.title).strip()
            framework = bool(_FRAMEWORK.match(title)) or (
                bool(_UPKEEP.match(title)) and position not in owned_upkeep
            )
            open_parts.append((item.level, framework))
            kept.append(item)
            continue
        under_framework = any(framework for level, framework in open_parts if level < item.level)
        if under_framework and not (item.lead_units or item.co_units or position in counted):
            continue
        kept.append(item)
    return kept


def _counted_on(items: list[ParsedItem]) -> set[int]:
    """Positions of the measures of a part whose numbering the next part's measures go on with: 一、总体目标
    over 1.目标。… and 二、… over 2.…（牵头单位：X）: the plan counts the goal among its tasks, so it stays."""
    counted: set[int] = set()
    run: list[int] = []  # the measures since the last heading
    for position, item in enumerate(items):
        if item.kind == "section":
            continue
        if position > 0 and items[position - 1].kind == "section":
            last = items[run[-1]].number if run else ""
            if last.isdigit() and item.number.isdigit() and int(item.number) == int(last) + 1:
                counted.update(run)
            run = []
        run.append(position)
    return counted


def _upkeep_with_owners(items: list[ParsedItem]) -> set[int]:
    """Positions of the upkeep parts with a measure under them that names an owner."""
    owned: set[int] = set()
    for position, item in enumerate(items):
        if item.kind != "section" or not _UPKEEP.match(fold(item.title).strip()):
            continue
        for later in items[position + 1 :]:
            if later.level <= item.level:
                break
            if later.kind == "measure" and (later.lead_units or later.co_units):
                owned.add(position)
                break
    return owned
