"""The roster: leadership-group members, the office and each unit's liaison officers, with phones.

A unit may have several liaison officers; one is primary (the one reminders and urge notices name).
Every add, edit and removal goes to the change log, so a contact's history can be shown.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from models import Contact, Unit
from services.errors import DuplicateContact, InvalidValue, NotFound
from services.ledger.changelog import ChangeView, history, log_change
from services.units.phones import normalize_mobile, normalize_office_phone

LIAISON = "联络员"
# The order a roster is printed in; the parser may also meet 常务副组长 and 办公室副主任.
ROLES = ("组长", "常务副组长", "副组长", "成员", "办公室主任", "办公室副主任", LIAISON)
LEADERSHIP_ROLES = ROLES[:4]
OFFICE_ROLES = ROLES[4:6]
NAME_MAX, TITLE_MAX = 50, 200


def role_rank(role: str) -> int:
    return ROLES.index(role) if role in ROLES else len(ROLES)


@dataclass(frozen=True)
class ContactInput:
    """What the user typed; phones are checked and written one way when stored."""

    role: str
    name: str
    unit_id: int | None = None
    title: str | None = None
    office_phone: str | None = None
    mobile: str | None = None
    notes: str | None = None
    is_primary: bool = False


@dataclass(frozen=True)
class ContactView:
    id: int
    unit_id: int | None
    unit: str | None
    role: str
    name: str
    title: str | None
    office_phone: str | None
    mobile: str | None
    notes: str | None
    is_primary: bool
    plan_id: int | None

    def phones(self) -> str:
        return " / ".join(p for p in (self.mobile, self.office_phone) if p) or "—"

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "unit": self.unit,
            "role": self.role,
            "name": self.name,
            "title": self.title,
            "office_phone": self.office_phone,
            "mobile": self.mobile,
            "notes": self.notes,
            "primary": self.is_primary,
            "plan_id": self.plan_id,
        }


def contact_view(c: Contact) -> ContactView:
    return ContactView(
        c.id,
        c.unit_id,
        c.unit.name if c.unit else None,
        c.role,
        c.name,
        c.title,
        c.office_phone,
        c.mobile,
        c.notes,
        bool(c.is_primary),
        c.plan_id,
    )


def list_contacts(session: Session, *, unit_id: int | None = None) -> list[ContactView]:
    """The roster in print order: leadership group by rank, then the office, then liaison officers."""
    stmt = select(Contact).options(selectinload(Contact.unit))
    if unit_id is not None:
        stmt = stmt.where(Contact.unit_id == unit_id)
    contacts = session.scalars(stmt).all()
    contacts = sorted(
        contacts,
        key=lambda c: (
            role_rank(c.role),
            c.role == LIAISON and (c.unit_id or 0),
            not c.is_primary,
            c.position,
            c.id,
        ),
    )
    return [contact_view(c) for c in contacts]


def get_contact(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFound("该联系人已不存在（可能已被删除）。请刷新列表后重试。")
    return contact


def checked(data: ContactInput) -> ContactInput:
    """``data`` with names trimmed and phones normalized; InvalidValue naming the field that is wrong."""
    name = "".join((data.name or "").split())
    if not name:
        raise InvalidValue("姓名不能为空。")
    if len(name) > NAME_MAX:
        raise InvalidValue(f"姓名“{name[:10]}…”太长（最多 {NAME_MAX} 个字）。")
    role = "".join((data.role or "").split())
    if role not in ROLES:
        raise InvalidValue(f"组内职务“{role}”无效，应为{'、'.join(ROLES)}之一。")
    title = (data.title or "").strip() or None
    if title and len(title) > TITLE_MAX:
        raise InvalidValue(f"职务太长（最多 {TITLE_MAX} 个字）。")
    return ContactInput(
        role=role,
        name=name,
        unit_id=data.unit_id,
        title=title,
        office_phone=normalize_office_phone(data.office_phone),
        mobile=normalize_mobile(data.mobile),
        notes=(data.notes or "").strip() or None,
        is_primary=data.is_primary and role == LIAISON,
    )


def find_duplicate(session: Session, data: ContactInput, exclude: int | None = None) -> Contact | None:
    """The same person already on the roster: same name in the same unit and role, or the same mobile."""
    in_unit = Contact.unit_id.is_(None) if data.unit_id is None else Contact.unit_id == data.unit_id
    same_place = select(Contact).where(Contact.name == data.name, Contact.role == data.role, in_unit)
    candidates = list(session.scalars(same_place))
    if data.mobile:
        candidates += session.scalars(
            select(Contact).where(Contact.name == data.name, Contact.mobile == data.mobile)
        )
    return next((c for c in candidates if c.id != exclude), None)


def _duplicate_error(existing: Contact) -> DuplicateContact:
    unit = existing.unit.name if existing.unit else "未关联单位"
    phone = f"，手机 {existing.mobile}" if existing.mobile else ""
    return DuplicateContact(
        f"{existing.name}已在通讯录中（{unit}，{existing.role}{phone}）。如是同一人，请编辑已有的记录；"
        "如是同名的另一个人，请在备注中注明区别，再选择“仍然添加”。",
        existing.id,
    )


def _fields(c: Contact) -> dict:
    return {
        "role": c.role,
        "name": c.name,
        "unit_id": c.unit_id,
        "title": c.title,
        "office_phone": c.office_phone,
        "mobile": c.mobile,
        "notes": c.notes,
        "is_primary": bool(c.is_primary),
    }


def _unit_exists(session: Session, unit_id: int | None) -> None:
    if unit_id is not None and session.get(Unit, unit_id) is None:
        raise NotFound("所选单位已不存在（可能已被合并）。请刷新后重新选择单位。")


def add_contact(
    session: Session, data: ContactInput, *, keep_both: bool = False, plan_id: int | None = None
) -> int:
    data = checked(data)
    _unit_exists(session, data.unit_id)
    if not keep_both and (existing := find_duplicate(session, data)) is not None:
        raise _duplicate_error(existing)
    position = session.scalar(select(func.coalesce(func.max(Contact.position), -1))) + 1
    contact = Contact(plan_id=plan_id, position=position, **asdict(data))
    if data.role == LIAISON and data.unit_id is not None and not _has_primary(session, data.unit_id):
        contact.is_primary = True  # a unit's first liaison officer is the one to call
    session.add(contact)
    session.flush()
    if contact.is_primary:
        _clear_other_primaries(session, contact)
    log_change(session, "contact", contact.id, "create", None, _fields(contact))
    return contact.id


def update_contact(session: Session, contact_id: int, data: ContactInput, *, keep_both: bool = False) -> None:
    contact = get_contact(session, contact_id)
    data = checked(data)
    _unit_exists(session, data.unit_id)
    if not keep_both and (existing := find_duplicate(session, data, exclude=contact.id)) is not None:
        raise _duplicate_error(existing)
    before = _fields(contact)
    was_primary = contact.is_primary
    for key, value in asdict(data).items():
        setattr(contact, key, value)
    session.flush()
    if contact.is_primary:
        _clear_other_primaries(session, contact)
    if was_primary and (not contact.is_primary or contact.unit_id != before["unit_id"]):
        _promote_next(session, before["unit_id"])
    after = _fields(contact)
    changed = {k for k in after if after[k] != before[k]}
    if changed:
        shown = changed | {"name"}  # the name goes along so the history says whom an entry is about
        log_change(
            session,
            "contact",
            contact.id,
            "edit",
            {k: before[k] for k in shown},
            {k: after[k] for k in shown},
        )


def delete_contact(session: Session, contact_id: int) -> None:
    contact = get_contact(session, contact_id)
    before, unit_id, was_primary = _fields(contact), contact.unit_id, contact.is_primary
    session.delete(contact)
    session.flush()
    if was_primary:
        _promote_next(session, unit_id)
    log_change(session, "contact", contact_id, "delete", before, None)


def set_primary(session: Session, contact_id: int) -> None:
    contact = get_contact(session, contact_id)
    if contact.role != LIAISON or contact.unit_id is None:
        raise InvalidValue(f"只有单位的联络员才能设为主联络员；{contact.name}是{contact.role}。")
    if contact.is_primary:
        return
    contact.is_primary = True
    session.flush()
    _clear_other_primaries(session, contact)
    log_change(
        session,
        "contact",
        contact.id,
        "edit",
        {"name": contact.name, "is_primary": False},
        {"is_primary": True},
    )


def contact_history(session: Session, contact_id: int) -> list[ChangeView]:
    return history(session, "contact", contact_id)


def _has_primary(session: Session, unit_id: int) -> bool:
    return (
        session.scalar(
            select(Contact.id).where(
                Contact.unit_id == unit_id, Contact.role == LIAISON, Contact.is_primary.is_(True)
            )
        )
        is not None
    )


def _clear_other_primaries(session: Session, contact: Contact) -> None:
    others = session.scalars(
        select(Contact).where(
            Contact.unit_id == contact.unit_id,
            Contact.role == LIAISON,
            Contact.is_primary.is_(True),
            Contact.id != contact.id,
        )
    )
    for other in others:
        other.is_primary = False
        log_change(
            session,
            "contact",
            other.id,
            "edit",
            {"name": other.name, "is_primary": True},
            {"is_primary": False},
        )


def _promote_next(session: Session, unit_id: int | None) -> None:
    """A unit whose primary liaison officer left keeps one: the longest-serving of the others."""
    if unit_id is None or _has_primary(session, unit_id):
        return
    successor = session.scalars(
        select(Contact).where(Contact.unit_id == unit_id, Contact.role == LIAISON).order_by(Contact.id)
    ).first()
    if successor is not None:
        successor.is_primary = True
        log_change(
            session,
            "contact",
            successor.id,
            "edit",
            {"name": successor.name, "is_primary": False},
            {"is_primary": True},
        )
