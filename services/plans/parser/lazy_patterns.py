"""Regular expressions compiled on their first use, not when the reader is imported.

Why: the reader holds some six hundred patterns, most of them with classes over the CJK block
(`[\\u4e00-\\u9fff]`). The standard library compiles such a class by filling a 65,536-entry map in Python,
about a millisecond a class, so compiling every pattern at import took about 1 s of `parse-plan`'s 1.2 s
(issue 12 asks for under 1 s). Reading a plan touches about half of them; the rest belong to shapes the plan
does not have. Bazaar's `lazy_regex` made the same trade for its start-up.

A `LazyPattern` stands in for `re.Pattern`: `pattern` is there at once (the reader builds patterns out of
other patterns' text), and the first use of anything else compiles it and puts the compiled pattern's
methods on the instance, so later calls cost what calls on a compiled pattern cost.

Reading a plan still compiles some three hundred patterns, and they hold the same classes again and again:
`[\u4e00-\u9fff]` alone is built two hundred times, most of the compiling time left. So the first compile
puts a memo in front of the library's class builder (`re._compiler._optimize_charset`, a pure function of
the class's items): a class seen before is not built again. Only case-sensitive classes are remembered (the
reader has no other); anything else, or a Python whose compiler lacks that function, compiles as before.
"""

from __future__ import annotations

import re
from typing import Any, cast

# Everything the reader asks a compiled pattern for; copied onto the instance at the first use.
_ATTRIBUTES = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)


class LazyPattern:
    """A pattern's text and flags, compiled when first matched."""

    def __init__(self, pattern: str, flags: int | re.RegexFlag = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Called only for attributes the instance lacks: before the first use, every one of _ATTRIBUTES.
        # Dunder look-ups (copy, pickle, hasattr probes) must not compile, and say the attribute is absent.
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern, compiled now if it was not yet; its methods then sit on this instance."""
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            remember_classes()
            compiled = self.__dict__["_compiled"] = re.compile(self.pattern, self._flags)
            for attribute in _ATTRIBUTES:
                setattr(self, attribute, getattr(compiled, attribute))
        return compiled

    # Equal to the compiled pattern it stands for, as two compilations of one pattern are equal: the reader
    # asks whether a match came from one of its patterns (`found.re in (NAMED_DUTIES, GROUP_DUTIES)`).
    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyPattern):
            other = other.compiled()
        return self.compiled() == other if isinstance(other, re.Pattern) else NotImplemented

    def __hash__(self) -> int:
        return hash(self.compiled())

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


def compile_lazily(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile`, deferred to the first match; typed as the pattern it stands in for."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))


def remember_classes() -> None:
    """Put the memo in front of the library's class builder, once per process (see the module's note)."""
    compiler = getattr(re, "_compiler", None)
    build = getattr(compiler, "_optimize_charset", None)
    if build is None or getattr(build, "remembers", False):
        return
    built: dict[tuple[Any, ...], tuple[list[Any], bool]] = {}

    def build_once(charset: list[Any], iscased: Any = None, fixup: Any = None, fixes: Any = None) -> Any:
        if iscased is not None or fixup is not None or fixes is not None:
            # (a case-insensitive class: built as the library builds it)
            return build(charset, iscased, fixup, fixes)
        try:
            key = tuple(charset)
            found = built.get(key)
        except TypeError:  # an item that cannot be a key: built as the library builds it
            return build(charset, iscased, fixup, fixes)
        if found is None:
            found = built[key] = build(charset, iscased, fixup, fixes)
        return list(found[0]), found[1]  # (a list of its own for each caller, as the library returns)

    build_once.remembers = True  # type: ignore[attr-defined]
    compiler._optimize_charset = build_once  # type: ignore[union-attr]
