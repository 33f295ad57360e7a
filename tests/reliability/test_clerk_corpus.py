"""Issue 13: a corpus of returned workbooks as clerks make them (tests/reliability/clerk_corpus/cases.py),
each checked for three invariants, whatever the messages say:

1. no figure on the wrong unit or task: every update of an acceptable file lands on a task of the unit
   the figures truly belong to, in the period they were reported for, with the figures typed in that
   task's row; a file whose identities disagree is refused or carries a warning;
2. no typed cell lost in silence: every cell the clerk typed reaches the ledger (the preview's update
   for the right task, and the database after the import) or is named by a problem pointing at its row
   (and at its column, when the problem names one), or the whole file is refused with a message;
3. no traceback: preview and import raise only the app's own errors (DubanError), and a refused or
   failing file, like looking, writes nothing (tests/reliability/fingerprint.py).

Cases that fail on today's code carry ``xfail(strict=True)`` with the reason: when the import is fixed
they fail as XPASS, and the mark goes.
"""

from __future__ import annotations

import math
import os
import sys
import traceback
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from models import LedgerItem, ProgressEntry, Target
from services.errors import DubanError
from services.plans.store import store_plan
from services.returns.importing import commit_returns, preview_returns
from services.storage.database import open_ledger, user_action
from tests.conftest import scratch_database
from tests.reliability.clerk_corpus.cases import CASES, Case
from tests.reliability.clerk_corpus.desk import (
    ANY_SHEET,
    ANY_TEXT,
    DONE,
    NOVALUE,
    NUMBER_FIELDS,
    TEXT_FIELDS,
    Desk,
    ReturnFile,
    Typed,
)
from tests.reliability.clerk_corpus.plan import CORPUS_PLAN
from tests.reliability.fingerprint import fingerprint

WARNED = ("warning", "error")
FIELDS = (*NUMBER_FIELDS, *TEXT_FIELDS, "completed", "completed_on")
MISSING = object()
TOLERANCE = {"progress": 0.5}
COLUMNS = {"completed": ("completed", "reported_done")}  # progress_entry's name for a field, if another


@dataclass
class Outcome:
    wrong: list[str] = field(default_factory=list)  # figures on the wrong unit, task or period
    lost: list[str] = field(default_factory=list)  # typed cells neither stored nor warned about
    tracebacks: list[str] = field(default_factory=list)  # and writes by a refused file or by looking
    unwarned: list[str] = field(default_factory=list)  # an empty return that passes for a return
    files: int = 0

    def empty(self) -> bool:
        return not (self.wrong or self.lost or self.tracebacks or self.unwarned)

    def report(self) -> str:
        parts = []
        for name in ("wrong", "lost", "tracebacks", "unwarned"):
            for line in getattr(self, name):
                parts.append(f"[{name}] {line}")
        return "\n".join(parts)


# --- comparing what the clerk meant with what the importer made of it ----------------------------------


def _text(value: Any) -> str:
    return "".join(unicodedata.normalize("NFKC", str(value)).split())


def _contains(stored: Any, meant: Any) -> bool:
    return stored is not None and bool(_text(meant)) and _text(meant) in _text(stored)


def _same_number(a: Any, b: Any, tolerance: float = 1e-9) -> bool:
    """Equal figures; 进度 is kept in whole per cent, so 66.7 typed may be 67 stored."""
    try:
        return (
            a is not None
            and b is not None
            and math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=tolerance)
        )
    except (TypeError, ValueError):
        return False


@dataclass
class Ledgered:
    """What one import wrote, for "reached the ledger" (None: nothing was imported)."""

    entries: list[Any]
    items: dict[int, tuple[str | None, date | None]]  # item id -> (status, closed_on)
    target_done: dict[int, list[float | None]]
    new_rows: str  # every row added or changed, as text


class Checker:
    def __init__(self, case: Case, desk: Desk) -> None:
        self.case, self.desk = case, desk
        with user_action(desk.ledger) as session:
            from services.returns.rounds import plan_return_tasks

            self.owned = {
                uid: {t.item_id for t in ts} for uid, ts in plan_return_tasks(session, desk.plan_id).items()
            }
            targets: dict[int, list[float | None]] = {}
            for item_id, quantity in session.execute(
                select(Target.item_id, Target.quantity).order_by(Target.id)
            ):
                targets.setdefault(item_id, []).append(quantity)
        self.targets = targets
        self.out = Outcome()

    # the preview -------------------------------------------------------------------------------------

    def allowed(self, spec: ReturnFile, item_id: int, name: str) -> set:
        task = self.desk.tasks[item_id]
        mine = [t for t in spec.typed if t.task == task]
        values = {t.means for t in mine if t.field == name and not isinstance(t.means, type(DONE))}
        said_done = any(t.means is DONE or (t.field == "completed" and t.means is True) for t in mine)
        if said_done:
            quantities = self.targets.get(item_id, [])
            values |= {"progress": {100}, "completed": {True}}.get(name, set())
            if name == "done_total" and len(quantities) == 1 and quantities[0] is not None:
                values.add(quantities[0])
        values |= spec.also.get((task, name), set())
        return values

    def figure_ok(self, spec: ReturnFile, item_id: int, name: str, value: Any) -> bool:
        if name in TEXT_FIELDS:
            task = self.desk.tasks[item_id]
            own = [
                t.means
                for t in spec.typed
                if t.task == task and t.field in (name, ANY_TEXT) and isinstance(t.means, str)
            ]
            others = [
                t.means
                for t in spec.typed
                if t.task != task
                and isinstance(t.means, str)
                and len(_text(t.means)) >= 4
                and t.means not in own
            ]
            return any(_contains(value, m) for m in own) and not any(_contains(value, m) for m in others)
        allowed = self.allowed(spec, item_id, name)
        if name in NUMBER_FIELDS:
            return any(_same_number(value, a, TOLERANCE.get(name, 1e-9)) for a in allowed)
        return value in allowed

    def check_preview(self, spec: ReturnFile, fp) -> None:
        name = spec.path.name
        if fp.refused:
            return
        warned = any(p.level in WARNED for p in fp.problems)
        truth = self.desk.units[spec.unit]
        if spec.disagree and not warned:
            self.out.wrong.append(
                f"{name}: identities disagree (truly {spec.unit}, read as {fp.unit}) and no warning"
            )
        if fp.round is not None and fp.round.period != spec.period and fp.updates and not warned:
            self.out.wrong.append(
                f"{name}: {spec.period}'s figures booked to {fp.round.period} without a warning"
            )
        if fp.unit_id != truth:
            if not (spec.disagree and warned):
                for u in fp.updates:
                    self.out.wrong.append(
                        f"{name}: {spec.unit}'s figures for task {self.desk.tasks.get(u.item_id)} put on {fp.unit}"
                    )
            return
        for u in fp.updates:
            task = self.desk.tasks.get(u.item_id, f"item {u.item_id}")
            if u.item_id not in self.owned.get(truth, set()):
                self.out.wrong.append(f"{name}: figures put on task {task}, not one of {spec.unit}'s")
                continue
            for f in FIELDS:
                value = getattr(u, f)
                if value is not None and not self.figure_ok(spec, u.item_id, f, value):
                    self.out.wrong.append(
                        f"{name}: task {task} {f} = {value!r:.60} is not what was typed for it"
                    )

    # the cells -----------------------------------------------------------------------------------

    def reaches(self, t: Typed, spec: ReturnFile, fp, ledgered: Ledgered | None) -> bool:
        if t.means is NOVALUE or fp.refused or not fp.acceptable or ledgered is None:
            return False
        item_id = self.desk.items[t.task]
        if fp.unit_id != self.desk.units[spec.unit]:
            # read as another unit's, and warned about (else counted as wrong): it is in the ledger
            return any(u.item_id == item_id for u in fp.updates)
        update = next((u for u in fp.updates if u.item_id == item_id), None)
        if update is None:
            return False
        if t.field == ANY_TEXT:
            return any(
                _contains(getattr(update, f), t.means)
                and self.stored(fp, item_id, f, getattr(update, f), ledgered)
                for f in TEXT_FIELDS
            )
        value = getattr(update, t.field)
        if t.means is DONE:
            meant = {"progress": [100], "done_total": self.targets.get(item_id, [])[:1]}.get(t.field, [])
            ok = any(_same_number(value, m) for m in meant)
        elif t.field in NUMBER_FIELDS:
            ok = _same_number(value, t.means, TOLERANCE.get(t.field, 1e-9))
        elif t.field in TEXT_FIELDS:
            ok = _contains(value, t.means)
        else:
            ok = value == t.means
        return ok and self.stored(fp, item_id, t.field, value, ledgered)

    def stored(self, fp, item_id: int, name: str, value: Any, ledgered: Ledgered) -> bool:
        entries = [e for e in ledgered.entries if e.item_id == item_id and e.unit_id == fp.unit_id]
        if name == "done_total" and len(self.targets.get(item_id, [])) > 1:
            # one figure for several targets: it counts once it is some target's figure
            return any(_same_number(done, value) for done in ledgered.target_done.get(item_id, []))
        if any(
            (got := getattr(e, column, MISSING)) is not MISSING
            and (
                _same_number(got, value)
                if name in NUMBER_FIELDS
                else _contains(got, value)
                if name in TEXT_FIELDS
                else got == value
            )
            for e in entries
            for column in COLUMNS.get(name, (name,))
        ):
            return True
        status, closed_on = ledgered.items.get(item_id, (None, None))
        if name == "completed":
            return (status not in (None, "open")) == bool(value)
        if name == "completed_on":
            return (
                closed_on == value
                or repr(value) in ledgered.new_rows
                or value.isoformat() in ledgered.new_rows
            )
        return False

    def check_cells(self, spec: ReturnFile, fp, ledgered: Ledgered | None) -> None:
        if fp is None:
            for t in spec.typed:
                self.out.lost.append(f"{spec.path.name}: not previewed at all: {t.label()}")
            if spec.must_warn:
                self.out.unwarned.append(f"{spec.path.name}: {spec.must_warn}, and not even previewed")
            return
        if fp.refused or not fp.acceptable:
            if fp.refused is not None and not fp.refused.strip():
                self.out.lost.append(f"{spec.path.name}: refused without a message")
            return  # the whole file is refused, with its message(s)
        if not fp.updates and any(p.level in WARNED and p.where.row is None for p in fp.problems):
            return  # nothing of the file is imported, and a warning about the whole file says so
        for t in spec.typed:
            if self.reaches(t, spec, fp, ledgered):
                continue
            if any(
                (t.sheet == ANY_SHEET or p.where.sheet == t.sheet)
                and p.where.row == t.row
                and p.where.column in (None, t.column)
                for p in fp.problems
            ):
                continue
            self.out.lost.append(f"{spec.path.name}: {t.label()} neither stored nor warned about")


def _ledgered(ledger, batch_id: int, before: dict, after: dict) -> Ledgered:
    with user_action(ledger) as session:
        entries = list(session.scalars(select(ProgressEntry).where(ProgressEntry.batch_id == batch_id)))
        session.expunge_all()
        items = {i.id: (i.status, i.closed_on) for i in session.scalars(select(LedgerItem))}
        done: dict[int, list[float | None]] = {}
        for item_id, value in session.execute(select(Target.item_id, Target.done)):
            done.setdefault(item_id, []).append(value)
    new_rows = []
    for table, rows in after.items():
        old = set(before.get(table, []))
        new_rows.extend(" ".join(r) for r in rows if r not in old)
    return Ledgered(entries, items, done, "\n".join(new_rows))


def _traceback(where: str) -> str:
    lines = traceback.format_exc(limit=-2).strip().splitlines()
    return f"{where}: " + " | ".join(line.strip() for line in lines[-6:])[-700:]


def run_case(case: Case, ledger, plan_id: int, root: Path) -> Outcome:
    desk = Desk(ledger, plan_id, root, case.rounds)
    case.build(desk)
    for step in desk.before:
        step()
    checker = Checker(case, desk)
    out = checker.out
    out.files = len(desk.files)
    paths = desk.import_paths or [f.path for f in desk.files]
    expected = desk.round_id(desk.expected_period) if desk.expected_period else None
    before = fingerprint(ledger)
    try:
        with user_action(ledger) as session:
            previews = preview_returns(session, paths, expected_round_id=expected)
    except DubanError:
        previews = None  # the batch refused as a whole, with its message
    except Exception:
        out.tracebacks.append(_traceback("preview"))
        return out
    if fingerprint(ledger) != before:
        out.tracebacks.append("preview wrote to the ledger")
    if previews is None:
        return out

    by_path = {os.fsencode(Path(p.path).absolute()): p for p in previews}
    pairs = [(spec, by_path.get(os.fsencode(spec.path.absolute()))) for spec in desk.files]
    for spec, fp in pairs:
        if fp is not None:
            checker.check_preview(spec, fp)

    for fp in previews:  # a refused or erroring file: its import raises the app's error, writes nothing
        if fp.acceptable:
            continue
        snap = fingerprint(ledger)
        try:
            with user_action(ledger) as session:
                commit_returns(session, [fp])
            out.tracebacks.append(f"{fp.file_name}: a file that cannot be accepted was imported")
        except DubanError:
            pass
        except Exception:
            out.tracebacks.append(_traceback(f"import of refused {fp.file_name!r}"))
        if fingerprint(ledger) != snap:
            out.tracebacks.append(f"{fp.file_name}: a refused file wrote to the ledger")

    accepted = [fp for fp in previews if fp.acceptable]
    ledgered = None
    if accepted:
        snap = fingerprint(ledger)
        shown = _shown(ledger)
        try:
            with user_action(ledger) as session:
                result = commit_returns(session, accepted)
            ledgered = _ledgered(ledger, result.batch_id, snap, fingerprint(ledger))
            _as_promised(desk, accepted, ledgered, shown, _shown(ledger), out)
        except DubanError:
            if fingerprint(ledger) != snap:
                out.tracebacks.append("an import that failed with a message wrote to the ledger")
            accepted = []  # refused at import, with a message: nothing lost in silence
        except Exception:
            out.tracebacks.append(_traceback("import"))
            if fingerprint(ledger) != snap:
                out.tracebacks.append("an import that failed wrote to the ledger")
            return out

    for spec, fp in pairs:
        if fp is not None and fp.acceptable and not accepted:
            continue
        checker.check_cells(spec, fp, ledgered)
    if ledgered is not None:
        _batch_checks(case, desk, pairs, out)
    _empty_checks(desk, pairs, out, committed=ledgered is not None)
    return out


def _shown(ledger) -> dict[int, tuple]:
    """What every task shows: its progress, its latest situation, its targets' done figures."""
    with user_action(ledger) as session:
        shown = {i.id: (i.progress, i.latest_situation) for i in session.scalars(select(LedgerItem))}
        for item_id, done in session.execute(select(Target.item_id, Target.done).order_by(Target.id)):
            shown[item_id] += (done,)
    return shown


def _as_promised(desk: Desk, accepted, ledgered: Ledgered, before: dict, after: dict, out: Outcome) -> None:
    """The import writes what the preview promised and nothing else: each progress entry is an update
    of an accepted file, for that file's unit, with its figures; no task the batch did not report changes."""
    promised = {(fp.unit_id, u.item_id): u for fp in accepted for u in fp.updates}
    for e in ledgered.entries:
        u = promised.get((e.unit_id, e.item_id))
        task = desk.tasks.get(e.item_id, e.item_id)
        if u is None:
            out.wrong.append(f"an entry for task {task} by unit {e.unit_id} that no accepted file promised")
            continue
        for name in (*NUMBER_FIELDS, *TEXT_FIELDS):
            got, meant = getattr(e, name), getattr(u, name)
            if (got is None) != (meant is None) or (
                meant is not None and str(got) != str(meant) and not _same_number(got, meant)
            ):
                out.wrong.append(
                    f"task {task}: {name} stored as {got!r:.40}, the preview promised {meant!r:.40}"
                )
    reported = {u.item_id for fp in accepted for u in fp.updates}
    for item_id, figures in after.items():
        if figures != before.get(item_id) and item_id not in reported:
            out.wrong.append(
                f"task {desk.tasks.get(item_id, item_id)} changed, but no accepted file reported it"
            )


def _empty_checks(desk: Desk, pairs, out: Outcome, committed: bool) -> None:
    """A file that brings nothing must not pass for the unit's return: refused, warned about, or imported
    without making the unit 已报送."""
    from services.returns.rounds import RETURNED, round_status

    for spec, fp in pairs:
        if not spec.must_warn or fp is None or fp.refused or not fp.acceptable:
            continue
        if any(p.level in WARNED for p in fp.problems) or not committed:
            continue
        with user_action(desk.ledger) as session:
            status = round_status(session, fp.round.id, as_of=date(2024, 10, 1))
        state = next(u.state for u in status.units if u.unit_id == fp.unit_id)
        if state == RETURNED:
            out.unwarned.append(
                f"{spec.path.name}: {spec.must_warn}; imported without a warning, the unit is 已报送"
            )


def _batch_checks(case: Case, desk: Desk, pairs, out: Outcome) -> None:
    with user_action(desk.ledger) as session:
        shown = {i.id: i.progress for i in session.scalars(select(LedgerItem))}
    for task, index in case.winner.items():
        spec, _fp = pairs[index]
        others = [(s, p) for s, p in pairs if s is not spec and p is not None and p.acceptable]
        meant = next(t.means for t in spec.typed if t.task == task and t.field == "progress")
        if others and not _same_number(shown[desk.items[task]], meant):
            out.wrong.append(
                f"task {task} shows {shown[desk.items[task]]}% from a superseded file, not {meant}% from {spec.path.name}"
            )
    if case.colead:
        rows = [
            (fp, {t.row for t in spec.typed if t.task == case.colead})
            for spec, fp in pairs
            if fp is not None and fp.acceptable
        ]
        flagged = any(p.level in WARNED and p.where.row in r for fp, r in rows for p in fp.problems)
        if not flagged:
            out.wrong.append(
                f"task {case.colead}: the lead units' different reports are not flagged; one replaces the other"
            )


# --- running the corpus ------------------------------------------------------------------------------------


@contextmanager
def corpus_ledger(folder: Path) -> Iterator[tuple[Any, int]]:
    with scratch_database(folder, prefix="clerk_corpus") as url:
        ledger = open_ledger(url)
        try:
            with user_action(ledger) as session:
                plan_id = store_plan(session, CORPUS_PLAN, source_name="corpus.txt")
            yield ledger, plan_id
        finally:
            ledger.dispose()


RESULTS: dict[str, Outcome] = {}


def outcome_of(case: Case, folder: Path) -> Outcome:
    if case.id not in RESULTS:
        folder.mkdir(parents=True, exist_ok=True)
        with corpus_ledger(folder) as (ledger, plan_id):
            RESULTS[case.id] = run_case(case, ledger, plan_id, folder / "desk")
    return RESULTS[case.id]


def _param(case: Case):
    marks = [pytest.mark.xfail(strict=True, reason=f"issue 13: {case.xfail}")] if case.xfail else []
    return pytest.param(case, id=case.id, marks=marks)


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "data").mkdir(exist_ok=True)
    monkeypatch.setenv("DUBAN_DATA_DIR", str(tmp_path / "data"))


def test_corpus_size() -> None:
    files = sum(case.files for case in CASES)
    assert len({c.id for c in CASES}) == len(CASES)
    assert files >= 60, files


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_clerk_return(case: Case, tmp_path: Path) -> None:
    out = outcome_of(case, tmp_path / "case")
    assert out.files == case.files, "the case's file count is wrong"
    assert out.empty(), f"{case.habit}\n{out.report()}"


FAILING = [c.id for c in CASES if c.xfail]


@pytest.mark.xfail(
    bool(FAILING),
    strict=True,
    reason=f"issue 13: {len(FAILING)} cases of the corpus fail: {', '.join(FAILING)}",
)
def test_corpus_counts(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    totals = {"wrong": 0, "lost": 0, "tracebacks": 0, "unwarned": 0}
    failing = []
    for n, case in enumerate(CASES):
        out = outcome_of(case, tmp_path / f"c{n}")
        for key in totals:
            totals[key] += len(getattr(out, key))
        if not out.empty() or out.files != case.files:
            failing.append(case.id)
    with capsys.disabled():
        print(
            f"\nclerk corpus: {len(CASES)} cases, {sum(c.files for c in CASES)} files: "
            f"{totals['wrong']} figures on the wrong unit/task/period, "
            f"{totals['lost']} typed cells neither stored nor warned, "
            f"{totals['tracebacks']} tracebacks (or writes by a refused file), "
            f"{totals['unwarned']} empty returns counted as returned without a warning; failing: {', '.join(failing) or 'none'}"
        )
    assert totals == {"wrong": 0, "lost": 0, "tracebacks": 0, "unwarned": 0}, failing


# --- the harness itself: an importer that misplaces, drops or crashes is caught ----------------------


def _broken(monkeypatch: pytest.MonkeyPatch, change) -> None:
    import dataclasses

    real = preview_returns

    def preview(session, paths, **kw):
        return [dataclasses.replace(fp, **change(fp)) for fp in real(session, paths, **kw)]

    monkeypatch.setattr(sys.modules[__name__], "preview_returns", preview)


def _plain_case() -> Case:
    return next(c for c in CASES if c.id == "plain")


@pytest.mark.parametrize(
    ("change", "seen"),
    [
        (lambda fp: {"updates": tuple(replace(u, item_id=u.item_id + 1) for u in fp.updates)}, "wrong"),
        (lambda fp: {"updates": tuple(replace(u, progress=u.progress + 1) for u in fp.updates)}, "wrong"),
        (lambda fp: {"updates": tuple(replace(u, situation=None) for u in fp.updates)}, "lost"),
        (lambda fp: {"unit_id": fp.unit_id + 1, "unit": "区住建局"}, "wrong"),
        (lambda fp: {"updates": ()}, "lost"),
    ],
    ids=["another task", "another figure", "a text dropped", "another unit", "nothing imported"],
)
def test_the_harness_sees(change, seen: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _broken(monkeypatch, change)
    with corpus_ledger(tmp_path) as (ledger, plan_id):
        out = run_case(_plain_case(), ledger, plan_id, tmp_path / "desk")
    assert getattr(out, seen), out.report()


def test_the_harness_sees_a_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(session, files):
        raise KeyError("boom")

    monkeypatch.setattr(sys.modules[__name__], "commit_returns", crash)
    with corpus_ledger(tmp_path) as (ledger, plan_id):
        out = run_case(_plain_case(), ledger, plan_id, tmp_path / "desk")
    assert out.tracebacks and "KeyError" in out.tracebacks[0], out.report()


def test_the_harness_sees_an_import_that_breaks_its_promise(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    real = commit_returns

    def commit(session, files):
        changed = [
            dataclasses.replace(
                f, updates=tuple(replace(u, progress=(u.progress or 0) + 7) for u in f.updates)
            )
            for f in files
        ]
        return real(session, changed)

    monkeypatch.setattr(sys.modules[__name__], "commit_returns", commit)
    with corpus_ledger(tmp_path) as (ledger, plan_id):
        out = run_case(_plain_case(), ledger, plan_id, tmp_path / "desk")
    assert any("promised" in line for line in out.wrong), out.report()
