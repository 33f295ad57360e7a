"""考评 read through a session: the facts the ranking rule needs (services/ledger/ranking_rule.py,
docs/ranking.md), for the overview, the documents and every server ledger.

The overview, the Excel ledger's 考评 sheet and the bulletin show the same figures: they all rank with
``ranking_rule.rank``, here over a session, in services/ledger/plain_ranking.py over a SQLite file read
with the stdlib sqlite3 (the export commands). tests/unit/test_plain_read.py holds the two reads equal.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, and_, case, cast, func, or_, select
from sqlalchemy.orm import Session

from models import (
    Assignment,
    ItemKind,
    LedgerItem,
    ProgressEntry,
    ProgressReturn,
    ReportingRound,
    Role,
    RoundUnit,
    Target,
    TaskStatus,
    Unit,
    UnitKind,
)
from services.ledger.ranking_rule import CEILINGS, Ranking, RoundFact, rank
from services.returns.rounds import counts_as_returned


def latest_round(session: Session, plan_ids: list[int]) -> int | None:
    if not plan_ids:
        return None
    return session.scalar(
        select(ReportingRound.id)
        .where(ReportingRound.plan_id.in_(plan_ids))
        .order_by(ReportingRound.created_at.desc(), ReportingRound.id.desc())
        .limit(1)
    )


def rank_units(
    session: Session,
    plan_ids: list[int],
    *,
    as_of: date,
    round_id: int | None = None,
    year: int | None = None,
) -> Ranking:
    """The ranking of the units of ``plan_ids`` for one round (``round_id``) or one year (``year``)."""
    return rank(SessionFacts(session), plan_ids, as_of=as_of, round_id=round_id, year=year)


class SessionFacts:
    """``ranking_rule.RankingFacts`` read through a session. Counts and sums are left to the database:
    a district ledger has 100,000 tasks, and reading them all into Python to count them took seconds
    (bench figures in docs/ranking.md)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def rounds(self, plan_ids: list[int]) -> list[RoundFact]:
        rows = self.session.execute(
            select(
                ReportingRound.id, ReportingRound.plan_id, ReportingRound.period, ReportingRound.due_on
            ).where(ReportingRound.plan_id.in_(plan_ids))
        )
        return [RoundFact(*row) for row in rows]

    def lead_units(self, plan_ids: list[int]):
        return self.session.execute(
            select(Unit.id, Unit.name)
            .join(Assignment, Assignment.unit_id == Unit.id)
            .join(LedgerItem, LedgerItem.id == Assignment.item_id)
            .where(
                LedgerItem.plan_id.in_(plan_ids),
                LedgerItem.deleted_at.is_(None),
                LedgerItem.kind.in_((ItemKind.MEASURE, ItemKind.TASK)),
                Assignment.role == Role.LEAD,
                Unit.kind != UnitKind.GROUP,
            )
            .group_by(Unit.id, Unit.name)
            .order_by(
                func.min(cast(LedgerItem.plan_id, BigInteger) * 10_000_000 + LedgerItem.position), Unit.name
            )
        )

    def asked_units(self, round_ids: list[int]):
        return self.session.execute(
            select(Unit.id, Unit.name)
            .join(RoundUnit, RoundUnit.unit_id == Unit.id)
            .where(RoundUnit.round_id.in_(round_ids), Unit.kind != UnitKind.GROUP)
            .order_by(RoundUnit.round_id, RoundUnit.id)
        )

    def asked(self, round_ids: list[int]):
        return self.session.execute(
            select(RoundUnit.round_id, RoundUnit.unit_id).where(RoundUnit.round_id.in_(round_ids))
        )

    def returns(self, round_ids: list[int]):
        return self.session.execute(
            select(ProgressReturn.round_id, ProgressReturn.unit_id, ProgressReturn.received_at)
            .where(ProgressReturn.round_id.in_(round_ids), counts_as_returned())
            .order_by(ProgressReturn.received_at)
        )

    def _live_led(self, plan_ids: list[int]) -> tuple:
        return (
            LedgerItem.plan_id.in_(plan_ids),
            LedgerItem.deleted_at.is_(None),
            LedgerItem.kind.in_((ItemKind.MEASURE, ItemKind.TASK)),
            Assignment.role == Role.LEAD,
        )

    def led(self, plan_ids: list[int], cut: date):
        late = and_(
            LedgerItem.due_on.is_not(None),
            LedgerItem.due_on < cut,
            or_(
                LedgerItem.status != TaskStatus.CLOSED,
                and_(LedgerItem.closed_on.is_not(None), LedgerItem.closed_on > LedgerItem.due_on),
            ),
        )
        return self.session.execute(
            select(Assignment.unit_id, func.count(), func.sum(case((late, 1), else_=0)))
            .join(LedgerItem, LedgerItem.id == Assignment.item_id)
            .where(*self._live_led(plan_ids))
            .group_by(Assignment.unit_id)
        )

    def target_shares(self, plan_ids: list[int], cut: date):
        closed_by_cut = and_(
            LedgerItem.status == TaskStatus.CLOSED,
            or_(LedgerItem.closed_on.is_(None), LedgerItem.closed_on <= cut),
        )
        ratio = func.coalesce(Target.done, 0.0) / Target.quantity
        share = case((closed_by_cut, 1.0), (ratio >= 1.0, 1.0), else_=ratio)
        return self.session.execute(
            select(Assignment.unit_id, func.count(), func.sum(share))
            .join(LedgerItem, LedgerItem.id == Assignment.item_id)
            .join(Target, Target.item_id == LedgerItem.id)
            .where(
                *self._live_led(plan_ids),
                Target.quantity > 0,
                or_(Target.comparator.is_(None), Target.comparator.not_in(CEILINGS)),
            )
            .group_by(Assignment.unit_id)
        )

    def reported(self, plan_ids: list[int], as_of: date, round_id: int | None, year: int | None):
        stmt = (
            select(ProgressEntry.unit_id, ProgressEntry.item_id, LedgerItem.status, LedgerItem.closed_on)
            .join(LedgerItem, LedgerItem.id == ProgressEntry.item_id)
            .where(
                LedgerItem.plan_id.in_(plan_ids),
                LedgerItem.deleted_at.is_(None),
                ProgressEntry.reported_done.is_(True),
                ProgressEntry.voided_at.is_(None),
                ProgressEntry.unit_id.is_not(None),
                ProgressEntry.reported_on <= as_of,
            )
        )
        if round_id is not None:
            stmt = stmt.where(ProgressEntry.round_id == round_id)
        else:
            stmt = stmt.where(ProgressEntry.reported_on.between(date(year, 1, 1), date(year, 12, 31)))
        return self.session.execute(stmt)
