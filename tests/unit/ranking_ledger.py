"""A ledger whose 考评 figures are known by hand: five lead units, two rounds of returns (one late, one
missing), tasks closed on time and late, and completions reported in a round, some confirmed.

As of 2024-07-20, year 2024 (see docs/ranking.md for the rule):

| unit     | returns (Q1, Q2)      | on-time | targets          | completion | overdue | reported/confirmed |
|----------|-----------------------|---------|------------------|------------|---------|--------------------|
| 区发改委 | 04-03, 07-01          | 2/2     | 100 closed; 20/50 | 70.0%     | 0       | 2 / 1              |
| 区卫健委 | 04-10 late, 07-05     | 1/2     | 10 closed (late) | 100.0%     | 1       | 1 / 1              |
| 区工信局 | 04-01, none           | 1/2     | none             | —          | 1       | 0 / 0              |
| 区住建局 | 04-05, 07-04          | 2/2     | 10/40            | 25.0%      | 0       | 0 / 0              |
| 区商务局 | 04-02, 07-02          | 2/2     | 10/40            | 25.0%      | 0       | 0 / 0              |

Year order: 区发改委 1, 区住建局 2, 区商务局 2 (tied on every figure: plan order), 区卫健委 4, 区工信局 5.
"""

from __future__ import annotations

from datetime import date, datetime

from models import LedgerItem, ProgressEntry, ProgressReturn, ReportingRound, RoundUnit
from services.ledger.progress import ProgressReport, record_progress
from services.ledger.tasks import close_task
from services.plans.store import store_plan
from services.storage.database import user_action
from services.units.resolve import find_unit

AS_OF = date(2024, 7, 20)
UNITS = ("区发改委", "区卫健委", "区工信局", "区住建局", "区商务局")


def _measure(number: str, title: str, lead: str, due: str, quantity: float | None) -> dict:
    targets = []
    if quantity is not None:
        targets = [
            {
                "text": f"完成{title}{quantity:g}个",
                "quantity": quantity,
                "unit": "个",
                "comparator": ">=",
                "year": None,
                "recurring": None,
            }
        ]
    return {
        "kind": "measure",
        "level": 2,
        "number": number,
        "title": title,
        "text": f"{title}。（{lead}牵头）",
        "lead_units": [lead],
        "co_units": [],
        "targets": targets,
        "deadlines": [due],
    }


PLAN = {
    "title": "考评测试区重点工作推进方案",
    "doc_number": "考政发〔2024〕3号",
    "issued_on": "2024-01-10",
    "items": [
        {"kind": "section", "level": 1, "number": "一", "title": "重点任务"},
        _measure("1", "实施技术改造项目", "区发改委", "2024-06-30", 100),
        _measure("2", "建设充电设施", "区发改委", "2024-12-31", 50),
        _measure("3", "更新医疗设备", "区卫健委", "2024-05-31", 10),
        _measure("4", "建立工业设备台账", "区工信局", "2024-06-30", None),
        _measure("5", "改造老旧电梯", "区住建局", "2025-12-31", 40),
        _measure("6", "开展以旧换新活动", "区商务局", "2025-12-31", 40),
    ],
    "roster": [],
    "task_table": [],
}

# (unit, Q1 received, Q2 received or None)
RETURNS = (
    ("区发改委", date(2024, 4, 3), date(2024, 7, 1)),
    ("区卫健委", date(2024, 4, 10), date(2024, 7, 5)),
    ("区工信局", date(2024, 4, 1), None),
    ("区住建局", date(2024, 4, 5), date(2024, 7, 4)),
    ("区商务局", date(2024, 4, 2), date(2024, 7, 2)),
)


def build_ranking_ledger(ledger) -> tuple[int, dict[str, int]]:
    """Store the plan and its history; returns (plan id, {"q1": round id, "q2": round id})."""
    with user_action(ledger) as session:
        plan_id = store_plan(session, PLAN, source_name="考评测试.txt")
    with user_action(ledger) as session:
        units = {name: find_unit(session, name).id for name in UNITS}
        items = {
            i.number: i.id
            for i in session.query(LedgerItem).filter(
                LedgerItem.plan_id == plan_id, LedgerItem.kind == "measure"
            )
        }
        q1 = ReportingRound(plan_id=plan_id, period="2024年第1季度", due_on=date(2024, 4, 5))
        q2 = ReportingRound(plan_id=plan_id, period="2024年第2季度", due_on=date(2024, 7, 5))
        session.add_all([q1, q2])
        session.flush()
        for name, first, second in RETURNS:
            for round_, received in ((q1, first), (q2, second)):
                session.add(RoundUnit(round_id=round_.id, unit_id=units[name]))
                if received is not None:
                    session.add(
                        ProgressReturn(
                            round_id=round_.id,
                            unit_id=units[name],
                            file_name=f"{name}.xlsx",
                            received_at=datetime.combine(received, datetime.min.time()).replace(hour=10),
                            rows=1,
                        )
                    )
        session.flush()
        for number, done in (("1", 100), ("2", 20), ("3", 10), ("5", 10), ("6", 10)):
            record_progress(session, items[number], ProgressReport(date(2024, 7, 1), done_total=done))
        # Completions the units reported in the second round: 1 and 3 confirmed below, 2 not yet.
        for number, unit in (("1", "区发改委"), ("2", "区发改委"), ("3", "区卫健委")):
            session.add(
                ProgressEntry(
                    item_id=items[number],
                    reported_on=date(2024, 7, 1),
                    unit_id=units[unit],
                    round_id=q2.id,
                    recorded_by="测试",
                    reported_done=True,
                )
            )
        close_task(session, items["1"], on=date(2024, 6, 20))
        close_task(session, items["3"], on=date(2024, 7, 10))  # due 05-31: closed late
        return plan_id, {"q1": q1.id, "q2": q2.id}
