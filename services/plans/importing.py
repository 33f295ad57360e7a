"""Import a plan document: read, parse, store, all in the caller's one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from services.plans.parser.model import ParsedPlan
from services.resources import resource_path

# The database is imported where it is used: `import-ledger --dry-run` reads a file into a
# ParsedDocument and never opens the ledger, and SQLAlchemy with the models is 0.3 s of its start
# (issue 16; tests/unit/test_cli_quick.py).
if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.orm import Session

    from services.plans.parser.picked import TableChoice

SAMPLE_PLAN = ("samples", "haimen_equipment_renewal_plan.txt")


@dataclass(frozen=True)
class ParsedDocument:
    """A parsed plan with its file's name and text, as the review screen shows it and the store keeps it.
    The review's corrections make a new document (dataclasses.replace), never change this one."""

    file_name: str
    source_text: str
    plan: ParsedPlan


def parse_document(path: Path) -> ParsedDocument:
    from services.plans.parser import parse_plan_file

    parsed = parse_plan_file(path)
    return ParsedDocument(Path(path).name, parsed.source_text, parsed)


def marked_document(file_name: str, lines: tuple[str, ...], marked: list[int]) -> ParsedDocument:
    """A document the reader found no measure in, with the measures the clerk marked (line indexes)."""
    from services.plans.parser import parse_marked_lines

    parsed = parse_marked_lines(list(lines), marked, file_name)
    return ParsedDocument(file_name, parsed.source_text, parsed)


def edited_document(file_name: str, text: str) -> ParsedDocument:
    """A refused document's text as the clerk edited it (lines broken, numbers added), read by the
    whole reader as if it were the file; raises PlanWithoutMeasures again when it still holds none."""
    from services.plans.parser import parse_plan_text

    parsed = parse_plan_text(text, file_name)
    return ParsedDocument(file_name, parsed.source_text, parsed)


def picked_table_document(file_name: str, lines: tuple[str, ...], choice: TableChoice) -> ParsedDocument:
    """A document the reader found no measure in, read from a table by the columns the clerk picked."""
    from services.plans.parser.picked import parse_picked_table

    parsed = parse_picked_table(list(lines), choice, file_name)
    return ParsedDocument(file_name, parsed.source_text, parsed)


@dataclass(frozen=True)
class EarlierImport:
    plan_id: int
    title: str
    imported_at: datetime


def earlier_imports(session: Session, document: ParsedDocument) -> list[EarlierImport]:
    """Plans already in the ledger that look like this document: the same text, or the same title
    and 文号. A second copy doubles every task and reminder, so the UI asks before storing one."""
    from sqlalchemy import or_, select

    from models import Plan

    title, doc_number = document.plan.title, document.plan.doc_number
    same_title = (
        Plan.title == title if not doc_number else (Plan.title == title) & (Plan.doc_number == doc_number)
    )
    matches = [Plan.source_text == document.source_text]
    if title:
        matches.append(same_title)
    plans = session.scalars(select(Plan).where(or_(*matches)).order_by(Plan.id))
    return [EarlierImport(p.id, p.title, p.created_at) for p in plans]


def earlier_imports_of_text(session: Session, source_text: str) -> list[EarlierImport]:
    """Plans already in the ledger read from this text: a document the reader refused, asked about before the
    clerk marks its measures by hand again (a marked import keeps the file's text as its source)."""
    from sqlalchemy import select

    from models import Plan

    plans = session.scalars(select(Plan).where(Plan.source_text == source_text).order_by(Plan.id))
    return [EarlierImport(p.id, p.title, p.created_at) for p in plans]


def store_document(
    session: Session, document: ParsedDocument, progress: Callable[[int, int], None] | None = None
) -> int:
    from services.plans.store import store_plan

    return store_plan(
        session,
        document.plan,
        source_name=document.file_name,
        source_text=document.source_text,
        progress=progress,
    )


def import_plan_file(session: Session, path: Path) -> int:
    return store_document(session, parse_document(path))


def sample_plan_path() -> Path:
    return resource_path(*SAMPLE_PLAN)
