"""The settings dialog: wide enough for a database address, with the formats on screen."""

from __future__ import annotations

from ui import settings
from ui.settings_dialog import SettingsDialog


def test_database_formats_are_shown_and_the_placeholder_fits(qtbot):
    dialog = SettingsDialog()
    qtbot.add_widget(dialog)
    dialog.show()
    assert dialog.width() >= 560
    help_text = dialog.database_help.text()
    assert dialog.database_help.isVisible()
    assert "sqlite:///" in help_text and "postgresql+psycopg://user:password@server/duban" in help_text
    placeholder = dialog.database.placeholderText()
    room = dialog.database.contentsRect().width()
    assert dialog.database.fontMetrics().horizontalAdvance(placeholder) < room
    for widget in (dialog.database, dialog.database_help):  # inside the dialog, not clipped by its edge
        assert widget.geometry().right() < dialog.width(), widget


def test_a_plain_file_path_is_stored_as_a_sqlite_address(qtbot, tmp_path):
    dialog = SettingsDialog()
    qtbot.add_widget(dialog)
    dialog.database.setText(str(tmp_path / "ledger.sqlite3"))
    dialog.accept()
    assert settings.DATABASE_URL.get().startswith("sqlite:///")
