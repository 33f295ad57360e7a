"""Numbered measures after 附件: a plan whose body is only its framework keeps its measures in an annex.

Read like a body (structure.read_outline), each annex keeps only what carries a clause, or what stands
under a heading that names its lead: a roster or a list of names is no measure. When nothing else in
the document reads as a plan, an annex whose numbered items are sentences of work is the plan, owners
or not (a covering notice over 附件 and a 具体措施 that names nobody): its measures go to the review
screen without units rather than the file being refused.
"""

from __future__ import annotations

from itertools import pairwise

from services.plans.parser.clause_spans import clauses_in
from services.plans.parser.draft import DraftItem
from services.plans.parser.heading_leads import heading_lead
from services.plans.parser.heading_points import heading_points
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.structure import ANNEX_LABEL, is_annex_line, read_outline
from services.plans.parser.text import fold
from services.plans.parser.unit_blocks import block_lines

# A roster's line: a phone number, or a person's name and post in a few characters (1.张三 区长).
_PHONE = compile_lazily(r"\d{7,}|\d{3,4}-\d{7,8}")
_WORK_LENGTH = 15  # characters of text a numbered item of work has at least, besides its number
# 2.2018年民生十件实事任务分解表: the annexes a notice lists by name, not work; `|` / tab: a table's row.
_NOT_WORK = compile_lazily(r"(?:表|方案|清单|名单|名册|计划|办法|细则|意见|通知|要点|目录)\s*$|[|\t]")
# An annex that is a plan names itself one (…的具体措施 / 2024年工作要点 / 任务清单); a glossary, a form, a
# list of members, an agenda or a scoring table does not.
_PLAN_TITLE = compile_lazily(
    r"(?:方案|计划|措施|要点|分工|规划|安排|意见|行动)(?:[（(][^（）()]*[）)])?$|任务"
)
# 1.农村户厕：指… / 1.组长：王某某 / 1.单位名称（盖章）：: a term and its meaning, a post, a field to fill in.
_TERM = compile_lazily(r"^[^，。；,;]{1,14}[：:]")


def annex_measures(lines: list[str], start: int, *, under_annex: bool = False) -> list[DraftItem]:
    """Numbered measures after 附件 that carry their own clause, with the headings above them.

    A plan whose body is only the framework keeps its measures in an annex (1.…（6月底完成，牵头考核单位：
    市X局）); a plan with measures in its body may add more in an annex (重点项目清单). Each annex is read
    like a body; what carries no clause (a roster, a list of names) is left out, and Word tables
    flattened to tab-led lines are tables, not measures. With `under_annex`, each annex's measures
    stand one level down under a heading named after the annex, so they are not taken for the body's.
    """
    masked = ["" if line.startswith("\t") else line for line in lines]
    blocks = [index for index in block_lines(lines) if index >= start]  # a unit's block is read on its own
    annexes = {i for i in range(start, len(lines)) if is_annex_line(lines[i])}
    bounds = [*sorted(annexes | {*blocks}), len(lines)]
    kept: list[DraftItem] = []
    for annex, following in pairwise(bounds):
        found = _clause_items(masked, annex, following, block=annex in blocks)
        if found and under_annex and annex not in blocks:
            for item in found:
                item.level += 1
            kept.append(
                DraftItem("section", 1, "", annex, [lines[annex]], _annex_title(lines, annex, following))
            )
        kept.extend(found)
    return kept


def _annex_title(lines: list[str], annex: int, following: int) -> str:
    """附件2：2024年重点项目清单 / 附件2 then the title on the next line; 附件 when it has none."""
    own = ANNEX_LABEL.sub("", fold(lines[annex]).strip()).strip()
    if own:
        return lines[annex].strip()[-len(own) :]
    title = next((line.strip() for line in lines[annex + 1 : following] if line.strip()), "")
    return title if 0 < len(title) <= 40 and not fold(title).endswith("。") else lines[annex].strip()


def _clause_items(masked: list[str], annex: int, following: int, *, block: bool = False) -> list[DraftItem]:
    title = DraftItem("section", 1, "", annex, [masked[annex]], masked[annex].strip())
    kept: list[DraftItem] = [title] if block else []
    headings: list[DraftItem] = [title] if block else []
    items = read_outline(masked, annex + 1, following).items
    if block:  # a unit's block: its items stand under its title, and an item over nothing is a duty
        for item, after in zip(items, [*items[1:], None][: len(items)], strict=True):  # (a block of no items)
            item.level += 1
            item.kind = "measure" if after is None or after.level + 1 <= item.level else item.kind
    owned = [item for item in items if item.kind == "measure" and clauses_in(item.text)]
    for item in items:
        if item.kind == "section":
            headings = [h for h in headings if h.level < item.level] + [item]
        elif owned or any(heading_lead(h.lines[0]) for h in headings):
            # Once the annex gives its measures owners, it is the plan's list: a measure whose clause the
            # reader could not read stays, for the review screen to ask for its units, rather than vanish.
            kept.extend(h for h in headings if all(h is not k for k in kept))  # each heading once
            kept.append(item)
    return kept


def ownerless_annex(lines: list[str], start: int) -> list[DraftItem]:
    """The outline of the first annex that names itself a plan and whose measures are sentences of
    work: most run to a sentence's length, name no document, define no term and are no table's row,
    and none gives a phone number (a roster or a contact list does). Tables flattened to tab-led lines
    are left out, as above."""
    masked = ["" if line.startswith("\t") else line for line in lines]
    bounds = [i for i in range(start, len(lines)) if is_annex_line(lines[i])] + [len(lines)]
    for annex, following in pairwise(bounds):
        if not _PLAN_TITLE.search(fold(_annex_title(lines, annex, following)).strip()):
            continue
        items = read_outline(masked, annex + 1, following).items
        if not any(item.kind == "measure" for item in items):  # （一） sentences read as headings
            items = heading_points(items, masked, following)
        measures = [item for item in items if item.kind == "measure"]
        if not measures or any(_PHONE.search(item.text) for item in measures):
            continue
        work = [
            m
            for m in measures
            if len(m.text.strip()) > _WORK_LENGTH
            and not _NOT_WORK.search(m.text)
            and not _TERM.match(m.text.strip()[m.prefix_length :])
        ]
        if 2 * len(work) > len(measures):
            return items
    return []


def duties_annex(annex: list[str]) -> bool:
    """An annex titled as the units' duties (成员单位职责分工表) in its first lines."""
    return any("职责" in line for line in [line for line in annex if line.strip()][:4])


def mostly_ownerless(drafts: list[DraftItem]) -> bool:
    """Whether at most a third of the measures name a lead (a 预案's 8.2 本预案由X负责解释 among its 46 steps)."""
    measures = [draft for draft in drafts if draft.kind == "measure"]
    owned = sum(any(said.lead_units for _, said in clauses_in(draft.text)) for draft in measures)
    return owned * _OWNED_SHARE <= len(measures)


_OWNED_SHARE = 3
