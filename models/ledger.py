"""Plans and their ledger: sections, measures and tasks in one tree, with targets and owners."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Date, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base

if TYPE_CHECKING:
    from models.units import Unit


class ItemKind(enum.StrEnum):
    SECTION = "section"
    MEASURE = "measure"
    TASK = "task"


class TaskStatus(enum.StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class ItemSource(enum.StrEnum):
    """Where a 督办事项 came from: a leader's 批示, a meeting, a document received, or a plan."""

    INSTRUCTION = "instruction"
    MEETING = "meeting"
    DOCUMENT = "document"
    PLAN = "plan"


class Role(enum.StrEnum):
    """A unit's part in a measure or task."""

    LEAD = "lead"
    CO = "co"


class Plan(Base):
    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    doc_number: Mapped[str | None] = mapped_column(String(100))
    issued_on: Mapped[date | None] = mapped_column(Date)
    source_name: Mapped[str | None] = mapped_column(String(300))
    source_text: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)

    items: Mapped[list[LedgerItem]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="LedgerItem.position"
    )


class LedgerItem(Base):
    """One node of a plan's tree: a section heading, a numbered measure or a task under it.

    Sections, measures and tasks share a table because the ledger shows them as one ordered list and
    a task table row may hang under a section or a measure alike.
    """

    __tablename__ = "ledger_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("ledger_item.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(10))
    level: Mapped[int] = mapped_column(Integer, default=1)
    position: Mapped[int] = mapped_column(Integer, default=0)
    number: Mapped[str | None] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str | None] = mapped_column(Text)
    domain: Mapped[str | None] = mapped_column(String(100))
    start_on: Mapped[date | None] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    recurring: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(10), default=TaskStatus.OPEN)
    closed_on: Mapped[date | None] = mapped_column(Date)
    progress: Mapped[int | None] = mapped_column(Integer)
    latest_situation: Mapped[str | None] = mapped_column(Text)
    # The unit reported it done on this day and the office has not closed it yet (待销号); see 0008.
    reported_done_on: Mapped[date | None] = mapped_column(Date)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    # The lead units' ids in plan order ("3,17"), a copy of the lead assignments kept by
    # services.ledger.tasks.set_units and unit merges: the reminders read it with the task instead of scanning
    # the tasks a second time for their assignments (migration 0006).
    lead_unit_ids: Mapped[str | None] = mapped_column(String(500))
    # A 督办事项 (migration 0011): where it came from (ItemSource), its 督办编号 as prefix, year and number
    # (`督〔2024〕12号`, unique per year), the 责任领导, and the days it was 交办 and 签收 (by whom). Empty on
    # the tasks of an imported plan; services/ledger/supervision.py keeps them.
    source: Mapped[str | None] = mapped_column(String(20))
    supervision_prefix: Mapped[str | None] = mapped_column(String(20))
    supervision_year: Mapped[int | None] = mapped_column(Integer)
    supervision_seq: Mapped[int | None] = mapped_column(Integer)
    leader: Mapped[str | None] = mapped_column(String(100))
    assigned_on: Mapped[date | None] = mapped_column(Date)
    signed_on: Mapped[date | None] = mapped_column(Date)
    signed_by: Mapped[str | None] = mapped_column(String(100))
    # Bumped on every edit; an edit that carries an older version is refused (two PCs, one task).
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now, onupdate=datetime.now)

    plan: Mapped[Plan] = relationship(back_populates="items")
    parent: Mapped[LedgerItem | None] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list[LedgerItem]] = relationship(back_populates="parent", order_by="LedgerItem.position")
    targets: Mapped[list[Target]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="Target.position"
    )
    assignments: Mapped[list[Assignment]] = relationship(back_populates="item", cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        # What the reminders read, so they scan this instead of every task's text (migrations 0005, 0006).
        Index(
            "ix_ledger_item_attention",
            "progress",
            "recurring",
            "due_on",
            "status",
            "deleted_at",
            "kind",
            "plan_id",
            "position",
            "number",
            "title",
            "start_on",
            "lead_unit_ids",
        ),
        Index("ix_ledger_item_supervision_no", "supervision_year", "supervision_seq", unique=True),
    )


class Target(Base):
    """A quantitative target: `每年…项目80个以上`, `到2027年更新医疗设备226台（套）`."""

    __tablename__ = "target"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("ledger_item.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    quantity: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(20))
    comparator: Mapped[str | None] = mapped_column(String(10))
    year: Mapped[int | None] = mapped_column(Integer)
    due_on: Mapped[date | None] = mapped_column(Date)
    recurring: Mapped[str | None] = mapped_column(String(10))
    done: Mapped[float | None] = mapped_column(Float)

    item: Mapped[LedgerItem] = relationship(back_populates="targets")
    shares: Mapped[list[TargetShare]] = relationship(back_populates="target", cascade="all, delete-orphan")


class TargetShare(Base):
    """One unit's part of a target (`其中，开发区30个以上`)."""

    __tablename__ = "target_share"

    id: Mapped[int] = mapped_column(primary_key=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("target.id", ondelete="CASCADE"), index=True)
    unit_name: Mapped[str] = mapped_column(String(100))
    quantity: Mapped[float | None] = mapped_column(Float)
    comparator: Mapped[str | None] = mapped_column(String(10))

    target: Mapped[Target] = relationship(back_populates="shares")


class Assignment(Base):
    """A unit named as lead or co-responsible for a measure or task."""

    __tablename__ = "assignment"
    __table_args__ = (
        UniqueConstraint("item_id", "unit_id"),
        # Owners are read per item in position order, often only the leads (migration 0004).
        Index("ix_assignment_item_order", "item_id", "position", "role", "unit_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("ledger_item.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(10))
    position: Mapped[int] = mapped_column(Integer, default=0)

    item: Mapped[LedgerItem] = relationship(back_populates="assignments")
    unit: Mapped[Unit] = relationship()


class Milestone(Base):
    """A dated step inside a measure: `2024年底前完成普查` in a measure due in 2027 (migration 0010).

    The measure's due date is its last deadline; the earlier ones are milestones, each with its own light
    in the reminders. `done_on` is set when the office marks the step reached."""

    __tablename__ = "milestone"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("ledger_item.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    due_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str | None] = mapped_column(String(300))
    done_on: Mapped[date | None] = mapped_column(Date)
