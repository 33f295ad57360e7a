"""The marks that open the outline's parts: 一、 / 第一章 over （一） / 问题1： over their measures.

第一项：… and 督办事项一：… number a list's items themselves (structure reads them as measures, not parts).
"""

from __future__ import annotations

import re
from itertools import takewhile

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.numerals import CN_NUMERALS as _CN
from services.plans.parser.text import fold

# 第七条 …: a 办法's or a 规定's article. One whose lead-in closes on a colon (第六条 X部门主管…，履行下列职责：) is
# a part over its (一)…; one that is a paragraph is a measure when it names its owner (own_numbers numbers it).
# (第七条相关部门…: a PDF's text layer drops the blank after the mark; 第五条（其他监督管理部门职责）: a 规定's
# article titled in brackets)
ARTICLE = compile_lazily(rf"^\s*第([{_CN}]{{1,4}})条(?=[ \u3000\u4e00-\u9fff（(])")


def before_article(paragraphs: list[str]) -> list[str]:
    """The paragraphs under a heading up to a 办法's next article (第七条 … is the article's own text)."""
    return list(takewhile(lambda line: not ARTICLE.match(fold(line)), paragraphs))


# (第十条 X应当…履行下列共同职责。: an article over its duties, closed by a full stop)
# 第一章 / 第一部分, and 第一项：… (a list of projects numbered as items: 民生实事 第一项：校舍维修工程。), 督办事项一：
LEVEL1 = compile_lazily(
    rf"^(?:([{_CN}]+)\s*[、.]|第([{_CN}]+)(?:[章部分]|项\s*[：:]|条(?=[ \u3000\u4e00-\u9fff].*(?:[：:]|(?:下列|以下|如下)[\u4e00-\u9fff]{{0,4}}职责。)\s*$))|督办事项([{_CN}]+)[：:])\s*"
)
# An article that stands right over its （一）… items is their part, however it closes (第十一条 区政府工作部门按照
# 职责分工依法履行消防工作职责。 / （一）…): the items are its, not the article's before. Groups as LEVEL1's.
_ARTICLE_PART = compile_lazily(rf"^()第([{_CN}]{{1,4}})条\s*")
_FIRST_ITEM = compile_lazily(r"^[（(]一[）)]")


# 第一条 办公空间支持 on its own line, its paragraph under it (a 若干措施 in articles): a title, not the article's text
_TITLED_ARTICLE = compile_lazily(rf"^()第([{_CN}]{{1,4}})条[ \u3000]*(?=[^，,。；;：:（(]{{2,20}}$)")


def article_over_items(folded: str, following: str) -> re.Match[str] | None:
    if _FIRST_ITEM.match(fold(following)):
        return _ARTICLE_PART.match(folded)
    titled = _TITLED_ARTICLE.match(folded.strip())
    return titled if titled and following.strip() and not ARTICLE.match(fold(following)) else None


# 问题1： / 问题一： / 【问题1】: a 整改清单's problems, headings over their 整改措施 (1. 2.) and 责任单位 lines;
LEVEL2 = compile_lazily(
    rf"^(?:（([{_CN}]+)）\s*[、.]?|〔?问题\s*([{_CN}]{{1,3}}|\d{{1,3}})\s*(?:[：:]|〕))\s*"
)
# 活动一、 / 任务二： (read as parts only where they stand as parts: see read_outline)
NAMED_PART = compile_lazily(rf"^(?:活动|任务|行动|专项行动)\s*([{_CN}]{{1,3}})()\s*[、：:]\s*")


# 整改措施： / 整改时限： / 责任单位： under a 问题N： line: a 整改清单's problem, a heading over its mending
_MENDING = compile_lazily(r"^(?:整改|责任|牵头|配合|具体)[\u4e00-\u9fff]{0,4}[：:]")


def mends_follow(lines: list[str], index: int, end: int) -> bool:
    following = next((fold(line).strip() for line in lines[index + 1 : end] if line.strip()), "")
    return bool(_MENDING.match(following))
