"""One measured start, run as its own process by bench_startup.py (never imported by the app).

    python benchmarks/startup_probe.py bare RESULT.json
    python benchmarks/startup_probe.py app RESULT.json DATABASE USERNAME PASSWORD [--pause SECONDS]

Times are CLOCK_MONOTONIC (time.monotonic on Linux is the system-wide clock), so the parent can subtract the moment
it started this process. "Painted" is the end of the first paint of the window: a zero timer queued from the paint
event runs once the whole window (every child widget) has been drawn and flushed.

`app` runs the real entry point (desktop.app.main with --demo on the given file). The probe only watches: an event
filter on the QApplication (created here first; the app takes the existing instance), and argon2's verify timed so
that the password hash can be told apart from the rest of the sign-in. When the sign-in dialog is painted it fills
in the account and presses OK (after `--pause`, the seconds a person takes to type, if given); when the main window
is painted it reads the peak RSS, then opens every area once, reads the peak RSS again and quits."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

STARTED = time.monotonic()
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def peak_rss_mib() -> float:
    """VmHWM: the peak resident set of this process so far (ru_maxrss would inherit the parent's across exec)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def rss_now_mib() -> float:
    """VmRSS: resident now. Beside the peak it shows what a moment's allocation (the password hash's 64 MiB) added."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def bare(result_path: str) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle("bare")
    window.resize(480, 320)
    out: dict[str, float] = {"probe_started": STARTED}

    def painted() -> None:
        out["painted"] = time.monotonic()
        out["rss_mib"] = peak_rss_mib()
        app.quit()

    class Watch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and obj is window and "painted" not in out:
                out["painted"] = 0.0
                QTimer.singleShot(0, painted)
            return False

    watch = Watch()
    app.installEventFilter(watch)
    window.show()
    app.exec()
    Path(result_path).write_text(json.dumps(out), encoding="utf-8")
    return 0


def app_run(result_path: str, database: str, username: str, password: str, pause: float) -> int:
    import argon2
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    out: dict = {"probe_started": STARTED, "hash_ms": [], "areas": {}, "meanwhile": []}
    verify = argon2.PasswordHasher.verify

    def timed_verify(self, hash, password):  # type: ignore[no-untyped-def]
        started, started_cpu = time.monotonic(), time.process_time()
        out.setdefault("rss_now_at_hash_mib", rss_now_mib())
        try:
            return verify(self, hash, password)
        finally:
            out["hash_ms"].append((time.monotonic() - started) * 1000)
            out.setdefault("hash_cpu_ms", []).append((time.process_time() - started_cpu) * 1000)

    argon2.PasswordHasher.verify = timed_verify  # type: ignore[method-assign]
    # The app hashes in a helper process (desktop/password_helper.py): its verify, the round trip included, is the
    # hash here; falling back to argon2 in this process (counted above) is not counted twice.
    try:
        from desktop import password_helper
    except ImportError:  # a version before the helper process
        password_helper = None

    def timed_helper_verify(self, hash, password):  # type: ignore[no-untyped-def]
        started, started_cpu = time.monotonic(), time.process_time()
        out.setdefault("rss_now_at_hash_mib", rss_now_mib())
        out["hash_in_helper"] = True
        count, count_cpu = len(out["hash_ms"]), len(out.get("hash_cpu_ms", []))
        steps = len(out["meanwhile"])
        try:
            return helper_verify(self, hash, password)
        finally:
            del out["hash_ms"][count:]
            del out.setdefault("hash_cpu_ms", [])[count_cpu:]
            # Work the app did in this process while the child hashed (HelperHasher.meanwhile) is not the hash:
            # its CPU is the app's, and the last step, during which the answer came, is counted whole as the app's
            # time (the answer may have come at its start).
            ran = out["meanwhile"][steps:]
            out["hash_ms"].append((time.monotonic() - started) * 1000 - (ran[-1][0] if ran else 0.0))
            out.setdefault("hash_cpu_ms", []).append(
                (time.process_time() - started_cpu) * 1000 - sum(cpu for _wall, cpu in ran))
            state["hasher"] = self

    def timed_steps(steps):  # type: ignore[no-untyped-def]
        for step in steps:
            def timed(step=step):  # type: ignore[no-untyped-def]
                started, started_cpu = time.monotonic(), time.process_time()
                try:
                    return step()
                finally:
                    out["meanwhile"].append(((time.monotonic() - started) * 1000,
                                             (time.process_time() - started_cpu) * 1000))
            yield timed

    def timed_meanwhile(self, steps):  # type: ignore[no-untyped-def]
        return meanwhile(self, timed_steps(steps))

    if password_helper is not None:
        helper_verify = password_helper.HelperHasher.verify
        password_helper.HelperHasher.verify = timed_helper_verify  # type: ignore[method-assign]
        meanwhile = getattr(password_helper.HelperHasher, "meanwhile", None)
        if meanwhile is not None:
            password_helper.HelperHasher.meanwhile = timed_meanwhile  # type: ignore[method-assign]
    app = QApplication(sys.argv[:1])
    state: dict = {"login": None, "main": None, "hasher": None}

    # STARTUP_PROBE_PROFILE_SIGN_IN=FILE: cProfile of the moments from OK to the painted main window only.
    sign_in_profile = os.environ.get("STARTUP_PROBE_PROFILE_SIGN_IN")
    profiler = None

    def press_ok(dialog: QWidget) -> None:
        nonlocal profiler
        dialog.ui.username_edit.setText(username)  # type: ignore[attr-defined]
        dialog.ui.password_edit.setText(password)  # type: ignore[attr-defined]
        if sign_in_profile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        out["accepted"] = time.monotonic()
        out["accepted_cpu"] = time.process_time()
        dialog.ok_button().click()  # type: ignore[attr-defined]

    def login_painted(dialog: QWidget) -> None:
        out["login_painted"] = time.monotonic()
        out["rss_login_mib"] = peak_rss_mib()
        out["modules_at_login"] = sorted(m for m in sys.modules if not m.startswith("_"))
        if pause > 0:
            QTimer.singleShot(int(pause * 1000), lambda: press_ok(dialog))
        else:
            press_ok(dialog)

    def main_painted(window: QWidget) -> None:
        out["main_painted"] = time.monotonic()
        out["main_painted_cpu"] = time.process_time()
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(sign_in_profile)
        out["rss_main_mib"] = peak_rss_mib()
        out["rss_now_main_mib"] = rss_now_mib()
        out["home_area"] = window.ui.area_stack.currentWidget().objectName()  # type: ignore[attr-defined]
        out["modules_at_main"] = len(sys.modules)
        if state["hasher"] is not None:
            # The helper process's own peak (its interpreter + Argon2's block), beside the app's.
            peak = state["hasher"].helper_peak_rss_kib()
            out["helper_peak_mib"] = peak / 1024 if peak is not None else None
        # Let the after-paint work (clock watch, scheduling, backup) start before the areas are opened.
        QTimer.singleShot(300, lambda: open_every_area(window))

    def open_every_area(window: QWidget) -> None:
        for key in window.area_keys():  # type: ignore[attr-defined]
            started = time.monotonic()
            window.show_area(key)  # type: ignore[attr-defined]
            window.repaint()
            app.processEvents()
            out["areas"][key] = (time.monotonic() - started) * 1000
        # Whatever the areas started in the background finishes before the peak is read.
        runners = [c for c in app.children() if type(c).__name__ == "BackgroundRunner"]
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and any(r._tasks for r in runners):
            for runner in runners:
                runner.wait_for_done(50)
            app.processEvents()
        app.processEvents()
        out["rss_all_areas_mib"] = peak_rss_mib()
        out["rss_now_all_areas_mib"] = rss_now_mib()
        out["done"] = time.monotonic()
        window.leaving = True  # type: ignore[attr-defined]
        app.quit()

    class Watch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Show and type(obj).__name__ == "MainWindow" and "main_shown" not in out:
                out["main_shown"] = time.monotonic()
            if event.type() == QEvent.Type.Paint and type(obj).__name__ == "MainWindow" and "main_paint" not in out:
                out["main_paint"] = time.monotonic()
            if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and obj.isWindow():
                name = type(obj).__name__
                if name == "LoginDialog" and state["login"] is None:
                    state["login"] = obj
                    QTimer.singleShot(0, lambda: login_painted(obj))
                elif name == "MainWindow" and state["main"] is None:
                    state["main"] = obj
                    QTimer.singleShot(0, lambda: main_painted(obj))
            return False

    watch = Watch()
    app.installEventFilter(watch)
    from desktop import app as desktop_app

    # When the database side of the start (open, schema check, services, the window's modules) is done. The app
    # does it once the dialog is painted, while the user types; OK pressed before that waits for it.
    open_database = desktop_app._Start._open

    def timed_open(self):  # type: ignore[no-untyped-def]
        try:
            return open_database(self)
        finally:
            out["database_ready"] = time.monotonic()

    desktop_app._Start._open = timed_open  # type: ignore[method-assign]

    profile_to = os.environ.get("STARTUP_PROBE_PROFILE")
    if profile_to:
        import cProfile

        profiler = cProfile.Profile()
        code = profiler.runcall(desktop_app.main, ["--demo", "--database", database])
        profiler.dump_stats(profile_to)
    else:
        code = desktop_app.main(["--demo", "--database", database])
    out["exit_code"] = code
    Path(result_path).write_text(json.dumps(out), encoding="utf-8")
    return 0


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if argv[0] == "bare":
        return bare(argv[1])
    pause = 0.0
    if "--pause" in argv:
        index = argv.index("--pause")
        pause = float(argv[index + 1])
        del argv[index:index + 2]
    return app_run(argv[1], argv[2], argv[3], argv[4], pause)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
