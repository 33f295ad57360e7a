"""The child process of the upgrade crash test: opens (backs up and upgrades) ledgers and gets killed.

    python tests/reliability/upgrade_child.py

It imports the app and Alembic once, then for every URL on stdin forks a worker that opens the ledger as
the app's start does (`open_ledger`: the copy in backups/, then the schema upgrade) and says on stdout
``worker <pid>``, ``upgrading`` once the copy is made, and ``opened <revision>`` when done. The test kills the worker with SIGKILL wherever it
likes; the worker is reaped only when the test says ``reap``, so its pid cannot be reused under the kill.
"""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

# Imported before the fork, so a worker starts in a millisecond.
import alembic.command
import alembic.script  # noqa: F401

from models import schema
from services.storage.database import open_ledger


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def say_then_upgrade(upgrade):
    """schema.upgrade, announced: the test times its kills from the start of the migration itself."""

    def announced(*args, **kwargs):
        say("upgrading")
        return upgrade(*args, **kwargs)

    return announced


def main() -> None:
    schema.upgrade = say_then_upgrade(schema.upgrade)
    for line in sys.stdin:
        if line.strip() == "reap":
            os.wait()
            say("reaped")
            continue
        pid = os.fork()
        if pid == 0:  # the worker: never returns into the loop
            code = 0
            try:
                ledger = open_ledger(line.strip())
                say(f"opened {schema.current_revision(ledger.engine)}")
                ledger.dispose()
            except BaseException:
                traceback.print_exc()
                code = 1
            sys.stdout.flush()
            os._exit(code)
        say(f"worker {pid}")


if __name__ == "__main__":
    main()
