"""`items`: a 批示 item created, numbered, 交办, 签收, reported and 办结 from the command line (issue 19),
with the exit codes of the CLI contract: 0 done, 1 refused with a Chinese message and nothing written,
2 wrong usage."""

from __future__ import annotations

import io
import json

from cli.main import run
from tests.reliability.fingerprint import fingerprint


def call(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_a_批示_item_from_交办_to_办结(db_url, plan_id) -> None:
    code, out, _ = call("--db", db_url, "items", "new-list", "--title", "2024年领导批示督办事项")
    assert code == 0
    list_id = out.strip()
    add = ("--db", db_url, "items", "add", "--plan", list_id, "--source", "批示")
    code, out, err = call(
        *add,
        *("--title", "落实设备更新批示", "--lead", "区发改委", "--co", "区工信局、区卫健委"),
        *("--leader", "张三", "--assigned", "2024-07-01", "--due", "2024-09-30"),
    )
    assert (code, err) == (0, "")
    item_id, number = out.strip().split("\t")
    assert number == "督〔2024〕1号"
    code, out, _ = call(*add, "--title", "第二项", "--lead", "区卫健委", "--assigned", "2024-07-02")
    assert out.strip().endswith("督〔2024〕2号")
    assert call("--db", db_url, "items", "sign", item_id, "--unit", "发改委", "--on", "2024-07-03")[0] == 0
    code, out, _ = call(
        "--db",
        db_url,
        "items",
        "report",
        item_id,
        "--progress",
        "60",
        "--situation",
        "已完成调研",
        "--on",
        "2024-08-01",
    )
    assert code == 0
    code, out, _ = call("--db", db_url, "items", "list", "--plan", list_id, "--state", "反馈", "--json")
    [shown] = json.loads(out)
    assert {k: shown[k] for k in ("id", "supervision_no", "source", "state", "leader", "signed_by")} == {
        "id": int(item_id),
        "supervision_no": "督〔2024〕1号",
        "source": "批示",
        "state": "反馈",
        "leader": "张三",
        "signed_by": "区发改委",
    }
    assert (shown["assigned_on"], shown["signed_on"], shown["reported_on"]) == (
        "2024-07-01",
        "2024-07-03",
        "2024-08-01",
    )
    assert shown["co_units"] == ["区工信局", "区卫健委"]
    assert call("--db", db_url, "items", "close", item_id, "--on", "2024-09-20")[0] == 0
    code, out, _ = call("--db", db_url, "items", "list", "--plan", list_id)
    first, second = out.splitlines()
    assert first.split("\t")[:4] == [item_id, "督〔2024〕1号", "批示", "办结"]
    assert "交办2024-07-01 签收2024-07-03 反馈2024-08-01 办结2024-09-20" in first
    assert second.split("\t")[3] == "交办"
    # The ledger's own listing still has its contract, with the item among the tasks.
    code, out, _ = call("--db", db_url, "tasks", "--plan", list_id, "--json")
    assert [t["title"] for t in json.loads(out)] == ["落实设备更新批示", "第二项"]


def test_refused_input_exits_1_in_chinese_and_writes_nothing(db_url, ledger, plan_id) -> None:
    code, out, _ = call("--db", db_url, "items", "new-list", "--title", "会议议定事项")
    list_id = out.strip()
    add = ("--db", db_url, "items", "add", "--plan", list_id, "--title", "事项", "--assigned", "2024-07-01")
    assert call(*add, "--source", "会议", "--lead", "区发改委")[0] == 0
    before = fingerprint(ledger)
    for extra, message in (
        (("--source", "会议", "--lead", "区发改委", "--number", "督〔2024〕1号"), "已被事项"),
        (("--source", "电话", "--lead", "区发改委"), "来源“电话”无法识别"),
        (("--source", "会议", "--lead", "区农业局"), "不在单位名录中"),
        (("--source", "会议", "--lead", "区发改委", "--due", "2024-06-01"), "早于交办日期"),
    ):
        code, out, err = call(*add, *extra)
        assert (code, out) == (1, ""), err
        assert err.startswith("错误：") and message in err
    for argv, message in (
        (("items", "sign", "999"), "不存在"),
        (("items", "list", "--plan", "999"), "不存在"),
        (("items", "list", "--state", "完成"), "状态“完成”无法识别"),
        (("items", "report", "1", "--progress", "10"), "不是督办事项"),  # a measure of the imported plan
        (("items", "report", "1"), "反馈没有内容"),
    ):
        code, _, err = call("--db", db_url, *argv)
        assert code == 1 and message in err, err
    assert fingerprint(ledger) == before


def test_wrong_usage_exits_2(db_url, capsys) -> None:
    code, _, _err = call(
        "--db",
        db_url,
        "items",
        "add",
        "--plan",
        "1",
        "--source",
        "批示",
        "--title",
        "x",
        "--lead",
        "区发改委",
        "--assigned",
        "2024-13-01",
    )
    assert code == 2 and "日期“2024-13-01”格式不对" in capsys.readouterr().err  # argparse writes it
    assert call("--db", db_url, "items")[0] == 2
    assert call("--db", db_url, "items", "close")[0] == 2
