"""A task table a document site's text layer ran together on one line, every cell boundary lost.

`序号项目名称主要内容区政府分管领导牵头单位配合单位1增加教育资源供给…4580个。何某某教育局经开区各街道2促进就业…`:
the header's labels glued after 序号, rows opened by plain numbers rising by one, and every row ending in
its units — the header's last labels are the unit columns, after a person's column (分管领导) when it has one.
So a row (or a sub-row under its merged number) is its task's sentences, then after the last full stop the
person's name, the lead and the co-units glued together; a row number stands right after a unit's name.
Names are told apart by their endings (局, 公司, 街道 …); the person's name is two or three characters.

A 重大项目 table puts the leaders last (`…项目业主牵头协调部门牵头区领导`): a row is the project's words and
figures, the owner company, the lead department and the leaders' names glued; the lead is the last unit
name before those names (back to its level word: 区建设局), and the next row number follows the names.
"""

from __future__ import annotations

import re

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.table_columns import Row
from services.plans.parser.table_fit import RealignedRow
from services.plans.parser.text import fold

# Endings that close a glued name for sure (a looser one such as 社/行/街 would cut inside words).
_STRONG = ("局", "委", "办", "公司", "集团", "街道", "镇", "乡", "政府", "管委会", "中心", "开发区", "经开区")
_STRONG += ("高新区", "园区", "园", "厅", "指挥部", "港区")
# A township's own offices and places (政法综治处, 各处室（中心）, 东庠办事处, 各行政村（社区）, 各村（居）): only in
# a table with one 责任单位 column and no person's, where the row's last words are its units — 社区 / 处 in a
# sentence's words (康复辅具社区租赁) would otherwise start a name after a leader's.
TOWNSHIP = (
    *_STRONG,
    "处",
    "室",
    "科",  # (局运管处、中心运管科: a bureau's centre's section)
    "办事处",
    "行政村",
    "社区",
    "各村",
    "办公室",
    "所",
    "队",
    "站",
    "林场",
    "农场",
    "工作部",  # (区台湾工作部 — not 部 alone: 通过单位内部 is a sentence's words)
    "宣传部",
    "组织部",
    "武装部",
)
# 各相关单位 (not 通过单位, a sentence's words)
_EVERY_BODY = compile_lazily(r"各[\u4e00-\u9fff]{0,4}(?:单位|部门)$")
_NAME_MIN, _NAME_MAX = 3, 8
_NAME_MAX_TOWNSHIP = 12  # (岚城片区开发管理局: a zone's bureau, the row's only unit)
_MEMBERS = compile_lazily(
    r"[\u4e00-\u9fff]{2,12}?(?:领导小组|委员会|指挥部)各成员(?:单位|部门)(?=\d|$|[、，,])"
)
_EVERY_PLACE_GOVERNMENT = compile_lazily(
    r"各[\u4e00-\u9fff]{1,3}[（(][\u4e00-\u9fff、，,]{1,8}[）)](?:人民)?政府"
)
_NOTE = compile_lazily(r"[（(][^（()）]{1,8}[）)]")  # 高新园（某某镇）: the zone's own note stays with it
_SENTENCE_END = "。；;"  # the rows are read as written, not folded
_PERSON = compile_lazily(r"领导|责任人|负责人")
# 各街道2个社区: a figure and its measure word inside the task, not the next row's number.
# (各行政村3月底前: a date; not 天然气 / 周边 / 日常, a task's words; 5公里 but 5公路交通安全设施…, a row's task)
_COUNTER = "(?:[个人家所座条项万亿元次户名台辆批处千米亩套张年月]|公[里顷斤])"
# 督促每个社区2天内… / 3周以内: a span of days or weeks in the task (天然气 / 周边 / 日常 open a task)
_SPAN = "[天日周](?:内|后|前|以)"
_UNIT_LABEL = compile_lazily(r"(牵头|配合|协办|责任)(单位|部门)$")
# 项目业主牵头协调部门牵头区领导: the lead's column, then the leaders' last — a 重大项目 table.
_LEADERS_LAST = compile_lazily(
    r"牵头[\u4e00-\u9fff]{0,2}(?:单位|部门)[\u4e00-\u9fff]{0,3}(?:领导|责任人|负责人)$"
)
_LEVEL = "省市区县镇乡"
# 工作落实情况 / 完成情况 / 备注: a column the office fills in later, empty in the plan as issued
_RESULT_COLUMN = compile_lazily(r"(?:(?:工作)?(?:落实|完成|进展|推进)情况|备注)$")
# 一、健全消防安全责任 glued before row 1 (or between two rows): a group's heading, no row's words
_GROUP_HEADING = compile_lazily(r"\s*[一二三四五六七八九十]{1,3}、[^。；;\d]{2,30}\s*$")
# 序号工作任务工作举措完成时限责任单位: the deadline's cell glued before the row's units
# 序号工作任务工作举措完成时限责任单位 again at a new page, glued after a row's units
_REPEATED_HEADER = compile_lazily(r"\s*序号[\u4e00-\u9fff]{4,40}(?:单位|部门|处室|情况|时限|备注)\s*$")
_YEARS_BELOW = compile_lazily(r"(?:\d{4}年度?)+$")
_TIME_LABEL = compile_lazily(r"(?:时限|时间|时间节点|完成期限)(?=责任)")
_TIME_CELL = compile_lazily(
    r"(?:长期|持续|常态化|常年|全年|每(?:季度|月|年|周|半年)|\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|"
    r"\d{1,2}月(?:\d{1,2}日)?|[年月]底)(?:底|末)?(?:前|内)?(?:[（(][^（）()]{1,30}[）)])?"
)
_LEADERS_MAX = 9  # two or three people's names glued (王某某李某某)


# 二、实施全链条消防治理6聚焦…: a group heading and the rows under it, split off the table's line where the
# run-on page was cut at its headings
# —2— between two rows: a printed page's number, no row's words
_PAGE_MARK = compile_lazily(r"\s*[—－-]\s*\d{1,3}\s*[—－-]\s*$")
_CONTINUED = compile_lazily(r"^[一二三四五六七八九十]{1,3}、[^。；;\d]{2,30}\d{1,3}(?=[\u4e00-\u9fff])")


def glued_tables(lines: list[str]) -> list[list[Row]]:
    tables: list[list[Row]] = []
    for index, line in enumerate(lines):
        if "序号" in line:
            following = index + 1
            while following < len(lines) and _CONTINUED.match(fold(lines[following])):
                following += 1
            line = " ".join(lines[index:following])
        text = fold(line)
        at = text.find("序号")
        if at >= 0 and (rows := _clause_cell_rows(line, text, at)):
            tables.append([["序号", "工作任务", "责任单位"], *rows])
            continue
        # (row 1 glued to the header, or a bureau's rows of a longer list: 序号存在问题整改责任单位98 坛西大道…)
        first = _FIRST_ROW.search(text, at + 2) if at >= 0 else None
        if first is None or first.start() - at > 80:
            continue
        header = text[at + 2 : first.start()].split("合计")[0]  # a 合计 row of sums before row 1
        header = _RESULT_COLUMN.sub("", _GROUP_HEADING.sub("", header))
        # (…阶段任务责任单位2024年2025年2026年: a merged 阶段任务 column's years, printed on the header's second row)
        header = _YEARS_BELOW.sub("", header)
        # 第一责任单位主要责任单位: the first answers for the row as a 牵头 column does, the others help
        header = re.sub(r"第一责任(单位|部门)", r"牵头\1", header)
        person = _PERSON.search(header)
        if person is not None and _LEADERS_LAST.search(header):
            rows = _leaders_last_rows(line[first.start() :])
            if len(rows) >= 2:
                tables.append([["序号", "工作任务", "牵头单位", "牵头领导"], *rows])
            continue
        # (one 责任单位 column and no 牵头 one: every name a row ends with answers for it)
        sole = re.search(r"责任(?:单位|部门|处室)$", header) and not re.search("牵头|配合|协办", header)
        if not _UNIT_LABEL.search(header) or ("牵头" not in header and not sole):
            continue
        if person is not None and person.start() > _UNIT_LABEL.search(header).start():
            continue  # the person's column must stand before the units, so the row ends with units
        # Without a co-operating column after 牵头单位 every name a row ends with leads it.
        with_co = re.search(r"牵头(?:单位|部门).*(?:配合|协办|协同|参与|责任)", header) is not None
        timed = _TIME_LABEL.search(header) is not None
        endings = TOWNSHIP if sole and person is None else _STRONG
        body = line[first.start() :]
        if sole:
            # …各处室按职责分工负责2推进… / 交通与建设处、农业农村处负责11…: the cell says its units do it
            body = _DOES_IT.sub("", body)
        rows = _rows(
            body,
            first=int(first.group(1)),
            with_person=person is not None,
            with_co=with_co,
            timed=timed,
            endings=endings,
        )
        if len(rows) >= 2:
            tables.append([["序号", "工作任务", "分管领导", "牵头单位", "配合单位"], *rows])
    return tables


_DOES_IT = compile_lazily(
    r"(?<=[\u4e00-\u9fff）)])(?:按照?职责分工)?负责(?=\s*(?:\d{1,3}[\u4e00-\u9fff]|$|\s))"
)


# 序号工作任务责任单位21树立婚育新风。…省委宣传部、省妇联牵头;省总工会配合;各州(市)党委和政府落实22根据…:
# one 责任单位 column whose cell is a clause, so a row ends on a role word and the next row's number follows
# it (a continued page's table opens at row 21).
_CLAUSE_HEADER = compile_lazily(
    r"序号\s*(?:工作|重点|主要)?任务[\u4e00-\u9fff]{0,6}?责任单位\s*(\d{1,3})(?=[\u4e00-\u9fff])"
)
_ROLE_END = r"(?:牵头|配合|落实|负责|参与|协办|协助)"


def _clause_cell_rows(line: str, text: str, at: int) -> list[Row]:
    header = _CLAUSE_HEADER.match(text, at)
    if header is None:
        return []
    rows: list[Row] = []
    number, start = int(header.group(1)), header.end(1)
    while start < len(text):
        following = compile_lazily(rf"{_ROLE_END}(?={number + 1}[\u4e00-\u9fff])").search(text, start)
        end = following.end() if following else len(text)
        row = line[start:end]
        last_stop = row.rfind("。")  # the task's sentences end on 。, the clause's parts on ；
        clause = row[last_stop + 1 :]
        if last_stop < 0 or not re.search(rf"{_ROLE_END}$", fold(clause)):
            break
        rows.append([str(number), row[: last_stop + 1], clause])
        if following is None:
            break
        number, start = number + 1, end + len(str(number + 1))
    return rows if len(rows) >= 2 else []


def _rows(
    body: str,
    *,
    first: int = 1,
    with_person: bool,
    with_co: bool,
    timed: bool = False,
    endings: tuple[str, ...] = _STRONG,
) -> list[Row]:
    """Rows from their numbers: n+1 right after a unit's name and before a word; each must read."""
    rows: list[Row] = []
    number, start = first, len(str(first))
    while True:
        following = _next_number(body, number + 1, start, endings)
        row = body[start : following if following is not None else len(body)]
        if following is not None:  # (the next group's heading glued before the next row: not this row's)
            row = _PAGE_MARK.sub("", _GROUP_HEADING.sub("", _REPEATED_HEADER.sub("", row)))
        read = _read_row(row.rstrip(), with_person, timed=timed, endings=endings)
        if read is not None and not with_co:
            read = [*read[:2], "、".join(part for part in read[2:] if part), ""]
        if read is None:
            break
        rows.append(RealignedRow([str(number), *read]))  # cells told by what they hold: a doubt
        if following is None:
            break
        number, start = number + 1, following + len(str(number + 1))
    return rows


# (one pattern for every number: a pattern per number, compiled anew past the cache, made 3,000 rows take seconds)
# (98 坛西大道… / 104 302电台…: a space after the row's number, the task may open on a figure)
_ANY_NUMBER = compile_lazily(
    rf"(?<![\d.])(\d{{1,4}})(?=[\u4e00-\u9fff]| [\d\u4e00-\u9fff])(?! ?{_COUNTER}| ?{_SPAN})"
)
_FIRST_ROW = compile_lazily(r"(?<![\d.])(1|\d{2,3}) ?(?=[\u4e00-\u9fff])")


def _next_number(body: str, number: int, start: int, endings: tuple[str, ...] = _STRONG) -> int | None:
    for found in _ANY_NUMBER.finditer(body[start:]):
        if int(found.group(1)) == number and _ends_with_name(body[: start + found.start()], endings):
            return start + found.start()
    return None


def _ends_with_name(text: str, endings: tuple[str, ...] = _STRONG) -> bool:
    # (an empty 落实情况 cell's blank, the next group's heading or the header again between the name and
    # the number)
    text = _PAGE_MARK.sub("", _GROUP_HEADING.sub("", _REPEATED_HEADER.sub("", text[-60:]))).rstrip()
    tail = _NOTE.sub("", fold(text[-12:]))
    # (各成员单位 closes a row of any table: not 通过单位, the 各 makes it a body)
    return tail.endswith(endings) or _EVERY_BODY.search(tail) is not None


def _read_row(
    row: str, with_person: bool, *, timed: bool = False, endings: tuple[str, ...] = _STRONG
) -> list[str] | None:
    """task, persons, lead, co-units of a row and its sub-rows; None when the row does not end in units.
    `timed`: a deadline's cell stands between the task and the units (kept with the task's words)."""
    tasks, persons, leads, cos = [], [], [], []
    position = 0
    for end in [i + 1 for i, char in enumerate(row) if char in _SENTENCE_END]:
        if end <= position:
            continue
        deadline = _TIME_CELL.match(row, end) if timed else None
        end = deadline.end() if deadline else end
        owners = glued_owners(row[end:], with_person, endings)
        if owners is None:
            continue
        person, names, length = owners
        tasks.append(row[position:end])
        persons += [person] if person else []
        leads.append(names[0])
        cos += names[1:]
        position = end + length
    if not leads:
        return None
    # A last sub-row without units of its own (its unit cells merged with the one above) stays the task's.
    tasks.append(row[position:])
    # (sub-rows under one merged number each repeating the same unit: 长期各村（居） three times)
    leads, cos = list(dict.fromkeys(leads)), [name for name in dict.fromkeys(cos) if name not in leads]
    return ["".join(tasks), "、".join(persons), "、".join(leads), "、".join(cos)]


def glued_owners(
    text: str, with_person: bool, endings: tuple[str, ...] = _STRONG
) -> tuple[str, list[str], int] | None:
    """(person, unit names, length read) at the start of `text`: the person's two or three characters
    taken so that the first unit's name is the shortest that still reads as one."""
    choices = []
    blank = len(text) - len(text.lstrip(" "))  # (…时间表。 岚城片区开发管理局: a space before the unit cell)
    text = text[blank:]
    for size in (3, 2) if with_person else (0,):
        person = text[:size]
        if not re.fullmatch(r"[\u4e00-\u9fff]*", person):
            continue
        names, length = _names(text[size:], endings)
        if names:
            choices.append((len(_NOTE.sub("", names[0])), person, names, size + length))
    if not choices:
        return None
    _, person, names, length = min(choices, key=lambda choice: choice[0])
    return person, names, blank + length


def _names(text: str, endings: tuple[str, ...] = _STRONG) -> tuple[list[str], int]:
    """The glued names at the start of `text`, as many as run on, each cut at its shortest strong ending."""
    names: list[str] = []
    position = 0
    while (name := _name_at(text, position, endings)) is not None:
        names.append(name)
        position += len(name)
        # 市发展改革委各县(市、区)政府、嘉兴港区: the cell's own list after the glued lead
        if text[position : position + 1] in ("、", "，", ",") and _name_at(text, position + 1, endings):
            position += 1
    return names, position


def _name_at(text: str, position: int, endings: tuple[str, ...] = _STRONG) -> str | None:
    township = endings is TOWNSHIP
    # (各村（居）: every place of a kind, two characters before its note — or closing the row: …平安办各村)
    core = text[position : position + 2]
    if township and re.fullmatch(r"各[村镇乡居]", core):
        note = _NOTE.match(text, position + 2)
        after = text[position + 2 : position + 3]
        if note or not after.strip() or after.isdigit():
            return core + (note.group(0) if note else "")
    # (in a list set apart by 、: before one, or after one)
    listed = _LISTED.match(text, position) if township else None
    apart = {text[listed.end() : listed.end() + 1], text[position - 1 : position]} if listed else set()
    if listed and not apart & {"、", "，", ","}:
        listed = None
    if listed and fold(_NOTE.sub("", listed.group(0))).endswith((*_STRONG, "林场", "农场")):
        return listed.group(0)  # 区交通投资发展有限公司、: a name the cell's list sets apart, however long
    if every := _EVERY_PLACE_GOVERNMENT.match(text, position) or _MEMBERS.match(text, position):
        # 各县(市、区)政府: every place's government, its kinds in brackets; 市三产发展领导小组各成员单位
        return every.group(0)
    if _OPENING_WORD.match(text, position):
        return None  # (…细则。对辖区内乡镇船舶…: a sentence opening on its preposition, no name)
    for size in range(_NAME_MIN, (_NAME_MAX_TOWNSHIP if township else _NAME_MAX) + 1):
        core = text[position : position + size]
        if len(core) < size or not re.fullmatch(r"[\u4e00-\u9fff]+", core) or _SENTENCE_WORD.search(core):
            return None  # (督查时该项目仍处于…: a sentence's words, whatever its last character)
        ends = fold(core).endswith(endings) or (township and _EVERY_BODY.fullmatch(core))
        # (现场抽查办事指南 / 业务办理: the ending starts a word; 区经发局：⑴…: a part's subject, not its owner)
        word_on = _WORD_ON.match(text, position + size - 1) or text[
            position + size : position + size + 1
        ] in ("：", ":")
        if ends and not word_on and not _reads_on(text, position, size, endings):
            note = _NOTE.match(text, position + size)
            return core + (note.group(0) if note else "")
    return None


_SENTENCE_WORD = compile_lazily(r"[该仍尚已未均曾的至时]")
_OPENING_WORD = compile_lazily(r"[对在将把向从被给]")
_WORD_ON = compile_lazily(r"办[事理结法公]|处[理置罚]|所[有在属]|部[署分]|站[在点]|局[面限势]")
_LISTED = compile_lazily(rf"[\u4e00-\u9fff（）()]{{{_NAME_MIN},20}}(?=[、，,]|\d|\s|$)")


def _reads_on(text: str, position: int, size: int, endings: tuple[str, ...] = _STRONG) -> bool:
    """The ending is the start of a longer one (区管委 before 会): the name reads on."""
    return any(
        len(longer := fold(text[position : position + size + more])) == size + more
        and longer.endswith(tuple(e for e in endings if len(e) > more))
        for more in (1, 2)
    )


def _leaders_last_rows(body: str) -> list[Row]:
    """Rows ending in their leaders' names, the lead unit just before them: row n+1 opens right after
    those names (a few characters after a unit's ending, no figure among them)."""
    rows: list[Row] = []
    number, start = 1, 1
    while True:
        following = next(
            (
                start + found.start()
                for found in re.finditer(
                    rf"(?<![\d.]){number + 1}(?=[\u4e00-\u9fff])(?!{_COUNTER})", body[start:]
                )
                if _lead_and_leaders(body[start : start + found.start()]) is not None
            ),
            None,
        )
        row = body[start : following if following is not None else len(body)]
        read = _lead_and_leaders(row)
        if read is None:
            break
        lead_at, leaders_at = read
        rows.append(RealignedRow([str(number), row[:lead_at], row[lead_at:leaders_at], row[leaders_at:]]))
        if following is None:
            break
        number, start = number + 1, following + len(str(number + 1))
    return rows


def _lead_and_leaders(row: str) -> tuple[int, int] | None:
    """Where the lead's name and the leaders' names start: the last unit ending in the row, its name
    back to its level word (区建设局 after 市某某公司), and two to nine characters of names after it."""
    folded = fold(row)
    for leaders_at in range(len(folded) - 2, max(len(folded) - _LEADERS_MAX, 0) - 1, -1):
        if not re.fullmatch(r"[\u4e00-\u9fff]+", folded[leaders_at:]):
            return None  # a figure or a stop among them: no names of people
        if not folded[:leaders_at].endswith(_STRONG):
            continue
        for lead_at in range(leaders_at - _NAME_MIN, max(leaders_at - _NAME_MAX, 0) - 1, -1):
            if folded[lead_at] in _LEVEL:
                return lead_at, leaders_at
        return None
    return None
