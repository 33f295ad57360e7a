"""Headings with nothing numbered under them: a measure when they carry a clause, name their lead, or
stand beside headings over numbered measures with their work in the paragraphs under them.
"""

from __future__ import annotations

from services.plans.parser.clause_lines import is_clause_line
from services.plans.parser.clause_pieces import split_after_clauses
from services.plans.parser.clause_spans import clauses_in
from services.plans.parser.draft import DraftItem
from services.plans.parser.duty_openings import (
    colon_members,
    duty_runs,
    duty_stops,
    owner_openings,
    split_before_owners,
)
from services.plans.parser.folding import fold
from services.plans.parser.heading_leads import heading_lead
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.opening_owners import unit_line
from services.plans.parser.written_names import opening_name


def settle_heading(
    heading: DraftItem | None, body: list[tuple[int, str]], childless: dict[int, list[str]]
) -> list[DraftItem]:
    """A heading with no numbered item under it that carries a clause is a measure: （一）地区生产总值增长7%以上 /
    责任单位：区发展和改革局, or （一）标题 over paragraphs ending in （X牵头）, or 十二、… with its own （X牵头）: the
    heading and its paragraphs up to the last clause (not the closing words after it). When two or more
    paragraphs (or sentences) under it each close with a clause, each is a measure numbered "". A
    heading left a heading over paragraphs is noted in `childless` (settle_childless)."""
    if heading is None:
        return []
    duties = _duty_list(heading, body)
    if duties:
        return duties
    body = [(index, piece) for index, paragraph in body for piece in split_after_clauses(paragraph)]
    with_clause = [index for index, (_, paragraph) in enumerate(body) if clauses_in(paragraph)]
    own_clause = bool(clauses_in("\n".join(heading.lines)))
    if len(with_clause) >= 2 and not own_clause:
        return paragraph_measures(heading, body, with_clause)
    if with_clause:
        heading.kind = "measure"
        last = with_clause[-1]
        # (由X组织…确认。 / 相关部门：A、B: the clause on its own line after the sentence is the measure's too)
        while last + 1 < len(body) and is_clause_line(body[last + 1][1]):
            last += 1
        heading.lines.extend(paragraph for _, paragraph in body[: last + 1])
    elif own_clause:
        heading.kind = "measure"
    elif body and clauses_in("\n".join([*heading.lines, *(p for _, p in body)])):
        heading.kind = "measure"  # a clause wrapped over two lines
        heading.lines.extend(paragraph for _, paragraph in body)
    elif body and heading_lead(heading.lines[0]):
        # （一）省监察厅牵头的工作 / 加强行政监察工作，…: the part's lead named in its heading, its work in
        # the paragraph under it and no points: the part is one measure.
        heading.kind = "measure"
        heading.lines.extend(paragraph for _, paragraph in body)
    elif body:
        childless[heading.line] = [paragraph for _, paragraph in body]
    return []


def _duty_list(heading: DraftItem, body: list[tuple[int, str]]) -> list[DraftItem]:
    """三、职责分工 over `县环保局：负责…` / `县农委。负责…` paragraphs: one measure a unit's duty (duty_openings).
    The last keeps its opening only: what follows it may be the plan's closing words."""
    if clauses_in("\n".join(heading.lines)):
        return []
    stops = duty_stops(heading.lines[0])
    colons = colon_members([paragraph for _, paragraph in body])
    pieces = [
        (index, piece)
        for index, paragraph in body
        for piece in split_before_owners(paragraph, stops, colon_list=colons)
    ]
    openings = owner_openings([piece for _, piece in pieces])
    if openings is None:
        return []
    runs = duty_runs([piece for _, piece in pieces], openings)
    start, _ = runs[-1]
    runs[-1] = (start, start + 1 + unit_line(pieces[start][1]))
    return [
        DraftItem(
            "measure",
            heading.level + 1,
            "",
            pieces[a][0],
            [p for _, p in pieces[a:b]],
            marker="u",
            owner_line=unit_line(pieces[a][1]),
        )
        for a, b in runs
    ]


def paragraph_measures(heading: DraftItem, body: list[tuple[int, str]], ends: list[int]) -> list[DraftItem]:
    """Paragraphs up to each clause, one measure each; what follows the last clause is no measure."""
    measures: list[DraftItem] = []
    start = 0
    for end in ends:
        first_line, _ = body[start]
        lines = [paragraph for _, paragraph in body[start : end + 1]]
        measures.append(DraftItem("measure", heading.level + 1, "", first_line, lines, marker="u"))
        start = end + 1
    return measures


def settle_childless(items: list[DraftItem], childless: dict[int, list[str]]) -> list[DraftItem]:
    """In a list grouped by the unit that does the work (三、儋州市政府 over （一）重点项目（2个）。 over 1. 2.),
    a heading that closes as a sentence over paragraphs and nothing numbered, beside a heading over
    numbered measures, is the unit's work too: （二）预备重点项目（2个）。 over the line that lists them. A
    framework's heading (（一）加强组织领导。 under 保障措施, 工作要求, 工作目标) is no work, and under a part
    that names no unit the reader does not guess. The last item keeps its first paragraph only (to its
    first full stop): the closing words and the signature follow it."""
    _settle_flat_parts(items, childless)
    for position, item in enumerate(items):
        body = childless.get(item.line)
        if item.kind != "section" or not body:
            continue
        if not item.lines[-1].rstrip().endswith("。") and _no_work(item.lines[0]):
            continue  # a title (（一）指导思想) is a heading, paragraphs or not; a sentence may be work
        parent = _parent(items, position)
        # (（二）整治占道经营 / 全面整治…。 among headings each over its paragraph that names its owner: the
        # headings are the measures, this one too, its owner left to the clerk)
        among = not _no_work(item.heading) and (
            _among_heading_measures(items, position) or _among_owner_paragraphs(items, position, childless)
        )
        # (（四）推进海绵型建筑小区建设 / 全面落实…。 beside （三） over 1. 2. 3.: a task's heading whose work is
        # its paragraph, its siblings' the points under them — the same part's work, its owner left to the clerk)
        task = (
            parent is not None and _WORK_VERB.match(fold(item.lines[0])) and _beside_measures(items, position)
        )
        if (
            not among
            and not task
            and (parent is None or not heading_lead(parent.lines[0]) or _FRAMEWORK.search(item.lines[0]))
        ):
            continue
        if not among and not _beside_measures(items, position):
            continue
        body = body if position + 1 < len(items) else _first_paragraph(body)
        if body:
            item.kind = "measure"
            item.lines.extend(body)
    return items


def _settle_flat_parts(items: list[DraftItem], childless: dict[int, list[str]]) -> None:
    """A notice of parts and nothing numbered under any (一、各地自查 / 二、部门自查 / 三、重点抽查, each over its
    paragraph), one of them a measure by the owners it names: its siblings are work too, read without
    units for the review. A framework's part (总体要求, 工作要求, 基本情况) stays a heading; so does every part
    where some heading has items under it or none, or where no part names an owner."""
    if len({item.level for item in items}) != 1 or len(items) < 2:
        return
    if not any(item.kind == "measure" and item.marker in ("l1", "l2") for item in items):
        return
    if any(item.kind == "section" and not childless.get(item.line) for item in items):
        return  # a heading over nothing: an outline of another kind
    parts = [
        (position, item)
        for position, item in enumerate(items)
        if item.kind == "section" and not _no_work(item.heading)
    ]
    for position, item in parts:
        body = childless[item.line]
        body = body if position + 1 < len(items) else _first_paragraph(body)
        if body:
            item.kind = "measure"
            item.lines.extend(body)


# 工作要求 / 保障措施 / 组织领导 …: a framework's words, never a unit's work.
_FRAMEWORK = compile_lazily(r"要求|保障|领导|目标|思想|原则|考核|督查|督导|宣传|氛围|总结|报送")
# …and the words of a notice's parts that report or explain rather than assign.
_NOTICE_WORDS = compile_lazily(
    r"情况|背景|意义|依据|范围|步骤|安排|说明|成效|经验|问题|内容|对象|时间|地点|人员|方式"
    r"|条件|纪律|主题|比例|联系|名额|费用|程序|流程|材料|标准|机制|事项"
)
# (a title that opens on the work's verb is work whatever noun it ends on: （五）加快构建零碳标准体系 /
# （三）开展零碳能源发展布局和机制创新, not 工作机制 / 评分标准)
_WORK_VERB = compile_lazily(
    r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]\s*)?(?:开展|加快|推进|推动|建立|健全|完善|强化|加强|提升|构建|深化"
    r"|实施|培育|支持|创新|优化|打造|落实|探索|提高)"
)


def _no_work(title: str) -> bool:
    """A framework's or a notice's part (工作要求, 检查范围, 评分标准), not work."""
    folded = fold(title)
    return bool(_FRAMEWORK.search(folded) or (_NOTICE_WORDS.search(folded) and not _WORK_VERB.match(folded)))


_CLOSING = compile_lazily(r"^(?:请|以上|各单位|各有关单位|特此|联系人|附件)")


def _first_paragraph(body: list[str]) -> list[str]:
    """The lines up to the first that ends a sentence, unless closing words or a signature come first."""
    kept: list[str] = []
    for line in body:
        if _CLOSING.match(line.strip()) or not line.strip():
            break
        kept.append(line)
        if line.rstrip().endswith(("。", "；", "）")):
            break
    return kept if kept and kept[-1].rstrip().endswith(("。", "；", "）")) else []


def _parent(items: list[DraftItem], position: int) -> DraftItem | None:
    level = items[position].level
    return next((items[i] for i in range(position - 1, -1, -1) if items[i].level < level), None)


def _beside_measures(items: list[DraftItem], position: int) -> bool:
    """Whether a sibling of items[position] (a heading at its level under the same parent) has a measure
    right under it."""
    level = items[position].level
    start, end = position, position + 1
    while start > 0 and items[start - 1].level >= level:
        start -= 1
    while end < len(items) and items[end].level >= level:
        end += 1
    return any(
        items[i].kind == "section"
        and items[i].level == level
        and i + 1 < end
        and items[i + 1].level > level
        and items[i + 1].kind == "measure"
        for i in range(start, end)
        if i != position
    )


_HEADING_MEASURES_MIN = 2
_MEMBERS = compile_lazily(r"\s*(?:组成|成员)单位\s*[：:]\s*[\u4e00-\u9fff]")
_FRAMEWORK_RUN = 4  # siblings opening on owners under a framework's part: a duty list, not its calls
_DUTY_MIN = 6  # characters of work after an owner's name in its paragraph


def _among_owner_paragraphs(items: list[DraftItem], position: int, childless: dict[int, list[str]]) -> bool:
    """Whether items[position]'s paragraph opens on an organisation, as the paragraphs under at least two of its
    sibling headings do: （一）开展统筹推进与顶层设计 / 市发展改革委负责… then （二）培育… / 市经济信息化委支持… —
    a duty list written as titled parts."""
    marker = items[position].marker

    def opens_on_owner(item: DraftItem) -> bool:
        paragraphs = childless.get(item.line) or item.lines[1:2]
        if paragraphs and _MEMBERS.match(fold(paragraphs[0])):
            return (
                True  # 十四、震害损失评估 / 组成单位:市地震局、建设局 / 主要职责:…: a working group's members
            )
        name = opening_name(paragraphs[0]) if paragraphs else None
        # (a name and its work, not a card's value under its label: 二、牵头单位 / 县住房和城乡建设局)
        return name is not None and len(fold(paragraphs[0]).strip()) >= len(name) + _DUTY_MIN

    siblings = _flat_siblings(items, position)
    if siblings is None or not opens_on_owner(items[position]):
        return False
    parent = _parent(items, position)
    # (under 保障措施 / 组织实施 three calls to 区政府 / 区财政局 are the framework's; a longer run is a duty list)
    framework = parent is not None and bool(_FRAMEWORK.search(parent.heading) or "组织实施" in parent.heading)
    wanted = _FRAMEWORK_RUN if framework else _HEADING_MEASURES_MIN
    return sum(s.marker == marker and opens_on_owner(s) for s in siblings) >= wanted


def _among_heading_measures(items: list[DraftItem], position: int) -> bool:
    """Whether at least two siblings of items[position] (numbered as it is, under the same parent, nothing
    numbered under any of them) are measures: a heading and the paragraph under it."""
    siblings, marker = _flat_siblings(items, position), items[position].marker
    if siblings is None:
        return False
    measures = [s for s in siblings if s.kind == "measure" and s.marker == marker and len(s.lines) >= 2]
    return len(measures) >= _HEADING_MEASURES_MIN


def _flat_siblings(items: list[DraftItem], position: int) -> list[DraftItem] | None:
    """The other items at items[position]'s level under the same parent; None when any has items under it."""
    level = items[position].level
    start, end = position, position + 1
    while start > 0 and items[start - 1].level >= level:
        start -= 1
    while end < len(items) and items[end].level >= level:
        end += 1
    siblings = [items[i] for i in range(start, end) if i != position]
    return None if any(sibling.level > level for sibling in siblings) else siblings
