"""Progress history, reporting rounds, returns, import batches, attachments and the change log."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class ProgressEntry(Base):
    """One dated progress report on a task; the history is kept, never overwritten."""

    __tablename__ = "progress_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("ledger_item.id", ondelete="CASCADE"), index=True)
    reported_on: Mapped[date] = mapped_column(Date)
    progress: Mapped[int | None] = mapped_column(Integer)
    done_this_period: Mapped[float | None] = mapped_column(Float)
    done_total: Mapped[float | None] = mapped_column(Float)
    situation: Mapped[str | None] = mapped_column(Text)
    problems: Mapped[str | None] = mapped_column(Text)
    next_steps: Mapped[str | None] = mapped_column(Text)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"))
    round_id: Mapped[int | None] = mapped_column(ForeignKey("reporting_round.id", ondelete="SET NULL"))
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id", ondelete="CASCADE"))
    recorded_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    # The unit's own 是否完成 / 完成时间, kept as reported: the office still confirms (销号) the task.
    reported_done: Mapped[bool | None] = mapped_column(Boolean)
    completed_on: Mapped[date | None] = mapped_column(Date)
    # Voided (with who, when and why) instead of deleted; a correction names the entry it corrects.
    voided_at: Mapped[datetime | None] = mapped_column(DateTime)
    voided_by: Mapped[str | None] = mapped_column(String(100))
    void_reason: Mapped[str | None] = mapped_column(Text)
    corrects_id: Mapped[int | None] = mapped_column(Integer)


class ReportingRound(Base):
    __tablename__ = "reporting_round"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(40))
    due_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)


class ProgressReturn(Base):
    """A unit's returned workbook for a round."""

    __tablename__ = "progress_return"
    # One returned file is stored once per round, even when two PCs import it at the same time.
    __table_args__ = (Index("uq_progress_return_round_content", "round_id", "content_sha256", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("reporting_round.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), index=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id", ondelete="CASCADE"))
    file_name: Mapped[str] = mapped_column(String(300))
    received_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    # What the preview showed when the office accepted the file, for the unit's return history.
    rows: Mapped[int | None] = mapped_column(Integer)
    problems: Mapped[int | None] = mapped_column(Integer)
    content_sha256: Mapped[str | None] = mapped_column(String(64))
    saved_at: Mapped[datetime | None] = mapped_column(DateTime)  # the workbook's own modified time


class RoundUnit(Base):
    """A unit asked for a return in a round: the template it was sent and whether it came back.

    ``checksum`` is the checksum of the template's locked cells as sent, so a returned workbook whose
    hidden sheet carries another checksum (an older template, a tampered sheet) can be told apart.
    """

    __tablename__ = "round_unit"
    __table_args__ = (UniqueConstraint("round_id", "unit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("reporting_round.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), index=True)
    template_version: Mapped[int] = mapped_column(Integer, default=1)
    checksum: Mapped[str | None] = mapped_column(String(64))
    sent_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    chased_on: Mapped[date | None] = mapped_column(Date)


class ImportBatch(Base):
    """Everything one import wrote, so the whole batch can be undone."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    summary: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)


class Attachment(Base):
    """An evidence file, copied into the data folder so it survives the original being moved."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("ledger_item.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(String(300))
    stored_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    added_by: Mapped[str] = mapped_column(String(100))
    added_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)


class ChangeLog(Base):
    """Who changed what and when; `before`/`after` hold JSON of the changed fields."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now, index=True)
    who: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[int] = mapped_column(Integer, index=True)
    action: Mapped[str] = mapped_column(String(30))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)


class ReminderNote(Base):
    """A reminder the office marked as handled (phoned the unit, …), with its note."""

    __tablename__ = "reminder_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("ledger_item.id", ondelete="CASCADE"), index=True)
    handled_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    who: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
