"""The reader's patterns compile on first use (issue 12: `parse-plan` under 1 s, most of it was compiling).

Importing the parser compiles none of its patterns; a pattern used behaves as `re.compile`'s would.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from services.plans.parser.lazy_patterns import compile_lazily

ROOT = Path(__file__).resolve().parents[2]

# Counts the calls to re.compile made from the parser's own files while the parser is imported.
_PROBE = """
import re, sys
compiled = []
_compile = re.compile
def counting(pattern, flags=0):
    caller = sys._getframe(1).f_code.co_filename.replace("\\\\", "/")
    if "/services/plans/parser/" in caller:
        compiled.append(caller.rsplit("/", 1)[-1])
    return _compile(pattern, flags)
re.compile = counting
import services.plans.parser
print(len(compiled), sorted(set(compiled))[:5])
"""


def test_importing_the_parser_compiles_none_of_its_patterns() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], cwd=ROOT, capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.split()[0] == "0", done.stdout  # else: the modules named compile at import


def test_a_lazy_pattern_matches_as_the_compiled_pattern_does() -> None:
    text = "（一）市发展改革委：负责统筹协调。（二）市财政局：负责资金保障。"
    source = r"（([一二三四五六七八九十])）([\u4e00-\u9fff]{2,10})：(?P<duty>[^。]+)"
    lazy, compiled = compile_lazily(source), re.compile(source)
    assert lazy.pattern == source
    assert "search" not in vars(lazy)  # nothing compiled until it is used
    assert [m.groups() for m in lazy.finditer(text)] == [m.groups() for m in compiled.finditer(text)]
    assert lazy.search(text).group("duty") == "负责统筹协调"  # type: ignore[union-attr]
    assert lazy.sub("#", text) == compiled.sub("#", text)
    assert lazy.split(text) == compiled.split(text)
    assert (lazy.groups, lazy.groupindex, lazy.flags) == (
        compiled.groups,
        compiled.groupindex,
        compiled.flags,
    )
    assert "search" in vars(lazy)  # bound once: later calls go straight to the compiled pattern


def test_a_match_knows_the_lazy_pattern_it_came_from() -> None:
    # The reader asks `found.re in (NAMED_DUTIES, GROUP_DUTIES)`: a match's pattern is the compiled one.
    named, grouped = compile_lazily(r"[\u4e00-\u9fff]{2,8}局："), compile_lazily(r"[\u4e00-\u9fff]{2,8}组：")
    found = grouped.match("领导小组：负责统筹")
    assert found is not None
    assert found.re in (named, grouped)
    assert found.re != named
    assert grouped == compile_lazily(grouped.pattern)
    assert len({grouped, compile_lazily(grouped.pattern), found.re}) == 1


def test_a_lazy_pattern_keeps_its_flags() -> None:
    lazy = compile_lazily(r"^附件\s*$", re.MULTILINE)
    assert lazy.findall("正文\n附件\n表") == ["附件"]


# Patterns whose classes repeat (the CJK block, with ASCII, negated, with categories, case-insensitive), matched
# against texts; run once without the class memo in a fresh interpreter, once here with it.
_CLASSES = [
    r"[\u4e00-\u9fff]{2,6}局",
    r"[ \u3000\u4e00-\u9fff]+",
    r"[^\u4e00-\u9fff，。]+",
    r"[\u4e00-\u9fff\d]{3}",
    r"[\u4e00-\u9fff]{2}[A-Za-z]+",
    r"(?i)[a-z\u4e00-\u9fff]+局",
    r"[\s\w]+",
]
_TEXTS = ["市发展改革委局：负责", "ab 区住建局 12", "Ｘ局，a1", "区B局", "DEF市局", "一二三\u3000四五"]
_BARE = """
import json, re, sys
patterns, texts = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(json.dumps([[m.group() if (m := re.search(p, t)) else None for t in texts] for p in patterns]))
"""


def test_the_class_memo_compiles_every_pattern_as_the_library_does() -> None:
    import json

    from services.plans.parser.lazy_patterns import remember_classes

    bare = subprocess.run(
        [sys.executable, "-c", _BARE, json.dumps(_CLASSES), json.dumps(_TEXTS)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    remember_classes()
    assert getattr(re._compiler._optimize_charset, "remembers", False)  # type: ignore[attr-defined]
    re.purge()  # (the library's own cache would hand back patterns compiled before the memo)
    for _ in range(2):  # (the second time each class comes from the memo)
        remembered = [
            [m.group() if (m := re.compile(p).search(t)) else None for t in _TEXTS] for p in _CLASSES
        ]
        re.purge()
        assert remembered == json.loads(bare.stdout)
