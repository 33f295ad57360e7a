"""The labels a clause's parts open on (牵头单位：, 配合单位：, 责任科室：, 主办：) and the role each gives."""

from __future__ import annotations

import re

from services.plans.parser.lazy_patterns import compile_lazily
from services.plans.parser.text import fold

# A labelled part: 牵头单位：X / 责任单位：Y / 部门分工：X牵头，Y配合 / 协同责任单位：Z. The label's own words
# say the role, so new labels (牵头责任单位, 协同配合单位, 负责考核部门) need no list; a label naming a person
# (分管省领导, 牵头负责领导, 联系人) is no clause at all.
# (责任处室（单位）：X: the label's note says the list may hold units that are no office)
LABELLED = compile_lazily(r"^([\u4e00-\u9fff]{1,8})(?:（(?:单位|部门)）)?[：]\s*(.+)$", re.S)
_LABEL_ENDS = ("单位", "部门", "主体", "分工", "科室", "处室", "股室", "机构", "牵头", "地区", "站所", "站办")
# 责任乡镇 / 责任镇街 / 责任村 / 责任社区 / 牵头局: a label naming the kind of party it lists
_LABEL_ENDS += ("乡镇", "镇街", "街道", "村", "社区", "网格", "局", "科", "股", "处")
# 责任地区：各区市县政府; 责任站所：农业综合服务中心 (a township's offices and stations)
# 责任林长：县级林长 / 责任河长: the post that answers for it (林长制, 河长制), a person
_PERSON = compile_lazily(r"领导|负责人|联系人|责任人|分管|[林河湖路田街链山]长$")
# A role word alone as the label: （主办：市妇联；协办：市残联） / 牵头：X；配合：Y.
_BARE_ROLES = {"主办", "主责", "协办", "承办", "配合", "参与", "协同", "责任"}


def label_role(label: str) -> str | None:
    """'lead', 'co', 'shared', 'other', 'member' or 'person' for a clause label; None for words that are no such label."""
    label = fold(label).strip()
    if _PERSON.search(label):
        return "person"
    # (主体责任：白茶村委会，监督责任：市工商局): who must mend it, and who watches over the mending
    if label in ("主体责任", "直接责任"):
        return "lead"
    if label in ("监督责任", "监管责任"):
        return "co"
    if not label.endswith(_LABEL_ENDS) and label not in _BARE_ROLES:
        return None
    if re.search(r"牵头|主责|主办|主要责任|统筹|^组长", label):  # 组长单位: a working group's lead
        return "lead"
    # 共同责任单位 / 相关部门 (杨浦's `相关部门：A、B、属地街道等。` closing each task): beside a 责任单位 they help
    # it; named alone they answer for the work together
    if label.startswith(("共同责任", "相关")):
        return "shared"
    # 相关单位 / 支持单位 / 支撑单位 / 次要责任单位 / 协调单位 beside a lead: the units that help it.
    if re.search(
        r"协同|配合|协办|协助|协作|协责|参与|参加|支持|支撑|相关|次要责任|^(?:协调|联合|合作|辅助)(?:单位|部门)$",
        label,
    ):
        return "co"
    # 包保单位 / 挂点单位 / 帮扶单位: the unit a township's or a project's work is assigned to
    # (主抓单位 under a 牵头单位: the units that carry the work on, beside its lead)
    if re.search(
        r"责任|负责|分工|落实|实施|承办|考核|推进|执行|主管|主抓|^(?:包保|包联|挂点|挂包|帮扶)", label
    ):
        return "other"
    if "成员" in label:
        # 成员单位 under 牵头单位 co-operate; alone (a leading group's members) they are no clause.
        return "member"
    return None
