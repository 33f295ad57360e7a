from ui.single_instance import InstanceServer, ask_running_instance, server_name


def test_second_start_on_the_same_database_reaches_the_first(qtbot, tmp_path):
    url = f"sqlite:///{tmp_path}/ledger.sqlite3"
    assert not ask_running_instance(url)
    server = InstanceServer(url)
    with qtbot.wait_signal(server.raise_requested, timeout=5000):
        assert ask_running_instance(url)
    assert not ask_running_instance(f"sqlite:///{tmp_path}/other.sqlite3")
    assert server_name(url) != server_name(url + "x")
