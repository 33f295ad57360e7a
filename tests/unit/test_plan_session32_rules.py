"""Session 32: the shapes read from this session's blind sets."""

from __future__ import annotations

from tests.unit.test_plan_session30_rules import _measures


def test_lines_of_work_printed_once_before_their_department_are_each_an_owner():
    """`（四）建设、交通、林业部门：要…` / `4.交通、铁路部门:负责…` / `公安及维稳部门`: the fields are printed once
    before 部门; every writer of five sets ledgers them one by one as printed, as a clause's list already read.
    A field's own 和 (人力资源和社会保障部门) is no list."""
    text = (
        "某市农村劳动力转移就业工作职责分工\n"
        "（一）人力资源和社会保障部门：要牵头做好农村劳动力转移就业工作。\n"
        "（二）建设、交通、林业部门：要在行业管理和项目建设中确保农民工平等就业。\n"
        "（三）公安及维稳部门：要完善户籍和流动人口管理办法。\n"
    )
    leads = [item.lead_units for item in _measures(text)]
    assert leads == [
        ("人力资源和社会保障部门",),
        ("建设", "交通", "林业部门"),
        ("公安", "维稳部门"),
    ]
