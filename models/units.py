"""Units named in plans, their aliases, and the people of the leadership group."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base


class UnitKind(enum.StrEnum):
    DEPARTMENT = "department"
    TOWN = "town"
    # 各镇街, 各有关部门: a group word stands for several units and is kept as written.
    GROUP = "group"


class Unit(Base):
    __tablename__ = "unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(12), default=UnitKind.DEPARTMENT)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)

    aliases: Mapped[list[UnitAlias]] = relationship(back_populates="unit", cascade="all, delete-orphan")
    contacts: Mapped[list[Contact]] = relationship(back_populates="unit")


class UnitAlias(Base):
    """Another way a document writes a unit (发改委 for 区发改委); an alias belongs to one unit."""

    __tablename__ = "unit_alias"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(100), unique=True)

    unit: Mapped[Unit] = relationship(back_populates="aliases")


class Contact(Base):
    """A person the office calls: a leadership-group member or a unit's liaison officer."""

    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"), index=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id", ondelete="SET NULL"))
    role: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(50))
    title: Mapped[str | None] = mapped_column(String(200))
    office_phone: Mapped[str | None] = mapped_column(String(40))
    mobile: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str | None] = mapped_column(Text)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)

    unit: Mapped[Unit | None] = relationship(back_populates="contacts")
