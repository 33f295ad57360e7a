"""The document's own rule for its clauses, written once and naming nobody: 列第一位者为牵头单位 (the
first unit of a list leads), a note of it in brackets after a name, and a drafting note such as
明确牵头部门的，有关部门配合，不逐一列出. The clause reader blanks them out before reading the units.
"""

from __future__ import annotations

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.text import fold

# The document's rule for lists that name no lead: 列第一位者为牵头单位 / 排在首位的为牵头单位 /
# 排名第一的责任单位为牵头单位. Stated once (often inside the first clause, 下同) for the whole document.
# 第一责任单位为牵头单位 says the same without the verb.
# (各项任务中排位靠前的责任单位为牵头单位: the unit placed first)
_POSITION = (
    r"(?:列|排|排名|排在|排序|排位|位列|名列|列在|居|放在)于?(?:第一位?|首位|第一个|最前面?|前面|最前列|靠前)"
)
_FIRST = r"(?:第一个?|首个|首位|第一家|第一名)"
_WHO = r"(?:责任单位|责任部门|单位|部门)"
FIRST_LISTED_LEADS = compile_lazily(
    # 注：责任单位中… / 各项任务中…: where the rule says it looks, before it.
    r"(?:注[：:]\s*)?(?:[\u4e00-\u9fff]{1,6}中)?"
    # 列第一位者 / 排在首位的部门 / 排在最前面的单位 / 第一个单位 / 首个 / 第一家单位 …为牵头单位, or with no 为
    # after 者 or 的单位 (排名第一者牵头, 列在首位的单位牵头); 第一牵头单位 (a lead's own title) is no rule.
    rf"(?:(?:{_POSITION}(?:的|者)?{_WHO}?|{_FIRST}的?{_WHO}?)(?:为|是|作为)|{_POSITION}(?:者|的{_WHO}))"
    # …为牵头单位 / 为工作牵头单位或汇总单位 / 为牵头或汇总单位: what follows 或 is the same unit's other name.
    r"(?:工作)?(?:牵头|主责)(?:单位|部门)?(?:或[\u4e00-\u9fff]{0,4}?(?:单位|部门))?"
    # …，有关部门和单位按职责分工负责，下同: the rest of the rule sentence names nobody in particular.
    r"(?:[，,]\s*(?:其他|其余)?(?:有关|相关)(?:部门|单位)(?:和|及|、)?(?:部门|单位)?按照?职责分工负责)?"
    # …，其他为配合单位 / 其余单位为责任单位: the others' role, naming nobody.
    r"(?:[，,]\s*(?:其他|其余)(?:单位|部门)?(?:为|是)(?:配合|协办|参与|责任|协同)(?:单位|部门))?"
)
# The rule by the list's punctuation: 第一个逗号前为牵头单位 / 逗号前的单位为牵头单位 (units before the clause's
# first comma lead, the rest help), …，多个牵头部门的按照职责分工负责 naming nobody.
BEFORE_COMMA_LEADS = compile_lazily(
    r"(?:第一个)?逗号(?:之|以)?前(?:的|者|面的)?(?:单位|部门)?(?:为|是)牵头(?:单位|部门)"
    r"(?:[，,]\s*(?:多个|有多个)牵头(?:单位|部门)的?按照?职责分工负责)?"
)


def lead_rules(lines: list[str]) -> tuple[bool, bool]:
    """Whether the document says the first unit listed leads, and whether those before a clause's first comma do."""
    folded = fold("\n".join(lines))
    return bool(FIRST_LISTED_LEADS.search(folded)), bool(BEFORE_COMMA_LEADS.search(folded))


# The rule written as a note after a list: 市财政局（第一责任单位为牵头单位，下同）.
_RULE_NOTE = compile_lazily(r"[（(]([^（()）]*)[）)]")


def blank_rule_notes(text: str) -> str:
    """`text` with a bracketed note stating the lead rule blanked out (offsets kept), so the note's
    words are not read as a unit: 统计局（列第一位者为牵头单位，下同） lists 统计局 only."""
    folded = fold(text)
    for match in reversed(list(_RULE_NOTE.finditer(folded))):
        if FIRST_LISTED_LEADS.search(match.group(1)):
            # Inside a list (县发改局（首位单位为牵头单位，下同）、县财政局) the list goes on past the note.
            filler = "、" if folded[match.end() : match.end() + 1] == "、" else "，"
            text = text[: match.start()] + filler * (match.end() - match.start()) + text[match.end() :]
    return text


# 明确牵头部门的，有关部门配合，不逐一列出，下同: how the document writes its clauses, naming nobody.
_DRAFTING_NOTE = compile_lazily(
    r"(?:明确|已明确|列明)了?牵头(?:单位|部门)的[，,]\s*(?:其他|其余)?(?:有关|相关)(?:部门|单位)(?:配合|参与)[，,]\s*"
    r"不(?:逐一|一一|再|另行)?列出[，,]?\s*(?:下同)?"
)


def blank_rule(content: str) -> str:
    """The clause with the document's lead rule blanked out, offsets kept."""
    content = blank_rule_notes(content)
    folded = fold(content)
    for match in reversed(list(_DRAFTING_NOTE.finditer(folded))):
        content = content[: match.start()] + "，" * (match.end() - match.start()) + content[match.end() :]
    folded = fold(content)
    for rule in (FIRST_LISTED_LEADS, BEFORE_COMMA_LEADS):
        for match in reversed(list(rule.finditer(folded))):
            content = content[: match.start()] + "，" * (match.end() - match.start()) + content[match.end() :]
    return content
