"""The version and the files the Windows packaging scripts name: one version, nothing missing."""

import ast
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

import PySide6
import pytest

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


# Imports every module the spec collects as the bundle has them: the runtime hooks run first, the
# excluded modules are unimportable, reportlab.lib.utils is the bundle's copy, and Python optimizes as
# the bundle's code is compiled (-OO: no docstrings, no asserts, so this script checks with `if`). Then
# runs the commands that reach the document libraries (Excel, PDF, Word, GB18030 text) and writes every
# PDF the app makes, the window's too.
WITHOUT_EXCLUDED = r"""
import importlib, importlib.abc, importlib.util, json, pkgutil, runpy, sys
from datetime import date
from pathlib import Path

excluded, runtime_hooks = json.loads(sys.argv[1]), json.loads(sys.argv[3])
work = Path(sys.argv[2])
for hook in runtime_hooks:  # as the bootloader runs them, before the app
    runpy.run_path(hook)

def left_out(name):
    return any(name == x or name.startswith(x + ".") for x in excluded)

class LeftOut(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if left_out(name):
            raise ModuleNotFoundError(f"not in the bundle: {name}", name=name)

for name in [n for n in sys.modules if left_out(n)]:  # imported by site before we could stop it
    del sys.modules[name]
sys.meta_path.insert(0, LeftOut())

from hooks.reportlab_without_pillow import MODULE, original_path, patched_source
import reportlab.lib
copy = importlib.util.module_from_spec(importlib.util.spec_from_file_location(MODULE, original_path()))
sys.modules[MODULE] = reportlab.lib.utils = copy
exec(compile(patched_source(original_path().read_text(encoding="utf-8")), str(original_path()), "exec"), copy.__dict__)

import main
import models, services, ui
for package in (services, ui, models):
    for found in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(found.name)

import docx
plan = docx.Document()
plan.add_paragraph("测试区推动大规模设备更新行动方案")
plan.add_paragraph("一、实施设备更新行动")
plan.add_paragraph("1.加快重点行业设备更新。每年实施技术改造项目八十个以上。（区发改委牵头负责）")  # Chinese numerals
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
    ["--db", db, "export-bulletin", "--plan", "1", "--out", str(work / "简报.docx")],
    ["--db", db, "make-templates", "--plan", "1", "--period", "2024年10月", "--out", str(work / "报送表")],
    ["--db", db, "import-returns", str(work / "报送表"), "--dry-run"],
    ["--db", db, "units"],
):
    code = main.main(argv)
    if code != 0:
        raise SystemExit(f"{argv}: exit code {code}")

# The PDFs only the window writes: the urge notices, a round's chase notice, the roster.
from services.documents.chase_notice import write_chase_notice
from services.documents.urge_notice import write_urge_notices
from services.storage.database import open_ledger, user_action
from services.units.contacts import ContactInput, add_contact
from services.units.resolve import find_unit
from services.units.roster_export import load_roster, write_roster_pdf

ledger = open_ledger(db)
day = date(2025, 1, 6)
(work / "督办通知单").mkdir()
with user_action(ledger) as s:
    add_contact(s, ContactInput("联络员", "张晓明", find_unit(s, "区发改委").id, mobile="13812345678"))
with user_action(ledger) as s:
    notices = write_urge_notices(s, work / "督办通知单", as_of=day, report_by=date(2025, 1, 10))
with user_action(ledger) as s:
    chase = write_chase_notice(s, 1, work / "催报通知.pdf", as_of=day)
with user_action(ledger) as s:
    roster = write_roster_pdf(load_roster(s, as_of=day), work / "通讯录.pdf")
ledger.dispose()

from pypdf import PdfReader
pdfs = {work / "推进情况表.pdf": "推进情况", chase.path: "催报", roster: "张晓明"}
pdfs.update({n.path: n.unit for n in notices})
for path, words in pdfs.items():
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    if words not in text:
        raise SystemExit(f"{path.name}: no {words} in its text")

# PostgreSQL: psycopg loads its libpq wrapper on import (and imports ssl first); SQLAlchemy imports it
# only when a postgresql URL is opened, so the walk above never reaches it.
import psycopg
if not psycopg.pq.version():
    raise SystemExit("psycopg without libpq")

from services.units.pinyin_search import matches
if "pypinyin.phrases_dict" in sys.modules or not matches("nyyh", "中国农业银行"):
    raise SystemExit("pinyin search without the phrase dictionary")
print("ran without", len(excluded), "excluded modules;", len(pdfs), "PDFs")
"""


def test_the_app_runs_without_the_modules_the_spec_leaves_out(tmp_path):
    excluded = spec_constant("EXCLUDES")
    for name in ("_hashlib", "pygments", "PIL", "pypinyin.phrases_dict"):  # the lists this test is about
        assert name in excluded
    hooks = [str(ROOT / "hooks" / name) for name in runtime_hook_names()]
    optimize = "-" + "O" * spec_constant("OPTIMIZE")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DUBAN_DATA_DIR": str(tmp_path)}
    env.pop("PYPINYIN_NO_PHRASES", None)  # the runtime hook has to set it
    result = subprocess.run(
        [
            sys.executable,
            optimize,
            "-c",
            WITHOUT_EXCLUDED,
            json.dumps(excluded),
            str(tmp_path),
            json.dumps(hooks),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert f"ran without {len(excluded)} excluded modules; " in result.stdout
    assert (
        int(result.stdout.split(";")[-1].split()[0]) >= 5
    )  # the sheet, the chase notice, the roster, notices


def runtime_hook_names() -> list[str]:
    spec = (ROOT / "installer.spec").read_text(encoding="utf-8")
    names = re.findall(r'ROOT / "hooks" / "(rthook_\w+\.py)"', spec)
    assert names and all((ROOT / "hooks" / name).is_file() for name in names)
    return names


def test_reportlab_without_pillow_is_reportlab_with_an_optional_import():
    from hooks.reportlab_without_pillow import original_path, patched_source

    source = original_path().read_text(encoding="utf-8")
    patched = patched_source(source)
    assert "from PIL import Image\n" in source and "except ImportError:\n    Image = None" in patched
    assert patched.replace(
        "try:\n    from PIL import Image\nexcept ImportError:\n    Image = None\n", ""
    ) == (source.replace("from PIL import Image\n", ""))
    with pytest.raises(RuntimeError, match="no longer imports Pillow"):
        patched_source(source.replace("from PIL import Image\n", "import PIL.Image as Image\n"))


def test_single_readings_find_every_name_the_phrase_dictionary_finds():
    """The bundle reads each character alone (no phrase dictionary). The unit search matches any reading
    of a character, so it still finds a name if each phrase reading is among the character's own readings:
    true of all but two of the 143 861 characters in its phrases (a variant spelling and a rare character)."""
    from pypinyin import Style
    from pypinyin.phrases_dict import phrases_dict
    from pypinyin.pinyin_dict import pinyin_dict
    from pypinyin.style import convert

    def initial(reading: str) -> str:
        return convert(reading, Style.FIRST_LETTER, strict=True).lower()

    missed = set()
    for phrase, readings in phrases_dict.items():
        for character, options in zip(phrase, readings, strict=True):
            own = {initial(r) for r in pinyin_dict.get(ord(character), "").split(",") if r}
            missed.update((phrase, character) for r in options if own and initial(r) not in own)
    assert missed <= {("旋干转坤", "干"), ("火燵", "燵")}


@pytest.mark.skipif(sys.platform == "win32", reason="the Windows workflow runs check-bundle on its bundle")
def test_check_bundle_refuses_a_bundle_over_150_mb(tmp_path):
    """.ci/check-bundle measures the folder before running anything in it."""
    bundle = tmp_path / "duban"
    bundle.mkdir()
    folder = bundle.stat().st_size  # du -sb counts the folder's own entry too
    for size, refused in ((150_000_001 - folder, True), (150_000_000 - folder, False)):
        with open(bundle / "duban", "wb") as exe:  # sparse: the size counts, not the disk blocks
            exe.truncate(size)
        result = subprocess.run(
            ["bash", str(ROOT / ".ci" / "check-bundle"), str(bundle)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode != 0  # refused, or (at the limit) measured and run: this file cannot run
        assert ("the bundle is 150000001 bytes, over the limit of 150000000" in result.stderr) is refused


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or not (shutil.which("as") and shutil.which("ld")),
    reason="the smaller ICU data is built on Linux, with binutils",
)
def test_the_smaller_icu_data_serves_chinese_and_english_as_the_whole(tmp_path):
    """Qt with the bundle's libicudata: collation, encodings and zone names as with PySide6's own, but
    for what was left out (Shift_JIS stands for the encodings of other languages)."""
    from hooks.icu_data import items, subset, write_library

    original = Path(PySide6.__file__).parent / "Qt" / "lib" / "libicudata.so.73"
    library = write_library(original, tmp_path)
    assert library.stat().st_size < 11_000_000 < 30_000_000 < original.stat().st_size
    _symbol, data, left_out = subset(original)
    names = [name.split("/", 1)[1] for name, _blob in items(data)[1]]
    assert names == sorted(names)  # ICU finds items by bisection
    for name in (
        "coll/zh.res",
        "coll/ucadata.icu",
        "zone/zh.res",
        "gb18030.cnv",
        "pool.res",
        "brkitr/cjdict.dict",
    ):
        assert name in names
    assert "icudt73l/coll/ja.res" in left_out and "icudt73l/ibm-943_P15A-2003.cnv" in left_out

    def qt(extra_env: dict) -> list[str]:
        result = subprocess.run(
            [sys.executable, "-c", ICU_CHECK],
            env={**os.environ, **extra_env},
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=60,
        )
        assert result.returncode == 0, result.stderr[-2000:]
        return result.stdout.splitlines()

    # LD_LIBRARY_PATH comes before Qt's RUNPATH ($ORIGIN): Qt loads the smaller library.
    whole, smaller = qt({}), qt({"LD_LIBRARY_PATH": str(tmp_path)})
    assert whole[0] == str(original.resolve()) and smaller[0] == str(library.resolve())
    assert whole[1:] == [*smaller[1:-1], "Shift_JIS True"] and smaller[-1] == "Shift_JIS False"
    assert "安六 李四 区财政局 区发改委 王五 张三 赵七" in smaller  # pinyin order


ICU_CHECK = r"""
import functools, os
from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone
china = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
print(next(os.path.realpath(l.split()[-1]) for l in open("/proc/self/maps") if "libicudata" in l))
for locale, words in ((china, "张三 李四 王五 安六 赵七 区发改委 区财政局"), (QLocale("en_US"), "b A a B é e")):
    print(" ".join(sorted(words.split(), key=functools.cmp_to_key(QCollator(locale).compare))))
zone = QTimeZone(b"Asia/Shanghai")
print(zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, china))
print(QLocale(QLocale.Language.Turkish).toUpper("i"))
for name in ("GB18030", "GBK", "GB2312", "Shift_JIS"):
    print(name, QStringDecoder(name).isValid())
"""


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
