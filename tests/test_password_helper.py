"""The password hash in a helper process (desktop/password_helper.py, issue 18): the same answers as argon2 in this
process, from a real spawned child, the password never on its command line or in its environment, and the hash
done here when the child cannot start or dies."""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import time
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

from desktop.demo.seed import DEMO_PASSWORD
from desktop.errors import AuthenticationError
from desktop.password_helper import HelperHasher
from desktop.services.admin.auth_service import AuthService

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "s3cret-密码-2026"
# Cheap parameters: the helper hashes with the parameters of the hasher that asks, as the app's argon2 defaults would.
CHEAP = {"time_cost": 1, "memory_cost": 1024, "parallelism": 1}


@pytest.fixture
def helper():  # type: ignore[no-untyped-def]
    hasher = HelperHasher(**CHEAP)
    yield hasher
    hasher.close()


def _helper_memory_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))


def test_the_helper_answers_as_argon2_does_from_its_own_process(helper: HelperHasher) -> None:
    helper.start()
    assert helper.pid is not None and helper.pid != os.getpid()
    hashed = helper.hash(PASSWORD)
    assert hashed.startswith("$argon2id$v=19$m=1024,t=1,p=1$")
    plain = PasswordHasher(**CHEAP)
    assert plain.verify(hashed, PASSWORD) is True
    assert helper.verify(plain.hash(PASSWORD), PASSWORD) is True
    with pytest.raises(VerifyMismatchError):
        helper.verify(hashed, "wrong-password")
    with pytest.raises(InvalidHashError):
        helper.verify("not a hash", PASSWORD)
    # Still the same child after the refusals: one process serves the whole session.
    assert helper.pid is not None and multiprocessing.active_children()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_password_is_neither_on_the_command_line_nor_in_the_environment(helper: HelperHasher) -> None:
    helper.verify(helper.hash(PASSWORD), PASSWORD)
    assert helper.pid is not None
    cmdline = Path(f"/proc/{helper.pid}/cmdline").read_bytes()
    environ = Path(f"/proc/{helper.pid}/environ").read_bytes()
    secret = PASSWORD.encode()
    assert b"python" in cmdline.lower() and secret not in cmdline and secret not in environ


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_hash_memory_is_spent_in_the_helper_not_here() -> None:
    # The real cost (64 MiB): the child's peak holds it, this process does not grow by it.
    hasher = HelperHasher(time_cost=1, parallelism=1)
    try:
        hasher.start()
        hashed = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash(PASSWORD)
        before = _helper_memory_kib(os.getpid())
        real = hasher.hash(PASSWORD)
        assert hasher.verify(real, PASSWORD) and hasher.verify(hashed, PASSWORD)
        assert hasher.pid is not None
        assert _helper_memory_kib(hasher.pid) >= 64 * 1024
        peak = hasher.helper_peak_rss_kib()
        assert peak is not None and peak >= 64 * 1024
        assert _helper_memory_kib(os.getpid()) - before < 32 * 1024
    finally:
        hasher.close()


def test_a_helper_that_cannot_start_leaves_the_hash_to_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: object) -> None:
        raise OSError("no process for you")

    monkeypatch.setattr(multiprocessing.get_context("spawn").Process, "start", refuse)
    hasher = HelperHasher(**CHEAP)
    hasher.start()
    assert hasher.pid is None
    hashed = hasher.hash(PASSWORD)
    assert hasher.verify(hashed, PASSWORD) is True
    with pytest.raises(VerifyMismatchError):
        hasher.verify(hashed, "wrong-password")


def test_a_helper_that_dies_is_replaced_and_meanwhile_the_hash_is_done_here(helper: HelperHasher) -> None:
    hashed = helper.hash(PASSWORD)
    first = helper._process
    assert first is not None
    first.kill()
    first.join(5)
    assert helper.verify(hashed, PASSWORD) is True  # done here: the dead child could not answer
    assert helper.pid is None
    assert helper.verify(hashed, PASSWORD) is True  # a new child
    assert helper.pid is not None and helper.pid != first.pid


def test_sign_in_through_the_helper(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    helper = HelperHasher(**CHEAP)
    try:
        auth = AuthService(sqlite_db, hasher=helper)
        assert auth.login("clerk", DEMO_PASSWORD).username == "clerk"
        with pytest.raises(AuthenticationError):
            auth.login("clerk", "not-the-password1")
        with pytest.raises(AuthenticationError):
            auth.login("nobody", "whatever123")
        assert helper.pid is not None
    finally:
        helper.close()


def test_the_frozen_entry_points_run_a_spawned_helper_before_the_app() -> None:
    for entry in ("entry_gui.py", "entry_cli.py"):
        lines = [line for line in (ROOT / "installer" / entry).read_text(encoding="utf-8").splitlines()
                 if line and not line.startswith(("#", '"""', "import "))]
        assert lines[0] == "multiprocessing.freeze_support()"


def test_work_given_to_meanwhile_runs_while_the_child_hashes_and_stops_at_its_answer() -> None:
    # Real parameters (the app's): the hash takes long enough that the first step surely starts before the answer.
    helper = HelperHasher()
    try:
        hashed = helper.hash(PASSWORD)
        ran: list[str] = []

        def slow() -> None:
            ran.append("slow")
            time.sleep(1.5)  # far longer than the hash: its answer is in when this step ends

        helper.meanwhile(iter([slow, lambda: ran.append("second"), lambda: ran.append("third")]))
        assert helper.verify(hashed, PASSWORD) is True
        # The answer came during the first step: the verify ended there, the rest waits for the next verify.
        assert ran == ["slow"]
        with pytest.raises(VerifyMismatchError):
            helper.verify(hashed, "wrong-password")  # a mistyped password: the steps go on meanwhile
        assert ran[0] == "slow" and set(ran[1:]) <= {"second", "third"} and ran[1:2] == ["second"]
        # A plain hash is never used for the work (only a sign-in's verify waits for the user).
        left = len(ran)
        helper.meanwhile(iter([lambda: ran.append("not for a hash")]))
        helper.hash(PASSWORD)
        assert len(ran) == left
    finally:
        helper.close()


class _Kept(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def test_a_failing_step_is_logged_and_the_verify_answers_as_before() -> None:
    # Real parameters, as above: with the cheap ones the answer could be in before the first step started (a loaded
    # CI machine), and then no step ran and nothing was logged.
    helper = HelperHasher()
    try:
        _failing_step_is_logged(helper)
    finally:
        helper.close()


def _failing_step_is_logged(helper: HelperHasher) -> None:
    hashed = helper.hash(PASSWORD)
    ran: list[str] = []

    def broken() -> None:
        raise ImportError("a module that cannot load")

    helper.meanwhile(iter([broken, lambda: ran.append("after the failure")]))
    # A handler of its own: the app's logging set-up (other tests) may stop records from reaching the root.
    kept = _Kept()
    logger = logging.getLogger("desktop.password_helper")
    logger.addHandler(kept)
    try:
        assert helper.verify(hashed, PASSWORD) is True
    finally:
        logger.removeHandler(kept)
    assert "work done while the password hash ran failed" in kept.messages
    assert helper.verify(hashed, PASSWORD) is True
    assert ran == []  # the rest was dropped with the failure


def test_without_a_child_the_work_is_not_run(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: object) -> None:
        raise OSError("no process for you")

    monkeypatch.setattr(multiprocessing.get_context("spawn").Process, "start", refuse)
    hasher = HelperHasher(**CHEAP)
    ran: list[str] = []
    hasher.meanwhile(iter([lambda: ran.append("step")]))
    assert hasher.verify(PasswordHasher(**CHEAP).hash(PASSWORD), PASSWORD) is True
    assert ran == []
