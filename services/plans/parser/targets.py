"""Quantitative targets: 到2027年更新医疗设备226台（套）, 每年…80个以上（其中…）, 占比达到85%.

A target is a number followed by a unit of count or measure. Years, dates, ages (15年以上) and grades
(能效1级) have no such unit and are never targets; numbers that only state a condition (不足2个百分点,
各50%) are skipped too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.model import Comparator, ParsedTarget, Recurrence, TargetShare
from services.plans.parser.numerals import cn_year_to_digits, to_number
from services.plans.parser.text import fold

# Longest first, so 个百分点 wins over 个 and 平方米 over 米. Written in folded form.
_UNITS = (
    "台（套）",
    "台套",
    "个百分点",
    "百分点",
    "平方公里",
    "平方米",
    "立方米",
    "千瓦时",
    "公里",
    "千米",
    "千瓦",
    "兆瓦",
    "吨标准煤",
    "标准煤",
    "公顷",
    "人次",
    "家次",
    "元",
    "台",
    "套",
    "个",
    "家",
    "辆",
    "座",
    "项",
    "所",
    "条",
    "处",
    "艘",
    "场",
    "户",
    "间",
    "张",
    "块",
    "栋",
    "幢",
    "件",
    "吨",
    "亩",
    "米",
    "倍",
    "人(?!间|员|口|民|才|均|数|工|们|大|群)",
    "名",
    "宗",
    "%",
    "‰",
)
# 人 alone is a unit only when no word goes on (两人间, 三人员 are not counts of people).
_UNIT_PATTERN = "|".join(u if "(?!" in u else re.escape(u) for u in _UNITS)
_ARABIC = r"\d+(?:\.\d+)?"
_CHINESE = r"[零〇一二两三四五六七八九十百千]+(?:点[零一二三四五六七八九]+)?"
_QUANTITY = compile_lazily(
    rf"(?P<number>{_ARABIC}|{_CHINESE})(?P<scale>万|亿)?(?P<unit>{_UNIT_PATTERN})(?P<suffix>\s*(?:及以上|以上|左右|以内|以下))?"
)
_SENTENCE_BREAK = "。；！？\n"
_PHRASE_BREAK = _SENTENCE_BREAK + "，：,"
_GREATER = ("不低于", "不少于", "超过", "至少", "多于", "高于", "大于", "超")
_ABOUT = ("大约", "约", "近")
_LESS = ("不超过", "不高于", "控制在", "低于", "少于", "小于")
# A number after these words states a condition, not a goal.
_CONDITION = ("不足", "各", "按", "使用", "满", "第")
_TARGET_VERB = compile_lazily(
    r"到\d{4}年|力争|争取|每年|完成|达到|更新|建成|培育|新增|改造|新建|举办|实现|累计|淘汰|建设|打造|创建|推广"
)
_YEAR = compile_lazily(r"(?<![较比与同])(\d{4})年(?![版度]|\d{1,2}月\d)")
_RECURRENCE: tuple[tuple[str, Recurrence], ...] = (
    ("每年", "yearly"),
    ("每季度", "quarterly"),
    ("每月", "monthly"),
)
_BREAKDOWN_ITEM = compile_lazily(
    rf"^(?P<label>.+?)(?P<prefix>不低于|不少于|超过|达到|至少|约|超)?(?P<number>{_ARABIC}|{_CHINESE})(?P<scale>万|亿)?(?P<unit>{_UNIT_PATTERN})(?P<suffix>以上|左右|以内)?$"
)
# A bare number in a goal phrase (完成改造项目60。) has lost its unit, or the document never had one.
_BARE_NUMBER = compile_lazily(
    r"(?<![\d.A-Za-z\-—／/])(\d+(?:\.\d+)?)(?![\d.]|\s*[年月日号级版期批届次大星GgKkMm:：\-—万亿])"
)


def _comparator(before: str, suffix: str) -> Comparator:
    suffix = suffix.strip()
    if suffix in ("以上", "及以上"):
        return ">="
    if suffix == "左右":
        return "about"
    if suffix in ("以内", "以下"):
        return "<="
    # The longest word wins: 不低于 is >= although it ends with 低于, 不超过 is <= although it ends with 超过.
    best: tuple[int, Comparator] = (0, "=")
    for words, comparator in ((_LESS, "<="), (_GREATER, ">="), (_ABOUT, "about")):
        for word in words:
            if before.endswith(word) and len(word) > best[0]:
                best = (len(word), comparator)  # type: ignore[assignment]
    return best[1]


def _scaled(number: str, scale: str | None, unit: str) -> tuple[int | float | None, str]:
    value = to_number(number)
    if value is None or not scale:
        return value, unit
    if unit == "元":  # 1.2亿元 stays 1.2 in 亿元, the way the office counts money
        return value, scale + unit
    factor = 10_000 if scale == "万" else 100_000_000
    result = value * factor
    return (int(result) if float(result).is_integer() else result), unit


def _last_break(text: str, end: int, breaks: str) -> int:
    return max((text.rfind(ch, 0, end) for ch in breaks), default=-1) + 1


def _next_break(text: str, start: int, breaks: str) -> int:
    positions = [p for p in (text.find(ch, start) for ch in breaks) if p != -1]
    return min(positions) if positions else len(text)


_Breakdown = tuple[int, int, list[tuple[int, int]]]


def _breakdowns(work: str) -> list[_Breakdown]:
    """Spans of 其中… breakdowns (in parentheses or as a phrase) with the span of each parsed piece."""
    spans: list[_Breakdown] = []
    for match in re.finditer(r"（?其中[，：]?", work):
        in_paren = match.group().startswith("（")
        body_start = match.end()
        if in_paren:
            close = work.find("）", body_start)
            body_end = close if close != -1 else len(work)
        else:
            body_end = _next_break(work, body_start, _SENTENCE_BREAK)
        pieces: list[tuple[int, int]] = []
        position = body_start
        for raw in re.split(r"([，；])", work[body_start:body_end]):
            if raw and raw not in "，；" and not _BREAKDOWN_ITEM.match(raw.strip()):
                break
            if raw and raw not in "，；":
                pieces.append((position, position + len(raw)))
            position += len(raw)
        if pieces:
            end = body_end + 1 if in_paren and len(pieces) else pieces[-1][1]
            spans.append((match.start(), end, pieces))
    return spans


# 造成3人以上死亡 / 致6人受伤 / 10人以上重伤: how grave an event is (a 预案's grading), unless the phrase sets a
# goal for it (死亡人数控制在3人以内)
_HARM_BEFORE = ("造成", "致", "导致", "引发", "发生")
_HARM_AFTER = compile_lazily(r"^[\d人以上下至到及（）()]{0,12}(?:死亡|受伤|重伤|失踪|遇难|中毒|被困|伤亡)")
_HARM_GOAL = compile_lazily(r"控制|下降|减少|不超过|不高于|低于|以内")


def _casualties(work_text: str, before: str, end: int) -> bool:
    after = work_text[end : _next_break(work_text, end, _PHRASE_BREAK)]
    harm = before.endswith(_HARM_BEFORE) or bool(_HARM_AFTER.match(after))
    return harm and not (_HARM_GOAL.search(before) or _HARM_GOAL.search(after))


def find_targets(text: str, masked: list[tuple[int, int]]) -> tuple[list[ParsedTarget], list[str]]:
    """Targets of a measure's text, and doubts; `masked` spans (responsibility clauses) are skipped."""
    work = list(cn_year_to_digits(fold(text)))
    for start, end in masked:
        work[start:end] = "。" * (end - start)
    work_text = "".join(work)
    breakdowns = _breakdowns(work_text)
    in_breakdown = [(s, e) for s, e, _ in breakdowns]

    found: list[tuple[int, ParsedTarget]] = []
    for match in _QUANTITY.finditer(work_text):
        start, end = match.span()
        if any(s <= start < e for s, e in in_breakdown):
            continue
        number = match.group("number")
        before = work_text[_last_break(work_text, start, _PHRASE_BREAK) : start]
        if before.endswith(_CONDITION) or (start and work_text[start - 1] in ".-—~～"):
            continue
        if _casualties(work_text, before, end):
            continue  # 造成3人以上死亡 / 致6人受伤: an event's grade in a 预案, no goal
        sentence_start = _last_break(work_text, start, _SENTENCE_BREAK)
        sentence_before = work_text[sentence_start:start]
        phrase_before = work_text[_last_break(work_text, start, _PHRASE_BREAK) : start]
        if not number[0].isdigit() and not _TARGET_VERB.search(phrase_before):
            continue  # 三个板块, 两个机制: a Chinese numeral outside a goal is wording, not a target
        quantity, unit = _scaled(number, match.group("scale"), match.group("unit"))
        if quantity is None:
            continue
        phrase_start = _last_break(work_text, start, _PHRASE_BREAK)
        phrase_end = max(end, _next_break(work_text, end, _PHRASE_BREAK + "（"))
        years = [int(y.group(1)) for y in _YEAR.finditer(sentence_before)]
        recurring = next((r for word, r in _RECURRENCE if word in sentence_before), None)
        found.append(
            (
                start,
                ParsedTarget(
                    text=text[phrase_start:phrase_end].strip(),
                    quantity=quantity,
                    unit=unit,
                    comparator=_comparator(before, match.group("suffix") or ""),
                    year=years[-1] if years else None,
                    recurring=recurring,
                ),
            )
        )
    targets = _attach_breakdowns(found, breakdowns, text, work_text)
    quantities = [m.span() for m in _QUANTITY.finditer(work_text)]
    doubts = []
    for bare in _BARE_NUMBER.finditer(work_text):
        if _is_inside(bare.start(), quantities) or _is_inside(bare.start(), in_breakdown):
            continue
        phrase = work_text[_last_break(work_text, bare.start(), _PHRASE_BREAK) : bare.start()]
        if _TARGET_VERB.search(phrase) and not phrase.endswith(("第", "《", "“")):
            doubts.append(f"数字“{bare.group(1)}”没有单位")
    return targets, doubts


def _is_inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= position < e for s, e in spans)


def _attach_breakdowns(
    found: list[tuple[int, ParsedTarget]], breakdowns: list[_Breakdown], text: str, work_text: str
) -> list[ParsedTarget]:
    """Give each 其中… breakdown to the nearest target before it in the same sentence."""
    targets = dict(found)
    for start, _end, pieces in breakdowns:
        sentence_start = _last_break(work_text, start, _SENTENCE_BREAK)
        owners = [pos for pos in targets if sentence_start <= pos < start]
        if not owners:
            continue
        owner = max(owners)
        shares = []
        for piece_start, piece_end in pieces:
            item = _BREAKDOWN_ITEM.match(work_text[piece_start:piece_end].strip())
            if item is None:
                continue
            quantity, _unit = _scaled(item.group("number"), item.group("scale"), item.group("unit"))
            if quantity is None:
                continue
            # The label as written: folding keeps offsets, so cut it from the original text.
            lead = len(work_text[piece_start:piece_end]) - len(work_text[piece_start:piece_end].lstrip())
            label = text[piece_start + lead : piece_start + lead + item.end("label")]
            comparator = _comparator(item.group("prefix") or "", item.group("suffix") or "")
            shares.append(TargetShare(label.strip("，、 "), quantity, comparator))
        targets[owner] = replace(targets[owner], breakdown=tuple(shares))
    return [targets[pos] for pos in sorted(targets)]
