"""Import a roster workbook in the layout of services/units/roster_export.py: preview first, then all or nothing.

``preview_roster`` reads the file (opened safely, services/files/xlsx_safety.py) and says, row by row, what
would happen: a new person, an update of one already on the roster, no change, or a problem with the
cell it is in. ``commit_roster`` writes the preview in the caller's one transaction and refuses while
any row has a problem, so a half-imported roster never happens. A blank phone cell keeps the number
already on file: an import never drops a number the office had.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from openpyxl.utils import get_column_letter
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Contact, ImportBatch
from services.errors import CellRef, DubanError, InvalidValue, WorkbookRejected
from services.files.xlsx_safety import open_workbook, read_rows
from services.ledger.changelog import current_user
from services.units.contacts import LIAISON, ContactInput, add_contact, checked, update_contact
from services.units.phones import normalize_mobile, normalize_office_phone
from services.units.resolve import clean_name, find_unit, resolve_unit
from services.units.roster_export import COLUMNS, SHEET_NAME

# Headers other offices write for the same column.
_SYNONYMS = {
    "序号": ("序号", "编号"),
    "组内职务": ("组内职务", "小组职务", "组内分工", "类别", "角色"),
    "姓名": ("姓名", "名字"),
    "单位": ("单位", "工作单位", "所在单位", "部门"),
    "职务": ("职务", "现任职务", "职务职称"),
    "办公电话": ("办公电话", "座机", "电话", "固定电话", "办公室电话"),
    "手机": ("手机", "手机号", "手机号码", "移动电话"),
    "备注": ("备注", "说明"),
}
_REQUIRED = ("姓名", "单位")
EXPECTED = "、".join(c.header for c in COLUMNS)


@dataclass(frozen=True)
class RosterRow:
    row: int  # the row number in the sheet
    role: str
    name: str
    unit: str
    title: str | None
    office_phone: str | None
    mobile: str | None
    notes: str | None
    action: str  # "add" | "update" | "unchanged" | "problem"
    unit_status: str  # "known" | "new" | ""
    contact_id: int | None = None
    problem: str | None = None
    primary: bool = False  # 主联络员 in the 备注 column, as the export writes it


@dataclass(frozen=True)
class RosterPreview:
    file_name: str
    rows: tuple[RosterRow, ...]

    @property
    def problems(self) -> tuple[RosterRow, ...]:
        return tuple(r for r in self.rows if r.action == "problem")

    def count(self, action: str) -> int:
        return sum(r.action == action for r in self.rows)

    def new_units(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.unit for r in self.rows if r.unit_status == "new"))


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a phone typed as a number comes back as 13812345678.0
    return str(value).strip()


def _header_map(file_name: str, sheet: str, number: int, values: tuple) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, value in enumerate(values):
        header = "".join(_text(value).split())
        if not header:
            continue
        canonical = next((k for k, names in _SYNONYMS.items() if header in names), None)
        where = CellRef(sheet, number, get_column_letter(index + 1))
        if canonical is None:
            raise WorkbookRejected(
                file_name,
                f"表头有本程序不认识的列“{header}”。通讯录的列应为：{EXPECTED}。"
                "请删除该列或把表头改为上述名称之一，再导入。",
                where,
            )
        if canonical in columns:
            raise WorkbookRejected(file_name, f"表头中“{header}”列出现了两次，请只保留一列。", where)
        columns[canonical] = index
    missing = [c for c in _REQUIRED if c not in columns]
    if missing:
        raise WorkbookRejected(
            file_name,
            f"表头缺少“{'”“'.join(missing)}”列。通讯录的列应为：{EXPECTED}。",
            CellRef(sheet, number),
        )
    return columns


def _read_sheet(path: Path) -> tuple[str, list[tuple[int, tuple]]]:
    name = path.name
    workbook = open_workbook(path)
    try:
        ws = workbook[SHEET_NAME] if SHEET_NAME in workbook.sheetnames else workbook.worksheets[0]
        return ws.title, list(read_rows(ws, file_name=name))
    finally:
        workbook.close()


def preview_roster(session: Session, path: Path | str) -> RosterPreview:
    path = Path(path)
    sheet, rows = _read_sheet(path)
    header_at = next(
        (i for i, (_, values) in enumerate(rows) if any(_text(v) == "姓名" for v in values)), None
    )
    if header_at is None:
        raise WorkbookRejected(
            path.name, f"没有找到表头（含“姓名”的一行）。通讯录的列应为：{EXPECTED}。", CellRef(sheet)
        )
    number, header = rows[header_at]
    columns = _header_map(path.name, sheet, number, header)
    section_role: str | None = None
    seen: dict[tuple[str, str, str], int] = {}
    result = []
    for number, values in rows[header_at + 1 :]:

        def cell(key: str, values=values) -> str:
            index = columns.get(key)
            return _text(values[index]) if index is not None and index < len(values) else ""

        if not any(_text(v) for v in values):
            continue
        if not cell("姓名") and not cell("单位"):
            # A section row (三、联络员) merged across the table: its word is the role of the rows below.
            heading = next(_text(v) for v in values if _text(v))
            section_role = LIAISON if LIAISON in heading else None
            continue
        result.append(_preview_row(session, sheet, number, cell, section_role, columns, seen))
    if not result:
        raise WorkbookRejected(path.name, "表头下面没有任何人员。请填写后再导入。", CellRef(sheet))
    return RosterPreview(path.name, tuple(result))


def _preview_row(session, sheet, number, cell, section_role, columns, seen) -> RosterRow:
    role = "".join(cell("组内职务").split()) or section_role or ""
    name, unit_name = "".join(cell("姓名").split()), clean_name(cell("单位"))
    notes = cell("备注").replace("主联络员", "").strip("；; ") or None
    base = RosterRow(
        number, role, name, unit_name, cell("职务") or None, cell("办公电话") or None, cell("手机") or None,
        notes, "problem", "",
    )  # fmt: skip

    def problem(text: str, column: str | None = None) -> RosterRow:
        letter = get_column_letter(columns[column] + 1) if column in columns else None
        return replace(base, problem=f"{CellRef(sheet, number, letter).describe()}：{text}")

    if not role:
        return problem("没有填写组内职务（组长、副组长、成员、办公室主任、联络员）。", "组内职务")
    # District leaders (组长 区委常委、副区长) belong to no unit of the plan; a liaison officer always does.
    if not unit_name and role == LIAISON:
        return problem("联络员没有填写单位。请填写其所在单位。", "单位")
    # Each check on its own, so the message can name the cell that is wrong.
    for column, check in (("手机", normalize_mobile), ("办公电话", normalize_office_phone)):
        try:
            check(cell(column))
        except InvalidValue as exc:
            return problem(str(exc), column)
    try:
        data = checked(ContactInput(role, name, None, base.title, base.office_phone, base.mobile, notes))
    except InvalidValue as exc:
        return problem(str(exc), "组内职务" if "组内职务" in str(exc) else "姓名")
    key = (data.name, unit_name, data.role)
    if key in seen:
        return problem(f"与第{seen[key]}行是同一人（姓名、单位、组内职务都相同）。请删除其中一行。", "姓名")
    seen[key] = number
    unit = find_unit(session, unit_name) if unit_name else None
    base = replace(base, role=data.role, name=data.name, office_phone=data.office_phone, mobile=data.mobile)
    base = replace(base, primary=data.role == LIAISON and "主联络员" in cell("备注"))
    status = "known" if unit else ("new" if unit_name else "")
    base = replace(base, unit_status=status, unit=unit.name if unit else unit_name)
    existing = None
    if unit is not None or not unit_name:
        same_unit = Contact.unit_id == unit.id if unit is not None else Contact.unit_id.is_(None)
        existing = session.scalar(
            select(Contact).where(Contact.name == data.name, Contact.role == data.role, same_unit)
        )
    if existing is None:
        return replace(base, action="add")
    same = all(
        new is None or new == getattr(existing, field)
        for field, new in (("title", base.title), ("office_phone", data.office_phone), ("mobile", data.mobile),
                           ("notes", notes))
    )  # fmt: skip
    return replace(base, action="unchanged" if same else "update", contact_id=existing.id)


def commit_roster(session: Session, preview: RosterPreview) -> int:
    """Write every row of ``preview`` (one transaction: the caller's); returns how many were written."""
    if preview.problems:
        first = preview.problems[0]
        raise InvalidValue(
            f"通讯录“{preview.file_name}”有 {len(preview.problems)} 处问题，未导入任何人员。"
            f"请在表格中改正后重新导入。第一处：{first.problem}"
        )
    written = 0
    for row in preview.rows:
        if row.action == "unchanged":
            continue
        unit_id = resolve_unit(session, row.unit).id if row.unit else None
        try:
            if row.action == "update" and row.contact_id is not None:
                existing = session.get(Contact, row.contact_id)
                update_contact(session, row.contact_id, _merged_input(row, unit_id, existing), keep_both=True)
            else:
                data = ContactInput(
                    row.role,
                    row.name,
                    unit_id,
                    row.title,
                    row.office_phone,
                    row.mobile,
                    row.notes,
                    row.primary,
                )
                add_contact(session, data, keep_both=True)
        except DubanError as exc:
            raise InvalidValue(f"第{row.row}行（{row.name}）未能导入：{exc} 未导入任何人员。") from exc
        written += 1
    session.add(
        ImportBatch(
            kind="roster",
            summary=f"导入通讯录“{preview.file_name}”（{written} 人）",
            created_by=current_user(),
        )
    )
    session.flush()
    return written


def _merged_input(row: RosterRow, unit_id: int | None, existing: Contact | None) -> ContactInput:
    def keep(new, field):
        return new if new is not None else (getattr(existing, field) if existing else None)

    return ContactInput(
        row.role,
        row.name,
        unit_id,
        keep(row.title, "title"),
        keep(row.office_phone, "office_phone"),
        keep(row.mobile, "mobile"),
        keep(row.notes, "notes"),
        row.primary or (bool(existing.is_primary) if existing else False),
    )
