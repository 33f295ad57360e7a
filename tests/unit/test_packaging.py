"""The version and the files the Windows packaging scripts name: one version, nothing missing."""

import ast
import json
import os
import re
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

import PySide6

from services.version import VERSION

ROOT = Path(__file__).resolve().parents[2]


def test_the_version_has_one_place():
    """pyproject.toml's, read by services/version.py; the frozen app bundles the file to read it."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["version"] == VERSION
    assert "VERSION =" not in (ROOT / "services" / "version.py").read_text(encoding="utf-8")
    assert '(str(ROOT / "pyproject.toml"), ".")' in (ROOT / "installer.spec").read_text(encoding="utf-8")


def test_the_inno_setup_script_carries_the_same_version_and_existing_files():
    script = (ROOT / "installer.iss").read_text(encoding="utf-8")
    default = re.search(r'#define AppVersion "([^"]+)"', script)
    assert default is not None and default.group(1) == VERSION
    # A wrong icon path only fails on the Windows build PC; catch it here.
    for relative in re.findall(r"(?:SetupIconFile)=(\S+)", script):
        assert (ROOT / relative.replace("\\", "/")).is_file(), relative
    # The setup wraps the PyInstaller folder named in installer.spec.
    assert r"dist\duban\*" in script
    assert 'name="duban"' in (ROOT / "installer.spec").read_text(encoding="utf-8")


def test_linux_ci_and_the_windows_workflow_check_the_bundle_the_spec_builds():
    """One script checks the frozen app in both places; the executables it runs are the ones built."""
    workflow = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    spec = (ROOT / "installer.spec").read_text(encoding="utf-8")
    assert "bash .ci/check-bundle dist/duban" in workflow
    assert '.ci/check-bundle "$dist_dir/duban"' in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for step in (
        "uv sync --frozen",
        "uv run pytest",
        "pyinstaller --noconfirm installer.spec",
        "installer.iss",
    ):
        assert step in workflow, step
    check = (ROOT / ".ci" / "check-bundle").read_text(encoding="utf-8")
    executables = re.findall(r'"\$bundle/([\w-]+)"', check)
    assert sorted(executables) == ["duban", "duban-cli"]
    for name in executables:
        assert f'executable("{name}"' in spec, name


def test_setup_refuses_a_windows_that_qt_6_does_not_run_on():
    script = (ROOT / "installer.iss").read_text(encoding="utf-8")
    found = re.search(r"^MinVersion=(\S+)$", script, re.MULTILINE)
    assert found is not None
    assert tuple(int(part) for part in found.group(1).split(".")) >= (10, 0, 17763)


def test_the_icon_holds_every_size_windows_asks_for():
    """16/24/32/48 px as bitmaps with their mask (what every reader understands), 256 px as PNG."""
    data = (ROOT / "resources" / "icons" / "duban.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)
    frames = {}
    for index in range(count):
        width, height, _colours, _reserved, _planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert width == height and bits == 32
        frames[width or 256] = data[offset : offset + length]
    assert sorted(frames) == [16, 24, 32, 48, 256]
    assert frames[256].startswith(b"\x89PNG")
    for size in (16, 24, 32, 48):
        header_size, width, height = struct.unpack_from("<Iii", frames[size])
        mask_row = ((size + 7) // 8 + 3) // 4 * 4
        assert (header_size, width, height) == (40, size, 2 * size)  # a DIB: colour rows, then mask rows
        assert len(frames[size]) == 40 + size * size * 4 + size * mask_row


def spec_constant(name: str):
    """A literal assigned at the top level of installer.spec (the spec runs only inside PyInstaller)."""
    tree = ast.parse((ROOT / "installer.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"installer.spec assigns no {name}")


# Imports every module the spec collects, with the excluded ones made unimportable as in the bundle,
# then runs the commands that reach the document libraries (Excel, PDF, Word, GB18030 text).
WITHOUT_EXCLUDED = r"""
import importlib, importlib.abc, json, pkgutil, sys
from pathlib import Path

excluded = json.loads(sys.argv[1])
work = Path(sys.argv[2])

def left_out(name):
    return any(name == x or name.startswith(x + ".") for x in excluded)

class LeftOut(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if left_out(name):
            raise ModuleNotFoundError(f"not in the bundle: {name}", name=name)

for name in [n for n in sys.modules if left_out(n)]:  # imported by site before we could stop it
    del sys.modules[name]
sys.meta_path.insert(0, LeftOut())

import main
import models, services, ui
for package in (services, ui, models):
    for found in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(found.name)

import docx
plan = docx.Document()
plan.add_paragraph("测试区推动大规模设备更新行动方案")
plan.add_paragraph("一、实施设备更新行动")
plan.add_paragraph("1.加快重点行业设备更新。每年实施技术改造项目八十个以上。（区发改委牵头负责）")  # cn2an
plan.save(work / "方案.docx")
sample = next(Path("resources/samples").glob("*.txt"))
(work / "方案-GB18030.txt").write_bytes(sample.read_text(encoding="utf-8").encode("gb18030"))

db = "sqlite:///" + (work / "ledger.sqlite3").as_posix()
for argv in (
    ["parse-plan", str(work / "方案.docx"), "--json"],
    ["parse-plan", str(work / "方案-GB18030.txt")],
    ["--db", db, "import-plan", str(sample)],
    ["--db", db, "export-ledger", "--plan", "1", "--out", str(work / "台账.xlsx")],
    ["--db", db, "export-pdf", "--plan", "1", "--out", str(work / "推进情况表.pdf")],
    ["--db", db, "make-templates", "--plan", "1", "--period", "2024年10月", "--out", str(work / "报送表")],
    ["--db", db, "import-returns", str(work / "报送表"), "--dry-run"],
):
    code = main.main(argv)
    assert code == 0, (argv, code)
print("ran without", len(excluded), "excluded modules")
"""


def test_the_app_runs_without_the_modules_the_spec_leaves_out(tmp_path):
    excluded = spec_constant("EXCLUDES")
    assert "ssl" in excluded and "pygments" in excluded  # the list this test is about
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DUBAN_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", WITHOUT_EXCLUDED, json.dumps(excluded), str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert f"ran without {len(excluded)} excluded modules" in result.stdout


def test_the_qt_parts_the_spec_keeps_are_the_ones_the_app_loads():
    # The languages of the settings dialog; English is Qt's own, so only the others need qtbase_<code>.qm
    # (ui/app.py install_translations).
    dialog = (ROOT / "ui" / "settings_dialog.py").read_text(encoding="utf-8")
    languages = re.findall(r'self\.language\.addItem\("[^"]+", "(\w+)"\)', dialog)
    assert "zh_CN" in languages and "en" in languages
    assert 'f"qtbase_{language}"' in (ROOT / "ui" / "app.py").read_text(encoding="utf-8")
    kept = spec_constant("QT_TRANSLATIONS_KEPT")
    assert sorted(kept) == sorted(f"qtbase_{code}.qm" for code in languages if code != "en")
    qt = Path(PySide6.__file__).parent
    for name in kept:
        assert any((folder / name).is_file() for folder in (qt / "Qt" / "translations", qt / "translations"))
    # The smoke test runs on the offscreen platform (.ci/check-bundle); the office PCs need windows.
    platforms = spec_constant("QT_PLATFORMS_KEPT")
    assert {"offscreen", "windows"} <= set(platforms)
    assert "platforms" not in spec_constant("QT_PLUGIN_DIRS_DROPPED")
