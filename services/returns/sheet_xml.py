"""Read the cells of one worksheet part straight from its XML, with lxml.

Why not openpyxl's own reader: a return is a few thousand cells, and openpyxl's read-only parser builds
them through Python-level XML callbacks, which is most of the time of an import of thirty returns (see
bench/returns_bench.py). lxml walks the same part in C. What openpyxl has already parsed — the shared
strings, the cell styles with their number formats, which styles are dates — is taken from the loaded
(read-only) workbook, so values come out as openpyxl would give them with ``data_only=True``.

The same walk notes formulas without a cached value (written by a program and never opened in Excel):
``data_only`` reads them as empty cells, which must not pass for "nothing reported".

Safety: a worksheet part never has a DTD; one that does is refused before parsing, and lxml is told
not to resolve entities or touch the network in any case.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree
from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE
from openpyxl.utils import column_index_from_string
from openpyxl.utils.datetime import from_excel, from_ISO8601

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_ROW, _C, _V, _F, _IS = (f"{{{MAIN_NS}}}{t}" for t in ("row", "c", "v", "f", "is"))
_T = f"{{{MAIN_NS}}}t"
_REF = re.compile(r"([A-Z]+)(\d+)")
_COLUMNS = {letter: n for n, letter in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1)}  # a return's columns

Cell = tuple[int, Any, str | None]  # column, value, number format of a number


class UnsafeSheet(ValueError):
    """A worksheet part with a DTD: never written by Excel, WPS or LibreOffice."""


class TooManyRows(ValueError):
    """A row past the cap: the walk stops there, however long the part is."""


@dataclass(frozen=True)
class SheetCells:
    rows: list[tuple[int, list[Cell]]]
    uncached: list[tuple[int, int]]  # (row, column) of formulas without a cached value
    merged: list[tuple[int, int, int, int]] = field(
        default_factory=list
    )  # min col, min row, max col, max row


class _Styles:
    def __init__(self, workbook: Any) -> None:
        self.styles = workbook._cell_styles
        self.formats = workbook._number_formats
        self.dates = workbook._date_formats
        self.epoch = workbook.epoch
        self._cache: dict[int, str | None] = {}

    def number_format(self, style_id: int) -> str | None:
        found = self._cache.get(style_id, ...)
        if found is ...:
            format_id = self.styles[style_id].numFmtId if style_id < len(self.styles) else 0
            if format_id < BUILTIN_FORMATS_MAX_SIZE:
                found = BUILTIN_FORMATS.get(format_id, "General")
            else:
                index = format_id - BUILTIN_FORMATS_MAX_SIZE
                found = self.formats[index] if index < len(self.formats) else None
            self._cache[style_id] = found
        return found


def read_sheet(workbook: Any, ws: Any, max_rows: int | None = None) -> SheetCells | None:
    """The non-empty cells of `ws`, or None when this is no ordinary worksheet part (use openpyxl then).

    TooManyRows as soon as a row numbered above `max_rows` is reached: a million-row part is refused
    after reading past the cap, not after reading a million rows.
    """
    try:
        data = workbook._archive.read(ws._worksheet_path)
        strings = ws._shared_strings
        styles = _Styles(workbook)
    except (AttributeError, KeyError):
        return None
    head = data[:4096]
    if b"<!DOCTYPE" in head or b"<!ENTITY" in data:
        raise UnsafeSheet(ws.title)
    if MAIN_NS.encode() not in head:
        return None  # Strict OOXML or another dialect: openpyxl's parser decides
    rows: list[tuple[int, list[Cell]]] = []
    uncached: list[tuple[int, int]] = []
    parsed = etree.iterparse(
        io.BytesIO(data), events=("end",), tag=_ROW, resolve_entities=False, no_network=True, huge_tree=False
    )
    row_number = 0
    for _event, row in parsed:
        row_number = int(row.get("r") or row_number + 1)
        if max_rows is not None and row_number > max_rows:
            raise TooManyRows(row_number)
        cells: list[Cell] = []
        column = 0
        for c in row.iterchildren(_C):
            ref = c.get("r")
            m = _REF.match(ref) if ref else None
            column = (_COLUMNS.get(m[1]) or column_index_from_string(m[1])) if m else column + 1
            value, number_format, formula_without_value = _value(c, strings, styles)
            if formula_without_value:
                uncached.append((row_number, column))
            if value is not None:
                cells.append((column, value, number_format))
        if cells:
            rows.append((row_number, cells))
        row.clear()
        while row.getprevious() is not None:  # keep memory flat on a long sheet
            del row.getparent()[0]
    return SheetCells(rows, uncached, merged_ranges(data))


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)"')


def merged_ranges(data: bytes) -> list[tuple[int, int, int, int]]:
    """Merged ranges of several rows (a clerk's 进展 cell merged over two tasks); one-row merges are
    titles and instruction lines, which say nothing about a task."""
    found = []
    for m in _MERGE.finditer(data):
        top, bottom = int(m[2]), int(m[4])
        if bottom > top:
            found.append(
                (
                    column_index_from_string(m[1].decode()),
                    top,
                    column_index_from_string(m[3].decode()),
                    bottom,
                )
            )
    return found


def _value(c: Any, strings: list, styles: _Styles) -> tuple[Any, str | None, bool]:
    # One pass over the cell's children: lxml's find() costs a microsecond a call, and a return is
    # tens of thousands of cells; first <v> and first <is> count, as find() would give them.
    v = formula = node = None
    for child in c:
        tag = child.tag
        if tag == _V:
            if v is None:
                v = child
        elif tag == _F:
            formula = child
        elif tag == _IS and node is None:
            node = child
    kind = c.get("t", "n")
    text = v.text if v is not None else None
    if kind == "inlineStr":
        return ("".join(t.text or "" for t in node.iter(_T)) if node is not None else None), None, False
    if formula is not None and not text:
        return None, None, True
    if text is None:
        return None, None, False
    if kind == "s":
        index = int(text)
        return (strings[index] if index < len(strings) else None), None, False
    if kind in ("str", "e"):
        return text, None, False
    if kind == "b":
        return text == "1", None, False
    if kind == "d":
        return from_ISO8601(text), None, False
    number: float | int = float(text) if "." in text or "e" in text or "E" in text else int(text)
    style_id = int(c.get("s") or 0)
    if style_id in styles.dates:
        return from_excel(number, styles.epoch), None, False
    return number, styles.number_format(style_id), False
