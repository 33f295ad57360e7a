"""Which tasks to announce in the tray: those that turned yellow or red, at most once a day per task."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from services.lights import Light

WATCHED = (Light.YELLOW, Light.RED)


@dataclass(frozen=True)
class Announced:
    light: Light
    on: date


def lights_to_announce(
    previous: dict[int, Announced], current: dict[int, Light], today: date
) -> tuple[list[int], dict[int, Announced]]:
    """Return the task ids to announce and the state to remember.

    A task is announced when it is yellow or red and was not announced with that light before, unless it
    was already announced today (a yellow task turning red in the afternoon waits for tomorrow).
    A task back to green or closed is forgotten, so turning yellow again is news again.
    """
    announce: list[int] = []
    state: dict[int, Announced] = {}
    for item_id, light in current.items():
        if light not in WATCHED:
            continue
        before = previous.get(item_id)
        if before is None or (before.light != light and before.on < today):
            announce.append(item_id)
            state[item_id] = Announced(light, today)
        else:
            state[item_id] = before
    return sorted(announce), state
