"""Text whose paragraphs ran together: a document site's page chunks, a PDF's text in one long line.

Document sites (淘文阁, 天天文库 …) show a plan as chunks of the PDF's text, each chunk a line starting
with the site's own marker `1、` `2、` `3、`, cut mid-sentence; the plan's numbered measures (`1 .`, `12、`)
then run on inside those lines, and a clause may follow its sentence without brackets
(`…整治。牵头单位：区房产局。责任单位：区城管局。`). Before the outline is read:

- chunk markers are dropped and a chunk that continues a sentence is joined to the chunk before it. They
  are told from numbering by their place: every chunk after the first starts inside a sentence (the
  chunk before ends without 。；！？ or a closing bracket) and the chunks are long;
- inside a long line, a run of measure numbers that follow each other (12、 13、, or 1 . 2 . 3 .), each
  after a sentence or a bracket closes, starts new lines;
- a clause label after a full stop (`。牵头单位：`) starts a line of its own, as clause lines do;
- so does a clause label glued to a numbered title (`（一）城区公厕改造牵头责任部门：区城管局`), where a web
  table's owner cell ran into the title cell.
"""

from __future__ import annotations

import re
from itertools import pairwise

from services.plans.parser.clause_lines import is_clause_line
from services.plans.parser.glued_labels import GLUED_MIN, LABEL_GLUED, glued_label, in_bracket
from services.plans.parser.label_marks import labels_as_colons
from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.model import PlanBlock
from services.plans.parser.numerals import to_number
from services.plans.parser.owned_points import owned_points
from services.plans.parser.plain_numbers import topic_apart
from services.plans.parser.run_on_articles import article_chain
from services.plans.parser.run_on_decimals import decimal_outline
from services.plans.parser.run_on_duties import member_duties, members_in
from services.plans.parser.run_on_headings import headings_then_first, numbers_kept
from services.plans.parser.run_on_levels import AFTER_CLAUSE as _AFTER_CLAUSE
from services.plans.parser.run_on_levels import run_on_levels
from services.plans.parser.run_on_points import points_after_colon
from services.plans.parser.text import fold
from services.plans.parser.unit_blocks import titles_apart

_CHUNK = compile_lazily(r"^(\d{1,2})、")
_SENTENCE_END = ("。", "；", "！", "？", "：", "）", ")", "”", "〕", "】")
_NUMBERED_LINE = compile_lazily(
    r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,3}[.、．])"
)
_CHUNKS_AMONG_NUMBERS = 3  # chunks needed to tell the site's markers from the page's own 1、 among them
# 《…方案.docx》由会员分享，可在线阅读: a document site's own line before its chunks
_SITE_LINE = compile_lazily(r"由会员分享|在线阅读|下载|\.docx?|\.pdf|文库|文档")
_MEMBERS_MIN = 3  # members of a duty list after full stops in a paragraph (a sentence's 说明： is none)
_CHAIN_MIN = 3  # bracketed numbers in a row, each after a full stop, inside a long line
_POINTS_MIN = 2  # a lone （1） after a colon may be a note's; a chain of them is the line's points
_CHUNK_MIN = 80  # a site's chunk holds hundreds of characters; a numbered measure line may be short
# A measure number inside a line: after a sentence or a bracket closes (or at the line's start); not 附件1.
_INLINE_NUMBER = compile_lazily(
    r"(?:^|(?<=[。；！？）)〕：:])|(?<=[\u4e00-\u9fff])(?<!附件)(?<!附表))\s*(\d{1,3})\s*[、.．](?=[ \u3000]?(?:[\u4e00-\u9fff“（(《]|\d{4}年))"
)
_LONG_LINE = 80
# 3.完成时限：…: a task card's field
_FIELD_AFTER = compile_lazily(r"\d{1,3}\s*[、.．]\s*[\u4e00-\u9fff]{2,6}[：:]")
# (…制度。 责任处室（单位）：X — the label's note; a blank after a full stop as written, not a dash made one)
_LABEL = r"(?=[\u4e00-\u9fff]{2,8}(?:（(?:单位|部门)）)?[：:])"
_LABEL_AFTER_STOP = compile_lazily(rf"(?<=。){_LABEL}")
_LABEL_AFTER_BLANK = compile_lazily(rf"(?:(?<=。[ \u3000])|(?<=。[ \u3000]{{2}})){_LABEL}")
# …处理考试中出现的问题。保密组职责 / 1.试题的交接…: the next body's duties heading glued to the sentence before it,
# its numbered duties cut off after it
_DUTIES_AT_END = compile_lazily(r"(?<=[。；])(?=[\u4e00-\u9fff]{2,12}?(?:的)?(?:主要)?职责[：:]?\s*$)")
# A page stored with its paragraphs joined by spaces: a numbering or a clause label after a space. Chinese prose
# puts no spaces between words, so a space before 一、 / （一） / 1、 / 责任单位： is a paragraph break.
_SPACED_PARAGRAPH = compile_lazily(
    r"(?<=\S)[ \u3000]+(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,3}\s*[、.．](?!\d))"
    # or any field label: 责任单位： 牵头领导： 完成情况： (not after a row's number glued to the row before: …局110 区X局：)
    r"|(?<=\S)(?<![\u4e00-\u9fff]\d)(?<![\u4e00-\u9fff]\d\d)(?<![\u4e00-\u9fff]\d\d\d)[ \u3000]+(?=[\u4e00-\u9fff]{2,7}[：:])"
    # or a longer unit's name opening its duties: 国家发展计划委员会：负责…
    r"|(?:(?<=[。；;][ \u3000])|(?<=[。；;][ \u3000]{2}))(?=[\u4e00-\u9fff]{2,14}(?:部|委员会|局|厅|署|办公室|中心|政府)[：:])"
)
# …问题。 （牵头单位：X；参加单位：Y） 坚决纠正…: a labelled clause set apart by spaces closes its paragraph, and
# the words after it open the next one
_SPACED_CLAUSE = compile_lazily(
    r"[（(][\u4e00-\u9fff]{0,4}(?:单位|部门)[：:][^（()）]{2,300}?[）)][ \u3000]+(?=[\u4e00-\u9fff])"
)
_SENTENCE_THEN_NUMBER = compile_lazily(
    r"(?<=[。；！？])[ \u3000]+(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,3}[、.．](?!\d))"
)
_SPACED_MIN = 3  # breaks in one line: fewer is a line that happens to hold a space, not a joined page


def _chunk_markers(texts: list[str]) -> list[int]:
    """Indexes of the lines that start with a document site's chunk marker 1、 2、 …, or []."""
    marked = [(index, int(m.group(1))) for index, t in enumerate(texts) if (m := _CHUNK.match(t.strip()))]
    run: list[int] = []
    # 1、 2、 3、 in order; a page's own `1、标题` between them is not the site's
    for index, number in marked:
        if number == len(run) + 1:
            run.append(index)
    # the page's own 1、 among the site's markers: one heading at most (a list's 1、 2、 under each of its
    # parts restarts, and its lines between are no chunk's)
    own = len(marked) - len(run)
    if len(run) < 2 or (own and (len(run) < _CHUNKS_AMONG_NUMBERS or own > 1)) or marked[0][1] != 1:
        return []
    # The site's first chunk opens the page (after the site's own line at most): a list's 1、 under a
    # heading is the page's, whatever its lines between (完成时限：2024年12月底 closes no sentence).
    filled = [i for i, text in enumerate(texts) if text.strip()]
    opens_page = run[0] == filled[0] or (run[0] == filled[1] and bool(_SITE_LINE.search(texts[filled[0]])))
    for index in run[1:]:
        if opens_page and _NUMBERED_LINE.match(_CHUNK.sub("", texts[index].strip(), count=1)):
            continue  # `2、3.清理…` / `3、（二）强化…`: a chunk that opens on the page's own number
        before = fold(texts[index - 1].rstrip())
        # one chunk a line; the page's own lines inside a chunk only where the chunks are many
        # (not after a heading or a clause line: `（二）加强…` / `责任单位：X` over a list's next `3、`)
        apart = index - 1 not in run and (
            not opens_page
            or len(run) < _CHUNKS_AMONG_NUMBERS
            or _NUMBERED_LINE.match(before)
            or is_clause_line(before)
        )
        if apart or not before or before.endswith(_SENTENCE_END):
            return []
    # every chunk but the last is long (the text from its marker to the next)
    if any(sum(len(t.strip()) for t in texts[start:end]) < _CHUNK_MIN for start, end in pairwise(run)):
        return []
    return run


def _inline_numbers(line: str) -> list[int]:
    """Where a run of consecutive measure numbers starts new lines inside a long line."""
    folded = fold(line)
    if folded.count("|") >= 2:
        return []  # a text table's row: points 1. 2. 3. inside its cell are the cell's, not measures
    short = len(folded) < _LONG_LINE  # (a short line starts a measure only right after a clause's units)
    # (…配合单位：区财金局、平潭海关2.打造…: a clause's list of units closes the measure before the number)
    found = [
        (
            m.start(1),
            int(m.group(1)),
            "，" if _AFTER_CLAUSE.search(folded, 0, m.start()) else folded[m.start() - 1 : m.start()],
        )
        for m in _INLINE_NUMBER.finditer(folded)
    ]
    # An item opening on 《 only where clauses close the items (…责任单位：X2.《民法典》 / 法律法规1.《宪法》责任单位：Y
    # 2.…): `以下法律法规：1.《宪法》；2.《民法典》` is a sentence's list.
    books = {m.start(1) for m in _INLINE_NUMBER.finditer(folded) if folded[m.end() : m.end() + 1] == "《"}
    found = [
        item
        for position, item in enumerate(found)
        if item[0] not in books
        or item[2] == "，"
        or (
            position + 1 < len(found)
            and found[position + 1][2] == "，"
            and found[position + 1][1] == item[1] + 1
        )
    ]
    cuts: list[int] = []
    for (start, number, before), following in zip(found, [*found[1:], None], strict=False):
        # (…发展。1.培育…。（责任单位：X）2.…: the 1. that a clause-closed 2. follows starts one too)
        chain_start = following is not None and following[1:] == (number + 1, "，") and before == "。"
        if short and before != "，" and not chain_start:
            continue
        if before == "，" and start > 0 and not _FIELD_AFTER.match(folded, start):
            # right after a clause's list of units: the clause closed a measure, the next one starts (the
            # line may be a piece whose count began in the piece before: 责任部门：X、Y村2.建设…)
            cuts.append(start)
            continue
        after_stop = before in "。；！？）)〕，" or start == 0
        chained = following is not None and following[1] == number + 1 and following[2] in "。；！？）)〕，"
        previous = [n for s, n, _ in found if s < start]
        continues = bool(previous) and previous[-1] == number - 1 and after_stop
        if (after_stop or number == 1) and (chained or continues) and start > 0:
            cuts.append(start)
    return cuts


# （一）地区生产总值增长11%左右。（省发改委负责）（二）公共财政收入增长13%左右。: a line that opens on a
# bracketed number and, after a sentence or a clause closes, goes on with the next numbers.
# (9)市农委:负责…。 (10)市国资委:负责…: a 预案's members run into one line, Arabic numbers too
_BRACKET_NUMBER = compile_lazily(r"（([一二三四五六七八九十]{1,3}|\d{1,3})）")
_PAGE_GO_ON = compile_lazily(r"^\s*(?:〔接上页〕|\[接上页\]|【接上页】|接上页)?\s*")


_AFTER_WORDS = compile_lazily(r"[\u4e00-\u9fff]$")
_GROUP_TITLE_BEFORE = compile_lazily(r"。[\u4e00-\u9fff]{2,12}$")


def _bracket_chain(line: str) -> list[int]:
    """…量参与灾后重建工作。（29）县自然资源局：负责…。（30）县交通运输局：…: a chain of bracketed numbers
    inside a long line, each after a full stop, the page's text before it (a 预案's members run into one
    line with the page they continue). At least three, so a note's （1） in a sentence starts nothing."""
    folded = fold(line)
    if len(folded) < _LONG_LINE:
        return []
    found = [(m.start(), to_number(m.group(1))) for m in _BRACKET_NUMBER.finditer(folded)]
    # (the first may follow its heading's words: 2.3.3 区防指成员单位职责（1）区经济发展局：…)
    found = [
        (start, n)
        for start, n in found
        if n is not None
        and (
            folded[:start].rstrip()[-1:] == "。"
            or (n == 1 and _AFTER_WORDS.search(folded, 0, start))
            # (…牵头负责单位：X。优军服务保障（72）…: a group's title, unnumbered, between two members)
            or _GROUP_TITLE_BEFORE.search(folded, max(0, start - 16), start)
        )
    ]
    best: list[int] = []
    for first, (start, number) in enumerate(found):
        # opening on a member's name and a colon (（29）县自然资源局：…), not a paragraph's own （1）…（3）
        if not _MEMBER_NAME.match(folded, folded.index("）", start) + 1):
            continue
        chain, expected = [start], number
        for later, n in found[first + 1 :]:
            if n == expected + 1:
                chain.append(later)
                expected = n
        best = chain if len(chain) > len(best) else best
    return best if len(best) >= _CHAIN_MIN else []


def _bracket_numbers(line: str) -> list[int]:
    """Where a chain of （一）（二）… run on in one line, after a full stop or a closing bracket, starts."""
    folded = fold(line)
    found = [(m.start(), to_number(m.group(1))) for m in _BRACKET_NUMBER.finditer(folded)]
    opening = _PAGE_GO_ON.match(folded)
    if not found or found[0][0] != opening.end():
        return []
    marked = bool(folded[: opening.end()].strip())
    cuts: list[int] = [found[0][0]] if marked else []  # [接上页] apart from the first member
    expected = found[0][1]
    for start, number in found[1:]:
        if (
            expected is None
            or number != expected + 1
            or folded[:start].rstrip()[-1:] not in ("。", "）", "〕")
        ):
            continue
        cuts.append(start)
        expected = number
    return cuts if len(cuts) > marked else []


_MEMBER_NAME = compile_lazily(r"\s*[^，,。；;：:（(]{2,24}[：:]")  # (a PDF's break may stand in the name)
_POINT = compile_lazily(r"[（(](\d{1,2})[）)]")


# …无大面积破损污损。（牵头处室：交通与建设处）（2）建… : a point's clause in brackets, the next point glued after it
_CLAUSE_BRACKET_END = compile_lazily(r"（[^（）]{0,20}(?:单位|部门|处室|科室|股室)：[^（）]{2,80}）\s*$")


def _points_after_clauses(line: str) -> list[int]:
    """Where a chain of （1）（2）… run on in a long line starts: the first after a full stop or its heading's
    words, each later one right after the bracketed clause that closes the point before it."""
    folded = fold(line)
    if len(folded) < _LONG_LINE:
        return []
    cuts, expected = [], 1  # (the points' starts, the next point's number)
    for point in _POINT.finditer(folded):
        number, before = int(point.group(1)), folded[: point.start()]
        if number == 1 and before.rstrip()[-1:] in ("。", "：", ""):
            cuts, expected = [point.start()], 2  # (a chain starts again under the next heading)
        elif number == expected and cuts and _CLAUSE_BRACKET_END.search(before):
            cuts.append(point.start())
            expected += 1
    return cuts if len(cuts) >= _POINTS_MIN else []


def joined_paragraphs(line: str) -> list[int]:
    """Where a long line of paragraphs joined by spaces breaks, or [] for an ordinary line."""
    cells = [cell for cell in re.split(r"[|\t]", line) if cell.strip()]
    if len(line) < _LONG_LINE or len(cells) > 1:
        return []  # tabs and bars between texts are a text table's cells, spaced as they are
    # One text with a bar after it (`… 联系电话：… |`): a page's body copied from the one cell of its layout table.
    folded = fold(line)
    spaced = [*_SPACED_PARAGRAPH.finditer(folded), *_SPACED_CLAUSE.finditer(folded)]
    articles = article_chain(folded)
    cuts = sorted({*numbers_kept(folded, [match.end() for match in spaced]), *articles})
    if len(cuts) >= _SPACED_MIN:
        return cuts
    # Fewer breaks, but a sentence closing before a space and a part's number (…制定以下措施。 一、鼓励…):
    # a page's body joined to its notice, whose own parts have no numbers to count.
    return [match.end() for match in _SENTENCE_THEN_NUMBER.finditer(folded)]


def _numbered_pieces(line: str) -> list[str]:
    # a page's parts and items (一、 （一）) and the measures under each (1. 2.) run into one line: both
    inline = _inline_numbers(line)
    levels = run_on_levels(line, run_on=bool(inline))
    # (and a 预案's members （2）区农村发展局：over their offices 1、海渔处：… 2、水利处：…)
    members = _bracket_chain(line) if inline else []
    cuts = (
        (inline + levels + members if levels or members else inline)
        or _bracket_numbers(line)
        or run_on_levels(line)
        or points_after_colon(line)
        or _points_after_clauses(line)
        or _bracket_chain(line)
    )
    # (a 预案's decimal outline over its own （一）… 1.… points: both)
    cuts = sorted({*cuts, *decimal_outline(line)})
    pieces = _split_at(line, cuts) if cuts else [line]
    if len(pieces) > 1:  # (a measure's （1）（2）… points, each closed by its clause, in one of the pieces)
        pieces = [part for piece in pieces for part in _split_at(piece, _points_after_clauses(piece))]
    return headings_then_first(pieces)  # (a part's heading run into its first measure)


def _glued_cut(line: str) -> list[str]:
    """The line cut before a clause label glued to its title (glued_labels), else as it was."""
    cut = glued_label(line)
    return [line] if cut is None else _split_at(line, [cut])


def _split_at(line: str, cuts: list[int]) -> list[str]:
    bounds = [0, *sorted(set(cuts)), len(line)]
    return [line[a:b].strip() for a, b in pairwise(bounds) if line[a:b].strip()]


# 牵头领导：阮斌副局长责任部门：建工科 — a person's title run into the next label.
_LABEL_AFTER_TITLE = compile_lazily(r"(?<=[长任记])(?=(?:责任|牵头|配合|协办|协同)(?:单位|部门|科室|股室)：)")


# （责任单位：市城建局）2.完成…: a measure's closing clause copied onto the next measure's line (a page that
# keeps each bracket on the line after its sentence, the item after it)
_CLAUSE_THEN_ITEM = compile_lazily(
    r"^\s*（[^（）]{2,200}）\s*(?=(?:\d{1,3}[.、．]|（[一二三四五六七八九十\d]{1,3}）|[一二三四五六七八九十]{1,3}、)\S)"
)


def _clause_then_item(line: str) -> list[str]:
    folded = fold(line)
    glued = _CLAUSE_THEN_ITEM.match(folded)
    if glued is None or not is_clause_line(folded[glued.start() : glued.end()].strip()[1:-1]):
        return [line]
    return _split_at(line, [glued.end()])


def _label_lines(line: str) -> list[str]:
    """`…整治。牵头单位：X。责任单位：Y。` -> the sentence, then each clause label on a line of its own (牵头单位——X
    and 【牵头单位】X too: labels_as_colons keeps every character in its place)."""
    folded = fold(labels_as_colons(line))
    stops = [*_LABEL_AFTER_STOP.finditer(folded), *_LABEL_AFTER_BLANK.finditer(fold(line))]
    stops += [*LABEL_GLUED.finditer(folded)] if len(folded) >= GLUED_MIN else []  # (a PDF's line, no 。)
    # (not inside a bracket: （牵头单位：X，Y区政府。配合单位：Z） is one clause whose parts a full stop divides)
    cuts = [
        m.start() for m in stops if is_clause_line(folded[m.start() :]) and not in_bracket(folded, m.start())
    ]
    cuts += [m.start() for m in _LABEL_AFTER_TITLE.finditer(folded)]
    cuts += [m.start() for m in _DUTIES_AT_END.finditer(folded)]
    if (point := _LABEL_THEN_POINT.match(folded)) and is_clause_line(folded[: point.end()].strip()):
        cuts.append(point.end())
    return _split_at(line, sorted(cuts)) if cuts else [line]


# 责任处室：农业农村处（2）推进大气污染治理。…: a clause line with the next point glued after its units
_LABEL_THEN_POINT = compile_lazily(
    r"\s*[\u4e00-\u9fff]{2,6}(?:（(?:单位|部门)）)?[：:][^。！？：（(\d]{2,80}?[ \u3000]*(?=[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)])"
)


def unrun(blocks: list[PlanBlock]) -> list[PlanBlock]:
    """The paragraphs of `blocks` with chunk markers dropped and run-on measures and clauses split."""
    texts = [block.text if block.cells is None else "" for block in blocks]
    chunks = set(_chunk_markers(texts))
    joined: list[PlanBlock] = []
    for index, block in enumerate(blocks):
        if index in chunks:
            text = _CHUNK.sub("", block.text.strip(), count=1)
            goes_on = not _NUMBERED_LINE.match(text)  # (`2、3.清理…`: the chunk opens on the page's number)
            if joined and index != min(chunks) and joined[-1].cells is None and goes_on:
                joined[-1] = PlanBlock(joined[-1].text + text)
                continue
            block = PlanBlock(text)
        joined.append(block)
    result: list[PlanBlock] = []
    for block in joined:
        if block.cells is not None:
            result.append(block)
            continue
        spaced = joined_paragraphs(block.text)
        if spaced and _inline_numbers(block.text):
            # (…户内。四、整治措施及分工（一）政法综治处:1.落实… （二）交通与建设处: 1.督促…: a member's duties the
            # page's blanks cut apart are still one chain of members over their points, found in the whole line)
            spaced = [*spaced, *_bracket_chain(block.text)]
        paragraphs = _split_at(block.text, spaced) if spaced else [block.text]
        pieces = [
            piece
            for paragraph in paragraphs
            for part in _clause_then_item(paragraph)
            for piece in _numbered_pieces(part)
        ]
        # (a duty list among numbered duties: one member in a piece starts a line, as three in a line do)
        many = len(pieces) > 1 and members_in(block.text) >= _MEMBERS_MIN
        for piece in pieces:
            points = [point for part in owned_points(piece) for point in _label_lines(part)]
            labelled = [part for line in points for part in _glued_cut(line)]
            lines = [cut for part in labelled for cut in member_duties(part, among_many=many)]
            lines = [line for cut in lines for line in topic_apart(cut)]  # 6.2.3 交通运输保障 盟交通局要…
            lines = [line for cut in lines for line in titles_apart(cut)]  # …。 2016年区公安局…目标责任
            # An untouched paragraph stays as it was (a text table's tabs and spaces are its cells).
            result.extend([block] if len(pieces) == 1 and len(lines) == 1 else map(PlanBlock, lines))
    return result
