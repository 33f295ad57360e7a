"""The document's header: title, 文号 and the issue date printed under the issuing authority."""

from __future__ import annotations

import re
from datetime import date

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.numerals import to_number
from services.plans.parser.text import fold

_DOC_NUMBER = compile_lazily(r"[\u4e00-\u9fff]{1,12}[〔（\[]\s*\d{4}\s*[〕）\]]\s*第?\d+\s*号")
_DATE_ONLY = compile_lazily(
    r"^(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$"
)
_CN_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}
PLAN_WORDS = compile_lazily(
    r"(方案|预案|计划|意见|措施|办法|要点|细则|清单|规划|纲要|通知|决定|行动|分解|分工|安排|政策|分解表|分工表|情况表|规定|条例|规则)$"
)
# What may follow a plan's name in its title: a status, the years it runs (（2024—2027年）), the day or
# months a progress table is as of, or the file's extension a download page leaves on it.
_TITLE_TRAILER = compile_lazily(
    r"(?:[（(](?:试行|征求意见稿|送审稿|草案|修订版|修订稿|\d{4}\s*[-—–－~～至]\s*\d{4}\s*年?度?|\d{4}年度?"
    r"|截至[^（()）]{1,14}|\d{1,2}\s*[-—–－~～至]\s*\d{1,2}\s*月份?)[）)]|\.(?:docx?|wps|pdf|ofd|txt))$",
    re.IGNORECASE,
)
_NOTICE = compile_lazily(r"关于印发.*?《(.+?)》")
# 泰州市人民政府关于印发聚焦企业关切进一步优化营商环境行动方案的通知 names the plan it sends.
_NOTICE_OF = compile_lazily(r"关于印发(.+?)的通知$")
# A notice's own words for the plan it sends, when no line of the page is the plan's name: 现将《X》印发给
# 你们 / 《X》已经区政府同意，现印发给你们 (a document it only cites, 为贯彻落实《Y》, is not it); or the
# annex that holds it (附件：1. 2019年民生实事项目目标任务分解表, annex_title).
_NAMES = r"《((?:[^《》]|《[^《》]*》)+?)》(?:[、和及与]?《(?:[^《》]|《[^《》]*》)+?》)*"
_ISSUED = compile_lazily(rf"现将{_NAMES}(?:等)?(?:文件)?印发|{_NAMES}已经?[^，。,]{{0,20}}?同意")
_ANNEX_NAME = compile_lazily(r"^附件\s*\d*\s*[:：]?\s*(?:\d{1,2}\s*[.、．]\s*)?(\S.*?)\s*$")
_EXTENSION = compile_lazily(r"\.(?:docx?|wps|pdf|ofd|txt)$", re.IGNORECASE)
_ENUMERATOR = compile_lazily(r"^(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)\s*")
_BULLET = compile_lazily(r"^[•·●▪■◆\-–—*]+\s*")
# Lines a web page puts around a document: labels of its metadata, never part of a title.
_METADATA = compile_lazily(
    r"索引号|发布机构|发布日期|成文日期|废止日期|生成日期|有效性|时效性|主题分类|组配分类|公开方式|信息来源|"
    r"浏览次数|字体|打印|分享|中文名|外文名|发文字号|发文机关"
)
# 发布机构: 某市场监督管理局 — a page's metadata line, its label before a colon: a field, no unit's duty
PAGE_FIELD = compile_lazily(rf"^\s*(?:{_METADATA.pattern}|发布单位|发文单位|来源)\s*[:：]")
# A label a 文号 follows: a web page's metadata (文号 / 文件编号 / 发文字号) or a masthead's 文件.
_NUMBER_LABEL = compile_lazily(
    r"(?:文\s*号|文件编号|发文字号|发文文号)\s*[\]】〕]?\s*[:：|]?\s*|^\s*[\u4e00-\u9fff]{2,24}文件\s+"
)
# An authority's name and the date it signed on, run into one line with the text around them.
_SIGNED = compile_lazily(
    r"(?:政府|办公室|办公厅|委员会|领导小组|指挥部)\s+(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?:\s|[（(]|$)"
)
# Where an annex's own content starts: its first heading or numbered line.
_ANNEX_CONTENT = compile_lazily(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|序号)")
_PAGE_NUMBER = compile_lazily(r"^[—\-－–\s]*\d+[—\-－–\s]*$")
_TERMINAL = tuple("。！？；：:;")


def find_doc_number(header: list[str]) -> str | None:
    """文号 on a short header line (威环政发〔2024〕7号), not one cited in a sentence; or the one a web
    page's metadata labels (文号 / 文件编号：…) or a document's masthead (…办公室文件 常政办发〔2018〕32号)
    gives, on a line of any length."""
    for line in header:
        stripped = line.strip()
        if not stripped or len(stripped) > 30:
            continue
        match = _DOC_NUMBER.search(fold(stripped))
        if match:
            return stripped[match.start() : match.end()]
    for line in header:
        folded = fold(line)
        for label in _NUMBER_LABEL.finditer(folded):
            match = _DOC_NUMBER.match(folded, label.end())
            if match:
                return line[match.start() : match.end()]
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


def find_issue_date(header: list[str], body: list[str], after_body: list[str] = ()) -> date | None:
    """The date under the issuing authority: a line holding only a date, in the header or at the end of
    the body, or in the signature a notice puts under its list of annexes (`after_body`: the lines from
    the first 附件 on, read up to the annexes' own content); else the date right after the authority's
    name where a page ran the signature into one line (…县人民政府办公室 2022年4月18日)."""
    for line in [*header, *reversed(body), *_signature_lines(after_body)]:
        found = parse_date_line(line)
        if found:
            return found
    for line in reversed([*header, *body]):
        signed = _SIGNED.search(fold(line))
        if signed:
            return parse_date_line(signed.group(1))
    return None


def _signature_lines(lines: list[str]) -> list[str]:
    """The first few lines after the first 附件, until the annexes' content starts (a heading, a table)."""
    kept = []
    for line in lines[:8]:
        if "\t" in line or "|" in line or _ANNEX_CONTENT.match(fold(line).strip()):
            break
        kept.append(line)
    return kept


def is_page_number(line: str) -> bool:
    return bool(_PAGE_NUMBER.match(fold(line)))


# Not a title: a comment or the saved-from line a copied web page starts with, a URL, a metadata
# label (来源：… / 发布日期：… / 索引号：…), a site's breadcrumb (首页 >> 政务公开 >> …).
_NOT_TITLE = compile_lazily(
    r"^(?:#|//|<!--|-\s)|https?://|www\.|^[^\s：]{1,8}\s*[：]\s*\S|>>|»|^>\s|当前位置|您的位置"
    r"|^特此"  # 特此通知: the notice's closing words, not its name
    r"|^(?:附件|附表)\s*[\d一二三四五六七八九十]*\s*[：:]?\s*$"  # 附件 alone above the annex's title
)


def _is_title_line(line: str) -> bool:
    folded = fold(line).strip()
    if not folded or len(folded) > 60 or folded.endswith(_TERMINAL) or _NOT_TITLE.search(folded):
        return False
    if _BULLET.match(folded) or _METADATA.search(folded):
        return False
    if is_page_number(folded) or parse_date_line(folded) or _DOC_NUMBER.fullmatch(folded):
        return False
    return not (folded.startswith("（") and folded.endswith("）"))


def find_title(header: list[str]) -> str | None:
    """The last run of short lines before the preamble that ends like a plan's name.

    A title broken over two lines (…设备更新和 / 消费品以旧换新工作落实方案) is joined, across the blank
    line a web copy puts between them; when the plan's own title is missing, the name the covering
    notice gives (关于印发《…》的通知 / 关于印发…的通知) is used.
    """
    lines = [line for line in header if line.strip()]
    own_notice: str | None = None  # 关于开展…的通知: a notice that is itself the document
    index = len(lines) - 1
    while index >= 0:
        if not _is_title_line(lines[index]):
            index -= 1
            continue
        run_end = index
        while index >= 0 and _is_title_line(lines[index]) and run_end - index < 3:
            index -= 1
        run = list(dict.fromkeys(line.strip() for line in lines[index + 1 : run_end + 1]))
        # The longest run that reads as a plan's name, ending at the run's last line; failing that, at an
        # earlier one: a table-only plan's title stands right above its header row (序号 | 工作任务 …).
        for end in range(len(run), 0, -1):
            for start in range(end):
                if end - start > 1 and _ISSUER.match(fold(run[start]).strip()):
                    continue  # 某区人民政府办公室文件 over the title: the red header names who issues it
                if end - start > 1 and "".join(run[start + 1 : end]) == run[start]:
                    continue  # a page's title line, then the same title over two lines: once
                title = "".join(run[start:end])
                if title.startswith("关于") and own_notice is None and _OWN_NOTICE.search(fold(title)):
                    own_notice = title
                if PLAN_WORDS.search(_TITLE_TRAILER.sub("", fold(title))) and not title.startswith("关于"):
                    # A table's heading (一、10件民生实事任务分解表) names the plan without its number.
                    title = _FIELD_LABEL.sub("", title)  # 标  题: 固原市草原火灾应急预案 (a page's metadata)
                    return _named_by_notice(title) or _EXTENSION.sub("", _ENUMERATOR.sub("", title)).strip(
                        "《》"
                    )
    for line in header:
        notice = _NOTICE.search(line) or _NOTICE_OF.search(fold(line).strip())
        if notice:
            return notice.group(1).strip("《》")
    for line in header:
        issued = _ISSUED.search(line)
        if issued:
            return (issued.group(1) or issued.group(2)).strip()
    for line in header:
        # A web page's metadata cell: [ 名 称 ] | 靖政发〔2025〕17号 靖边县人民政府关于建立…机制的通知 |
        named = _NAME_CELL.search(fold(line))
        if named and PLAN_WORDS.search(named.group(1)):
            value = line[named.start(1) : named.end(1)]
            value = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", _DOC_NUMBER.sub("", value))
            return value.strip(" 　|")
    return own_notice


# 关于…推进情况的通报 / 关于…会议纪要: a document that names itself, as a plan's notice does
_OWN_NOTICE = compile_lazily(rf"{PLAN_WORDS.pattern}|(?:通报|纪要)$")
_FIELD_LABEL = compile_lazily(r"^\s*(?:标\s*题|名\s*称|文件名称)\s*[:：]\s*")
_ISSUER = compile_lazily(r"^\S{2,30}(?:文件|人民政府|政府|办公室|办公厅|委员会)$")
_NAME_CELL = compile_lazily(r"(?:名\s*称|标\s*题|文件名称)\s*[\]】〕]?\s*[:：|]\s*([^|]{6,80}?)\s*(?:\||$)")


def annex_title(lines: list[str], start: int) -> str | None:
    """The name of the annex a covering notice sends the plan in (附件：旌阳区2016年度…任务分解表, or 附件
    and the name on a line of its own), when the page gives the plan no name of its own."""
    near = [line.strip() for line in lines[start : start + 8] if line.strip()][:4]
    for line in near:
        label = _ANNEX_NAME.match(fold(line))
        name = label.group(1) if label else line
        if _is_title_line(name) and PLAN_WORDS.search(_TITLE_TRAILER.sub("", fold(name))):
            return _ENUMERATOR.sub("", name).strip("《》")
    return None


def _named_by_notice(title: str) -> str | None:
    """The plan's name when the line found is the covering notice's title."""
    found = _NOTICE_OF.search(fold(title))
    return title[found.start(1) : found.end(1)].strip("《》 ") if found else None


# 徐庄镇2017年度安全生产专项整治工作计划, 关于印发2019年工作要点的通知: the one year the plan is for. Not a
# range (2021—2025年), not a goal (到2025年), not an edition (2019年版) or an anniversary.
_TITLE_YEAR = compile_lazily(r"(?<![\d到至—－\-~])((?:19|20)\d{2})年(?:度)?(?![\d版—－\-~至到])")


def year_of_title(title: str | None) -> int | None:
    """The year a plan's title says it is for, when it names exactly one; None otherwise. A law's or a
    document's own year in brackets (《安全生产法》（2021年修正）) is not the plan's."""
    folded = re.sub(r"《[^》]*》|（[^）]*）|\([^)]*\)", "", fold(title or ""))
    years = {int(match.group(1)) for match in _TITLE_YEAR.finditer(folded)}
    every = re.findall(r"(?:19|20)\d{2}", folded)
    return years.pop() if len(years) == 1 and len(set(every)) == 1 else None


def plan_year(issued_on: date | None, doc_number: str | None, title: str | None) -> int | None:
    """The year a plan's phrases without a year mean: the issue date's, or the 文号's; the title's when
    neither says, or when the plan is for the year after its issue (2017年度…计划 issued in December 2016)."""
    named = year_of_title(title)
    if issued_on is not None:
        return named if named == issued_on.year + 1 else issued_on.year
    number = re.search(r"\d{4}", doc_number or "")
    return int(number.group()) if number else named
