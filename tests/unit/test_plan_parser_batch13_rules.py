"""Short samples of the rules held-out batch 13 asked for; each made up, each fails without its rule."""

from services.plans.parser import parse_plan_text


def _measures(text: str):
    return [(m.number, list(m.lead_units), list(m.co_units)) for m in parse_plan_text(text).measures]


def test_units_after_the_leads_verb_that_no_verb_claims_cooperate() -> None:
    text = (
        "某市重点工作责任分解\n一、重点工作\n"
        "1.推进城市更新。（市住建局、市自然资源局牵头，市财政局、各区政府）\n"
        "2.壮大数字经济。\n责任单位：市经信局牵头，市发改委、市科技局\n"
    )
    assert _measures(text) == [
        ("1", ["市住建局", "市自然资源局"], ["市财政局", "各区政府"]),
        ("2", ["市经信局"], ["市发改委", "市科技局"]),
    ]


def test_units_after_a_lead_label_stay_leads() -> None:
    text = "某区工作方案\n一、重点任务\n1.完善路网。\n牵头单位：区交通局，区住建局\n"
    assert _measures(text) == [("1", ["区交通局", "区住建局"], [])]
