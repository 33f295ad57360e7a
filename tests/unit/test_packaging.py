"""The version and the files the Windows packaging scripts name: one version, nothing missing."""

import re
import struct
import tomllib
from pathlib import Path

from services.cli import VERSION

ROOT = Path(__file__).resolve().parents[2]


def test_the_app_reports_the_version_of_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["version"] == VERSION


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
