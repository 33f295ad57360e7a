"""The marks that open the outline's parts: 一、 / 第一章 over （一） / 问题1： over their measures.

第一项：… and 督办事项一：… number a list's items themselves (structure reads them as measures, not parts).
"""

from __future__ import annotations

import re

from services.plans.parser.numerals import CN_NUMERALS as _CN

# 第一章 / 第一部分, and 第一项：… (a list of projects numbered as items: 民生实事 第一项：校舍维修工程。), 督办事项一：
LEVEL1 = re.compile(
    rf"^(?:([{_CN}]+)\s*[、.]|第([{_CN}]+)(?:[章部分]|项\s*[：:])|督办事项([{_CN}]+)[：:])\s*"
)
# 问题1： / 问题一： / 【问题1】: a 整改清单's problems, headings over their 整改措施 (1. 2.) and 责任单位 lines;
LEVEL2 = re.compile(rf"^(?:（([{_CN}]+)）\s*[、.]?|〔?问题\s*([{_CN}]{{1,3}}|\d{{1,3}})\s*(?:[：:]|〕))\s*")
# 活动一、 / 任务二： (read as parts only where they stand as parts: see read_outline)
NAMED_PART = re.compile(rf"^(?:活动|任务|行动|专项行动)\s*([{_CN}]{{1,3}})()\s*[、：:]\s*")
