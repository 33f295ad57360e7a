"""A heading that names who leads its part gives them to the measures under it that name nobody.

`一、扩大有效投资政策（由县发改局牵头实施）` over `1.加大财政支持力度。…` `2.…`: the policies are the measures
(each its own work), and the heading's clause says who answers for all of them; so does a heading that is
the lead's name over its part of a 任务清单 (`一、县示范区管委会牵头工作（8项）`). A measure with a clause
of its own keeps it; one without takes the nearest heading's units above it, with a doubt that says
where they came from, so the clerk checks it on the review screen.
"""

from __future__ import annotations

from dataclasses import replace

from services.plans.parser.clause_lines import is_clause_line
from services.plans.parser.clause_spans import clauses_in
from services.plans.parser.clauses import read_clause
from services.plans.parser.heading_leads import heading_lead
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.model import ParsedItem
from services.plans.parser.responsibility import Responsibility, merge
from services.plans.parser.sentence_subjects import helpers_with
from services.plans.parser.text import fold
from services.plans.parser.unit_blocks import block_unit

NO_CLAUSE = "未找到责任单位"
FROM_HEADING = "责任单位取自上级标题"  # the start of the doubt an inherited owner carries
FROM_TITLE = "责任单位取自文件标题"


def apply_heading_owners(items: list[ParsedItem]) -> list[ParsedItem]:
    result = list(items)
    owners: list[
        tuple[int, ParsedItem, tuple[str, ...], tuple[str, ...]]
    ] = []  # open headings, outermost first
    for index, item in enumerate(result):
        while owners and owners[-1][0] >= item.level:
            owners.pop()
        if item.kind == "section":
            found = clauses_in(item.text.split("\n")[0])
            owned = (
                merge([responsibility for _, responsibility in found]) if found else _label_lines(item.text)
            )
            if owned is not None and (owned.lead_units or owned.co_units):
                owners.append((item.level, item, owned.lead_units, owned.co_units))
            else:  # or a part headed by its lead: 一、县示范区管委会牵头工作（8项）
                owners.append((item.level, item, heading_lead(item.text.split("\n")[0]), ()))
            continue
        if not item.lead_units and (own := heading_lead(item.text.split("\n")[0], over_points=False)):
            # （二）省审计厅牵头的工作 / 全面加强审计工作。: a part with no points is its own measure.
            doubts = tuple(d for d in item.doubts if d != NO_CLAUSE)
            helpers = tuple(
                u for u in dict.fromkeys((*item.co_units, *helpers_with(item.text))) if u not in own
            )
            result[index] = replace(item, lead_units=own, co_units=helpers, doubts=doubts)
            continue
        owner = next((o for o in reversed(owners) if o[2]), None)
        if item.lead_units or owner is None:
            continue
        _, heading, leads, cos = owner
        note = f"{FROM_HEADING}“{heading.title}”，请核对"
        doubts = tuple(d for d in item.doubts if d != NO_CLAUSE)
        # Its own 协同单位 line adds to the heading's co-units.
        # …，会同属地派出所落实…: the units its own sentence works with too
        co_units = tuple(dict.fromkeys((*cos, *item.co_units, *helpers_with(item.text))))
        co_units = tuple(unit for unit in co_units if unit not in leads)
        result[index] = replace(item, lead_units=leads, co_units=co_units, doubts=(*doubts, note))
    return result


def _label_lines(text: str) -> Responsibility | None:
    """`（一）资金保障攻坚战` / `牵头单位：办公室`: the heading's clause on the lines under its title, when they are all
    clause lines (not a paragraph of its own that names someone)."""
    rest = [line.strip() for line in text.split("\n")[1:] if line.strip()]
    # (an 整改方案's problem over 牵头部门：X / 责任部门：Y / 整改时限：… / 整改措施：: the other fields beside the clause)
    clause = [line for line in rest if is_clause_line(line)]
    if not clause or not all(line in clause or _FIELD.match(fold(line)) for line in rest):
        return None
    return read_clause("\n".join(clause))


_FIELD = compile_lazily(r"^[\u4e00-\u9fff]{2,6}[：:]")


def apply_title_owner(items: list[ParsedItem], title: str | None) -> list[ParsedItem]:
    """A document that is one unit's own list (洋县林业局生态环境保护具体事项清单 over 一、… that name nobody,
    the unit saying 我局 / 本部门): the unit its title names leads each measure that names nobody, with a
    doubt that says so, as a heading's unit does (unit_blocks reads the title). A plan issued by a unit
    (关于印发…的通知) names no owner in its title."""
    unit = block_unit(title or "")
    if not unit:
        return items
    note = f"{FROM_TITLE}“{title}”，请核对"
    return [
        replace(
            item,
            lead_units=(unit,),
            co_units=tuple(u for u in item.co_units if u != unit),
            doubts=(*(d for d in item.doubts if d != NO_CLAUSE), note),
        )
        if item.kind == "measure" and not item.lead_units
        else item
        for item in items
    ]
