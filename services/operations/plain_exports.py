"""The export use case from a SQLite file read with the stdlib sqlite3: the export commands' path.

An export command's own work on a small ledger is a tenth of a second; importing SQLAlchemy and the
models to read it was 0.3 s more (issue 16: every command within 0.5 s). So `export-ledger`, `export-pdf`
and `export-bulletin` read a SQLite ledger at the current revision here (services/ledger/plain_read.py)
and write it through the same ``write_export`` as the 导出 view. Anything this read does not take — a
server ledger, an older or damaged file, a locked one, the progress sheet of one unit (its name is found
through the unit search) — gives None, and the command runs services/operations/exports.py instead,
which opens the ledger the usual way and says what is wrong, if anything is.
"""

from __future__ import annotations

import sqlite3

from services.documents.export_jobs import (
    ExportData,
    ExportDone,
    ExportRequest,
    reads_corrections,
    reads_ranking,
    reads_return_rate,
    write_export,
)
from services.ledger import plain_read
from services.ledger.lights import LightRule


def export_from_file(
    url: str | None, request: ExportRequest, *, rule: LightRule = LightRule()
) -> ExportDone | None:
    """Write the export from the SQLite file `url` names (the default ledger when None), or None when it
    is not read so (see the module)."""
    if request.unit_id is not None:
        return None
    with plain_read.plain_ledger(plain_read.ledger_path(url)) as connection:
        if connection is None:
            return None
        try:
            data = _load(connection, request, rule)
        except sqlite3.Error:  # locked or damaged under way: the usual path gives the message
            return None
    return write_export(request, data)


def _load(connection: sqlite3.Connection, request: ExportRequest, rule: LightRule) -> ExportData:
    as_of = request.as_of
    # One transaction, so every part is read from the same state of the file.
    connection.execute("BEGIN")
    try:
        plan = plain_read.plan_rows(connection, request.plan_id, as_of=as_of, rule=rule)
        rate = None
        if reads_return_rate(request.kind):
            rate = plain_read.current_return_rate(connection, request.plan_id, as_of=as_of)
        trace = plain_read.corrections(connection, request.plan_id) if reads_corrections(request.kind) else []
        ranking = None
        if reads_ranking(request.kind):
            from services.ledger.plain_ranking import FileFacts
            from services.ledger.ranking_rule import rank

            ranking = rank(FileFacts(connection), [request.plan_id], as_of=as_of, year=as_of.year)
    finally:
        connection.rollback()
    return ExportData(plan, rate, None, trace, ranking)
