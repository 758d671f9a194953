"""Who is at the counter PC: the signed-in user's window, and Switch user / Sign out without restarting.

Leaving asks every form with unsaved input first. The next user gets a window built for their role (areas,
menus and start area follow the role), so nothing of the previous user's screen or permissions carries over."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop.services.core.actor import Actor
from desktop.views.login_dialog import LoginDialog, SignsIn

if TYPE_CHECKING:
    # The window's modules load when the first window is built, not with the sign-in dialog.
    from desktop.views.background import BackgroundRunner
    from desktop.views.main_window import MainWindow

WindowBuilder = Callable[[Actor], "tuple[MainWindow, BackgroundRunner]"]


class SignInSession(QObject):
    # Emitted with the new user's actor each time a window is built for someone.
    signed_in = Signal(object)
    # Nobody signed in after a sign-out: the application ends.
    ended = Signal()

    def __init__(self, app: QApplication, auth: SignsIn, build: WindowBuilder, *,
                 demo_accounts: Sequence[tuple[str, str, str]] = (), demo_password: str = "") -> None:
        super().__init__(app)
        self._app = app
        self._auth = auth
        self._build = build
        self._demo_accounts = tuple(demo_accounts)
        self._demo_password = demo_password
        self.window: MainWindow | None = None
        self.runner: BackgroundRunner | None = None

    def login_dialog(self, parent: QWidget | None = None, ready: Callable[[], bool] | None = None) -> LoginDialog:
        return LoginDialog(self._auth, demo_accounts=self._demo_accounts, demo_password=self._demo_password,
                           ready=ready, parent=parent)

    def run_dialog(self, dialog: QDialog) -> int:
        """Every sign-in dialog goes through here, so a test can answer it without a nested event loop."""
        return dialog.exec()

    def start(self, actor: Actor) -> MainWindow:
        window, runner = self._build(actor)
        window.switch_user_requested.connect(self.switch_user)
        window.sign_out_requested.connect(self.sign_out)
        self.window, self.runner = window, runner
        window.show()
        self.signed_in.emit(actor)
        return window

    def switch_user(self) -> bool:
        """The next person signs in over the open window; on success the window is rebuilt for them, on Cancel
        everything stays as it was."""
        window = self.window
        if window is None or not window.confirm_leave():
            return False
        dialog = self.login_dialog(window)
        dialog.setWindowTitle(self.tr("Switch user"))
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.actor is None:
            return False
        self._replace(dialog.actor)
        return True

    def sign_out(self) -> bool:
        """The window closes first (nobody's screen stays up), then the sign-in dialog waits for the next user;
        Cancel there ends the application."""
        window = self.window
        if window is None or not window.confirm_leave():
            return False
        quit_on_close = self._app.quitOnLastWindowClosed()
        self._app.setQuitOnLastWindowClosed(False)
        try:
            self._close()
            dialog = self.login_dialog(None)
            if self.run_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.actor is None:
                self.ended.emit()
                self._app.quit()
                return False
            self.start(dialog.actor)
            return True
        finally:
            self._app.setQuitOnLastWindowClosed(quit_on_close)

    def _replace(self, actor: Actor) -> None:
        quit_on_close = self._app.quitOnLastWindowClosed()
        self._app.setQuitOnLastWindowClosed(False)
        try:
            self._close()
            self.start(actor)
        finally:
            self._app.setQuitOnLastWindowClosed(quit_on_close)

    def _close(self) -> None:
        window, runner = self.window, self.runner
        self.window = self.runner = None
        if runner is not None:
            # A save started by the previous user finishes before their window goes.
            runner.wait_for_done(30_000)
        if window is None:
            return
        window.leaving = True
        watcher = getattr(window, "change_watcher", None)
        if watcher is not None:
            watcher.stop()
        idle = getattr(window, "watcher", None)
        if idle is not None:
            self._app.removeEventFilter(idle)
            idle.deleteLater()
        window.close()
        window.deleteLater()
        if runner is not None:
            runner.deleteLater()

    def shutdown(self) -> None:
        if self.runner is not None:
            self.runner.wait_for_done(30_000)
