"""Preview of returned workbooks: whose file it is, which round it goes to, which of several wins.

``services/returns/importing.py`` reads the files and commits them; this module decides, per file, the unit
and the round (``recognise``), what is said about the file as a whole (the round, an earlier return, the
same content imported before), which of several returns of a unit in one batch wins (``settle_order``)
and where lead units of one task disagree (``co_lead_disagreements``). Nothing here writes.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import LedgerItem, ProgressEntry, ProgressReturn, ReportingRound, RoundUnit, Target, Unit
from services.errors import CellRef, InvalidValue, ReturnRejected
from services.ledger.co_leads import UnitReport, disagreement, latest_reports, several_leads
from services.returns.findings import ERROR, NOTE, Change, CheckContext, LedgerState, Problem, RowUpdate
from services.returns.reader import RawReturn
from services.returns.rounds import RoundView, get_round, parse_period, plan_return_tasks, sent_checksum
from services.units.resolve import find_unit, name_key


@dataclass(frozen=True)
class FilePreview:
    path: Path
    file_name: str
    refused: str | None = None  # why the whole file cannot be imported
    round: RoundView | None = None
    unit_id: int | None = None
    unit: str | None = None
    by_hidden_sheet: bool = False
    changes: tuple[Change, ...] = ()
    problems: tuple[Problem, ...] = ()
    updates: tuple[RowUpdate, ...] = ()
    rejection: ReturnRejected | None = field(default=None, compare=False, repr=False)  # behind `refused`
    content_sha256: str | None = None
    saved_at: datetime | None = None
    current_form: bool = False  # made on the form sent for this round (its checksum agrees)
    superseded_by: str | None = None  # another return of the unit in this batch wins over this one

    @property
    def acceptable(self) -> bool:
        return self.refused is None and not any(p.level == ERROR for p in self.problems)

    def count(self, level: str) -> int:
        return sum(p.level == level for p in self.problems)


def co_lead_disagreements(session: Session, previews: list[FilePreview]) -> list[FilePreview]:
    """A task several units lead, on which this file says otherwise than another lead unit (its latest
    report in the ledger, or its file in this batch): a warning naming both, so the office looks before
    the task's figure (the lagging unit's, see services/ledger/co_leads.py) is shown."""
    reported = {(p.unit_id, u.item_id): u for p in previews if p.refused is None for u in p.updates}
    leads = several_leads(session, {item_id for _unit, item_id in reported})
    if not leads:
        return previews
    stored = latest_reports(session, leads)
    names = {row.id: row.name for row in session.execute(select(Unit.id, Unit.name))}
    settled = []
    for p in previews:
        extra = []
        for u in p.updates:
            if u.item_id not in leads:
                continue
            others = dict(stored.get(u.item_id, {}))
            for unit_id in leads[u.item_id]:
                if unit_id != p.unit_id and (unit_id, u.item_id) in reported:
                    b = reported[(unit_id, u.item_id)]
                    others[unit_id] = UnitReport(unit_id, b.progress, b.done_total, b.completed)
            mine = UnitReport(p.unit_id, u.progress, u.done_total, u.completed)
            other = disagreement(mine, others.values())
            if other is not None:
                extra.append(
                    Problem(
                        f"这项任务由{'、'.join(names.get(i, '?') for i in leads[u.item_id])}共同牵头，"
                        f"本表报{_said(mine)}，{names.get(other.unit_id, '另一牵头单位')}报{_said(other)}："
                        "两家都保留，任务按进度落后的一家显示。请与两个单位核实。",
                        u.where or CellRef(),
                    )
                )
        settled.append(replace(p, problems=(*p.problems, *extra)) if extra else p)
    return settled


def _said(report: UnitReport) -> str:
    parts = []
    if report.progress is not None:
        parts.append(f"进度 {report.progress}%")
    if report.done_total is not None:
        parts.append(f"累计 {report.done_total:g}")
    parts.append("已完成" if report.reported_done else "未完成")
    return "、".join(parts)


def settle_order(previews: list[FilePreview]) -> list[FilePreview]:
    """Of several returns of one unit for one round in a batch, one wins: the one made on the form as
    sent this round, then the one saved last (the workbook's own time, not the order of the file names:
    `…(1).xlsx` sorts before the original it corrects). The others keep their warnings and bring nothing."""
    groups: dict[tuple[int, int], list[int]] = {}
    for n, p in enumerate(previews):
        if p.refused is None and p.round is not None:
            groups.setdefault((p.round.id, p.unit_id), []).append(n)
    settled = list(previews)
    for indexes in groups.values():
        if len(indexes) < 2:
            continue
        ranked = sorted(
            indexes, key=lambda n: (previews[n].current_form, previews[n].saved_at or datetime.min, n)
        )
        winner = previews[ranked[-1]]
        reason = _why_wins(winner, [previews[n] for n in ranked[:-1]])
        for n in ranked[:-1]:
            loser = previews[n]
            settled[n] = replace(
                loser,
                changes=(),
                updates=(),
                superseded_by=winner.file_name,
                problems=(
                    Problem(
                        f"本次导入中还有{loser.unit}{loser.round.period}的另一份报表“{winner.file_name}”，以那份为准"
                        f"（{reason}）：本表的内容不导入。如果本表才是正确的，请不接受另一份。",
                    ),
                    *loser.problems,
                ),
            )
        settled[ranked[-1]] = replace(
            winner,
            problems=(
                Problem(
                    f"本次导入中{winner.unit}{winner.round.period}有 {len(ranked)} 份报表，以本表为准（{reason}）。",
                    level=NOTE,
                ),
                *winner.problems,
            ),
        )
    return settled


def _why_wins(winner: FilePreview, losers: list[FilePreview]) -> str:
    if winner.current_form and not all(p.current_form for p in losers):
        return f"“{winner.file_name}”用的是本轮下发的报送表，另一份是旧版模板"
    saved = [p.saved_at for p in losers if p.saved_at is not None]
    if winner.saved_at is None or (saved and max(saved) == winner.saved_at):
        return f"读不出哪份保存得晚，按文件在导入列表中的先后，以后一份“{winner.file_name}”为准"
    return f"“{winner.file_name}”保存于{winner.saved_at:%Y-%m-%d %H:%M}，是最后保存的一份"


def recognise(
    session: Session, raw: RawReturn, expected: RoundView | None
) -> tuple[RoundView, int, str, int | None]:
    """(round booked to, unit id, unit name, the round the form itself was made for)."""
    identity = raw.identity
    if identity is not None and identity.round_id is not None:
        round_row = session.get(ReportingRound, identity.round_id)
        unit = session.get(Unit, identity.unit_id) if identity.unit_id else None
        if unit is None and identity.unit:
            unit = find_unit(session, identity.unit)
        if round_row is not None and unit is not None:
            if expected is not None and expected.id != round_row.id and expected.plan_id == round_row.plan_id:
                # The office imports into this round: an old form reused for it is this round's report.
                return expected, unit.id, unit.name, round_row.id
            return get_round(session, round_row.id), unit.id, unit.name, round_row.id
        if round_row is None:
            raise ReturnRejected(
                raw.file_name,
                f"这份报送表属于编号为 {identity.round_id} 的报送轮次（{identity.period or '期次不明'}），"
                "本台账中没有这个轮次：可能是在其他电脑上生成的模板，或该轮次已被删除。"
                "请导入本台账下发的报送表，或在生成该模板的电脑上导入。",
            )
    unit = _unit_by_content(session, raw)
    if unit is None:
        raise ReturnRejected(
            raw.file_name,
            "无法识别填报单位：表头没有“填报单位：”，文件名中也没有单位名称。"
            "请在表格上方填写“填报单位：单位名称”后重新导入，或请该单位使用下发的模板。",
        )
    asked = select(ReportingRound.id).join(RoundUnit, RoundUnit.round_id == ReportingRound.id)
    asked = asked.where(RoundUnit.unit_id == unit.id)
    if raw.header_period:
        with contextlib.suppress(InvalidValue):
            asked = asked.where(ReportingRound.period == parse_period(raw.header_period).text)
    candidates = list(
        session.scalars(asked.order_by(ReportingRound.created_at.desc(), ReportingRound.id.desc()))
    )
    if expected is not None and (expected.id in candidates or not raw.header_period):
        return expected, unit.id, unit.name, None
    if len(candidates) == 1 or (candidates and raw.header_period):
        return get_round(session, candidates[0]), unit.id, unit.name, None
    raise ReturnRejected(
        raw.file_name,
        f"无法确定这是{unit.name}哪一期的报表：请在表格上方填写“报送期次：2024年第3季度”这样的期次后重新导入，"
        "或从报送轮次页面导入到指定的轮次。",
    )


def _unit_by_content(session: Session, raw: RawReturn) -> Unit | None:
    if raw.header_unit:
        unit = find_unit(session, raw.header_unit)
        if unit is not None:
            return unit
    stem = name_key(Path(raw.file_name).stem)
    asked = session.scalars(select(Unit).where(Unit.id.in_(select(RoundUnit.unit_id)))).all()
    matches = [u for u in asked if name_key(u.name) in stem or u.name in raw.file_name]
    return max(matches, key=lambda u: len(u.name)) if matches else None


def round_problems(session, raw, round_view, unit_id, unit, expected, form_round) -> list[Problem]:
    problems = []
    if form_round is not None and form_round != round_view.id:
        form = get_round(session, form_round)
        problems.append(
            Problem(
                f"这是{form.period}的报送表（旧模板），本次导入的是{round_view.period}：按本次导入计入"
                f"{round_view.period}。如果这其实是{form.period}迟交的报表，请不接受本表，"
                f"改在报送轮次页面导入到{form.period}。"
            )
        )
    elif expected is not None and round_view.id != expected.id:
        problems.append(
            Problem(
                f"这是《{round_view.plan_title}》{round_view.period}的报表，不是本次导入的{expected.period}报表："
                f"接受后将计入{round_view.period}。"
            )
        )
    elif expected is None and (newer := _newer_round(session, round_view, unit_id)) is not None:
        problems.append(
            Problem(
                f"这是{round_view.period}的报送表，但{newer.period}的报送表已经下发：接受后将计入{round_view.period}。"
                f"如果单位用旧表报送了{newer.period}的进展，请不接受本表，改为导入到{newer.period}"
                f"（报送轮次页面，或命令行 --round {newer.id}）。"
            )
        )
    earlier = session.scalars(
        select(ProgressReturn)
        .where(ProgressReturn.round_id == round_view.id, ProgressReturn.unit_id == unit_id)
        .order_by(ProgressReturn.received_at.desc())
    ).first()
    if earlier is not None:
        problems.append(
            Problem(
                f"{unit}已于{earlier.received_at:%Y-%m-%d %H:%M}报送过{round_view.period}的报表（文件“{earlier.file_name}”）："
                "再次导入将以本表为准。"
            )
        )
    if raw.content_sha256:
        same = session.scalars(
            select(ProgressReturn).where(
                ProgressReturn.round_id == round_view.id, ProgressReturn.content_sha256 == raw.content_sha256
            )
        ).first()
        if same is not None:
            problems.append(
                Problem(
                    f"这个文件已于{same.received_at:%Y-%m-%d %H:%M}导入过{round_view.period}（文件“{same.file_name}”，"
                    "内容完全相同），不能重复导入：无需再导入。",
                    level=ERROR,
                )
            )
    return problems


def _newer_round(session: Session, round_view: RoundView, unit_id: int) -> RoundView | None:
    """A later round of the same plan that asked this unit too: the form may be last period's, reused."""
    newer = session.scalar(
        select(ReportingRound.id)
        .join(RoundUnit, RoundUnit.round_id == ReportingRound.id)
        .where(
            ReportingRound.plan_id == round_view.plan_id,
            RoundUnit.unit_id == unit_id,
            ReportingRound.created_at > round_view.created_at,
            ReportingRound.id != round_view.id,
        )
        .order_by(ReportingRound.created_at.desc(), ReportingRound.id.desc())
        .limit(1)
    )
    return get_round(session, newer) if newer is not None else None


class CheckCache:
    """What the checks need from the ledger, read once per plan for the whole batch."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.plans: dict[int, tuple[dict, dict, dict]] = {}

    def context(
        self, round_view: RoundView, unit_id: int, unit: str, form_round: int | None = None
    ) -> CheckContext:
        s = self.session
        if round_view.plan_id not in self.plans:
            items = {
                r.id: r
                for r in s.execute(
                    select(
                        LedgerItem.id,
                        LedgerItem.number,
                        LedgerItem.title,
                        LedgerItem.progress,
                        LedgerItem.latest_situation,
                    ).where(LedgerItem.plan_id == round_view.plan_id, LedgerItem.deleted_at.is_(None))
                )
            }
            comparators: dict[int, list[str | None]] = {}
            for t in s.execute(
                select(Target.item_id, Target.comparator)
                .join(LedgerItem, LedgerItem.id == Target.item_id)
                .where(LedgerItem.plan_id == round_view.plan_id)
            ):
                comparators.setdefault(t.item_id, []).append(t.comparator)
            self.plans[round_view.plan_id] = (items, comparators, plan_return_tasks(s, round_view.plan_id))
        items, comparators, by_unit = self.plans[round_view.plan_id]
        tasks = {t.item_id: t for t in by_unit.get(unit_id, [])}
        return CheckContext(
            round=round_view,
            unit_id=unit_id,
            unit=unit,
            tasks=tasks,
            plan_items={i.id: (i.number, i.title) for i in items.values()},
            state=_ledger_state(s, items, comparators, list(tasks), unit_id, round_view.id),
            # The form is checked against what was sent with it: an old form reused for this round
            # carries last round's checksum, which is no tampering.
            sent_checksum=sent_checksum(s, form_round or round_view.id, unit_id),
            form_round_id=form_round,
        )


def _ledger_state(
    session: Session, items: dict, comparators: dict, item_ids: list[int], unit_id: int, round_id: int
) -> dict[int, LedgerState]:
    last_total: dict[int, tuple[float, str | None]] = {}
    last_text: dict[int, tuple[str | None, str | None]] = {}
    entries = session.execute(
        select(
            ProgressEntry.item_id,
            ProgressEntry.done_total,
            ProgressEntry.problems,
            ProgressEntry.next_steps,
            ProgressEntry.round_id,
            ReportingRound.period,
        )
        .outerjoin(ReportingRound, ReportingRound.id == ProgressEntry.round_id)
        .where(
            ProgressEntry.item_id.in_(item_ids),
            ProgressEntry.unit_id == unit_id,
            ProgressEntry.voided_at.is_(None),
        )
        .order_by(ProgressEntry.reported_on, ProgressEntry.id)
    )
    for e in entries:
        last_text[e.item_id] = (e.problems, e.next_steps)
        if e.done_total is not None and e.round_id != round_id:
            last_total[e.item_id] = (e.done_total, e.period)
    state = {}
    for item_id in item_ids:
        item = items[item_id]
        total, period = last_total.get(item_id, (None, None))
        problems, next_steps = last_text.get(item_id, (None, None))
        compared = comparators.get(item_id, [])
        state[item_id] = LedgerState(
            item.progress,
            item.latest_situation,
            total,
            period,
            problems,
            next_steps,
            compared[0] if len(compared) == 1 else None,
        )
    return state
