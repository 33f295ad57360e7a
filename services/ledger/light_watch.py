"""Which tasks to announce in the tray: those that turned yellow or red, at most once a day per task."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from services.ledger.lights import Light

WATCHED = (Light.YELLOW, Light.RED)


@dataclass(frozen=True)
class Announced:
    light: Light
    on: date


def lights_to_announce(
    previous: dict[int, Announced],
    current: dict[int, Light],
    today: date,
    *,
    new: frozenset[int] | set[int] = frozenset(),
) -> tuple[list[int], dict[int, Announced]]:
    """Return the task ids to announce and the state to remember.

    A task is announced when it is yellow or red and was not announced with that light before, unless it
    was already announced today (a yellow task turning red in the afternoon waits for tomorrow).
    A task back to green or closed is forgotten, so turning yellow again is news again. A ``new`` task
    (just imported or created) did not turn anything: its light is remembered, not announced, so
    importing a plan does not say "17 tasks turned yellow or red".
    """
    announce: list[int] = []
    state: dict[int, Announced] = {}
    for item_id, light in current.items():
        if light not in WATCHED:
            continue
        before = previous.get(item_id)
        if item_id in new:
            state[item_id] = Announced(light, today)
        elif before is None or (before.light != light and before.on < today):
            announce.append(item_id)
            state[item_id] = Announced(light, today)
        else:
            state[item_id] = before
    return sorted(announce), state
