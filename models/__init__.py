"""Typed SQLAlchemy 2 entities. Importing this package registers every table on ``Base.metadata``."""

from models.base import Base
from models.ledger import (
    Assignment,
    ItemKind,
    ItemSource,
    LedgerItem,
    Milestone,
    Plan,
    Role,
    Target,
    TargetShare,
    TaskStatus,
)
from models.progress import (
    Attachment,
    ChangeLog,
    ImportBatch,
    ProgressEntry,
    ProgressReturn,
    ReminderNote,
    ReportingRound,
    RoundUnit,
)
from models.units import Contact, Unit, UnitAlias, UnitKind

__all__ = [
    "Assignment",
    "Attachment",
    "Base",
    "ChangeLog",
    "Contact",
    "ImportBatch",
    "ItemKind",
    "ItemSource",
    "LedgerItem",
    "Milestone",
    "Plan",
    "ProgressEntry",
    "ProgressReturn",
    "ReminderNote",
    "ReportingRound",
    "Role",
    "RoundUnit",
    "Target",
    "TargetShare",
    "TaskStatus",
    "Unit",
    "UnitAlias",
    "UnitKind",
]
