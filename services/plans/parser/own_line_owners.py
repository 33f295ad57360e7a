"""A duty list's unit on a line of its own over its duty (`区公安分局` / `维护考点周边安全…`), or an entry of a
list of units' duties (`安监所：收集…`): the unit leads the measure, the units its duty says it works with help."""

from __future__ import annotations

from services.plans.parser.closing_sentence import co_subjects
from services.plans.parser.opening_owners import duty_under_unit, listed_entry, split_names, unit_line
from services.plans.parser.responsibility import Responsibility


def owner_on_its_line(text: str, *, listed: bool = False) -> list[tuple[tuple[int, int], Responsibility]]:
    """区公安分局 / 维护考点周边安全…: a duty list's unit on its line over its duty's (duty_openings), read
    only for a measure made so; in a table copied one cell a line, a unit's line closes the row above.
    `listed`: the measure is an entry of a list of units' duties (`安监所：收集…`, duty_openings)."""
    title, _, body = text.partition("\n")
    if listed and (entry := listed_entry(title)) is not None:
        title, body = title[: entry.end(1)], title[entry.end() :]  # 安监所：收集、汇总灾情 in a list of such
    if not (body and unit_line(title) and duty_under_unit(body.partition("\n")[0])):
        return []
    helpers = co_subjects(text, len(title))
    return [((0, len(title)), Responsibility(tuple(split_names(title)), helpers, named_lead=True))]
