"""Every UI string has a finished zh_CN translation, and the compiled .qm the app loads has it too."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from services.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
TS = resource_path("translations", "duban_zh_CN.ts")
QM = resource_path("translations", "duban_zh_CN.qm")


def ts_messages() -> dict[tuple[str, str], ET.Element]:
    messages = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            messages[(name, message.findtext("source"))] = message
    return messages


def source_strings() -> set[tuple[str, str]]:
    """(context, text) of every self.tr("…") and translate("ctx", "…") literal under ui/."""
    found = set()
    for path in (ROOT / "ui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for child in ast.walk(node):
                    classes.setdefault(id(child), node.name)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            args = node.args
            if name == "tr" and isinstance(args[0], ast.Constant) and id(node) in classes:
                found.add((classes[id(node)], args[0].value))
            elif (
                name in ("translate", "QT_TRANSLATE_NOOP")
                and len(args) >= 2
                and isinstance(args[0], ast.Constant)
                and isinstance(args[1], ast.Constant)
            ):
                found.add((args[0].value, args[1].value))
    return found


def test_every_ui_string_is_in_the_ts_file():
    missing = source_strings() - set(ts_messages())
    assert not missing, f"run resources/translations/update.py and translate: {sorted(missing)}"


def test_every_string_has_a_finished_chinese_translation():
    unfinished = [
        key
        for key, message in ts_messages().items()
        if (t := message.find("translation")) is None
        or t.get("type") in ("unfinished", "vanished", "obsolete")
        or not ((t.text or "").strip() or [n.text for n in t.iter("numerusform") if (n.text or "").strip()])
    ]
    assert not unfinished, f"untranslated: {unfinished}"


@pytest.fixture(scope="module")
def compiled(qapp):
    # The compiled file is loaded once for the module, not once per string.
    translator = QTranslator()
    assert translator.load(str(QM))
    return translator


@pytest.mark.parametrize("context, text", sorted(source_strings())[:400])
def test_compiled_translation_answers_in_chinese(compiled, context, text):
    translated = compiled.translate(context, text, "", 1)
    assert (translated and translated != text) or not any(ch.isalpha() for ch in text)
