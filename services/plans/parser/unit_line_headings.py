"""A unit's name on a line of its own over its duties numbered afresh: `市建设局` / `（一）…` `（二）…`.

A department's list of duties (清欠 分工, a 预案's 部门职责) may name each unit on an unnumbered line and number
its duties under it from （一） again. The outline reads the numbered duties and leaves the name in no item or
as the last line of the duty before it (in the page's header, for the first unit): here the name becomes a
heading over its duties, one level above them, so heading_owners gives each of them its unit.
"""

from __future__ import annotations

import re

from services.plans.parser.draft import DraftItem
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.opening_owners import unit_line
from services.plans.parser.text import fold

_FIRST = ("一", "1")
_SECOND = ("二", "2")
_DUTY_WORDS = ("负责", "承担", "主要负责", "主要职责", "职责")
_NAME_MAX = 20  # a unit's name; a longer line is a sentence or a title
_MARK = "unit-line"
_MOST_NAMED, _MOST = 3, 0.75


def _opens_a_run(item: DraftItem) -> bool:
    return item.number in _FIRST and item.marker in ("l1", "l2", "m", "p")


def _is_name(line: str) -> bool:
    name = _named(line)  # (农林水局: over its points: a colon after the name is the heading's)
    # (保密组职责 / 抢险救灾组职责: a working group named by its duties' heading, 组 its ending)
    group = name != line.strip().rstrip(":：") and bool(re.fullmatch(r"[\u4e00-\u9fff]{1,8}组", name))
    return len(name) <= _NAME_MAX and (unit_line(name) or group)


_ENTRY = compile_lazily(r"^\s*([^，,。；;：:\s（）()]{2,20})[：:]\s*\S")


def entry_name(line: str) -> str | None:
    """The unit a duty list's entry (`X：its summary`) opens on, or None."""
    found = _ENTRY.match(fold(line))
    return found.group(1) if found and _is_name(found.group(1)) else None


def _named(line: str) -> str:
    # (保密组职责 / 综合协调组的主要职责： over its numbered duties: the body's name)
    name = line.strip().removesuffix(":").removesuffix("：").strip()
    # (区国动办承担以下监督检查职责： / 区公安分局履行下列职责：: a 规定's article, its subject over the duties)
    name = re.sub(
        r"(?:应当|应)?(?:承担|履行|负责)(?:以下|下列|如下)[\u4e00-\u9fff]{0,6}(?:职责|工作)$", "", name
    )
    return re.sub(r"(?:的)?(?:主要)?职责$", "", name) if len(name) > 4 else name


def unit_line_headings(
    drafts: list[DraftItem], lines: list[str], header_end: int
) -> tuple[list[DraftItem], int]:
    """The drafts with each unit's line over a run of duties made a heading; the header ends before the
    first such line."""
    result: list[DraftItem] = []
    original_end = header_end
    # the part (its heading's line), level and numbering of each run of duties numbered afresh, and of those a
    # unit's line heads (二、工作原则's （一）（二）… or 四's 1.… 2.… definitions are no unit's duties)
    runs: list[tuple[int, int, str]] = []
    styles: list[tuple[int, int, str]] = []
    parts: dict[int, int] = {}  # the line of the last heading above each level
    trimmed: list[DraftItem] = []  # duties whose last line is the next unit's name
    for position, item in enumerate(drafts):
        if item.kind == "section":
            parts = {level: line for level, line in parts.items() if level < item.level} | {
                item.level: item.line
            }
        part = max((line for level, line in parts.items() if level < item.level), default=-1)
        second = drafts[position + 1] if position + 1 < len(drafts) else None
        # a run of duties: its second follows its first (a table's cell `1.…2.…` after a unit's cell is none)
        run = second is not None and second.number in _SECOND and second.level == item.level
        before = drafts[position - 1] if position else None
        # after the run before it, or under the part's heading (三、部门职责 / 市建设局 / （一）…)
        placed = before is None or before.level >= item.level or before.kind == "section"
        if run and _opens_a_run(item) and placed:
            runs.append((part, item.level, item.marker))
            start = drafts[position - 1].line + 1 if position else 0
            found = _name_before(lines, start, item.line)
            # (before the first part, a line that is only a name is the issuer's: 芜湖市人民政府 / 关于…的通知)
            if found is not None and position == 0 and not _duty_or_none(lines, found, item.line):
                found = None
            if found is not None:
                if result and result[-1].lines and result[-1].lines[-1].strip() == lines[found].strip():
                    trimmed.append(result[-1])  # the name read as the last duty's line
                under = [line.strip() for line in lines[found + 1 : item.line] if line.strip()]
                entry = entry_name(lines[found])
                name = entry or _named(lines[found])
                heading = lines[found].strip() if entry else name  # (an entry's summary kept with its name)
                result.append(
                    DraftItem("section", item.level, "", found, [heading, *under], name, marker=_MARK)
                )
                header_end = min(header_end, found)
                styles.append((part, item.level, item.marker))
        result.append(item)
    named = [item for item in result if item.marker == _MARK]
    # every run of the headings' level has its unit, or none is read so (a run left without its unit's
    # line would be no unit's: the list is of another kind)
    counted = runs.count(styles[0]) if styles else 0
    whole = len(named) == counted and (len(named) >= 2 or (named and named[0] is result[0]))
    # (管理层 / 1、馆长… then 采编部门 / 流通部门 / 信息技术部门 …: one run under a line that names no unit
    # among many that do — the list is of units all the same, that run left to the clerk)
    whole = whole or (len(named) >= _MOST_NAMED and len(named) >= _MOST * counted)
    if not whole:
        return drafts, original_end
    for item in trimmed:
        item.lines = item.lines[:-1]
    return _nested(result), header_end


def _name_before(lines: list[str], start: int, end: int) -> int | None:
    """The unit's line among the last two lines with text before a run's first duty (its summary may
    stand between: `市劳动和社会保障局` / `负责农民工工资的清欠和防欠工作。` / `（一）…`)."""
    texts = [index for index in range(start, min(end, len(lines))) if lines[index].strip()]
    found = next((index for index in reversed(texts[-2:]) if _is_name(lines[index])), None)
    # (垃圾分类服务外包企业：承担…工作 over 1.… 2.…: the unit's entry, its summary after the colon; not over the
    # first run, where 局各处室：为巩固… is the notice's salutation)
    if found is None and texts and start > 0 and entry_name(lines[texts[-1]]):
        found = texts[-1]
    before = [index for index in texts if found is not None and index < found]
    # (a table copied one cell a line: `市发展改革委` / `市商务局` are a row's unit cells, no heading)
    return None if before and _is_name(lines[before[-1]]) else found


def _duty_or_none(lines: list[str], start: int, end: int) -> bool:
    """Nothing, or one line of the unit's duty (负责农民工工资的清欠和防欠工作。), between its name and its run."""
    between = [fold(line).strip() for line in lines[start + 1 : end] if line.strip()]
    return not between or (len(between) == 1 and between[0].startswith(_DUTY_WORDS))


def _nested(items: list[DraftItem]) -> list[DraftItem]:
    """Each unit's duties one level under its heading (the headings stand at the duties' level); a duty
    with nothing under it is a measure (the outline left a run of childless top-level items headings)."""
    scope: int | None = None
    under: list[DraftItem] = []
    for previous, item in zip([None, *items[:-1]], items, strict=True):
        if item.marker == _MARK:
            scope = item.level
        elif item.level == scope and item.number in _FIRST and (previous is None or previous.marker != _MARK):
            scope = (
                None  # a new count with no unit's line over it (人民法院 / （一）…, cut): no unit's duties
            )
        elif scope is not None and item.level >= scope:
            item.level += 1
            under.append(item)
        else:
            scope = None
    lowest = min(item.level for item in items if item.marker == _MARK)
    for item, following in zip(items, [*items[1:], None], strict=True):
        # (a count left outside every unit's heading is the list's too: a measure naming nobody, for review)
        listed = item in under or (item.level >= lowest and item.marker != _MARK)
        if listed and item.kind == "section" and (following is None or following.level <= item.level):
            item.kind = "measure"
    for item in items:
        item.marker = "u" if item.marker == _MARK else item.marker
    return items
