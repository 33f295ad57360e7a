"""Where a measure's clauses stand: in brackets （X牵头） / 〔…〕, or on lines of their own (责任单位：X).

`clauses.read_clause` reads what a clause says; this module finds the clauses in a measure's text, so
the outline can tell a clause line from the rest of a measure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from services.plans.parser.clause_lines import (
    continues_list,
    is_clause_line,
    is_member_line,
    is_person_line,
    list_joined,
)
from services.plans.parser.clauses import read_clause, units_or_none
from services.plans.parser.closing_sentence import closing_sentence
from services.plans.parser.dash_clauses import DASH_ITEM, dash_clause
from services.plans.parser.group_leaders import group_leader, group_led_by
from services.plans.parser.label_marks import labels_as_colons
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.lead_marks import starred_leads
from services.plans.parser.opening_owners import opening_owners
from services.plans.parser.point_owners import owners_listed_under_a_label
from services.plans.parser.responsibility import Responsibility
from services.plans.parser.rule_notes import blank_rule
from services.plans.parser.sentence_owners import helped_before, sentence_owners
from services.plans.parser.sentence_subjects import subject_owners
from services.plans.parser.text import EACH_PLACE, ends_like_unit, fold, split_units

_OPEN, _CLOSE = "（", "）"
# Brackets a clause may stand in, folded: （…） and (…), and 〔…〕 for ［…］ [...] 【…】 as well.
_PAIRS = {"（": "）", "〔": "〕"}
OPENERS = tuple(_PAIRS)


def parenthesized(text: str) -> list[tuple[int, int]]:
    """(start, end) of every outermost bracket pair, end exclusive and past the closer.

    （…） and 〔…〕 nest inside each other (〔责任单位：相关市（州）人民政府〕); a closer that does not
    match the innermost opener is ignored.
    """
    folded = fold(text)
    spans: list[tuple[int, int]] = []
    stack: list[str] = []
    start = 0
    for index, char in enumerate(folded):
        if char in _PAIRS:
            if not stack:
                start = index
            stack.append(char)
        elif stack and char == _PAIRS[stack[-1]]:
            stack.pop()
            if not stack:
                spans.append((start, index + 1))
    return spans


# …，2016年4月底前完成 / …，2025年底前 / …，长期坚持: when, after the names in a bare bracket
_DEADLINE_AFTER = compile_lazily(
    r"[，,]\s*(?:\d{4}年[^，,。；;（()）]{0,16}|[^，,。；;（()）]{0,12}(?:底前|月前|前完成|长期坚持|持续推进))[。，,\s]*$"
)


# A meeting's attendance and a notice's copy list (列席：X、Y负责同志 / 抄送：…): who came, who reads, no work
_ATTENDANCE = compile_lazily(
    r"^[ \u3000]*(?:出席|列席|参会|参会人员|参加人员|参加会议|记录|抄送|抄报)[：:].*$", re.M
)


def clauses_in(
    text: str, *, bare_lists: bool = False, subjects: bool = True
) -> list[tuple[tuple[int, int], Responsibility]]:
    """Every clause of a measure's text with its span; parentheses that are no clause are skipped.

    With `bare_lists` (a document that says 列第一位者为牵头单位), a bracket that closes a sentence and
    holds only unit names (（市工信局、市财政局）) is a clause too: such documents write no verb.
    """
    found: list[tuple[tuple[int, int], Responsibility]] = []
    written = text
    text = labels_as_colons(text)  # 【牵头单位】X / 牵头单位——X: as 牵头单位：X, every character in its place
    text = _ATTENDANCE.sub(lambda line: " " * len(line.group()), text)  # 列席：…街道负责同志: who came
    folded = fold(text)
    for start, end in parenthesized(text):
        responsibility = read_clause(text[start + 1 : end - 1])
        if (
            responsibility.is_empty
            and (bare_lists or _names_after_sentence(text, start, end))
            and folded[end : end + 1] in ("", "。", "；", "\n")
            and not _part_of_a_name(text, start, end)
        ):
            # 列在首位的为牵头单位 written inside the first such bracket is no name.
            bare = blank_rule(text[start + 1 : end - 1]).replace("下同", "").strip("，,。；; ")
            bare = _DEADLINE_AFTER.sub("", bare)  # （区管委会，2016年4月底前完成）: the owner and when
            units = units_or_none(bare, labelled=False)
            starred = None if units else _starred_names(bare)  # （市教育局*、市发展改革委）: the star says
            units = units or starred
            # Without the document's rule (or a star) the names are taken as the owners, shown for checking.
            odd = () if bare_lists or starred else tuple(units or ())
            responsibility = Responsibility(tuple(units), odd_units=odd) if units else responsibility
        if (
            bare_lists
            and responsibility.carry_over
            and not (responsibility.lead_units or responsibility.co_units)
        ):
            responsibility = _named_before_the_note(text[start + 1 : end - 1], responsibility)
        if not responsibility.is_empty:
            found.append(((start, end), responsibility))
    tail = _unclosed_clause(text)
    if tail is not None:
        found.append(tail)
    sentences = sentence_owners(text, found)
    found.extend(sentences)
    # Clause lines without parentheses (责任单位：X on a line of its own, kept in the measure text);
    # consecutive lines are one clause, so 牵头单位：X / 责任单位：Y keeps Y a co-unit.
    offset, labelled = 0, False
    block_start: int | None = None
    block_lines: list[str] = []
    for line in [*text.split("\n"), ""]:
        stripped = line.strip()
        member = bool(block_lines) and is_member_line(stripped)  # 成员单位：… under 牵头单位：…
        if offset and (is_clause_line(stripped) or member) and not fold(stripped).startswith(OPENERS):
            if block_start is None:
                block_start = offset
            block_lines.append(stripped)
        elif block_lines and is_person_line(stripped):
            pass  # 项目责任人：王某 between 责任单位 and 配合单位: the clause goes on past the person
        elif block_lines and continues_list(block_lines[-1], stripped):
            block_lines[-1] = list_joined(block_lines[-1], stripped)
        elif block_lines:
            responsibility = read_clause("\n".join(block_lines))
            if not responsibility.is_empty and block_start is not None:
                found.append(((block_start, offset - 1), responsibility))
                labelled = labelled or bool(responsibility.lead_units)
            block_start, block_lines = None, []
        offset += len(line) + 1
    if labelled and sentences:
        # 由县农业农村局、财政局…负责监督。 in a project's text over its 项目责任单位：洛克乡、水利局 line: the
        # labelled line names who does the work, the sentence who oversees it. A sentence that gives the
        # work (由县住建局负责组织实施) stands beside a 配合单位 line, or any other.
        overseers = [clause for clause in sentences if _OVERSIGHT.match(fold(text)[clause[0][1] :])]
        found = [clause for clause in found if clause not in overseers]
    found.extend(_label_after_a_space(text, found, written))
    found.extend(owners_listed_under_a_label(text))
    # Last, owners as a sentence's subject with no 由 (X会同Y推动…): only where nothing else names a lead.
    if DASH_ITEM.match(fold(text.split("\n", 1)[0])) and not any(r.lead_units for _, r in found):
        found = dash_clause(text) or found  # ——指标：X，Y配合；: the whole list after the colon, not its tail
    found = found or group_led_by(text) or dash_clause(text) or opening_owners(text)
    found = found or closing_sentence(text) or group_leader(text)
    found = helped_before(text, found)  # …由X组织，Y配合: the helpers' clause, and whom they help before it
    if subjects and not any(r.lead_units for _, r in found):
        # 村党支部负责…宣传，村老年协会、村志愿服务队参与: the helpers' clause, and the lead as the subject
        found = [*found, *(clause for clause in subject_owners(text) if clause[1].lead_units)]
    return found


# 县人民医院 存在问题：…杂乱。 责任单位：县卫生健康局 — a clause label after a full stop and a space, closing
# the line (a page that set its cells apart by spaces).
# 第一片区：镇政府大院至邮政所，责任单位：镇党政办、镇财政所。 — or after a comma, closing the line
# （1）综合协调组　　牵头单位：X　　成员单位：Y — or after two spaces or more, a table's cells set apart
_SPACED_LABEL = compile_lazily(
    r"(?:(?<=。)[ \u3000]+|(?<=[，,；;])|(?<=[^\s])[ \u3000]{2,})(?=[\u4e00-\u9fff]{2,8}：[^\n]*$)", re.M
)


def _label_after_a_space(
    text: str, found: list[tuple[tuple[int, int], Responsibility]], written: str
) -> list[tuple[tuple[int, int], Responsibility]]:
    spans: list[tuple[tuple[int, int], Responsibility]] = []
    folded = fold(text)
    for match in _SPACED_LABEL.finditer(folded):
        start = match.end()
        end = folded.find("\n", start)
        end = len(folded) if end == -1 else end
        if any(a <= start < b for (a, b), _ in found) or not is_clause_line(folded[start:end]):
            continue
        colon = folded.find("：", start)
        if (
            match.group(0).strip() == ""
            and folded[match.start() - 1 : match.start()] not in "。，,；;"
            and (fold(written[colon : colon + 1]) != "：")
        ):
            continue  # 责任单位    整改时限: a header's labels set apart by spaces, no colon of its own
        responsibility = read_clause(text[start:end])
        if not responsibility.is_empty:
            spans.append(((start, end), responsibility))
    return spans


def _named_before_the_note(inside: str, note: Responsibility) -> Responsibility:
    """（市税务局、市财政局，各县市、区政府，列第一位的为牵头单位，下同。以下均需各县市、区政府落实，不再列出）:
    the bare list of the measure's own units, then the note of units every measure after it involves."""
    head = inside[: max(fold(inside).find("以下"), 0)]
    units = units_or_none(blank_rule(head).replace("下同", "").strip("，,。；; "), labelled=False)
    return replace(note, lead_units=tuple(units)) if units else note


# What a bracket glued to a name says about that name (各区县政府（含南太湖新区、长合区管委会）): it is
# part of the name, never the bare list of owners a 列第一位者为牵头单位 document writes.
_INCLUDES = compile_lazily(r"\s*(?:含|包括|包含|其中|不含|即)")


def _starred_names(bare: str) -> list[str] | None:
    """A bracket of names, one or more starred as the lead (市教育局*、市发改委): the names, marks kept for
    lead_marks.starred_leads, or None."""
    units = split_units(bare)
    marked = starred_leads(units)
    if not units or marked is None or not marked[0]:
        return None
    plain = [*marked[0], *marked[1]]
    return units if units_or_none("、".join(plain), labelled=False) else None


_PLACE_PREFIX = compile_lazily(r"^(?:[省市县区州旗镇乡各]|自治区|街道)")
_NOTE_START = compile_lazily(r"^(?:设在|设于|位于|与|含|包括|不含|即|如|由)")


def _names_after_sentence(text: str, start: int, end: int) -> bool:
    """…城乡居民基础养老金。（市人社局、市财政局） or …增长11%（市发改委）。: a bracket closing its sentence
    holding only names that end as organisations do is the sentence's owners, even where the document
    states no rule for it."""
    before = fold(text[:start]).rstrip()
    names = split_units(text[start + 1 : end - 1])
    marked = starred_leads(names)  # 市教育局*: the name without its lead's star
    names = [*marked[0], *marked[1]] if marked else names
    # …增长11%（市发改委，各县市区政府）。: the bracket closing the sentence before its full stop, when a
    # name says whose it is (市/县/各…); not a note (（设在县发改局）, （博鳌国宾馆）, （与督查同时进行）)
    # A single name there is more often a note (（县城新区）, （县数字办）) than the owner: two or more, and
    # nothing after the full stop on its line.
    after = fold(text[end:]).split("\n", 1)[0].strip()
    closes = before.endswith("。") or (
        after in ("。", "；")
        and len(names) >= 2
        and any(_PLACE_PREFIX.match(fold(name)) for name in names)
        and not any(_NOTE_START.match(fold(name)) for name in names)
    )
    return (
        closes and bool(names) and all(ends_like_unit(name) or EACH_PLACE.match(fold(name)) for name in names)
    )


def _part_of_a_name(text: str, start: int, end: int) -> bool:
    """The bracket text[start:end] belongs to the unit named before it: it opens with 含/包括, or it
    closes a clause line (责任单位：…、各区县政府（含…）) whose list it ends."""
    if _INCLUDES.match(text[start + 1 : end - 1]):
        return True
    line = text[text.rfind("\n", 0, start) + 1 : start].strip()
    return bool(line) and is_clause_line(line)


def _unclosed_clause(text: str) -> tuple[tuple[int, int], Responsibility] | None:
    """A labelled clause closing the text whose bracket was lost (PDF text: `（牵头单位：X责任单位：Y、各村（社区）`):
    the last opener left open, when a clause label follows it, opens a clause that runs to the end."""
    folded = fold(text)
    stack: list[int] = []
    for index, char in enumerate(folded):
        if char in _PAIRS:
            stack.append(index)
        elif stack and char == _PAIRS[folded[stack[-1]]]:
            stack.pop()
    if not stack:
        return None
    rest = folded[stack[0] + 1 :]
    # …错位发展。（市经信委牵头落实 — a page cut before the bracket closed: a short clause after a sentence.
    cut_short = (
        folded[: stack[0]].rstrip().endswith(SENTENCE_ENDS)
        and len(rest) <= 60
        and not re.search("[。；\n]", rest)
    )
    if not cut_short and not is_clause_line(
        re.sub(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", "", rest).strip()
    ):
        return None
    responsibility = read_clause(text[stack[0] + 1 :])
    return None if responsibility.is_empty else ((stack[0], len(text)), responsibility)


_OVERSIGHT = compile_lazily(r"\s*(?:监督|督促|督导|指导|监管|检查|考核|验收|审查|审核)")
SENTENCE_ENDS = ("。", "；", ";", "！", "!", "？", "?")


def owning_paragraphs(last_line: str, after: list[str]) -> list[int]:
    """Which of `after` name owners — also a bare （…） of names closing the line before it, or the duty
    that makes the line before it an owner (（11）市检察院、市中级人民法院。 / 负责…)."""
    before = [last_line, *after]
    return [
        n
        for n, p in enumerate(after)
        if any(end > len(before[n]) for (_, end), _ in clauses_in(f"{before[n]}\n{p}"))
    ]
