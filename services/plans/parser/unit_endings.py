"""The words an organisation's name ends on: how a list of units is told from a sentence's words.

Used to decide whether 和 joins two units or is part of one name (区发展和改革局 is one unit, 区发改委和区财政局
are two), whether a line opens on a unit, whether a heading is only a unit's name.
"""

from services.plans.parser.folding import fold
from services.plans.parser.lazy_patterns import compile_lazily

# 股 is a county bureau's section (文化宣传股); 管理区/高新区/经开区/示范区… zones that govern like a township.
_ENDING_WORDS = (
    "局 委 办 中心 部 院 馆 所 站 队 会 公司 集团 政府 街道 镇 处 科 室 股 部门 单位 分局 支局 厅 行 社 团 校 区镇 镇街 园区 管委会 法院 检察院 联 "
    "协 板块 机构 医院 学校 银行 企业 街 乡 社区 新区 开发区 管理区 高新区 经开区 示范区 试验区 合作区 保税区 功能区 海关 大队 支队 分公司 服务中心 专班 "
    "工作组 小组 指挥部 署 司 委员会 机关 成员单位 幼儿园 小学 中学 大学 电视台 气象台 广播台 军分区 军区 警备区 机场 "
    # state investment companies called by their short names (汉江国投, 市城投, 省交投), and a place's state
    # firms together (区属国企, 市属国企)
    "国企 国投 城投 交投 建投 产投 水投 农投 文投 旅投 金投 "
    # the same in a mirror's traditional characters (區消防救援支隊, 縣財政局, 市城市管理委員會)
    "辦 會 隊 處 廳 館 團 鎮 鄉 區 園區 社區 學校 醫院 銀行 集團 分公司 支隊 大隊 工作組 小組 指揮部 委員會 機關 管委會 檢察院"
)
UNIT_ENDINGS = tuple(_ENDING_WORDS.split())


# 信息核查组 / 资金保障组 / 党建与干部考核组: a 指挥部's working group named by its work
WORKING_GROUP = compile_lazily(r"[\u4e00-\u9fff]{2,}(?<![分编重改机词题模班])组$")


# 第一师 / 兵团第八师石河子市: a division of the 生产建设兵团, which governs like a city.
DIVISION = compile_lazily(r"^(?:兵团)?第[一二三四五六七八九十]{1,3}师(?:[\u4e00-\u9fff]{1,6}市)?$")


# A heading's words that name an organisation (a 局, a 中心, a 政府…) are no title of work alone; 查处 / 处理 /
# 处置 / 处罚 and 惩处 are work, not an office (处).
ORGANISATION_PART = compile_lazily(
    r"[局委办室所队站部厅院会组]|(?<![查惩])处(?![理置罚])|中心|公司|政府|集团"
)


# 各村 / 各行政村 / 各乡镇 / 各街道（社区） / 各区人民政府: every place of a kind named as an owner — a member before its
# colon, the subject of a sentence. Stricter than a unit list's 各X (text.EACH_PLACE): not 各乡镇长 (a person), not
# 各乡镇主要负责同志.
EVERY_PLACE = compile_lazily(
    r"^各(?:乡镇|镇|乡|街道|镇街|村|行政村|社区|村居|居|县|区|市)(?:[（(][^（）()]{1,8}[）)])?(?:人民政府|政府)?$"
)


# 省发改委（省能源局） / 市委改革办（市委全面深化改革委员会办公室）: a note in brackets after the name
NAME_NOTE = compile_lazily(r"[（(](?![^（()）]*(?:\d|年|月|完成|实施|负责|具体|由))[^（()）]{1,30}[）)]$")


_DOING = compile_lazily(r"(?:运|执|进|推|实|先|试|履|出|通|旅|流|并|践)行$")


def ends_like_unit(name: str) -> bool:
    """省发改委 / 省发改委（省能源局） / 省直各部门（单位）: a note in brackets after the name is no ending."""
    folded = fold(name)
    if folded.endswith("场所") or _DOING.search(folded):
        # 市娱乐场所及网吧管理工作领导小组办公室: a kind of venue, no 所 (派出所) of its own;
        # 市城市运行和政务服务办: 运行 is work going on, no 行 (a bank's branch) of its own
        return False
    return (
        folded.endswith(UNIT_ENDINGS)
        or NAME_NOTE.sub("", folded).endswith(UNIT_ENDINGS)
        or bool(DIVISION.match(folded))
        or bool(WORKING_GROUP.search(folded))
    )
