"""督办通知单, 催报通知 and 进展情况通报 as Word documents in the office's own form (docs/documents.md).

The facts are the ones the PDFs and the drafted bulletin print — the same lagging tasks
(urge_notice.urge_groups), the same late units (rounds.round_status), the same bulletin wording
(bulletin.bulletin_paragraphs) and ranking (ranking.rank_units) — poured into the templates the office
keeps in its data folder (docx_templates.py). What the template may say is listed per document below.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from services.documents.bulletin import bulletin_paragraphs
from services.documents.chase_notice import DAYS_TO_ANSWER
from services.documents.docx_templates import (
    Heading,
    TemplateData,
    fill_template,
    template_folder,
)
from services.documents.ledger_text import chinese_date
from services.documents.urge_notice import DEFAULT_OFFICE, urge_groups
from services.errors import InvalidValue
from services.ledger.lights import LIGHT_LABELS, LightRule
from services.ledger.plan_figures import PlanRows, ReturnRate
from services.ledger.ranking_rule import RANKING_HEADERS, RULE_TEXT, Ranking, ranking_cells
from services.ledger.reminders import CATEGORY_LABELS
from services.returns.rounds import LATE, mark_chased, round_status

RANKING_FIELDS = RANKING_HEADERS  # the 通报 附表 has the columns of the ranking everywhere else
URGE_FIELDS = ("序号", "名称", "完成时限", "目前进度", "督办事由")
CHASE_FIELDS = ("序号", "名称", "联络员", "电话", "任务数", "逾期天数")


@dataclass(frozen=True)
class Imprint:
    """What the office writes on every document: who issues it, its 文号 or 期号, the 抄送 line."""

    office: str = DEFAULT_OFFICE
    number: str = ""  # 文号 (督〔2024〕12号) or 期号 (12); blank leaves a blank for the clerk
    cc: str = ""

    def values(self, as_of: date) -> dict[str, str]:
        return {
            "发文机关": self.office,
            "文号": self.number or f"〔{as_of.year}〕　号",
            "期号": self.number or "　",
            "抄送": self.cc,
            "日期": chinese_date(as_of),
            "印发日期": chinese_date(as_of),
        }


@dataclass(frozen=True)
class WordNotice:
    unit: str
    path: Path
    rows: int


def _safe(name: str) -> str:
    return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in name)


def write_urge_notices_docx(
    session: Session,
    out_dir: Path,
    *,
    as_of: date,
    report_by: date,
    days: int = 30,
    rule: LightRule = LightRule(),
    units: set[str] | None = None,
    plan_id: int | None = None,
    working_days: bool = False,
    imprint: Imprint = Imprint(),
    templates: Path | None = None,
) -> list[WordNotice]:
    """One 督办通知单 (.docx, with its 回执) per unit with lagging tasks, from the office's template."""
    template = template_folder(templates) / "督办通知单.docx"
    groups, titles = urge_groups(
        session,
        as_of=as_of,
        report_by=report_by,
        days=days,
        rule=rule,
        units=units,
        plan_id=plan_id,
        working_days=working_days,
    )
    notices = []
    for group in groups:
        plans = sorted({titles[r.plan_id] for r in group.reminders if r.plan_id in titles})
        rows = []
        for n, r in enumerate(group.reminders, start=1):
            due = chinese_date(r.due) if r.due else "—"
            if r.days_left is not None and r.days_left < 0:
                due += f"（已逾期{-r.days_left}{'个工作日' if r.working_days else '天'}）"
            rows.append(
                {
                    "序号": str(n),
                    "名称": f"{r.number or ''} {r.title}".strip(),
                    "完成时限": due,
                    "目前进度": "未报送" if r.progress is None else f"{r.progress}%",
                    "督办事由": f"{CATEGORY_LABELS[r.category]}（{LIGHT_LABELS[r.light]}）",
                }
            )
        values = imprint.values(as_of) | {
            "单位": group.unit,
            "方案": "、".join(f"《{t}》" for t in plans) or "行动方案",
            "截至日期": chinese_date(as_of),
            "任务数": str(len(rows)),
            "报送日期": chinese_date(report_by),
            "联络员": group.liaison.name if group.liaison else "未登记",
            "电话": group.liaison.phones() if group.liaison else "—",
        }
        path = Path(out_dir) / f"督办通知单-{_safe(group.unit)}-{as_of:%Y%m%d}.docx"
        fill_template(template, TemplateData(values, {"任务": rows}, {"任务": URGE_FIELDS}), path)
        notices.append(WordNotice(group.unit, path, len(rows)))
    return notices


def write_chase_notice_docx(
    session: Session,
    round_id: int,
    path: Path,
    *,
    as_of: date,
    unit_ids: list[int] | None = None,
    imprint: Imprint = Imprint(),
    templates: Path | None = None,
) -> WordNotice:
    """One 催报通知 (.docx) to the late units of a round, one table row each; they are marked as chased."""
    template = template_folder(templates) / "催报通知.docx"
    status = round_status(session, round_id, as_of=as_of)
    chosen = [u for u in status.units if (u.state == LATE if unit_ids is None else u.unit_id in unit_ids)]
    if not chosen:
        raise InvalidValue(f"{status.round.period}没有逾期未报的单位，不需要催报。")
    view = status.round
    late = (as_of - view.due_on).days if view.due_on and as_of > view.due_on else 0
    rows = [
        {
            "序号": str(n),
            "名称": u.unit,
            "联络员": u.liaison.name if u.liaison else "—",
            "电话": u.liaison.phones() if u.liaison else "—",
            "任务数": str(u.tasks),
            "逾期天数": str(late) if late else "—",
        }
        for n, u in enumerate(chosen, start=1)
    ]
    values = imprint.values(as_of) | {
        "方案": f"《{view.plan_title}》",
        "期次": view.period,
        "截止日期": chinese_date(view.due_on) if view.due_on else "规定时间",
        "截至日期": chinese_date(as_of),
        "报送日期": chinese_date(as_of + timedelta(days=DAYS_TO_ANSWER)),
        "未报单位": "、".join(u.unit for u in chosen),
        "单位数": str(len(chosen)),
    }
    saved = fill_template(template, TemplateData(values, {"单位": rows}, {"单位": CHASE_FIELDS}), Path(path))
    mark_chased(session, round_id, [u.unit_id for u in chosen], as_of)
    return WordNotice("、".join(u.unit for u in chosen), saved, len(rows))


def write_bulletin_docx(
    path: Path,
    ledger: PlanRows,
    *,
    as_of: date,
    return_rate: ReturnRate | None = None,
    ranking: Ranking | None = None,
    imprint: Imprint = Imprint(),
    templates: Path | None = None,
) -> WordNotice:
    """The 进展情况通报 in the office's template: the drafted bulletin's words and the ranking as 附表."""
    template = template_folder(templates) / "进展情况通报.docx"
    paragraphs = bulletin_paragraphs(
        ledger, as_of=as_of, return_rate=return_rate, office=imprint.office, ranking=ranking
    )
    title = next(text for kind, text in paragraphs if kind == "title")
    body = [
        Heading(text) if kind == "heading" else text
        for kind, text in paragraphs
        if kind in ("heading", "body")
    ]
    rows = [dict(zip(RANKING_FIELDS, ranking_cells(s), strict=True)) for s in ranking.rows] if ranking else []
    values = imprint.values(as_of) | {
        "标题": title,
        "正文": body,
        "考评期次": ranking.label if ranking else "",
        "考评规则": RULE_TEXT,
    }
    saved = fill_template(
        template, TemplateData(values, {"考评": rows}, {"考评": RANKING_FIELDS}), Path(path)
    )
    return WordNotice(ledger.plan.title, saved, len(body))
