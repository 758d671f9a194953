"""The background runner: results reach the GUI thread even for instant tasks; progress and cancel work."""

from __future__ import annotations

import threading

from desktop.errors import ValidationError
from desktop.views.background import BackgroundRunner


def test_an_instant_result_is_not_lost(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = BackgroundRunner()
    for value in range(50):
        task = runner.run(lambda v=value: v)
        with qtbot.waitSignal(task.succeeded, timeout=3000) as blocker:
            pass
        assert blocker.args == [value]
    runner.wait_for_done()


def test_work_runs_off_the_gui_thread_and_errors_come_back_as_signals(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = BackgroundRunner()
    gui = threading.get_ident()
    task = runner.run(threading.get_ident)
    with qtbot.waitSignal(task.succeeded, timeout=3000) as blocker:
        pass
    assert blocker.args[0] != gui

    def fail() -> None:
        raise ValidationError("required", "name")

    failing = runner.run(fail)
    with qtbot.waitSignal(failing.failed, timeout=3000) as blocker:
        pass
    assert isinstance(blocker.args[0], ValidationError)
    runner.wait_for_done()


def test_progress_and_cancel(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = BackgroundRunner()
    started = threading.Event()

    def long_job(progress, cancelled) -> int:  # type: ignore[no-untyped-def]
        done = 0
        started.set()
        while not cancelled() and done < 10_000_000:
            done += 1
            if done % 1000 == 0:
                progress(done, 10_000_000)
        return done

    task = runner.run(long_job, with_progress=True)
    with qtbot.waitSignal(task.progressed, timeout=3000):
        pass
    task.token.cancel()
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args[0] < 10_000_000
    runner.wait_for_done()
