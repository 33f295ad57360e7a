"""Import returned workbooks: preview every file, commit the accepted ones in one batch, undo a batch.

``preview_returns`` reads and checks without writing; ``commit_returns`` writes the accepted files as
one ImportBatch in the caller's transaction; ``undo_batch`` puts back exactly what the batch replaced
(the tasks' figures as they were, its progress entries and returns removed), unless a later report on
the same tasks would be lost by it.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import delete, func, insert, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from models import (
    ChangeLog,
    ImportBatch,
    LedgerItem,
    Plan,
    ProgressEntry,
    ProgressReturn,
    ReportingRound,
    RoundUnit,
    Target,
    Unit,
)
from services.changelog import current_user, log_change
from services.errors import EditConflict, InvalidValue, NotFound, ReturnRejected
from services.progress import ProgressReport, validate
from services.return_check import (
    ERROR,
    NOTE,
    WARNING,
    Change,
    CheckContext,
    LedgerState,
    Problem,
    RowUpdate,
    check_return,
)
from services.return_identity import identity_problems
from services.return_reader import RawReturn, display_name, read_return
from services.rounds import RoundView, get_round, parse_period, plan_return_tasks, sent_checksum
from services.units import find_unit, name_key

RETURN_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xls", ".et", ".csv")
BATCH_KIND = "returns"


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


@dataclass(frozen=True)
class ImportResult:
    batch_id: int
    files: int
    rows: int


def expand_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Files as given, and the spreadsheets in a dropped folder (not Excel's ~$ lock files)."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file() and p.suffix.lower() in RETURN_SUFFIXES and not p.name.startswith("~$")
            )
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def read_files(
    paths: Sequence[Path], progress: Callable[[int, int], None] | None = None
) -> list[RawReturn | ReturnRejected]:
    """Read every file (no database needed); a refused file stays in the list as its error."""
    read: list[RawReturn | ReturnRejected] = []
    for n, path in enumerate(paths, start=1):
        try:
            read.append(read_return(path))
        except ReturnRejected as exc:
            read.append(exc)
        if progress:
            progress(n, len(paths))
    return read


def preview_returns(
    session: Session,
    paths: Iterable[Path | str],
    *,
    expected_round_id: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[FilePreview]:
    files = expand_paths(paths)
    return check_files(session, files, read_files(files, progress), expected_round_id=expected_round_id)


def check_files(
    session: Session,
    paths: Sequence[Path],
    read: Sequence[RawReturn | ReturnRejected],
    *,
    expected_round_id: int | None = None,
) -> list[FilePreview]:
    expected = get_round(session, expected_round_id) if expected_round_id is not None else None
    cache = _Cache(session)
    previews: list[FilePreview] = []
    raws: list[RawReturn | None] = []
    contents: dict[str, str] = {}  # content hash -> first file name in this batch
    for path, raw in zip(paths, read, strict=True):
        raws.append(raw if isinstance(raw, RawReturn) else None)
        if isinstance(raw, ReturnRejected):
            previews.append(FilePreview(path, display_name(path), refused=str(raw), rejection=raw))
            continue
        if raw.content_sha256 and raw.content_sha256 in contents:
            exc = ReturnRejected(
                raw.file_name,
                f"与本次导入中的“{contents[raw.content_sha256]}”是同一个文件（内容完全相同），不再重复导入："
                "请从导入列表中去掉其中一个。",
            )
            previews.append(FilePreview(path, raw.file_name, refused=str(exc), rejection=exc))
            continue
        if raw.content_sha256:
            contents[raw.content_sha256] = raw.file_name
        try:
            round_view, unit_id, unit, form_round = _recognise(session, raw, expected)
        except ReturnRejected as exc:
            previews.append(FilePreview(path, raw.file_name, refused=str(exc), rejection=exc))
            continue
        ctx = cache.context(round_view, unit_id, unit, form_round)
        result = check_return(raw, ctx)
        problems = [
            *identity_problems(session, raw, unit_id, unit),
            *_round_problems(session, raw, round_view, unit_id, unit, expected, form_round),
            *result.problems,
        ]
        previews.append(
            FilePreview(
                path,
                raw.file_name,
                round=round_view,
                unit_id=unit_id,
                unit=unit,
                by_hidden_sheet=raw.identity is not None,
                changes=tuple(result.changes),
                problems=tuple(problems),
                updates=tuple(result.updates),
                content_sha256=raw.content_sha256,
                saved_at=raw.saved_at,
                current_form=form_round == round_view.id
                and raw.identity is not None
                and raw.identity.checksum == ctx.sent_checksum,
            )
        )
    return settle_order(previews)


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


def _recognise(
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


def _round_problems(session, raw, round_view, unit_id, unit, expected, form_round) -> list[Problem]:
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


class _Cache:
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
        .where(ProgressEntry.item_id.in_(item_ids), ProgressEntry.unit_id == unit_id)
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


# --- commit and undo -----------------------------------------------------------------------------------


def commit_returns(session: Session, files: Sequence[FilePreview]) -> ImportResult:
    """Write the accepted files as one batch; ReturnRejected when one of them cannot be accepted."""
    for f in files:
        if f.rejection is not None:  # the preview's own refusal, not wrapped in a second "文件…未导入"
            raise ReturnRejected(f.rejection.file, f.rejection.reason, f.rejection.where)
        if not f.acceptable:
            raise ReturnRejected(
                f.file_name, "有必须先改正的错误，不能导入：请改正后重新预览，或不接受这个文件。"
            )
    if not files:
        raise InvalidValue("没有选中要导入的报送表：请在预览中接受至少一个文件。")
    rows = sum(len(f.updates) for f in files)
    batch = ImportBatch(
        kind=BATCH_KIND, summary=f"{len(files)} 份报送表，{rows} 项任务", created_by=current_user()
    )
    session.add(batch)
    session.flush()
    item_ids = {u.item_id for f in files for u in f.updates}
    items = {
        i.id: i
        for i in session.scalars(
            select(LedgerItem)
            .where(LedgerItem.id.in_(item_ids), LedgerItem.deleted_at.is_(None))
            .options(selectinload(LedgerItem.targets))
        )
    }
    if missing := item_ids - set(items):
        raise EditConflict(
            f"预览之后有 {len(missing)} 项任务被删除了：请重新预览后再导入。本次未导入任何内容。"
        )
    before = {str(i.id): _figures(i) for i in items.values()}
    user, entries = current_user(), []
    for f in files:
        session.add(
            ProgressReturn(
                round_id=f.round.id,
                unit_id=f.unit_id,
                batch_id=batch.id,
                file_name=f.file_name,
                rows=len(f.updates),
                problems=f.count(WARNING),
                content_sha256=f.content_sha256,
                saved_at=f.saved_at,
            )
        )
        reported_on = min(parse_period(f.round.period).end, date.today())
        for u in f.updates:
            report = ProgressReport(
                reported_on,
                u.progress,
                u.done_this_period,
                u.done_total,
                u.situation,
                u.problems,
                u.next_steps,
            )
            validate(report)
            entries.append(
                {
                    "item_id": u.item_id,
                    "unit_id": f.unit_id,
                    "round_id": f.round.id,
                    "batch_id": batch.id,
                    "recorded_by": user,
                    **{k: getattr(report, k) for k in ProgressReport.__dataclass_fields__},
                    "reported_done": u.completed,
                    "completed_on": u.completed_on,
                }
            )
            _carry(items[u.item_id], report)
    try:
        session.flush()
    except IntegrityError as exc:
        if "content" not in str(exc.orig):
            raise
        # Another PC imported the same file into this round between our preview and now.
        raise ReturnRejected(
            "、".join(f.file_name for f in files[:3]),
            "其中有文件刚刚已由其他电脑导入到同一轮次（内容完全相同）：本次未导入任何内容。"
            "请重新预览，去掉已导入的文件后再导入。",
        ) from exc
    if entries:  # a return with nothing filled in is still received, but has no rows to insert
        _insert_entries(session, entries, before, batch.id, user)
    log_change(
        session,
        "import_batch",
        batch.id,
        "import",
        {"items": before},
        {"files": [f.file_name for f in files]},
    )
    return ImportResult(batch.id, len(files), rows)


def _insert_entries(session: Session, entries: list[dict], before: dict, batch_id: int, user: str) -> None:
    # Bulk inserts (STYLE.md #3): the 3,000 rows of a 30-file batch in a fraction of the ORM's time,
    # on the tables themselves (Core), which skips the ORM's bulk bookkeeping as well.
    # Never with an empty list: that is one INSERT of a row of defaults, not none.
    entries_table, log_table = ProgressEntry.__table__, ChangeLog.__table__
    connection = session.connection()
    entry_ids = (
        connection.execute(
            insert(entries_table).returning(entries_table.c.id, sort_by_parameter_order=True), entries
        )
        .scalars()
        .all()
    )
    # One change-log line per task as record_progress writes it, so the task's history shows the import.
    connection.execute(
        insert(log_table),
        [
            {
                "who": user,
                "entity": "task",
                "entity_id": e["item_id"],
                "action": "progress",
                "before": json.dumps(before[str(e["item_id"])], ensure_ascii=False),
                "after": json.dumps({"entry_id": entry_id, "batch_id": batch_id}),
            }
            for e, entry_id in zip(entries, entry_ids, strict=True)
        ],
    )


def _figures(item: LedgerItem) -> dict:
    single = item.targets[0] if len(item.targets) == 1 else None
    return {
        "progress": item.progress,
        "latest_situation": item.latest_situation,
        "target_done": single.done if single else None,
    }


def _carry(item: LedgerItem, report: ProgressReport) -> None:
    """The task shows the latest report, as services.progress.record_progress does."""
    if report.progress is not None:
        item.progress = report.progress
    if report.situation:
        item.latest_situation = report.situation
    if report.done_total is not None and len(item.targets) == 1:
        item.targets[0].done = report.done_total
    item.updated_at = datetime.now()


@dataclass(frozen=True)
class BatchView:
    id: int
    summary: str | None
    created_by: str
    created_at: datetime
    undone_at: datetime | None


def list_batches(session: Session, limit: int = 20) -> list[BatchView]:
    rows = session.scalars(
        select(ImportBatch).where(ImportBatch.kind == BATCH_KIND).order_by(ImportBatch.id.desc()).limit(limit)
    )
    return [BatchView(b.id, b.summary, b.created_by, b.created_at, b.undone_at) for b in rows]


def undo_batch(session: Session, batch_id: int) -> int:
    """Undo a whole batch; returns how many progress entries it removed."""
    batch = session.get(ImportBatch, batch_id)
    if batch is None or batch.kind != BATCH_KIND:
        raise NotFound(f"编号为 {batch_id} 的导入批次不存在。")
    if batch.undone_at is not None:
        raise InvalidValue(f"这批报送表已于{batch.undone_at:%Y-%m-%d %H:%M}撤销过了。")
    log = session.scalar(
        select(ChangeLog).where(
            ChangeLog.entity == "import_batch", ChangeLog.entity_id == batch_id, ChangeLog.action == "import"
        )
    )
    before = json.loads(log.before)["items"] if log and log.before else {}
    item_ids = [int(k) for k in before]
    last_id = (
        session.scalar(select(func.max(ProgressEntry.id)).where(ProgressEntry.batch_id == batch_id)) or 0
    )
    later = session.execute(
        select(LedgerItem.number, LedgerItem.title)
        .join(ProgressEntry, ProgressEntry.item_id == LedgerItem.id)
        .where(
            ProgressEntry.item_id.in_(item_ids),
            ProgressEntry.id > last_id,
            or_(ProgressEntry.batch_id.is_(None), ProgressEntry.batch_id != batch_id),
        )
    ).first()
    if later is not None:
        raise EditConflict(
            f"这批报送表导入之后，任务“{later.number or ''} {later.title[:30]}”又有了新的进展记录，"
            "整批撤销会把它一起抹掉：请先撤销之后的导入或进展记录，再撤销这一批。本次未作改动。"
        )
    removed = session.execute(delete(ProgressEntry).where(ProgressEntry.batch_id == batch_id)).rowcount
    session.execute(delete(ProgressReturn).where(ProgressReturn.batch_id == batch_id))
    for item in session.scalars(
        select(LedgerItem).where(LedgerItem.id.in_(item_ids)).options(selectinload(LedgerItem.targets))
    ):
        old = before[str(item.id)]
        item.progress, item.latest_situation = old["progress"], old["latest_situation"]
        if len(item.targets) == 1:
            item.targets[0].done = old["target_done"]
    batch.undone_at = datetime.now()
    session.flush()
    log_change(session, "import_batch", batch_id, "undo", None, {"entries": removed})
    return removed


def plan_title(session: Session, plan_id: int) -> str:
    return session.scalar(select(Plan.title).where(Plan.id == plan_id)) or ""


__all__ = [
    "ERROR",
    "NOTE",
    "WARNING",
    "FilePreview",
    "ImportResult",
    "commit_returns",
    "preview_returns",
    "undo_batch",
]
