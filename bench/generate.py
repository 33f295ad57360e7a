"""A generated ledger of realistic plans for the benchmarks: `generate(url, tasks=100_000)`.

Plans are copies of the Haimen sample (its sections, measures, owners and targets), renamed per
district, with tasks under every measure carrying due dates, progress and a progress history, so the
lights, the reminders and the search all have real work to do. Rows go in with bulk inserts.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, insert, select

from models import Assignment, LedgerItem, Plan, ProgressEntry, Target
from services.plans.importing import import_plan_file, sample_plan_path
from services.storage.database import open_ledger, user_action

DISTRICTS = [
    "海门区",
    "崇川区",
    "通州区",
    "如皋市",
    "启东市",
    "海安市",
    "如东县",
    "环翠区",
    "文登区",
    "荣成市",
]
VERBS = ["推进", "完成", "开展", "实施", "组织", "培育", "更新", "改造", "建设", "评估"]
OBJECTS = [
    "老旧住宅电梯",
    "数字化车间",
    "医疗设备",
    "环卫车辆",
    "农机装备",
    "噪声监测站",
    "公共建筑节能",
    "实验室仪器",
]


def generate(url: str, tasks: int = 100_000, seed: int = 7) -> dict:
    rng = random.Random(seed)
    ledger = open_ledger(url)
    started = time.perf_counter()
    with user_action(ledger) as session:
        template_id = import_plan_file(session, sample_plan_path())
    with user_action(ledger) as session:
        template = session.get(Plan, template_id)
        measures = session.scalars(
            select(LedgerItem).where(LedgerItem.plan_id == template_id, LedgerItem.kind == "measure")
        ).all()
        owners = {m.id: [(a.unit_id, a.role) for a in m.assignments] for m in measures}
        next_id = (session.scalar(select(func.max(LedgerItem.id))) or 0) + 1
        per_plan = max(tasks // len(DISTRICTS), 1)
        items, targets, assignments, entries = [], [], [], []
        today = date.today()
        for district in DISTRICTS:
            plan_id = session.execute(
                insert(Plan).values(
                    title=template.title.replace("海门区", district),
                    issued_on=template.issued_on,
                    created_at=datetime.now(),
                )
            ).inserted_primary_key[0]
            for n in range(per_plan):
                measure = measures[n % len(measures)]
                position = n + 1
                due = today + timedelta(days=rng.randint(-200, 500))
                progress = rng.choice([None, rng.randint(0, 100)])
                item_id = next_id
                next_id += 1
                items.append(
                    {
                        "id": item_id,
                        "plan_id": plan_id,
                        "parent_id": None,
                        "kind": "task",
                        "level": 3,
                        "position": position,
                        "number": str(n + 1),
                        "title": f"{rng.choice(VERBS)}{rng.choice(OBJECTS)}{rng.randint(1, 500)}台（套）",
                        "text": measure.text,
                        "domain": measure.title[:20],
                        "due_on": due,
                        "status": "closed" if rng.random() < 0.1 else "open",
                        "progress": progress,
                        "lead_unit_ids": measure.lead_unit_ids,  # as set_units keeps it
                        "version": 1,
                        "updated_at": datetime.now(),
                    }
                )
                targets.append(
                    {"item_id": item_id, "position": 0, "text": "目标", "quantity": 100.0, "unit": "台"}
                )
                for position_in, (unit_id, role) in enumerate(owners[measure.id]):
                    assignments.append(
                        {"item_id": item_id, "unit_id": unit_id, "role": role, "position": position_in}
                    )
                if progress is not None:
                    entries.append(
                        {
                            "item_id": item_id,
                            "reported_on": today - timedelta(days=rng.randint(1, 90)),
                            "progress": progress,
                            "recorded_by": "bench",
                            "recorded_at": datetime.now(),
                        }
                    )
        for model, rows in (
            (LedgerItem, items),
            (Target, targets),
            (Assignment, assignments),
            (ProgressEntry, entries),
        ):
            for start in range(0, len(rows), 5000):
                session.execute(insert(model), rows[start : start + 5000])
    ledger.dispose()
    return {"tasks": len(items), "seconds": time.perf_counter() - started}


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/bench-ledger.sqlite3")
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    target.unlink(missing_ok=True)
    print(generate(f"sqlite:///{target}", count))
