import io
import json

from cli.main import run


def call(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_tasks_json_has_the_contract_shape(db_url, plan_id):
    code, out, _ = call("--db", db_url, "tasks", "--plan", str(plan_id), "--as-of", "2024-07-20", "--json")
    assert code == 0
    tasks = json.loads(out)
    assert [t["number"] for t in tasks] == ["1", "2", "3"]
    first = tasks[0]
    required = [
        "id",
        "plan_id",
        "number",
        "title",
        "lead_units",
        "co_units",
        "due",
        "targets",
        "progress",
        "status",
        "light",
    ]
    assert list(first)[: len(required)] == required
    assert first["targets"] == [{"quantity": 80, "unit": "个", "done": None}]
    assert isinstance(first["targets"][0]["quantity"], int)  # as parse-plan --json writes it
    assert first["due"] == "2024-12-31" and first["status"] == "open" and first["progress"] is None
    assert tasks[2]["light"] == "yellow" and tasks[2]["due"] == "2024-07-31"


def test_plans_lists_and_json(db_url, plan_id):
    code, out, _ = call("--db", db_url, "plans", "--json")
    assert code == 0
    assert json.loads(out) == [
        {
            "id": plan_id,
            "title": "测试区推动大规模设备更新行动方案",
            "doc_number": "测政发〔2024〕1号",
            "issued_on": "2024-07-10",
            "measures": 3,
            "tasks": 0,
        }
    ]


def test_usage_errors_exit_2_and_rejections_exit_1(db_url, tmp_path):
    assert call("--db", db_url, "tasks", "--as-of", "yesterday")[0] == 2
    assert call("--db", db_url, "no-such-command")[0] == 2
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a database")
    code, _, err = call("--db", f"sqlite:///{bad}", "plans")
    assert code == 1 and "不是督办台账的数据库文件" in err


def test_an_unknown_plan_number_is_rejected_by_every_command(db_url, plan_id):
    for command in (["tasks", "--json"], ["reminders"], ["export-ledger", "--out", "x.xlsx"]):
        code, out, err = call("--db", db_url, *command, "--plan", "999")
        assert (code, out) == (1, ""), command
        assert "编号为 999 的方案不存在" in err


def test_version(capsys):
    assert run(["--version"]) == 0
    assert "督办台账" in capsys.readouterr().out


def test_every_command_module_is_listed():
    from pathlib import Path

    from cli.main import COMMAND_MODULES

    on_disk = {p.stem for p in (Path(__file__).parents[2] / "cli").glob("*.py")} - {"__init__", "main"}
    assert on_disk <= set(COMMAND_MODULES), (
        f"add to cli/main.py COMMAND_MODULES: {on_disk - set(COMMAND_MODULES)}"
    )


def test_contract_commands_exist():
    from cli.main import _COMMANDS, build_parser

    build_parser()
    for name in ("plans", "tasks", "parse-plan", "import-plan", "reminders", "backup", "restore"):
        assert name in _COMMANDS


def test_usage_errors_are_explained_in_chinese(db_url, capsys):
    cases = [
        (["tasks", "--plan", "abc"], "参数 --plan 应为整数，而不是“abc”"),
        (["tasks", "--bogus"], "无法识别的参数：--bogus"),
        (["no-such-command"], "“no-such-command”不可用，可选："),
        (["make-templates", "--plan", "1"], "缺少必需的参数：--period, --out"),
        (["tasks", "--as-of", "2024/7/20"], "应为 2024-07-20 这样的形式"),
    ]
    for argv, message in cases:
        assert call("--db", db_url, *argv)[0] == 2, argv
        err = capsys.readouterr().err
        assert message in err and "用 --help 查看用法" in err, (argv, err)


def test_a_command_runs_with_the_collector_paused_and_resumes_it(db_url, plan_id, monkeypatch):
    """The collector's passes over the modules a command imports were a tenth of its start-up (issue 16):
    it is off while the handler runs, and on again afterwards for whoever called run() in-process."""
    import gc

    from cli import main

    main.build_parser(["plans"])  # registers the handlers
    seen = []
    handler, configure, help_text = main._COMMANDS["plans"]

    def watching(args, out):
        seen.append(gc.isenabled())
        return handler(args, out)

    monkeypatch.setitem(main._COMMANDS, "plans", (watching, configure, help_text))
    assert gc.isenabled()
    code, _out, _err = call("--db", db_url, "plans")
    assert (code, seen) == (0, [False])
    assert gc.isenabled()
    gc.disable()  # a caller that had switched it off finds it off
    try:
        call("--db", db_url, "plans")
        assert not gc.isenabled()
    finally:
        gc.enable()
