"""督办事项: tasks that come from a leader's 批示, a meeting or a document received rather than a plan.

An item is a task of the ledger (units, due date, progress, 办结 as any task) that also carries its source,
a 督办编号 numbered per year (`督〔2024〕12号`), the 责任领导 and the days it was 交办 and 签收. Its state
runs 交办 → 签收 → 反馈 → 办结: 签收 is marked by hand or by the unit's first return, 反馈 is a progress
report, 办结 is the task's close (services.ledger.tasks.close_task). docs/supervision-items.md says more.

Every function takes the caller's session (one user action, one transaction) and writes a change-log entry.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import ChangeLog, ItemSource, LedgerItem, Plan, Unit
from services.errors import InvalidValue, NotFound
from services.ledger import tasks
from services.ledger.changelog import log_change
from services.ledger.supervision_labels import DEFAULT_PREFIX, SOURCE_NAMES, format_number
from services.units.resolve import clean_name, find_unit

SOURCE_LABELS = {ItemSource(code): label for code, label in SOURCE_NAMES.items()}
# 督〔2024〕12号, also typed with [] () （） brackets, 第12号 or without 号.
_NUMBER = re.compile(
    r"(?P<prefix>[^〔\[（(\d]{1,20})\s*[〔\[（(]\s*(?P<year>\d{4})\s*[〕\]）)]\s*第?\s*(?P<seq>\d{1,6})\s*号?"
)
# What the change log keeps of an item, beside the task's own fields (tasks.EDITABLE_FIELDS).
FIELDS = (
    "source",
    "supervision_prefix",
    "supervision_year",
    "supervision_seq",
    "leader",
    "assigned_on",
    "signed_on",
    "signed_by",
)


def source_code(text: str) -> str:
    """The stored code of a source given as the office says it (批示) or as stored (instruction)."""
    wanted = (text or "").strip()
    for code, label in SOURCE_LABELS.items():
        if wanted in (label, code.value):
            return code.value
    raise InvalidValue(f"来源“{wanted}”无法识别。请填写 批示、会议、来文 或 方案 之一。")


def parse_number(text: str) -> tuple[str, int, int]:
    """(prefix, year, number) of `督〔2024〕12号`; anything else is refused with the form to use."""
    found = _NUMBER.fullmatch((text or "").strip())
    if found is None or int(found["seq"]) == 0:
        raise InvalidValue(
            f"督办编号“{text}”无法识别。请写成 督〔2024〕12号 这样的形式（前缀、〔年份〕、序号、号），"
            "或不填，由系统按年份自动编号。"
        )
    return found["prefix"].strip(), int(found["year"]), int(found["seq"])


def checked_prefix(prefix: str | None) -> str:
    cleaned = (prefix or "").strip()
    if not cleaned:
        return DEFAULT_PREFIX
    if len(cleaned) > 20 or any(c in cleaned for c in "〔〕[]()（）0123456789"):
        raise InvalidValue(
            f"编号前缀“{cleaned}”不可用：请用不超过 20 个字、不含括号和数字的文字，如“督”或“区委督”。"
        )
    return cleaned


def next_number(session: Session, year: int) -> int:
    """The next free 督办编号 of `year`: one past the highest given, deleted items included (a number once
    given is not given again, so a paper that cites it still means one item)."""
    highest = session.scalar(
        select(func.max(LedgerItem.supervision_seq)).where(LedgerItem.supervision_year == year)
    )
    return (highest or 0) + 1


def _check_number_free(session: Session, year: int, seq: int, item_id: int | None = None) -> None:
    holder = session.scalar(
        select(LedgerItem).where(LedgerItem.supervision_year == year, LedgerItem.supervision_seq == seq)
    )
    if holder is not None and holder.id != item_id:
        shown = format_number(holder.supervision_prefix, year, seq)
        raise InvalidValue(
            f"督办编号 {shown} 已被事项“{holder.title[:30]}”使用。"
            f"请换一个编号（{year} 年下一个空号是 {next_number(session, year)}），或不填由系统自动编号。"
        )


def registered_units(
    session: Session, names: tuple[str, ...] | list[str], new_units: bool = False
) -> list[str]:
    """The registry's names for `names`. An unknown unit is refused unless `new_units` (the clerk said it
    is new): an item is 交办 to a unit the office knows, and a typo must not become a unit. A new name
    that looks like a registered one is refused by add_unit with the one it resembles."""
    from services.units.registry import add_unit

    found = []
    for name in names:
        if not clean_name(name):
            continue
        unit = find_unit(session, name)
        if unit is None and new_units:
            unit = session.get(Unit, add_unit(session, name))
        if unit is None:
            raise InvalidValue(
                f"单位“{clean_name(name)}”不在单位名录中。请检查名称；如确是新单位，请选择同时登记新单位后再交办。"
            )
        if unit.name not in found:
            found.append(unit.name)
    return found


@dataclass(frozen=True)
class ItemDraft:
    """A 督办事项 typed by hand. assigned_on None: 交办 today; number None: the next free of that year."""

    title: str
    source: str
    lead_units: tuple[str, ...]
    co_units: tuple[str, ...] = ()
    leader: str | None = None
    assigned_on: date | None = None
    due_on: date | None = None
    text: str | None = None
    number: str | None = None
    prefix: str = DEFAULT_PREFIX
    new_units: bool = False  # register units not yet in the registry


def create_list(session: Session, title: str, doc_number: str | None = None) -> int:
    """A plan made by hand to hold items (an 事项清单 such as 2024年领导批示事项); returns its id."""
    cleaned = (title or "").strip()
    if not cleaned:
        raise InvalidValue("清单名称不能为空。请填写名称，如“2024年领导批示督办事项”。")
    if len(cleaned) > 300:
        raise InvalidValue("清单名称过长（超过 300 字）。请缩短后重试。")
    # No source file: the list was typed, as its change-log entry ("create", not "import") says.
    plan = Plan(title=cleaned, doc_number=(doc_number or "").strip() or None)
    session.add(plan)
    session.flush()
    log_change(session, "plan", plan.id, "create", None, {"title": plan.title, "doc_number": plan.doc_number})
    return plan.id


def add_item(session: Session, plan_id: int, draft: ItemDraft, today: date | None = None) -> int:
    """Create, number and 交办 an item in one go; returns its task id."""
    if session.get(Plan, plan_id) is None:
        raise NotFound(f"编号为 {plan_id} 的方案或事项清单不存在。请用 plans 命令查看已有的编号。")
    if not draft.title.strip():
        raise InvalidValue("事项名称不能为空。请填写督办事项的内容摘要。")
    source = source_code(draft.source)
    lead = registered_units(session, draft.lead_units, draft.new_units)
    if not lead:
        raise InvalidValue("请填写牵头单位：督办事项要交办给至少一个单位。")
    co = [name for name in registered_units(session, draft.co_units, draft.new_units) if name not in lead]
    assigned = draft.assigned_on or today or date.today()
    _check_dates(assigned, draft.due_on)
    if draft.number and draft.number.strip():
        prefix, year, seq = parse_number(draft.number)
        prefix = checked_prefix(prefix)
    else:
        prefix, year = checked_prefix(draft.prefix), assigned.year
        seq = next_number(session, year)
    _check_number_free(session, year, seq)
    item_id = tasks.create_task(
        session,
        plan_id,
        None,
        tasks.TaskDraft(
            title=draft.title.strip(),
            text=(draft.text or "").strip() or None,
            due_on=draft.due_on,
            lead_units=tuple(lead),
            co_units=tuple(co),
        ),
    )
    item = session.get(LedgerItem, item_id)
    item.source, item.leader, item.assigned_on = source, _leader(draft.leader), assigned
    item.supervision_prefix, item.supervision_year, item.supervision_seq = prefix, year, seq
    session.flush()
    log_change(session, "task", item.id, "supervise", None, _values(item))
    return item.id


def _leader(text: str | None) -> str | None:
    cleaned = (text or "").strip()
    if len(cleaned) > 100:
        raise InvalidValue("责任领导过长（超过 100 字）。请只写姓名和职务。")
    return cleaned or None


def _check_dates(assigned: date, due: date | None) -> None:
    if due is not None and due < assigned:
        raise InvalidValue(
            f"办结时限 {due.isoformat()} 早于交办日期 {assigned.isoformat()}。请检查两个日期。"
        )


def _values(item: LedgerItem) -> dict[str, Any]:
    return {name: getattr(item, name) for name in FIELDS}


def get_supervised(session: Session, item_id: int) -> LedgerItem:
    item = tasks.get_item(session, item_id)
    if item.assigned_on is None:
        raise InvalidValue(
            f"任务“{item.title[:30]}”不是督办事项（没有交办日期）。请在督办信息中先填写交办日期。"
        )
    return item


def sign(
    session: Session,
    item_id: int,
    on: date | None = None,
    unit: str | None = None,
    expected_version: int | None = None,
) -> int:
    """Mark the item 签收 (by `unit`, one of its units, when named); returns the change-log id."""
    item = get_supervised(session, item_id)
    tasks._check_version(item, expected_version)
    if item.signed_on is not None:
        by = f"（{item.signed_by}）" if item.signed_by else ""
        raise InvalidValue(
            f"事项“{item.title[:30]}”已于 {item.signed_on.isoformat()} 签收{by}，无需再次签收。"
        )
    day = on or date.today()
    if day < item.assigned_on:
        raise InvalidValue(
            f"签收日期 {day.isoformat()} 早于交办日期 {item.assigned_on.isoformat()}。请检查日期。"
        )
    by = None
    if unit and unit.strip():
        known = find_unit(session, unit)
        owners = {a.unit_id: a.unit.name for a in item.assignments}
        if known is None or known.id not in owners:
            listed = "、".join(owners.values()) or "（无）"
            raise InvalidValue(
                f"单位“{clean_name(unit)}”不是这个事项的责任单位（{listed}）。请检查单位名称。"
            )
        by = owners[known.id]
    return _set_signed(session, item, day, by)


def _set_signed(
    session: Session, item: LedgerItem, day: date, by: str | None, batch_id: int | None = None
) -> int:
    before = {"signed_on": item.signed_on, "signed_by": item.signed_by}
    item.signed_on, item.signed_by = day, by
    session.flush()
    after: dict[str, Any] = {"signed_on": day, "signed_by": by}
    if batch_id is not None:  # undoing the batch takes the 签收 back (unsign_batch)
        after["batch_id"] = batch_id
    return log_change(session, "task", item.id, "sign", before, after).id


def sign_on_first_return(
    session: Session, returned: list[tuple[LedgerItem, str | None, date]], batch_id: int
) -> None:
    """The returns import passes each task a return reports on, with the return's unit and day: a 督办事项
    not yet 签收 is signed by the first of them. A task that was never 交办 has nothing to sign."""
    for item, unit_name, on in returned:
        if item.assigned_on is not None and item.signed_on is None:
            _set_signed(session, item, max(on, item.assigned_on), unit_name, batch_id)


def unsign_batch(session: Session, batch_id: int) -> None:
    """Undoing a batch of returns: the items it signed are not signed any more (unless signed again by
    hand since, which a later change-log entry would show and undo_batch refuses before this)."""
    entries = session.scalars(
        select(ChangeLog).where(
            ChangeLog.entity == "task", ChangeLog.action == "sign", ChangeLog.after.is_not(None)
        )
    )
    for entry in entries:
        after = json.loads(entry.after)
        if after.get("batch_id") != batch_id:
            continue
        item = session.get(LedgerItem, entry.entity_id)
        if (
            item is not None
            and item.signed_on is not None
            and item.signed_on.isoformat() == after["signed_on"]
        ):
            item.signed_on = item.signed_by = None
    session.flush()


_UNSET: Any = object()


def edit_item(
    session: Session,
    item_id: int,
    expected_version: int | None = None,
    *,
    source: str | None = _UNSET,
    leader: str | None = _UNSET,
    assigned_on: date | None = _UNSET,
    number: str | None = _UNSET,
    signed_on: date | None = _UNSET,
) -> int | None:
    """Change an item's source, leader, 交办 day, 督办编号 or 签收 day (None clears 签收); the change-log
    id, or None when nothing differed. A task of a plan becomes an item once it gets a 交办 day."""
    item = tasks.get_item(session, item_id)
    tasks._check_version(item, expected_version)
    before = _values(item)
    if source is not _UNSET:
        item.source = source_code(source) if source else None
    if leader is not _UNSET:
        item.leader = _leader(leader)
    if assigned_on is not _UNSET:
        if assigned_on is None:
            raise InvalidValue("交办日期不能清空：督办事项从交办开始。")
        _check_dates(assigned_on, item.due_on)
        item.assigned_on = assigned_on
    if number is not _UNSET:
        _renumber(session, item, number)
    elif item.assigned_on is not None and item.supervision_seq is None:
        item.supervision_prefix, item.supervision_year = DEFAULT_PREFIX, item.assigned_on.year
        item.supervision_seq = next_number(session, item.assigned_on.year)
    if signed_on is not _UNSET:
        if signed_on is not None and (item.assigned_on is None or signed_on < item.assigned_on):
            raise InvalidValue("签收日期应在交办日期当天或之后。请检查日期。")
        item.signed_on = signed_on
        if signed_on is None:
            item.signed_by = None
    after = _values(item)
    changed = [k for k in FIELDS if after[k] != before[k]]
    if not changed:
        return None
    session.flush()
    return log_change(
        session, "task", item.id, "supervise", {k: before[k] for k in changed}, {k: after[k] for k in changed}
    ).id


def _renumber(session: Session, item: LedgerItem, number: str | None) -> None:
    if not (number or "").strip():
        raise InvalidValue("督办编号不能清空。请填写如 督〔2024〕12号 的编号。")
    prefix, year, seq = parse_number(number)
    prefix = checked_prefix(prefix)
    _check_number_free(session, year, seq, item.id)
    item.supervision_prefix, item.supervision_year, item.supervision_seq = prefix, year, seq
