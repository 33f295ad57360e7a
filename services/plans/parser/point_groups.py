"""Numbered points and the clause lines that close them: a line that is only a clause, and a group of
points that one clause after the last closes (its title is then the measure, the points its text)."""

from __future__ import annotations

from itertools import takewhile

from services.plans.parser.clause_lines import is_clause_line
from services.plans.parser.clause_spans import clauses_in, parenthesized
from services.plans.parser.clauses import read_clause
from services.plans.parser.draft import DraftItem
from services.plans.parser.framework_parts import is_upkeep
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.part_marks import ARTICLE
from services.plans.parser.text import fold


def is_clause_paragraph(stripped: str) -> bool:
    """A line that is only a clause: 责任单位：X, or （X牵头，Y配合） / 〔…〕 standing alone."""
    folded = fold(stripped)
    if is_clause_line(folded):
        return True
    spans = parenthesized(folded)
    return len(spans) == 1 and spans[0] == (0, len(folded)) and not read_clause(folded[1:-1]).is_empty


def closes_with_clause(line: str) -> bool:
    """（X牵头） closing a sentence, 责任单位：X on its own line, or a 办法's article opening on its owner
    (第四条 县住建局负责…), standing as an unnumbered measure wherever it comes."""
    found = clauses_in(line)
    if ARTICLE.match(fold(line).strip()) and any(said.lead_units for _, said in found):
        # 第十五条 本办法由县民政局负责解释。: no duty; 第十条 X应当…履行下列共同职责。: the part over its duties
        return not (_INTERPRETS.search(fold(line)) or _OVER_DUTIES.search(fold(line)))
    return is_clause_paragraph(line.strip()) or (
        bool(found) and not fold(line)[found[-1][0][1] :].strip(" 。；")
    )


# 本办法由县民政局负责解释: who explains the rules, no duty
_INTERPRETS = compile_lazily(r"本(?:办法|规定|条例|细则|方案|制度)由[^。]{2,30}?解释")
_OVER_DUTIES = compile_lazily(r"(?:下列|以下|如下)[\u4e00-\u9fff]{0,4}职责[。：:]?\s*$")


_TITLES = {"p": ("m", "l2"), "c": ("m", "d", "p", "l2"), "m": ("l1", "l2")}


def fold_subpoints(items: list[DraftItem], lines: list[str]) -> list[DraftItem]:
    """1.标题 over （1）…（4） with one clause after the last point: one measure, its points its text.
    When the points carry no clause of their own and a clause paragraph closes the last one, the clause
    speaks for the numbered title, as a document that gives owners per measure does."""
    folded: list[DraftItem] = []
    index = 0
    while index < len(items):
        item = items[index]
        points = []
        following = index + 1
        # （1） points under a 1. title; ① points under any numbered title; 1. points under a heading
        marker = items[following].marker if following < len(items) else ""
        titles = _TITLES.get(marker, ())
        while (
            following < len(items)
            and items[following].marker == marker
            and items[following].level > item.level
        ):
            points.append(items[following])
            following += 1
        # one 1. point with its clause under a heading is the heading's only measure, not its text
        # (X牵头的工作 over points whose 协同单位 line names only helpers: the heading's lead, the points' own)
        enough = len(points) >= 2 and _names_a_lead(points) if marker == "m" else bool(points)
        between = lines[item.line + 1 : points[0].line] if points else []
        # (not under 保障措施: 3.严格督查考核。…（责任单位：区委督查室） is the last point's own)
        grouped = (enough and _closed_by_one_clause(points)) or (
            not is_upkeep(item.rest) and _last_bracket_closes([*item.lines, *between], points)
        )
        if item.kind == "section" and item.marker in titles and grouped:
            item.absorb(points)
            folded.append(item)
            index = following
            continue
        if glued := _glued_heading_points(item, items[index + 1 :]):
            item.absorb(glued)
            folded.append(item)
            index += 1 + len(glued)
            continue
        folded.append(item)
        index += 1
    return folded


def _closed_by_one_clause(points: list[DraftItem]) -> bool:
    last = points[-1]
    closing = _closing_block(last.lines)
    if not closing:
        return _one_sentence_closed(points)
    own = [*(line for point in points[:-1] for line in point.lines), *last.lines[: -len(closing)]]
    return not clauses_in("\n".join(own))


def _last_bracket_closes(heading: list[str], points: list[DraftItem]) -> bool:
    """1.…。 2.…。 … 5.…。（责任单位：X、Y、Z）: a bracketed clause closing the last of several points, none
    before it naming anyone: a group's clause a page kept on the last point's line (a web page's text run
    into one line loses the break before it), speaking for the heading, not the last point alone. Not
    where the heading or a line under it names owners (以下任务均由X牵头 over points of which the last names its own)."""
    if len(points) < _GROUP_POINTS or clauses_in("\n".join(heading)):
        return False
    text = fold("\n".join(points[-1].lines)).rstrip(" 。；;")
    found = clauses_in(text)
    own = "\n".join(line for point in points[:-1] for line in point.lines)
    return (
        len(found) == 1
        and found[0][0][1] == len(text)
        and text.endswith("）")
        and text[found[0][0][0] - 1 : found[0][0][0]] == "。"
        and bool(found[0][1].lead_units)
        and not clauses_in(own)
    )


_GROUP_POINTS = 3  # two points and a clause after the second may well be the second's alone


def _glued_heading_points(item: DraftItem, after: list[DraftItem]) -> list[DraftItem]:
    """`（一）编制乡村旅游规划根据各乡村资源…。1.打造…。2.推动…。…4.集成…。（责任单位：X、Y）`: a heading run into its
    own first paragraph reads as a measure, and its 1. points as measures beside it, not under it. When the
    heading names nobody and one bracketed clause after the last point closes them all (none before it
    naming anyone), the clause is the heading's, as it is where the heading stands alone: the heading is the
    measure, its points its text. [] otherwise."""
    if item.kind != "measure" or item.marker != "l2" or clauses_in("\n".join(item.lines)):
        return []
    points = list(takewhile(lambda point: point.marker == "m" and point.level == item.level, after))
    if len(points) < _GROUP_POINTS or any(point.kind != "measure" for point in points):
        return []
    return points if _last_bracket_closes([], points) else []


def _one_sentence_closed(points: list[DraftItem]) -> bool:
    """（1）…； （2）…； （3）…。（牵头领导：X 责任部门：Y）: points that go on one sentence, each closing on a
    semicolon, and a bracketed clause after the last one's full stop: the clause closes the sentence, all
    its points, not the last alone."""
    if len(points) < 2 or not all(fold(p.lines[-1]).rstrip().endswith(("；", ";")) for p in points[:-1]):
        return False
    text = fold("\n".join(points[-1].lines)).rstrip(" 。")
    found = clauses_in(text)
    own = "\n".join(line for point in points[:-1] for line in point.lines)
    closes = (
        bool(found) and found[-1][0][1] == len(text) and text[found[-1][0][0] - 1 : found[-1][0][0]] == "。"
    )
    return closes and len(found) == 1 and not clauses_in(own)


# 以上工作由县自然资源局负责，县住建局配合。 / 上述任务由X牵头: a sentence that speaks for the points above
_FOR_THE_ABOVE = compile_lazily(r"^(?:以上|上述)[\u4e00-\u9fff]{0,6}?(?:工作|任务|事项|内容|措施)?均?由")


def _closing_block(lines: list[str]) -> list[str]:
    """The clause lines that close the last point (牵头单位：X / 配合单位：Y, or 以上工作由X负责), after its own
    first line; [] when it ends otherwise."""
    block: list[str] = []
    for line in reversed(lines[1:]):
        stripped = line.strip()
        if (
            is_clause_paragraph(stripped)
            or _PERSON_LABEL.match(fold(stripped))
            or (not block and _FOR_THE_ABOVE.match(fold(stripped)) and clauses_in(stripped))
        ):
            block.insert(0, line)
            continue
        break
    # 责任领导：刘某 / 责任人：王某 beside the units' line are the block's, not a block of their own
    return block if any(not _PERSON_LABEL.match(fold(line.strip())) for line in block) else []


_PERSON_LABEL = compile_lazily(
    r"^(?:责任领导|分管领导|牵头领导|包抓领导|包保领导|责任人|具体责任人|联系人)\s*[：:]"
)


def _names_a_lead(points: list[DraftItem]) -> bool:
    block = _closing_block(points[-1].lines)
    return any(
        read_clause(fold(line)).lead_units or any(said.lead_units for _, said in clauses_in(line))
        for line in block
    )
