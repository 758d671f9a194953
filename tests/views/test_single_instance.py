"""One window per user and database: a second start (another process) brings the first window forward and quits."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid

from PySide6.QtWidgets import QDialog, QMainWindow

from desktop.views.single_instance import SingleInstance, bring_forward, server_name

SECOND_START = """
import sys
from PySide6.QtCore import QCoreApplication
from desktop.views.single_instance import SingleInstance
app = QCoreApplication([])
print("first" if SingleInstance(sys.argv[1]).claim() else "second")
"""


def _name(database: str = "D:/网点/desk.sqlite3", user: str = "张三") -> str:
    # A unique database per test run, so parallel test workers never meet each other's window.
    return server_name(user, f"{database}#{uuid.uuid4()}")


def test_names_differ_by_user_and_database_and_are_safe_for_a_pipe() -> None:
    names = {server_name("张三", "a.sqlite3"), server_name("李四", "a.sqlite3"), server_name("张三", "b.sqlite3")}
    assert len(names) == 3
    assert all(n.isascii() and "/" not in n and "\\" not in n and len(n) < 60 for n in names)
    assert server_name("张三", "a.sqlite3") == server_name("张三", "a.sqlite3")


def test_a_second_start_signals_the_first_and_is_told_to_quit(qtbot) -> None:  # type: ignore[no-untyped-def]
    name = _name()
    first = SingleInstance(name)
    assert first.claim()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with qtbot.waitSignal(first.activation_requested, timeout=20_000):
        second = subprocess.Popen([sys.executable, "-c", SECOND_START, name], stdout=subprocess.PIPE, text=True,
                                  env=env)
        while second.poll() is None:
            qtbot.wait(20)
    assert second.stdout is not None and second.stdout.read().strip() == "second"
    first.release()


def test_another_database_or_user_gets_its_own_window() -> None:
    first = SingleInstance(_name("a.sqlite3"))
    other_db = SingleInstance(_name("b.sqlite3"))
    other_user = SingleInstance(_name("a.sqlite3", user="李四"))
    try:
        assert first.claim() and other_db.claim() and other_user.claim()
    finally:
        for instance in (first, other_db, other_user):
            instance.release()


def test_a_start_after_the_first_one_quit_is_the_first_again() -> None:
    name = _name()
    first = SingleInstance(name)
    assert first.claim()
    first.release()
    again = SingleInstance(name)
    assert again.claim()
    again.release()


def test_bring_forward_restores_the_window_or_the_dialog_in_front(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    assert bring_forward(window) is window
    assert not window.isMinimized() and window.isVisible()
    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.isVisible())
    assert bring_forward(window) is dialog  # the sign-in or a question comes first
    dialog.close()


def test_one_database_named_two_ways_is_one_key(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.app import _instance_key
    from desktop.database import as_url, postgres_url, sqlite_url

    monkeypatch.chdir(tmp_path)
    assert _instance_key(sqlite_url(tmp_path / "desk.sqlite3")) == _instance_key(as_url("desk.sqlite3"))
    assert _instance_key(sqlite_url(tmp_path / "a.sqlite3")) != _instance_key(sqlite_url(tmp_path / "b.sqlite3"))
    server = postgres_url(host="10.0.0.5", database="servicedesk", username="desk", password="s3cret")
    assert _instance_key(server) == _instance_key(server.set(password="other"))
    assert "s3cret" not in _instance_key(server)
