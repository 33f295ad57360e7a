"""The plan reader on real public plans of several shapes and levels (tests/data/plans/corpus).

The expectations were written by reading each document before the parser ran on it; the floors below
are the figures the reader reaches, so a change that reads fewer measures or fewer right lead units
fails here. `uv run python -m tests.unit.plan_corpus` prints the table and every miss.
"""

from __future__ import annotations

import json

import pytest

from tests.unit.plan_corpus import by_shape, corpus_documents, report, score_document

# shape: (measures found, right lead units, right co-units), as shares of the measures the documents have.
# The documents marked held_out were added after the reader was changed for the first fifteen, in five
# batches scored first as the reader stood: five at 47% found / 26% right leads, three at 17% / 17%,
# three at 100% / 31%, five at 100% / 77% (co-units 8%), thirteen at 30% / 30% (task tables 9%), twelve
# at 82% / 61% (a starred lead in a table cell, an empty cell before the units, unnumbered bullets), ten at
# 78% / 41% (a document site's page chunks, sentence clauses, an indicator list whose owner line follows
# each group, a one-line provincial text, a box-drawn table, a heading's own clause lines over points). The
# patterns they showed (a table copied one cell a paragraph or `cell |` a line, rows numbered from 80 or
# 3, 68, 69 or G1, 相关市、县政府, the lead rule inside a clause, 爲, labels such as 部门分工/牵头责任单位 and
# person lines beside them, pinyin glosses, 各县、市、区政府, 协作, 第一责任单位为牵头单位 and a rule note in
# a table cell; a carry-over note, a clause line broken at the page width, header cells broken over
# cells, unit cells of several paragraphs, rows one cell short, space-separated rows) were fixed for
# every document. Batches 9 (41% / 36%) and 10 (33% / 29%) brought a page joined by spaces, work points
# over a 负责科室 table, a scored 目标任务分解表 one cell a line, clauses run together in one paragraph, an
# indicator table that names nobody; the documents read right after those rules joined (the two run-
# together document-site tables and a mirror's garbled numbering stay in heldout9/ and heldout10/). Batch
# 11 (90% / 72%, co-units 59%): zones ending 管理区, a title ending in a bracket, labelled fields joined by
# spaces, 责任单位 with 配合单位, a `|` row without its merged category; all but 宁波 joined. Batch 12 (73% /
# 19%): 由X会同Y, 以下统称, a heading's own lead over its points, 当前进度, 责任单位为X, wrapped unit names;
# all but 江北 (sub-rows under a merged 序号) joined. Batch 15 (80% / 60%): 数据提供单位 beside the owners,
# 以下任务均涉及X，不再重复, 各市（州）、贵安新区数据管理部门, unnumbered measures run together in a site's
# joined chunks; all four joined. Leftovers of batches 9–16: 甲市、乙市、丙市人民政府 as three governments, sub-rows
# under a merged 序号, a list running on into a table of figures, tables glued on one line; five joined.
# Batch 19 (100% / 97%): a bracket glued to a clause line's last unit under 列第一位者为牵头单位; all nine joined.
# Batch 20 (92% / 92%): a `|` table of merged level cells, a unit cell written as a clause; two joined (广州's
# source has no address). Batch 21 (89% / 89%): 各区、县（市）政府及…, a page body in one layout cell; all joined.
# Batch 22 (100% / 27%): tasks numbered in their own cells under a group's 序号, ★ before a lead; all joined.
# Batch 23 (62% / 59%): 第一项：… items, ☑ lists, 配合单位 alone, zones sharing 管委会; nine joined (万盛: a notice).
# Batch 24 (100% / 72%): ▲ before a lead, 分别牵头; all eight joined. Batch 25 (70% / 65%): a header broken
# over lines, questions, 一是 paragraphs, 1* .; nine joined. Batch 26 (74% / 61%): 分工负责, a bracket of
# names after a sentence, the lowest headings as measures before a refusal; nine joined. Batch 27
# (77% / 67%): a clause in a short row's unit cell, 各开发区、镇（街道）; four joined. Batch 28 (69% / 48%): a
# person label before the unit label, unit-name headings, cell-a-line tables without 序号; thirteen joined.
# Batch 29 (68% / 43%): 由X负责，Y配合 after the number, 包片单位X, X牵头的工作 headings; seven joined. Batch 30
# (76% / 69%): (1) in a 序号 cell, a page run into one line, marks inside a label; eleven joined. Batch 31
# (77% / 64%): a bracketed note after a name, units opening a measure as the subject; twelve joined.
# Batch 32 (92% / 90%): a notice's own 下列工作要求 are no measures; four joined. 安徽's annex indicator table of
# batch 28 (a `| cell` a line under a header that leaves the number's column unlabelled) joined later.
# Batch 33 (46% / 36%; 31 of its 74 measures a web page's script records, not a plan's text): places sharing
# one body, 通知如下 notices, unit-subject duty paragraphs, 各X牵头单位; thirteen joined. Batch 34 (75% / 45%):
# X由Y组织实施, the first-listed rule per clause, X配合Y落实, a numbered title over clause lines; ten joined.
# Batch 35 (75% / 56%): a number that lost its dot, a site's download notice, 责任地区, principles under 分工原则
# (no measures); five joined. Batch 36 (85% / 76%): an annex measure whose clause went unread vanished (now
# kept), 各市(县)、区政府, 五金城、科技局, two qualifiers before 负责; six joined, and heldout29's city plan whose
# 责任单位： stands over （1）X负责… points. Batch 37 (72% / 53%): places named with their kind after a comma,
# a header's bracketed note, a supervising office's column; six joined. Batch 38 (one measure, read right):
# joined; the index gave nothing more. Session 10: 谯城 (batch 26, a spaced table whose cells a web page broke
# onto lines) read once its rows are stitched; batch 39 (GitHub dumps: two reply letters that are no plan, two
# assessment tables copied a paragraph a line, 24% / 7% as it stood) gave nothing: 莆田's excerpt, read right,
# has no source address. Batch 45 (session 14, 9 documents from law-database mirrors' later pages; 66% /
# 49% as it stood): a leader in charge before the units (由某副市长负责，市X局牵头), a title line over the
# paragraph naming them, `17、市林业局：编制…` without 负责, `1优化就业创业服务` glued, a table run into one
# line whose unit cell is a clause; six joined (the rest in heldout45/: news paragraphs, a page opening
# mid-item, a duty's 会同 with bare department words). Batch 46 (6 documents, 73% / 43% as it stood):
# a run-on page's long unit name before its duties, A、B协同C负责; one joined (heldout46/: a provincial
# table one cell a line with ——points, a site's watermark inside a label, a page opening mid-measure,
# 农业部：根据… without 负责, a speech's unnumbered 关于… paragraphs read right only with the names as
# printed); heldout29's 福州 page (a second subject 负责 after 由X负责) joined with them. Batch 47 (7
# documents, 38% / 31% as it stood): a duty list's last unit over its 负责 line, 警备区, a stretch and a role
# before a name, a chair's decisions split at ；; four joined (heldout47/: a law site's scrambled
# punctuation, a web table of duty borders, a run-on page with page markers inside words).
# Session 15: batches 48–52 (54 documents from five helpers: law mirrors' later pages, county 整改 and
# 督查 notices, 应急预案 duty lists, city 工作要点, minutes, news pages; 61% / 45% together as it
# stood): 成员单位职责 lists in every copy (X：负责 / X。负责 / run on / a unit's line over its duty's), 属X职责
# 范围 headings, 问题1： problems, a bracket of names before 。, a dash before the owners; eleven joined (the
# rest in heldout48/ … heldout52/: news retellings, 督查通报 naming items by 第N件, sub-points
# read one by one by their writers, a unit printed with a space inside).
# Session 16: batches 53–55 (62 documents from nine helpers: 督查 and progress notices, 整改 notices and
# 联合抽查 lists, 应急预案 member lists and working groups, law mirrors' later pages, a district's 规划分解
# table one cell a line, county task lists; 63% / 44% together as it stood, 78% / 66% after): a body table
# under its heading, 1.农业部门。 over its points, members by their line of work, `2.3.6 市建设局：` opening a
# page, 区X局（3项） headings, columns empty in every row, 由X督促; seven joined (the rest in heldout53/ …
# heldout55/: news 曝光 paragraphs, a masked tender page, delegations 委托Y负责, 13个街道、镇 as one unit,
# fields printed once before 部门 (民政、国土部门), a Taiwan county's minutes).
# Session 17: batch 56 (18 documents from three helpers: county task splits, 整改 / 督办 notices, 创建 task
# notices, 预案 groups and members; 62% / 50% as it stood, 69% / 66% after): a line of work's duties, both
# annex tables, a heading listing units, 活动一、 parts, a PDF table copied as text; two joined (the rest in
# heldout56/: a SQL dump's row, a `|` table with `?` after every cell, owners only as sentence subjects).
# Session 19: batches 59–60 (34 documents from six helpers: unit-name headings over numbered duties, 预案
# working groups and member lists, 创卫 and 减排 plans, a flattened 创卫 table, news of a deployment; 81% / 55%
# and 74% / 48% as they stood): six joined (the rest in heldout59/ and heldout60/: groups led by a person
# of a unit, a 督查组 roster, a site's stripped numbers, a duty paragraph under each numbered heading).
# Session 20: sets AA–AC (34 real pages verbatim: district, township, school and company duty pages, city and
# provincial documents, district plans from GitHub archives; 79% / 21%, 76% / 60% and 68% / 55% as they stood):
# eight joined, with batch 59's 办法 page whose articles now read (the rest in heldout62/).
# Session 21: sets AD–AF (33 real documents verbatim: district plans and duty lists from GitHub archives of
# 平潭 and 上海 government pages, three pages; 81% / 66%, 0% and 80% / 58% as they stood): seven joined (the rest
# in heldout63/; af01's table, one cell a paragraph, reads as text but not yet as a PDF's or OFD's lines).
# Session 22: sets AH and AI (30 real documents verbatim: 平潭 and 上海 archives, courts and schools; 73% / 54%
# and 83% / 47% as they stood), kept in heldout64/ for the next sessions' rules; none joined (a fourth set,
# AJ, stays out of the repository to be read blind).
# Session 23: sets AL and AM (36 real documents verbatim: 平潭 township plans, 预案 members, task tables run into
# one line, pages of law sites; 85% / 57% and 60% / 35% as they stood): fourteen joined (the rest in
# heldout65/; a fourth set, AK, is kept unread in blind_ak/, which no test reads, to be scored first next).
# Session 24: AK scored first (65% / 37%, as session 23 left it), then read (now heldout66/); sets AO and AP (21
# real documents verbatim; 72% / 54% and 84% / 64% as they stood) in heldout67/, none joined; a new set, AN, kept
# unread in blind_an/, which no test reads.
# Session 25: AN scored first (87% / 70%, as session 24 left it), then read (now heldout68/); set AR (21 real
# documents; 73% / 57% as it stood, by the alignment scorer) in heldout69/; two new sets, AQ and AS, kept unread in
# blind_aq/ and blind_as/, which no test reads. The scorer pairs measures by alignment since this session.
# Session 26: AQ and AS scored first (76% / 71% right leads, as session 25 left them); AS read (now heldout70/); a new
# set, AT (17 documents), kept unread in blind_at/ with AQ; neither blind set moved by the session's end.
FLOORS = {
    "clause-line": (1.0, 1.0, 1.0),
    "heading-measure": (1.0, 1.0, 1.0),
    "indicator-list": (1.0, 1.0, 1.0),
    "inline-clause": (1.0, 1.0, 1.0),
    "task-table": (1.0, 1.0, 1.0),
    "work-points": (1.0, 1.0, 1.0),
    "all": (1.0, 1.0, 1.0),
}
MAX_EXTRA = 0  # measures read that the documents do not have (sub-points taken for measures)


@pytest.fixture(scope="module")
def scores():
    return [score_document(path) for path in corpus_documents()]


def test_corpus_is_real_and_described():
    documents = corpus_documents()
    assert len(documents) >= 332
    levels, shapes = set(), set()
    for path in documents:
        expectation = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
        assert expectation["source"].startswith("http"), path.name
        assert expectation["measures"] == len(expectation["expected"]) > 0, path.name
        levels.add(expectation["level"])
        shapes.add(expectation["shape"])
    assert {"national", "province", "city", "county", "district", "town"} <= levels
    assert set(FLOORS) - {"all", "held-out"} <= shapes


def test_accuracy_per_shape(scores):
    shapes = by_shape(scores)
    table = report(scores)
    for shape, (found, leads, cos) in FLOORS.items():
        got = shapes[shape]
        assert got.found_share >= found, f"{shape}: measures found\n{table}"
        assert got.lead_share >= leads, f"{shape}: lead units\n{table}"
        assert got.co_share >= cos, f"{shape}: co-units\n{table}"
    assert shapes["all"].extra <= MAX_EXTRA, table
