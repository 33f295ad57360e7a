"""A 催报 as plain text for the office's WeChat or 政务钉钉 group: the round, its due date, and each late
unit with its liaison officer and phone, so the group sees who is meant and whom to call.

Plain lines only (no Markdown, no emoji): the groups show text as typed, and a clerk may paste it into
an SMS too. The facts are the ones the 催报通知 prints (services/returns/rounds.round_status).
"""

from __future__ import annotations

from datetime import date, timedelta

from services.documents.chase_notice import DAYS_TO_ANSWER
from services.documents.ledger_text import chinese_date
from services.errors import InvalidValue
from services.returns.rounds import RoundStatus


def chase_text(status: RoundStatus, *, as_of: date, office: str) -> str:
    """The message for the round's late units; refused (InvalidValue) when no unit is late."""
    late = status.late()
    view = status.round
    if not late:
        raise InvalidValue(f"{view.period}没有逾期未报的单位，不需要催报。")
    due = chinese_date(view.due_on) if view.due_on else "规定时间"
    overdue = (as_of - view.due_on).days if view.due_on and as_of > view.due_on else 0
    lines = [
        f"【催报】《{view.plan_title}》{view.period}推进情况报送表应于{due}前报送"
        + (f"，截至{chinese_date(as_of)}已逾期{overdue}天" if overdue else "")
        + f"，以下{len(late)}家单位尚未报送，请于{chinese_date(as_of + timedelta(days=DAYS_TO_ANSWER))}前报送：",
    ]
    for n, unit in enumerate(late, start=1):
        contact = (
            f"联络员{unit.liaison.name}，电话{unit.liaison.phones()}" if unit.liaison else "未登记联络员"
        )
        lines.append(f"{n}. {unit.unit}（{contact}）")
    lines.append(f"——{office}")
    return "\n".join(lines)
