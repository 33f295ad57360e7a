"""What the clerk typed on the review screen that is no value yet: a deadline that is no date, a quantity that
is no number (三十, 30人). A typing slip is not a program error: it is kept as typed, said beside the measure,
the clerk stays on that measure until it is put right, and Import names the measure it is in."""

from __future__ import annotations

from collections.abc import Sequence

from services.errors import InvalidValue
from services.plans.parser.model import ParsedDeadline, ParsedItem, ParsedTarget
from services.plans.parser.serialize import typed_date
from ui.plan_review_display import typed_deadlines
from ui.plan_review_editor import MeasureEditor


class TypedEntries:
    """Per measure (by its index among the items): the deadlines typed that are no date, the message for a
    quantity that is no number."""

    def __init__(self) -> None:
        self.deadlines: dict[int, str] = {}
        self.targets: dict[int, str] = {}

    def deadlines_of(self, index: int, typed: str, item: ParsedItem) -> tuple[ParsedDeadline, ...]:
        deadlines, bad = typed_deadlines(typed, item)
        if bad is None:
            self.deadlines.pop(index, None)
        else:
            self.deadlines[index] = bad
        return deadlines

    def targets_of(self, index: int, editor: MeasureEditor, item: ParsedItem) -> tuple[ParsedTarget, ...]:
        """The targets as typed, or the measure's own while a quantity is no number (the table keeps the
        typed text on screen; the message waits in `targets`)."""
        try:
            targets = editor.typed_targets(item)
        except InvalidValue as exc:
            self.targets[index] = exc.message
            return item.targets
        self.targets.pop(index, None)
        return targets

    def any(self) -> bool:
        return bool(self.deadlines or self.targets)

    def check(self, items: Sequence[ParsedItem]) -> None:
        """Raise InvalidValue for the first entry that is still no value, naming its measure."""
        for index, typed in self.deadlines.items():
            try:
                [typed_date(day.strip()) for day in typed.split(",")]
            except InvalidValue as exc:
                raise InvalidValue(named(items[index], exc.message)) from exc
        for index, message in self.targets.items():
            raise InvalidValue(named(items[index], message))


def named(item: ParsedItem, message: str) -> str:
    """The message with the measure it concerns in front: `3 加强组织领导：“数量”应填数字…`."""
    title = (item.title or item.text)[:20]
    return f"{item.number or ''} {title}：{message}".strip()
