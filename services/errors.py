"""Typed errors raised by services.

Every error carries a Chinese message that says what happened and what to do next; the UI shows
``str(error)`` in one place (ui/errors.py) and the CLI prints it on stderr with exit code 1.
Callers match on the type, never on the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class DubanError(Exception):
    """Base of every error a user can cause and fix; never a bug."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


# --- storage -------------------------------------------------------------------------------------


class StorageError(DubanError):
    """The database cannot be opened or written."""


class NotADatabase(StorageError):
    pass


class SchemaTooNew(StorageError):
    pass


class DatabaseLocked(StorageError):
    pass


class DatabaseReadOnly(StorageError):
    pass


class DiskFull(StorageError):
    pass


class BackupRejected(StorageError):
    """A backup that cannot be made or put back; the ledger is left as it was."""


# --- ledger --------------------------------------------------------------------------------------


class NotFound(DubanError):
    """A plan, task, unit or contact id that does not exist (or was deleted)."""


class InvalidValue(DubanError):
    """A value typed by the user that cannot be stored as it is."""


class EditConflict(DubanError):
    """Someone else changed the same record since it was read (optimistic locking)."""


# --- documents -----------------------------------------------------------------------------------


class PlanRejected(DubanError):
    """A plan document that cannot be read or holds no plan."""

    def __init__(self, file: str, reason: str) -> None:
        super().__init__(f"无法读取方案文件“{file}”：{reason}")
        self.file = file
        self.reason = reason


@dataclass(frozen=True)
class CellRef:
    sheet: str | None = None
    row: int | None = None
    column: str | None = None

    def describe(self) -> str:
        parts = []
        if self.sheet:
            parts.append(f"工作表“{self.sheet}”")
        if self.row:
            parts.append(f"第{self.row}行")
        if self.column:
            parts.append(f"{self.column}列")
        return "".join(parts)


class WorkbookRejected(DubanError):
    """An Excel file that is refused as a whole (not a workbook, too big, encrypted, …)."""

    def __init__(self, file: str, reason: str, where: CellRef | None = None) -> None:
        place = f"（{where.describe()}）" if where and where.describe() else ""
        super().__init__(f"文件“{file}”{place}未导入：{reason}")
        self.file = file
        self.reason = reason
        self.where = where or CellRef()


class ReturnRejected(WorkbookRejected):
    """A progress return that is refused as a whole."""


class ExportFailed(DubanError):
    """A ledger, PDF or notice that could not be written (folder missing, file open in Excel, disk full)."""


# --- units and contacts --------------------------------------------------------------------------


class UnitLooksLikeExisting(InvalidValue):
    """A new unit name that differs from a registered one only by 区, spaces or an abbreviation.

    The user decides: add the name as an alias of ``existing`` (or merge), or keep both units.
    """

    def __init__(self, message: str, existing: str) -> None:
        super().__init__(message)
        self.existing = existing


class AliasTaken(InvalidValue):
    """An alias that already belongs to another unit (``owner``): merge the two, or pick another alias."""

    def __init__(self, message: str, owner: str) -> None:
        super().__init__(message)
        self.owner = owner


class DuplicateContact(InvalidValue):
    """The same person already on the roster (``existing_id``): edit that one, or keep both on purpose."""

    def __init__(self, message: str, existing_id: int) -> None:
        super().__init__(message)
        self.existing_id = existing_id


# --- storage faults (issue 9) --------------------------------------------------------------------


class DiskError(StorageError):
    """The disk refused a write (an I/O error, a file-size limit): the transaction was rolled back."""


# --- storage safety (issue 17) -------------------------------------------------------------------


class RestoreOffered(StorageError):
    """The ledger cannot be used as it is; `backup` names the copy to put back, when there is one."""

    def __init__(self, message: str, backup: Path | None = None) -> None:
        super().__init__(message)
        self.backup = backup


class UpgradeFailed(RestoreOffered):
    """The schema upgrade was refused and rolled back; `backup` is a copy made before an upgrade."""


class LedgerCorrupt(RestoreOffered):
    """SQLite's integrity check found damage; nothing was written; `backup` is the last good copy."""


# --- plan reading (issue 12) ---------------------------------------------------------------------


# The reader is heuristics over documents nobody here wrote: a shape it was never tried on may trip it.
# The clerk then marks the measures by hand, as for a document without structure, and the fault is logged.
READER_STUCK = (
    "读取这份方案的结构时出错，没能自动拆分出措施。"
    "请在原文中勾选每项措施开始的一行，再继续核对；文件本身没有问题，可以照常使用"
)


class PlanWithoutMeasures(PlanRejected):
    """A readable document in which no measure was found. `lines` is its text, one source line each,
    so the review screen can let the clerk mark the measures instead of refusing the file."""

    def __init__(self, file: str, reason: str, lines: tuple[str, ...]) -> None:
        super().__init__(file, reason)
        self.lines = lines


# --- concurrent edits (issue 17 item 6) ----------------------------------------------------------


class TaskEditConflict(EditConflict):
    """A task saved by someone else since this session read it. `item_id` names it (None when the row
    that changed was not a task); `differences` holds (field, yours or None, theirs, what you read)."""

    def __init__(
        self,
        message: str,
        item_id: int | None,
        differences: tuple[tuple[str, str | None, str, str | None], ...],
    ) -> None:
        super().__init__(message)
        self.item_id = item_id
        self.differences = differences
