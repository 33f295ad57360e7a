"""A line of a plan as the document wrote it: without what conversion left in it.

Word bookmarks exported as text, a copied web page's tags and entities, a mirror site's pinyin glosses
and download notices, indents lost to `?`, and a form's `label: | value |` rows.
"""

from __future__ import annotations

import html
import re

from services.plans.parser.lazy_patterns import compile_lazily

_BOOKMARK = compile_lazily(r"\[bookmark: [^\]]*\]")
# Web pages copied into a .txt keep their markup: </p><p align="left"> between paragraphs.
_HTML_BREAK = compile_lazily(r"</(?:p|div|h\d|li|tr|table)\s*>|<br\s*/?>", re.I)
_HTML_TAG = compile_lazily(
    r"</?(?:p|br|span|div|strong|b|i|u|em|font|td|th|tr|tbody|thead|table|img|a|h\d|li|ul|ol|sup|sub|"
    r"section|article|center|o:p)\b[^<>]{0,300}>",
    re.I,
)
_HTML_ENTITY = compile_lazily(r"&(?:nbsp|ensp|emsp|amp|lt|gt|quot|ldquo|rdquo|mdash|middot|#\d{2,5});")


# Mirror sites gloss characters with their pinyin: 發(fā)展改革委, 統(tǒng)計局. A bracket of Latin letters with
# a tone mark right after a Chinese character is such a gloss, never the document's own text; the
# brackets are half- or full-width, as the page or a copy typed into Word has them.
_PINYIN_GLOSS = compile_lazily(
    r"(?<=[\u4e00-\u9fff])[(（](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]"
)


# A page re-encoded without its full-width spaces shows each as `?` where a paragraph was indented.
# (`??? (1)区应急管理局：…` with a blank after them; `2.3? ?区应急委成员单位职责`: the blanks after a number too)
_LOST_INDENT = compile_lazily(r"^[ \t]*\?{1,4}[ \t]*(?=[^\s?])")
_LOST_BLANK = compile_lazily(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\?[ \t?]*(?=[^\s?])")
# ▶ 1.垃圾清运：… — a WeChat article's bullet before the item's own number: the number is the item's mark
_BULLETS = "▶►●◆■◇□▪•·➤➢"
_BULLET_BEFORE_NUMBER = compile_lazily(
    rf"^\s*[{_BULLETS}]\s*(?=\d{{1,3}}\s*[.、．]|[（(][一二三四五六七八九十\d]{{1,3}}[）)]|[一二三四五六七八九十]{{1,3}}、)"
)
# A form printed as `label: | value |` lines (重点工作: | 135.… |, 牵头单位: | X |): one label and its value.
_FORM_ROW = compile_lazily(r"^\s*([^|:：]{2,16})[:：]\s*\|\s*([^|]*?)\s*\|\s*$")
_NUMBERED = compile_lazily(r"\d{1,3}[.、．]")


# zero-width spaces and joiners a web editor leaves (before a measure's number they hide it)
_INVISIBLE = compile_lazily("[\u200b\u200c\u200d\u2060\ufeff]")
_SITE_NOTICE = compile_lazily(
    r"下载文档前请|仅部分预览|如文档侵犯您的权益|人工客服工作时间|本文档由用户上传"
    # a news site's 版权与免责声明 under the article: 1、未经本网许可… 2、本网转载…不代表本网赞同其观点
    # (a plan's own 1、未经县林业局许可，严禁… or 1、凡本网站发布的政务信息… stays)
    r"|^\s*\d、(?:未经[^，,。]{0,24}许可[，,]\s*任何(?:人|单位|个人)|本[网站]转载|凡本网注明|如因作品(?:版权|内容))"
)
# 【打印】【关闭】 / [打印本页] [关闭窗口]: a page's buttons, alone on their line under the last item
_PAGE_BUTTONS = compile_lazily(
    r"^\s*(?:[【\[〔](?:打印|关闭|收藏|分享|返回顶部|返回|字体|大|中|小|打印本页|关闭窗口)[】\]〕]\s*){1,6}$"
)


_DASH_FOR_ONE = compile_lazily(r"^\s*[（(]\s*[—－―]\s*[）)]")
# **政教处**: a Markdown page's bold, around a unit's name or a heading
# (not a name masked with stars: ****体育局 / 县**局)
_MARKDOWN_BOLD = compile_lazily(r"(?<![*\w])\*\*([^*\n]{1,60}?)\*\*(?=[:：\s]|$)")


# ⑴…⒇ and ⒈…⒛: one character each in Unicode, which Word's numbering and some fonts put for (1) and 1.;
# read as the marks they stand for. (①…⑳ are a numbering of their own, read as such.)
_ENCLOSED_NUMBERS = str.maketrans(
    {chr(0x2474 + i): f"（{i + 1}）" for i in range(20)} | {chr(0x2488 + i): f"{i + 1}." for i in range(20)}
)
_ENCLOSED_NUMBER = compile_lazily("[\u2474-\u249b]")


# A gazette's PDF whose font maps its marks by their GB2312 codes: ，。；、 come out as Yi syllables (ꎬ ꎮ ꎻ ꆢ), the
# code read as a code point. Only GB2312's rows of marks (A1, A3), and only on a line with Chinese: no Yi text
# stands beside Chinese in a plan.
_GB_AS_YI = compile_lazily("[\ua1a1-\ua1fe\ua3a1-\ua3fe]")
_HAN = compile_lazily("[\u4e00-\u9fff]")


def _gb_mark(found: re.Match[str]) -> str:
    code = ord(found.group(0))
    if code == 0xA3AE:
        return "。"  # (the full-width point ．, in running Chinese a full stop)
    return bytes([code >> 8, code & 0xFF]).decode("gb2312", errors="replace")


def clean_line(line: str) -> str:
    """Drop conversion artefacts that are not part of the document (Word bookmarks exported as text,
    HTML tags left by a copied web page, a mirror's pinyin glosses, lost indents), and read a form's
    `label: | value |` line as `label：value` (a numbered value, the work item itself, as the value)."""
    line = _INVISIBLE.sub("", _BOOKMARK.sub("", line))
    if _GB_AS_YI.search(line) and _HAN.search(line):
        line = _GB_AS_YI.sub(_gb_mark, line)
    if _SITE_NOTICE.search(line) or _PAGE_BUTTONS.match(line):
        return ""  # a document-sharing site's notice about downloading, numbered like the plan's items
    if line[:4].strip()[:1] in _BULLETS:
        line = _BULLET_BEFORE_NUMBER.sub("", line)
    if "?" in line:
        line = _LOST_BLANK.sub(r"\1 ", _LOST_INDENT.sub("", line))
    if "|" in line and (form := _FORM_ROW.match(line)) and form.group(2):
        label, value = form.groups()
        line = value if _NUMBERED.match(value) else f"{label.strip()}：{value}"
    if "(" in line or "（" in line:
        line = _PINYIN_GLOSS.sub("", line)
    if "—" in line[:6] or "－" in line[:6]:
        # (—)负责…: 一 typed (or read) as a dash
        line = _DASH_FOR_ONE.sub(lambda m: re.sub("[—－―]", "一", m.group(0)), line)
    if _ENCLOSED_NUMBER.search(line):
        line = line.translate(_ENCLOSED_NUMBERS)  # ⑴ / ⒈: Word's one-character numbers, as typed
    if "**" in line:
        line = _MARKDOWN_BOLD.sub(r"\1", line)  # 1. **政教处**:负责…: a page written in Markdown
    if "<" in line:
        line = _HTML_TAG.sub("", line)
    if "&" in line:
        line = _HTML_ENTITY.sub(lambda m: html.unescape(m.group(0)).replace("\xa0", " "), line)
    if " " in line or "\u3000" in line:
        line = _SPACED_MARKS.sub("", line)
        line = _SPACED_WORD.sub(lambda m: m.group(0).replace(" ", ""), line)
    return _LABEL_NOISE.sub("", line)


# 牵头单位 ： 市住建局 ； 配合单位 ： 市应急局 、 市财政局 — a web page that spaces out every word: the blanks
# around the marks inside a sentence go (a blank after 。 may part a spaced table's cells, and stays; so do
# three blanks or more, a layout's gap between cells).
_SPACED_MARKS = compile_lazily(
    r"(?<=[\u4e00-\u9fff）)])[ \u3000]{1,2}(?=[，；：、。])|(?<=[，；：、])[ \u3000]{1,2}(?=[\u4e00-\u9fff（(])"
)
# 责任单位◆★◆■★■：省发展改革委 — a mirror site's marks strewn between a label and its colon.
_LABEL_NOISE = compile_lazily(r"(?<=[\u4e00-\u9fff])[■◆◇□★☆▲△●○]{1,8}(?=[:：])")


def html_paragraphs(text: str) -> list[str]:
    """A line holding several web paragraphs (<p>…</p><p>…</p>) as one line each; other lines as is."""
    if "<" not in text or not _HTML_BREAK.search(text):
        return [text]
    return _HTML_BREAK.sub("\n", text).split("\n")


# 责 任 单 位 / 县 医 保 局: a word spaced out one character at a time (a page's letter-spacing), three or
# more characters each alone between single blanks: the word, without them.
_SPACED_WORD = compile_lazily(
    r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,}(?![\u4e00-\u9fff])"
)
