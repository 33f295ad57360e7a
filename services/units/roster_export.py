"""The printed roster (通讯录) in Excel and PDF, in the layout offices hand round: 领导小组, 办公室,
联络员 in sections, one person a row. A roster workbook in this layout can be imported back
(services/units/roster_import.py), so the columns are defined once here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Plan
from services.documents.pdf_layout import PdfColumn, PdfDocument, PdfSpanRow, PdfTable, build_pdf
from services.documents.xlsx_layout import (
    XlsxColumn,
    XlsxSheet,
    XlsxSpanRow,
    save_workbook,
    write_table_sheet,
)
from services.units.contacts import LEADERSHIP_ROLES, LIAISON, OFFICE_ROLES, ContactView, list_contacts

SHEET_NAME = "通讯录"


@dataclass(frozen=True)
class RosterColumn:
    header: str
    xlsx_width: float
    pdf_width: float
    align: str = "left"


COLUMNS = (
    RosterColumn("序号", 6, 0.05, "center"),
    RosterColumn("组内职务", 11, 0.09, "center"),
    RosterColumn("姓名", 10, 0.08, "center"),
    RosterColumn("单位", 24, 0.16),
    RosterColumn("职务", 30, 0.20),
    RosterColumn("办公电话", 20, 0.16),
    RosterColumn("手机", 15, 0.12),
    RosterColumn("备注", 18, 0.14),
)
SECTIONS = (
    ("一、领导小组", LEADERSHIP_ROLES),
    ("二、领导小组办公室", OFFICE_ROLES),
    ("三、联络员", (LIAISON,)),
)
_PLAN_SUFFIX = re.compile(r"(?:行动|实施|工作落实|工作|落实)?方案$")
_CITY_PREFIX = re.compile(r"^[\u4e00-\u9fff]{2,4}?[省市](?=[\u4e00-\u9fff]{2,3}[区县])")


@dataclass(frozen=True)
class RosterDocument:
    title: str
    as_of: date
    sections: tuple[tuple[str, tuple[ContactView, ...]], ...]

    def subtitle(self) -> str:
        return f"（截至{self.as_of.year}年{self.as_of.month}月{self.as_of.day}日）"

    def row_count(self) -> int:
        return sum(len(people) for _, people in self.sections)


def roster_title(plan_title: str | None) -> str:
    """南通市海门区推动大规模设备更新行动方案 → 海门区推动大规模设备更新工作领导小组通讯录."""
    if not plan_title:
        return "领导小组通讯录"
    core = _CITY_PREFIX.sub("", _PLAN_SUFFIX.sub("", "".join(plan_title.split())))
    return f"{core}工作领导小组通讯录"


def load_roster(session: Session, *, as_of: date, title: str | None = None) -> RosterDocument:
    contacts = list_contacts(session)
    if title is None:
        latest = session.scalar(select(Plan.title).order_by(Plan.id.desc()).limit(1))
        title = roster_title(latest)
    sections = []
    for heading, roles in SECTIONS:
        people = tuple(c for c in contacts if c.role in roles)
        if people:
            sections.append((heading, people))
    others = tuple(c for c in contacts if not any(c.role in roles for _, roles in SECTIONS))
    if others:
        sections.append(("四、其他", others))
    return RosterDocument(title, as_of, tuple(sections))


def _cells(number: int | str, c: ContactView) -> tuple:
    notes = "；".join(p for p in ("主联络员" if c.is_primary else "", c.notes or "") if p)
    return (
        number,
        c.role,
        c.name,
        c.unit or "",
        c.title or "",
        c.office_phone or "",
        c.mobile or "",
        notes,
    )


def _rows(doc: RosterDocument, span, number_type=int) -> list:
    rows: list = []
    number = 0
    for heading, people in doc.sections:
        rows.append(span(heading))
        for person in people:
            number += 1
            rows.append(_cells(number_type(number), person))
    return rows


def write_roster_xlsx(doc: RosterDocument, path: Path | str) -> Path:
    workbook = Workbook()
    ws = workbook.active
    ws.title = SHEET_NAME
    write_table_sheet(
        ws,
        XlsxSheet(
            title=doc.title,
            columns=tuple(XlsxColumn(c.header, c.xlsx_width, c.align) for c in COLUMNS),
            rows=tuple(_rows(doc, XlsxSpanRow)),
            subtitle_lines=(doc.subtitle(),),
            landscape=True,
            auto_filter=False,  # section rows would break a filter; the printed list is read whole
        ),
    )
    return save_workbook(workbook, path)


def write_roster_pdf(doc: RosterDocument, path: Path | str, *, office: str = "") -> Path:
    table = PdfTable(
        columns=tuple(PdfColumn(c.header, c.pdf_width, c.align) for c in COLUMNS),
        rows=tuple(_rows(doc, PdfSpanRow, str)),
    )
    return build_pdf(
        path,
        PdfDocument(
            title=doc.title,
            subtitle_lines=(doc.subtitle(),),
            blocks=(table,),
            landscape=True,
            author=office,
        ),
    )
