"""Every benchmark figure in one run: `uv run python bench/run.py [--only NAME] [--no-write]`.

Prints one line per figure (value, goal, ratio to the bare library measured in the same run, ok or short)
and a summary, and writes BENCHMARKS.md at the repository root with the table and the machine it ran on.
Each module runs in a child process of its own, so one module's memory or imports never colour another's
figures (the checklist's memory figure is the child's peak), and each child gets fresh settings and data
folders, so the user's own settings never change what is measured. Exit status 1 when a figure is short.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from dataclasses import asdict
from datetime import datetime
from importlib import import_module, metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, Figure

MODULES = {
    "cli": "bench.cli_bench",
    "plan": "bench.plan_bench",  # reading a plan: parse-plan, start to exit
    "startup": "bench.startup_bench",
    "checklist": "bench.checklist_bench",
    "returns": "bench.returns_bench",
    "exports": "bench.exports_bench",
    "gui": "bench.gui_stalls",  # the real app at 10,000 and 100,000 tasks: usable, stalls, memory
}
MARKER = "BENCH-FIGURES "
PACKAGES = ("PySide6-Essentials", "SQLAlchemy", "openpyxl", "reportlab")


def run_child(name: str) -> None:
    figures = import_module(MODULES[name]).measure()
    print(MARKER + json.dumps([asdict(f) for f in figures], ensure_ascii=False), flush=True)


def run_module(name: str) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix=f"bench_{name}_") as folder:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            DUBAN_DATA_DIR=str(Path(folder) / "data"),
            XDG_CONFIG_HOME=str(Path(folder) / "config"),  # QSettings: a fresh settings file
            TMPDIR=folder,  # the generated databases go away with the run
        )
        done = subprocess.run(
            [sys.executable, "-m", "bench.run", "--child", name],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
    lines = [line for line in done.stdout.splitlines() if line.startswith(MARKER)]
    if done.returncode != 0 or not lines:
        sys.stderr.write(done.stdout[-4000:] + done.stderr[-4000:])
        return [Figure(f"{name}: the benchmark failed (exit {done.returncode})", 0.0, "", "runs", False)]
    return [Figure(**f) for f in json.loads(lines[-1][len(MARKER) :])]


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    memory = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GB"
                break
    except OSError:
        pass
    system = platform.platform()
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                system = f"{line.split('=', 1)[1].strip(chr(34))} ({platform.platform()})"
    except OSError:
        pass
    versions = []
    for package in PACKAGES:
        try:
            versions.append(f"{package} {metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package} not installed")
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "—"
    return {
        "CPU": cpu,
        "Cores": str(os.cpu_count()),
        "RAM": memory or "—",
        "OS": system,
        "Python": platform.python_version(),
        "Libraries": ", ".join(versions),
        "Load average at start": load,
        "Date": datetime.now().astimezone().isoformat(timespec="seconds"),
    }


# Sections of BENCHMARKS.md that run.py does not write (notes on earlier runs, written by hand): kept
# as they are when the table is written again.
OWN_SECTIONS = ("## Machine",)


def kept_sections(text: str) -> list[str]:
    """The `## ` sections of ``text`` other than the ones run.py writes, each with its lines."""
    sections: list[list[str]] = []
    for line in text.splitlines():
        if line.startswith("## "):
            sections.append([line])
        elif sections:
            sections[-1].append(line)
    return ["\n".join(s).rstrip() for s in sections if s[0].strip() not in OWN_SECTIONS]


def markdown(figures: list[Figure], host: dict[str, str], kept: list[str] = ()) -> str:
    ok = sum(f.ok for f in figures)
    lines = [
        "# Benchmarks",
        "",
        "Written by `uv run python bench/run.py` (do not edit by hand). Each figure is the best of a few",
        "repeats; the bare library is measured in the same run, side by side, on the same data. What is",
        "timed is what the user waits for: a command from before its process starts to its exit (start-up,",
        "imports, fonts included), the PDF likewise, with 100-200 character progress texts; each bench",
        "module's docstring says exactly what it times.",
        "",
        f"**{ok} ok, {len(figures) - ok} short.**",
        "",
        "| Figure | Value | Goal | Bare library (same run) | Ratio | Result |",
        "|---|---:|---|---|---:|---|",
    ]
    for f in figures:
        bare = f"{f.baseline_name} {f.shown(f.baseline)} {f.unit}" if f.baseline else "—"
        ratio = f"{f.ratio:.2f}x" if f.ratio is not None else "—"
        lines.append(
            f"| {f.name} | {f.shown()} {f.unit} | {f.goal} | {bare.strip()} | {ratio} | "
            f"{'ok' if f.ok else '**short**'} |"
        )
    lines += ["", "## Machine", ""]
    lines += [f"- {key}: {value}" for key, value in host.items()]
    for section in kept:
        lines += ["", section]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=sorted(MODULES), help="run one module")
    parser.add_argument(
        "--no-write", action="store_true", help="do not write BENCHMARKS.md (--only never writes it)"
    )
    parser.add_argument("--child", choices=sorted(MODULES), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        run_child(args.child)
        return 0
    host = machine()  # the load average before the benchmarks start
    names = [args.only] if args.only else list(MODULES)
    figures: list[Figure] = []
    for name in names:
        for figure in run_module(name):
            print(figure.line(), flush=True)
            figures.append(figure)
    if hasattr(os, "getloadavg"):  # what the run shared the machine with, beside the start's
        host["Load average at end"] = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    ok = sum(f.ok for f in figures)
    print(f"{ok} ok, {len(figures) - ok} short")
    # The table holds one whole run: figures of different runs side by side would not be comparable.
    if not args.no_write and not args.only:
        target = ROOT / "BENCHMARKS.md"
        kept = kept_sections(target.read_text(encoding="utf-8")) if target.exists() else []
        target.write_text(markdown(figures, host, kept), encoding="utf-8")
        print(f"wrote {ROOT / 'BENCHMARKS.md'}")
    return 0 if ok == len(figures) else 1


if __name__ == "__main__":
    raise SystemExit(main())
