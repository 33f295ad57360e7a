"""The office's desk for the corpus: real templates made by the app, clerks' copies of them, and a record
of every cell a clerk typed — where it is in the returned file, which task it was meant for, and what it
means — written down while the file is made, before the importer ever sees it.

A case's builder gets a Desk, opens forms (``desk.form(unit)``), types into them (``form.type(...)``),
edits them the way clerks do, and saves them (``form.save(name)``); files made some other way (an .ods,
an .xls, a workbook retyped from scratch) are added with ``desk.add_file``.
"""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from sqlalchemy import select

from models import LedgerItem, Unit
from services.returns.template import (
    COMPLETED,
    COMPLETED_ON,
    DONE_PERIOD,
    DONE_TOTAL,
    ID,
    NEXT_STEPS,
    NUMBER,
    PROBLEMS,
    PROGRESS,
    SHEET_TITLE,
    SITUATION,
)
from services.storage.database import user_action

Q2, Q3 = "2024年第2季度", "2024年第3季度"
DUE = {Q2: date(2024, 7, 10), Q3: date(2024, 10, 10)}


class _Sentinel:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


SAME = _Sentinel("SAME")  # the cell means what it says (a number as typed, a text trimmed)
NOVALUE = _Sentinel("NOVALUE")  # the cell holds nothing the ledger may store (#VALUE!, 约十台…)
DONE = _Sentinel("DONE")  # the cell says the task is done (已完成 in a number column)

# The template's editable columns and the RowUpdate field each one fills.
FIELD_OF = {
    DONE_PERIOD: "done_this_period",
    DONE_TOTAL: "done_total",
    PROGRESS: "progress",
    SITUATION: "situation",
    PROBLEMS: "problems",
    NEXT_STEPS: "next_steps",
    COMPLETED: "completed",
    COMPLETED_ON: "completed_on",
}
NUMBER_FIELDS = ("done_this_period", "done_total", "progress")
TEXT_FIELDS = ("situation", "problems", "next_steps")
ANY_TEXT = "any text"
ANY_SHEET = "*"  # a file without sheets (a .csv): a problem on the cell's row in any sheet names it  # a note row, a merged cell, an extra column: belongs in one of the task's texts
SHORT = {
    "period": DONE_PERIOD,
    "total": DONE_TOTAL,
    "progress": PROGRESS,
    "situation": SITUATION,
    "problems": PROBLEMS,
    "next": NEXT_STEPS,
    "done": COMPLETED,
    "on": COMPLETED_ON,
}


@dataclass(frozen=True)
class Typed:
    """One cell the clerk typed, where it ended up in the returned file."""

    sheet: str
    row: int
    column: str  # letter
    value: Any  # as typed
    task: str  # 序号 of the task the clerk meant it for: "1" … "8"
    field: str  # a RowUpdate field, or ANY_TEXT
    means: Any  # what the clerk meant: a number, a text, a date, True/False, NOVALUE or DONE

    def label(self) -> str:
        return f"{self.sheet}!{self.column}{self.row}={self.value!r:.40} (task {self.task}, {self.field})"


@dataclass
class ReturnFile:
    path: Path
    unit: str  # the unit the figures truly belong to
    period: str  # the period they were reported for
    typed: list[Typed] = field(default_factory=list)
    disagree: bool = False  # the file's identities (hidden sheet, 填报单位, file name) disagree
    must_warn: str | None = None  # why the file must be refused, warned about, or not count as returned
    also: dict[tuple[str, str], set] = field(default_factory=dict)  # (task, field) -> other right values


def default_means(value: Any) -> Any:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, datetime):
        return value.date()
    return value


class Desk:
    def __init__(self, ledger, plan_id: int, root: Path, rounds: Iterable[str]) -> None:
        from tests.unit.returns_fill import make_round

        self.ledger, self.plan_id, self.root = ledger, plan_id, root
        self.inbox = root / "inbox"
        self.inbox.mkdir(parents=True)
        self.made = {
            p: make_round(ledger, plan_id, root / f"templates-{p}", period=p, due=DUE[p]) for p in rounds
        }
        with user_action(ledger) as session:
            items = session.execute(
                select(LedgerItem.id, LedgerItem.number).where(
                    LedgerItem.plan_id == plan_id, LedgerItem.kind == "measure"
                )
            ).all()
            self.units = dict(session.execute(select(Unit.name, Unit.id)).all())
        self.items = {number: item_id for item_id, number in items}
        self.tasks = {item_id: number for number, item_id in self.items.items()}
        self.files: list[ReturnFile] = []
        self.import_paths: list[Path] | None = None  # default: the files, in the order they were made
        self.expected_period: str | None = None  # importing from a round's page
        self.before: list[Callable[[], None]] = []

    def round_id(self, period: str) -> int:
        return self.made[period].round.id

    def template(self, unit: str, period: str = Q3) -> Path:
        return next(f.path for f in self.made[period].files if f.unit == unit)

    def form(self, unit: str, period: str = Q3) -> Form:
        return Form(self, self.template(unit, period), unit, period)

    def add_file(self, path: Path, unit: str, typed: list[Typed], period: str = Q3, **kw) -> ReturnFile:
        made = ReturnFile(path, unit, period, typed, **kw)
        self.files.append(made)
        return made

    def import_first(self, path: Path) -> None:
        """The office imported this file before the batch under test."""
        from tests.unit.returns_fill import commit, preview

        commit(self.ledger, preview(self.ledger, path))


class Form:
    """A unit's template opened by its clerk."""

    def __init__(self, desk: Desk, template: Path, unit: str, period: str) -> None:
        self.desk, self.unit, self.period = desk, unit, period
        self.wb = load_workbook(template)
        self.ws = self.wb[SHEET_TITLE]
        self._typed: list[tuple[Any, int, str, Any, str, str, Any]] = []

    # --- where things are -------------------------------------------------------------------------

    def header_row(self, ws=None) -> int:
        ws = ws or self.ws
        for row in ws.iter_rows(min_row=1, max_row=40):
            for cell in row:
                if cell.value == ID or (isinstance(cell.value, str) and cell.value.strip() == NUMBER):
                    return cell.row
        raise AssertionError("no header row")

    def col(self, header: str, ws=None) -> int:
        ws = ws or self.ws
        for cell in ws[self.header_row(ws)]:
            if isinstance(cell.value, str) and cell.value.strip() == header:
                return cell.column
        raise AssertionError(f"no column {header}")

    def row_of(self, task: str, ws=None) -> int:
        ws = ws or self.ws
        item_id = self.desk.items[task]
        id_col = self.col(ID, ws)
        for row in ws.iter_rows(min_row=self.header_row(ws) + 1):
            if row[id_col - 1].value == item_id:
                return row[0].row
        raise AssertionError(f"task {task} not on the form")

    def rows(self) -> list[int]:
        id_col = self.col(ID)
        return [
            r[0].row
            for r in self.ws.iter_rows(min_row=self.header_row() + 1)
            if isinstance(r[id_col - 1].value, int)
        ]

    # --- typing -----------------------------------------------------------------------------------

    def put(self, row: int, column: int | str, value: Any, task: str, field: str, means: Any = SAME, ws=None):
        """Type `value` at (row, column) meaning it for `task`'s `field`."""
        ws = ws or self.ws
        column = column if isinstance(column, int) else self.col(column, ws)
        cell = ws.cell(row=row, column=column)
        cell.value = value
        self._typed.append((ws, row, get_column_letter(column), value, task, field, means))
        return cell

    def type(self, task: str, header: str, value: Any, means: Any = SAME, ws=None):
        return self.put(self.row_of(task, ws), header, value, task, FIELD_OF[header], means, ws)

    def fill(self, task: str, **values: Any) -> None:
        """form.fill("2", progress=40, situation="…"); a (value, means) pair where the meaning differs."""
        for key, value in values.items():
            value, means = value if isinstance(value, tuple) else (value, SAME)
            self.type(task, SHORT[key], value, means)

    def forget(self, predicate: Callable[[int, str], bool]) -> None:
        """Cells the clerk typed and then deleted again (a deleted row or column)."""
        self._typed = [t for t in self._typed if not predicate(t[1], t[2])]

    def typed(self) -> list[Typed]:
        found = []
        for ws, row, column, value, task, field_, means in self._typed:
            if means is SAME:
                means = default_means(value)
            found.append(Typed(ws.title, row, column, value, task, field_, means))
        return found

    # --- saving -----------------------------------------------------------------------------------

    def save(
        self,
        name: str,
        *,
        unit: str | None = None,
        period: str | None = None,
        folder: Path | None = None,
        modified: datetime | None = None,
        raw: Callable[[bytes], bytes] | None = None,
        **kw,
    ) -> ReturnFile:
        path = (folder or self.desk.inbox) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if modified is not None:
            self.wb.properties.modified = modified
        self.wb.save(path)
        if modified is not None:  # openpyxl writes the time of saving: put the clerk's back
            raw = chain(saved_at(modified), raw) if raw else saved_at(modified)
        if raw is not None:
            path.write_bytes(raw(path.read_bytes()))
        if modified is not None:
            os.utime(path, (modified.timestamp(), modified.timestamp()))
        return self.desk.add_file(path, unit or self.unit, self.typed(), period or self.period, **kw)


# --- editing a saved .xlsx's XML, as Excel leaves what openpyxl cannot write -----------------------


def sheet_member(data: bytes, index: int = 1) -> str:
    return f"xl/worksheets/sheet{index}.xml"


def rezip(data: bytes, replace: dict[str, bytes]) -> bytes:
    import io

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, replace.get(info.filename, src.read(info.filename)))
    return out.getvalue()


def raw_cell(ref: str, inner: str, kind: str | None = None, sheet: int = 1) -> Callable[[bytes], bytes]:
    """Replace cell `ref` of sheet `sheet` by `<c r=ref t=kind>inner</c>`, keeping its style."""

    def edit(data: bytes) -> bytes:
        import io

        name = sheet_member(data, sheet)
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            xml = z.read(name).decode("utf-8")
        pattern = re.compile(rf'<c r="{ref}"(?P<attrs>[^>]*?)(?:/>|>.*?</c>)', re.S)
        m = pattern.search(xml)
        assert m, f"{ref} not in {name}"
        style = re.search(r's="\d+"', m["attrs"])
        attrs = f' r="{ref}"' + (f" {style[0]}" if style else "") + (f' t="{kind}"' if kind else "")
        xml = xml[: m.start()] + f"<c{attrs}>{inner}</c>" + xml[m.end() :]
        return rezip(data, {name: xml.encode("utf-8")})

    return edit


def saved_at(when: datetime) -> Callable[[bytes], bytes]:
    """docProps/core.xml's dcterms:modified, as Excel writes it when the clerk saves."""

    def edit(data: bytes) -> bytes:
        import io

        with zipfile.ZipFile(io.BytesIO(data)) as z:
            xml = z.read("docProps/core.xml").decode("utf-8")
        stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
        xml = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{stamp}\g<2>", xml)
        return rezip(data, {"docProps/core.xml": xml.encode("utf-8")})

    return edit


def chain(*edits: Callable[[bytes], bytes]) -> Callable[[bytes], bytes]:
    def edit(data: bytes) -> bytes:
        for one in edits:
            data = one(data)
        return data

    return edit


# --- an OpenDocument spreadsheet, as LibreOffice or WPS saves one -----------------------------------

_ODS_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""
_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.2"'
)


def _ods_cell(value: Any) -> str:
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, bool):
        v = "true" if value else "false"
        return f'<table:table-cell office:value-type="boolean" office:boolean-value="{v}"><text:p>{str(value).upper()}</text:p></table:table-cell>'
    if isinstance(value, int | float):
        return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
    if isinstance(value, datetime | date):
        day = value.date() if isinstance(value, datetime) else value
        return (
            f'<table:table-cell office:value-type="date" office:date-value="{day.isoformat()}">'
            f"<text:p>{day.isoformat()}</text:p></table:table-cell>"
        )
    lines = "".join(f"<text:p>{escape(line)}</text:p>" for line in str(value).split("\n"))
    return f'<table:table-cell office:value-type="string">{lines}</table:table-cell>'


def write_ods(wb, path: Path) -> Path:
    """Every sheet of an openpyxl workbook (values only; hidden sheets stay hidden) as an .ods file."""
    tables = []
    for ws in wb.worksheets:
        style = ' table:style-name="hidden"' if ws.sheet_state != "visible" else ' table:style-name="shown"'
        rows = []
        for r in range(1, ws.max_row + 1):
            cells = [ws.cell(row=r, column=c).value for c in range(1, ws.max_column + 1)]
            while cells and cells[-1] is None:
                cells.pop()
            rows.append("<table:table-row>" + "".join(_ods_cell(v) for v in cells) + "</table:table-row>")
        tables.append(
            f'<table:table table:name="{escape(ws.title)}"{style}>' + "".join(rows) + "</table:table>"
        )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_NS}>'
        "<office:automatic-styles>"
        '<style:style style:name="shown" style:family="table"><style:table-properties table:display="true"/></style:style>'
        '<style:style style:name="hidden" style:family="table"><style:table-properties table:display="false"/></style:style>'
        "</office:automatic-styles>"
        "<office:body><office:spreadsheet>" + "".join(tables) + "</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    styles = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {_NS}/>'
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {_NS}><office:meta>'
        "<meta:generator>LibreOffice/7.6</meta:generator></office:meta></office:document-meta>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        for name, text in (
            ("META-INF/manifest.xml", _ODS_MANIFEST),
            ("content.xml", content),
            ("styles.xml", styles),
            ("meta.xml", meta),
        ):
            z.writestr(name, text, compress_type=zipfile.ZIP_DEFLATED)
    return path
