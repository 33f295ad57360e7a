"""Screenshots of every view at 1366×768 in Chinese, on the sample plan with a round of returns (issue 15).

QT_QPA_PLATFORM=offscreen uv run python docs/screens/make_screens.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(HERE.parents[1]))
    data = Path(tempfile.mkdtemp())
    os.environ["DUBAN_DATA_DIR"] = str(data)

    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from services.plans.importing import import_plan_file, sample_plan_path
    from services.returns.importing import commit_returns, preview_returns
    from services.storage.database import open_ledger, user_action
    from tests.unit.returns_fill import fill, make_round
    from ui.app import install_translations
    from ui.context import AppContext
    from ui.main_window import MainWindow

    translators = install_translations(app, "zh_CN")  # kept alive while the window is drawn
    ledger = open_ledger(f"sqlite:///{data / 'ledger.sqlite3'}")
    with user_action(ledger) as session:
        plan_id = import_plan_file(session, sample_plan_path())
    made = make_round(ledger, plan_id, data / "out", period="2024年第3季度")
    mail = data / "mail"
    mail.mkdir()
    for f in made.files[:12]:  # twelve units have answered, the others are late
        fill(f.path, mail / f.path.name, lambda i: {"进度（%）": (i * 13) % 100, "进展情况": "按计划推进"})
    with user_action(ledger) as session:
        commit_returns(session, preview_returns(session, [mail]))
    context = AppContext(ledger, data)
    window = MainWindow(context)
    window.resize(1366, 728)
    window.show()

    def settle() -> None:
        for _ in range(40):
            app.processEvents()
        context.runner.wait(20000)
        for _ in range(40):
            app.processEvents()

    settle()
    for key in window.view_keys:
        window.show_view(key)
        settle()
        window.grab().save(str(HERE / f"{key}-1366x768.png"))
    del translators


if __name__ == "__main__":
    main()
