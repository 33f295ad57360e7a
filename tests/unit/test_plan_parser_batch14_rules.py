"""Short samples of the rules held-out batch 14 asked for; each made up, each fails without its rule."""

from services.plans.parser import parse_plan_text


def _measures(text: str):
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_a_bureau_names_its_own_offices_under_zeren_keshi() -> None:
    text = (
        "某市卫生健康委2025年工作要点\n一、加强党的建设\n"
        "1.深化理论学习。制定年度学习计划，开展专题培训。（责任科室：人事科、机关党委）\n"
        "2.强化财务管理。完善内控制度。（责任处室：规划财务处）\n"
        "3.推进依法行政。开展执法检查。（责任股室：法规股）\n"
    )
    assert _measures(text) == [
        ("1", ["人事科", "机关党委"], []),
        ("2", ["规划财务处"], []),
        ("3", ["法规股"], []),
    ]
