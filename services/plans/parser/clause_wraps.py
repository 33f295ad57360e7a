"""A clause a copy broke over lines: inside a name or a role word or a label the break is joined, after a
whole name or role it stays (clauses.read_clause reads the clause after this)."""

from __future__ import annotations

import re

from services.plans.parser.labels import LABELLED, label_role
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.shared_endings import named_place
from services.plans.parser.text import EACH_PLACE, ends_like_unit, fold
from services.plans.parser.unit_lists import NAME_BREAK


def joined_wraps(content: str) -> str:
    """（南\n康区人民政府牵头 / 市住房城乡建设\n局配合 / 牵\n头: a line a copy broke inside a name or a role word,
    joined. A break after a whole name or role (区发改委\n区财政局, 县发改局牵头\n县财政局配合, 各村\n各社区,
    西秀区\n普定县) or before a label stays."""
    if "\n" not in content:
        return content
    lines = content.split("\n")
    joined = lines[0]
    for line in lines[1:]:
        after = line.lstrip()
        before = re.split(r"[：:]", NAME_BREAK.split(joined)[-1])[-1].lstrip("（(")
        following = _ROLE_TAIL.sub("", re.split(r"[、，,；;\s/（(：:]", after, maxsplit=1)[0])
        inside = (
            not LABELLED.match(fold(after))
            and not _whole(before)
            and (
                len(before) <= 2
                or len(following) < 3
                or not _whole(following)
                or not re.match(r"[省市县区镇乡各]", following)  # 城关镇人 / 民政府
            )
        )
        wrapped = (
            bool(before)
            and re.match(r"[\u4e00-\u9fff]", joined[-1]) is not None
            and re.match(r"[\u4e00-\u9fff）)]", after) is not None
            and (_broken_label(before, after) or _broken_kind(before, following) or inside)
        )
        joined = f"{joined}{after}" if wrapped else f"{joined}\n{line}"
    return joined


def _broken_label(before: str, after: str) -> bool:
    """牵 / 头单位：X — a label a copy broke over the line."""
    glued, own = LABELLED.match(fold(before + after)), LABELLED.match(fold(after))
    return bool(glued and label_role(glued.group(1)) and not (own and label_role(own.group(1))))


def _broken_kind(before: str, following: str) -> bool:
    """各乡 / 镇人民政府, 各县 / 区政府: a kind of place broken in two (乡镇, 县区), not 各村 / 各社区."""
    return bool(re.fullmatch(r"[各相关]{1,2}[县市区乡镇]", fold(before))) and bool(
        re.match(r"[县市区乡镇街]", following)
    )


_ROLE_TAIL = compile_lazily(r"(?:牵头|配合|负责|参与|协办|协助|落实|主办)$")


def _whole(name: str) -> bool:
    """A name or a role that stands by itself before a line break: 区发改委, 各村, 西秀区, 县人大, …牵头."""
    folded = fold(name)
    return (
        ends_like_unit(folded)
        or bool(EACH_PLACE.match(folded) or named_place(folded) or _ROLE_TAIL.search(folded))
        or folded.endswith(("人大", "政协", "林场"))
    )
