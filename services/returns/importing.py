"""Import returned workbooks: preview every file, commit the accepted ones in one batch, undo a batch.

``preview_returns`` reads and checks without writing; ``commit_returns`` writes the accepted files as
one ImportBatch in the caller's transaction; ``undo_batch`` puts back exactly what the batch replaced
(the tasks' figures as they were, its progress entries and returns removed), unless a later report on
the same tasks would be lost by it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import delete, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from models import ChangeLog, ImportBatch, LedgerItem, Plan, ProgressEntry, ProgressReturn
from services.errors import EditConflict, InvalidValue, NotFound, ReturnRejected
from services.gc_pause import paused_gc
from services.ledger.changelog import current_user, describe_change, later_change, log_change
from services.ledger.co_leads import SUM, combine, latest_reports, several_leads
from services.ledger.progress import ProgressReport, carry_report, shown_figures, validate
from services.ledger.supervision import sign_on_first_return, unsign_batch
from services.returns.check import ERROR, NOTE, WARNING, check_return
from services.returns.entries import insert_entries
from services.returns.identity import identity_problems
from services.returns.preview import (
    CheckCache,
    FilePreview,
    co_lead_disagreements,
    recognise,
    round_problems,
    settle_order,
)
from services.returns.reader import RawReturn, display_name, read_return
from services.returns.rounds import get_round, parse_period

# Every spreadsheet a clerk may send back, so a folder's .ods or .et is named in the preview, not skipped.
RETURN_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xls", ".et", ".ett", ".ods", ".csv", ".wps")
BATCH_KIND = "returns"


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


# A batch of returns builds tens of thousands of short-lived objects (cells, rows, checks): the
# collector's passes over them were a third of the check's time (services/gc_pause.py).
@paused_gc()
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


@paused_gc()
def check_files(
    session: Session,
    paths: Sequence[Path],
    read: Sequence[RawReturn | ReturnRejected],
    *,
    expected_round_id: int | None = None,
) -> list[FilePreview]:
    expected = get_round(session, expected_round_id) if expected_round_id is not None else None
    cache = CheckCache(session)
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
            round_view, unit_id, unit, form_round = recognise(session, raw, expected)
        except ReturnRejected as exc:
            previews.append(FilePreview(path, raw.file_name, refused=str(exc), rejection=exc))
            continue
        ctx = cache.context(round_view, unit_id, unit, form_round)
        result = check_return(raw, ctx)
        problems = [
            *identity_problems(session, raw, unit_id, unit),
            *round_problems(session, raw, round_view, unit_id, unit, expected, form_round),
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
    return co_lead_disagreements(session, settle_order(previews))


@paused_gc()
def commit_returns(
    session: Session, files: Sequence[FilePreview], *, co_lead_done: str = SUM
) -> ImportResult:
    """Write the accepted files as one batch; ReturnRejected when one of them cannot be accepted.

    ``co_lead_done`` says how a task several units lead gets its done figure (services/ledger/co_leads.py)."""
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
    before = {str(i.id): shown_figures(i) for i in items.values()}
    user, entries, signing = current_user(), [], []  # signing: a 督办事项's 签收 by its first return
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
            carry_report(items[u.item_id], report)
            for position, _period, total in u.target_totals:  # a figure per target (目标①②…)
                if total is not None and position < len(items[u.item_id].targets):
                    items[u.item_id].targets[position].done = total
            if u.completed is not None:  # 是/否 said: the task waits for 销号, or no longer does
                items[u.item_id].reported_done_on = (u.completed_on or reported_on) if u.completed else None
            signing.append((items[u.item_id], f.unit, reported_on))
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
    sign_on_first_return(session, signing, batch.id)  # after the flush that may find a duplicate file
    if entries:  # a return with nothing filled in is still received, but has no rows to insert
        insert_entries(session, entries, before, items, batch.id, user)
        _combine_co_leads(session, items, co_lead_done)
    log_change(
        session,
        "import_batch",
        batch.id,
        "import",
        {"items": before},
        {"files": [f.file_name for f in files]},
    )
    return ImportResult(batch.id, len(files), rows)


def _combine_co_leads(session: Session, items: dict[int, LedgerItem], done_rule: str) -> None:
    """A task several units lead shows the combination of their latest reports, not the last file's."""
    leads = several_leads(session, items)
    for item_id, reports in latest_reports(session, leads).items():
        combined = combine(leads[item_id], reports, done_rule)
        item = items[item_id]
        if combined.progress is not None:
            item.progress = combined.progress
        if combined.done_total is not None and len(item.targets) == 1:
            item.targets[0].done = combined.done_total
        # Done only when every lead unit says so: one unit's 是 does not finish another's share.
        every = len(combined.reports) == len(leads[item_id])
        if not (every and all(r.reported_done for r in combined.reports)):
            item.reported_done_on = None


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
    if later is None and log is not None:
        # A later hand edit, close or another PC's change of one of these tasks: the batch's "before"
        # figures would overwrite it.
        for item_id in item_ids:
            if (change := later_change(session, item_id, log.id)) is not None and change.action != "progress":
                raise EditConflict(
                    f"这批报送表导入之后，{describe_change(change)}（台账编号 {item_id}），整批撤销会把它一起覆盖："
                    "请先撤销那次修改，再撤销这一批。本次未作改动。"
                )
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
        done_on = old.get("reported_done_on")  # absent in batches imported before 0008
        item.reported_done_on = date.fromisoformat(done_on) if done_on else None
        if len(item.targets) == 1:
            item.targets[0].done = old["target_done"]
        for target, done in zip(item.targets, old.get("targets_done") or [], strict=False):
            target.done = done  # every target's figure, for batches imported since targets got rows
    unsign_batch(session, batch_id)
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
