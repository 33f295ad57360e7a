"""The Word documents in the office's own form, for the 导出 and 报送 views and `export-notice` alike.

Each reads what it prints in one session and writes the .docx from the office's template
(services/documents/docx_templates.py); only the 催报通知 writes to the ledger (its units are marked as
chased), so only it is a write transaction.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from services.documents.notices_docx import (
    Imprint,
    WordNotice,
    write_bulletin_docx,
    write_chase_notice_docx,
    write_urge_notices_docx,
)
from services.ledger.lights import LightRule
from services.operations.changes import NOTHING, ROUNDS, Done, changed
from services.operations.run import read, write
from services.storage.database import Ledger


def write_urge_docx(
    ledger: Ledger,
    out_dir: Path,
    *,
    as_of: date,
    report_by: date,
    plan_id: int | None = None,
    days: int = 30,
    rule: LightRule = LightRule(),
    working_days: bool = False,
    imprint: Imprint = Imprint(),
    templates: Path | None = None,
) -> Done[list[WordNotice]]:
    """One 督办通知单 per unit with lagging tasks; an empty list when no unit lags."""
    notices = read(
        ledger,
        lambda session: write_urge_notices_docx(
            session,
            out_dir,
            as_of=as_of,
            report_by=report_by,
            days=days,
            rule=rule,
            plan_id=plan_id,
            working_days=working_days,
            imprint=imprint,
            templates=templates,
        ),
    )
    return Done(notices, NOTHING)


def write_chase_docx(
    ledger: Ledger,
    round_id: int,
    path: Path,
    *,
    as_of: date,
    imprint: Imprint = Imprint(),
    templates: Path | None = None,
) -> Done[WordNotice]:
    """The 催报通知 to a round's late units; the notice is saved and the units marked chased together."""
    notice = write(
        ledger,
        lambda session: write_chase_notice_docx(
            session, round_id, path, as_of=as_of, imprint=imprint, templates=templates
        ),
    )
    return Done(notice, changed(ROUNDS))


def write_bulletin(
    ledger: Ledger,
    plan_id: int,
    path: Path,
    *,
    as_of: date,
    rule: LightRule = LightRule(),
    imprint: Imprint = Imprint(),
    templates: Path | None = None,
) -> Done[WordNotice]:
    """The 进展情况通报 of a plan with the year's 考评 as 附表 (docs/ranking.md)."""
    from services.ledger.ranking import rank_units
    from services.ledger.stats import current_return_rate, load_plan_rows

    def load(session):
        plan = load_plan_rows(session, plan_id, as_of=as_of, rule=rule)
        rate = current_return_rate(session, [plan_id], as_of=as_of)
        ranking = rank_units(session, [plan_id], as_of=as_of, year=as_of.year)
        return plan, rate, ranking

    plan, rate, ranking = read(ledger, load)
    # The file is written after the session closes: the database is not held while the .docx is built.
    notice = write_bulletin_docx(
        path, plan, as_of=as_of, return_rate=rate, ranking=ranking, imprint=imprint, templates=templates
    )
    return Done(notice, NOTHING)
