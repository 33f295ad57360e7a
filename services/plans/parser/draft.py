"""An item of the outline while it is read (structure.read_outline and the passes after it)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class DraftItem:
    """An item being read; frozen into a ParsedItem once its responsibility is known."""

    kind: str
    level: int
    number: str
    line: int
    lines: list[str] = field(default_factory=list)
    heading: str = ""
    marker: str = ""  # which numbering made it: "l1", "l2", "m", "p", "d" (1.1), "c" (①), "u" (none)
    prefix_length: int = 0  # characters of numbering at the start of the first line
    owner_line: bool = False  # its first line is only its owner's name (duty_openings)

    @property
    def rest(self) -> str:
        """The first line without its numbering."""
        return self.lines[0][self.prefix_length :]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def absorb(self, points: list[DraftItem]) -> None:
        """The heading becomes the measure, its points its text (one clause speaks for them all)."""
        self.kind = "measure"
        for point in points:
            self.lines.extend(point.lines)


@dataclass
class Outline:
    items: list[DraftItem]
    header_end: int  # index of the first structural line; everything before is the header
    annex_start: int  # index of the first annex line, or len(lines)
