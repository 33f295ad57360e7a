"""The child process of the crash test: imports batches of returns into SQLite ledgers and gets killed.

    python tests/reliability/crash_child.py

It imports the app once, then for every JSON line on stdin ({"url": …, "files": […]}) forks a worker that
previews and commits the files as one user action, as the import dialog and `import-returns` do, and
says on stdout where it is: ``worker <pid>``, ``committing``, ``committed <batch> <rows>``. The test
kills the worker with SIGKILL wherever it likes; the forked worker starts in a millisecond where a new
interpreter would take 1.5 s to import the app, so twenty kills fit in the time of a few. The worker is
reaped only when the test says ``reap``, so its pid cannot be reused under the test's kill.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from services.returns.importing import commit_returns, preview_returns
from services.storage.database import open_ledger, user_action


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def work(url: str, files: list[str]) -> None:
    ledger = open_ledger(url, upgrade=False)
    with user_action(ledger) as session:
        previews = preview_returns(session, files)
        refused = [p.file_name for p in previews if not p.acceptable]
        if refused:
            say(f"refused {refused}")
            os._exit(3)
        say("committing")
        result = commit_returns(session, previews)
    say(f"committed {result.batch_id} {result.rows}")


def main() -> None:
    for line in sys.stdin:
        if line.strip() == "reap":
            os.wait()
            say("reaped")
            continue
        job = json.loads(line)
        pid = os.fork()
        if pid == 0:  # the worker: never returns into the loop
            code = 0
            try:
                work(job["url"], job["files"])
            except BaseException:
                traceback.print_exc()
                code = 1
            sys.stdout.flush()
            os._exit(code)
        say(f"worker {pid}")


if __name__ == "__main__":
    main()
