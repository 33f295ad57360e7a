"""Whose return is this? Every name the file carries, compared before its figures are trusted.

A returned workbook names its unit up to three times: the hidden sheet of the template (which unit the
form was made for), the 填报单位 line above the table (what the clerk typed or left), and the file name
(what the clerk called it when mailing it). When 区住建局 fills in 区发改委's form and changes the
填报单位 line and the file name, the hidden sheet alone would put 住建局's figures on 发改委's tasks
without a word. The import keeps recognising the file by its strongest identity (the hidden sheet,
else the header line, else the file name), and this module says, as a warning that leaves the file
unticked, which names disagree and which one the import followed. check_form asks the same of the form
itself: is it the template sent for this round (hidden sheet, checksum, 报送期次)?
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Unit, UnitAlias
from services.returns.findings import NOTE, WARNING, CheckContext, CheckResult, Problem
from services.returns.reader import RawReturn
from services.returns.template import locked_checksum
from services.returns.values import normal_text
from services.units.resolve import find_unit, name_key

MIN_KEY = 2  # a one-character key ("委") would be found in any file name


@dataclass(frozen=True)
class Claim:
    """One place in the file that names a unit."""

    source: str  # 模板（隐藏工作表） / 表头“填报单位” / 文件名
    written: str  # as the file writes it
    unit_id: int | None  # None: a name the registry does not know


def file_name_units(session: Session, file_name: str) -> list[tuple[str, int]]:
    """Units named in a file name, longest name first; a name inside a longer found name is dropped."""
    stem = name_key(Path(file_name).stem)
    names: list[tuple[str, int]] = [(u.name, u.id) for u in session.scalars(select(Unit))]
    names += [(a.alias, a.unit_id) for a in session.scalars(select(UnitAlias))]
    found: list[tuple[str, int]] = []
    for name, unit_id in sorted(names, key=lambda n: -len(name_key(n[0]))):
        key = name_key(name)
        if len(key) < MIN_KEY or key not in stem:
            continue
        if any(key in name_key(longer) for longer, _ in found):
            continue  # 发改委 inside 区发改委 already found
        found.append((name, unit_id))
    return found


def claims(session: Session, raw: RawReturn) -> list[Claim]:
    found = []
    identity = raw.identity
    if identity is not None and (identity.unit_id is not None or identity.unit):
        unit = session.get(Unit, identity.unit_id) if identity.unit_id else None
        if unit is None and identity.unit:
            unit = find_unit(session, identity.unit)
        found.append(Claim("模板（隐藏工作表）", identity.unit or "", unit.id if unit else None))
    if raw.header_unit:
        unit = find_unit(session, raw.header_unit)
        found.append(Claim("表头“填报单位”", raw.header_unit, unit.id if unit else None))
    named = file_name_units(session, raw.file_name)
    if len(named) == 1:  # two units in one name ("发改委转住建局") decide nothing
        found.append(Claim("文件名", named[0][0], named[0][1]))
    return found


def identity_problems(session: Session, raw: RawReturn, unit_id: int, unit: str) -> list[Problem]:
    """A warning when the file's names of its unit disagree with the unit it is booked to."""
    others = [c for c in claims(session, raw) if c.unit_id != unit_id]
    if not others:
        return []
    listed = "，".join(
        f"{c.source}为“{c.written}”" + ("（台账中没有这个单位）" if c.unit_id is None else "") for c in others
    )
    return [
        Problem(
            f"填报单位不一致：本表按{unit}的报表识别，但{listed}。如果是其他单位误用了{unit}的报送表，"
            f"接受后这些进展会记到{unit}的任务上：请先与两个单位核实，必要时退回让其用本单位的报送表重新填报；"
            "核实无误后再勾选接受。",
            level=WARNING,
        )
    ]


__all__ = ["Claim", "claims", "file_name_units", "identity_problems"]


def check_form(raw: RawReturn, ctx: CheckContext, result: CheckResult) -> None:
    """Is this the form the office sent for this round? Its hidden sheet, checksum and 报送期次 line."""
    identity = raw.identity
    if identity is None:
        result.problems.append(
            Problem(
                "没有找到模板的隐藏工作表（可能是把内容复制到了新工作簿），已按表头和任务内容识别。",
                level=NOTE,
            )
        )
        return
    form_round = ctx.form_round_id or ctx.round.id
    expected = locked_checksum(form_round, ctx.unit_id, list(identity.locked.values()))
    if identity.checksum != expected or (ctx.sent_checksum and identity.checksum != ctx.sent_checksum):
        result.problems.append(
            Problem(
                "模板校验码与下发时不符：隐藏工作表被改动，或这是此前下发的旧版模板。请核对各任务后再接受。"
            )
        )
    if (
        raw.header_period
        and normal_text(raw.header_period) != ctx.round.period
        and form_round == ctx.round.id
    ):
        result.problems.append(
            Problem(
                f"表头的报送期次“{raw.header_period}”与模板（{ctx.round.period}）不一致：接受后将计入"
                f"{ctx.round.period}；如果这是另一期的报表，请该单位用那一期的模板重新填报。"
            )
        )
