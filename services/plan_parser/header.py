"""The document's header: title, 文号 and the issue date printed under the issuing authority."""

from __future__ import annotations

import re
from datetime import date

from services.plan_parser.text import fold, to_number

_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}[〔（\[]\s*\d{4}\s*[〕）\]]\s*第?\d+\s*号")
_DATE_ONLY = re.compile(
    r"^(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$"
)
_CN_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}
PLAN_WORDS = re.compile(r"(方案|计划|意见|措施|办法|要点|细则|清单|规划|纲要|通知|决定|行动)$")
_TITLE_TRAILER = re.compile(r"[（(](试行|征求意见稿|送审稿|草案)[）)]$")
_NOTICE = re.compile(r"关于印发.*?《(.+?)》")
_PAGE_NUMBER = re.compile(r"^[—\-－–\s]*\d+[—\-－–\s]*$")
_TERMINAL = tuple("。！？；：:;")


def find_doc_number(header: list[str]) -> str | None:
    """文号 on a short header line (威环政发〔2024〕7号), not one cited in a sentence."""
    for line in header:
        stripped = line.strip()
        if not stripped or len(stripped) > 30:
            continue
        match = _DOC_NUMBER.search(fold(stripped))
        if match:
            return stripped[match.start() : match.end()]
    return None


def parse_date_line(line: str) -> date | None:
    match = _DATE_ONLY.match(fold(line).strip())
    if not match:
        return None
    year_text = "".join(_CN_DIGIT.get(c, c) for c in match.group(1))
    month, day = to_number(match.group(2)), to_number(match.group(3))
    try:
        return date(int(year_text), int(month or 0), int(day or 0))
    except ValueError:
        return None


def find_issue_date(header: list[str], body: list[str]) -> date | None:
    """The date under the issuing authority: a line holding only a date, in the header or at the end."""
    for line in [*header, *reversed(body)]:
        found = parse_date_line(line)
        if found:
            return found
    return None


def is_page_number(line: str) -> bool:
    return bool(_PAGE_NUMBER.match(fold(line)))


def _is_title_line(line: str) -> bool:
    folded = fold(line).strip()
    if not folded or len(folded) > 60 or folded.endswith(_TERMINAL):
        return False
    if is_page_number(folded) or parse_date_line(folded) or _DOC_NUMBER.fullmatch(folded):
        return False
    return not (folded.startswith("（") and folded.endswith("）"))


def find_title(header: list[str]) -> str | None:
    """The last run of short lines before the preamble that ends like a plan's name.

    A title broken over two lines (…设备更新和 / 消费品以旧换新工作落实方案) is joined; when the plan's own
    title is missing, the name inside 关于印发《…》的通知 is used.
    """
    index = len(header) - 1
    while index >= 0:
        if not _is_title_line(header[index]):
            index -= 1
            continue
        run_end = index
        while index >= 0 and _is_title_line(header[index]) and run_end - index < 3:
            index -= 1
        run = [line.strip() for line in header[index + 1 : run_end + 1]]
        title = "".join(run)
        if PLAN_WORDS.search(_TITLE_TRAILER.sub("", fold(title))) and not title.startswith("关于"):
            return title.strip("《》")
    for line in header:
        notice = _NOTICE.search(line)
        if notice:
            return notice.group(1)
    return None
