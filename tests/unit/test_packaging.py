"""The version and the files the Windows packaging scripts name: one version, nothing missing."""

import re
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
