"""Lines of tab-separated cells read as a table, and the runs of lines a text table spans."""

from __future__ import annotations

Row = list[str]


def runs(lines: list[str], member) -> list[tuple[int, int]]:
    """(start, end) of each run of lines for which member(line) holds, allowing two lines between."""
    runs: list[tuple[int, int]] = []
    start = end = None
    for index, line in enumerate(lines):
        if not member(line):
            continue
        if start is None or index - end > 3:
            if start is not None:
                runs.append((start, end + 1))
            start = index
        end = index
    if start is not None:
        runs.append((start, end + 1))
    return runs


def tab_tables(lines: list[str]) -> list[list[Row]]:
    """Lines of tab-separated cells (not Word's flattened tables, whose lines hold one tab-led cell)."""

    def is_row(line: str) -> bool:
        cells = [c for c in line.strip("\n").split("\t")]
        return len([c for c in cells if c.strip()]) >= 2 and not line.startswith("\t\t")

    tables: list[list[Row]] = []
    for start, end in runs(lines, is_row):
        rows = [[c.strip() for c in line.split("\t")] for line in lines[start:end] if is_row(line)]
        tables.append(rows)
    return tables
