"""The screen lock of a shared counter PC: while it is locked no customer data shows, in any window.

Every open window of the signed-in user (the main window and any dialog or ticket left open) is covered by an
opaque panel and its title is replaced by the application's name; nothing is closed, so a half-typed form is
still there after unlocking. The lock dialog signs the same user in again, or signs them out (after asking) so the
next clerk can sign in: their window then closes without asking about unsaved input, as nobody is there to answer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.admin.auth_service import AuthService
from desktop.views.login_dialog import LoginDialog
from desktop.views.look import EMPTY_STATE_STYLE
from desktop.views.main_window import MainWindow


class LockCover(QWidget):
    """An opaque panel over a whole window, following its size."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lock_cover")
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        label = QLabel(QApplication.translate("ScreenLock", "Screen locked. Sign in again to continue."), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setProperty("role", "empty_state")
        label.setStyleSheet(EMPTY_STATE_STYLE)
        layout.addWidget(label)
        self._title = window.windowTitle()
        window.setWindowTitle(QApplication.translate("ScreenLock", "Branch Service Desk (locked)"))
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())  # type: ignore[union-attr]
            self.raise_()
        return False

    def remove(self) -> None:
        window = self.parentWidget()
        if window is not None:
            window.removeEventFilter(self)
            window.setWindowTitle(self._title)
        self.hide()
        self.deleteLater()


def cover_of(window: QWidget) -> LockCover | None:
    """The window's own cover (not one of a dialog that belongs to it)."""
    return next((child for child in window.children() if isinstance(child, LockCover)), None)


def cover_windows(except_widget: QWidget | None = None) -> list[LockCover]:
    """Cover every visible window of the application (not the lock dialog itself)."""
    covers = []
    for widget in QApplication.topLevelWidgets():
        if widget is except_widget or not widget.isVisible() or cover_of(widget) is not None:
            continue
        if widget.windowType() in (Qt.WindowType.ToolTip, Qt.WindowType.Popup):
            continue
        covers.append(LockCover(widget))
    return covers


class ScreenLock(QObject):
    def __init__(self, window: MainWindow, auth: AuthService) -> None:
        super().__init__(window)
        self._window, self._auth = window, auth
        self.locked = False

    def lock(self) -> None:
        # The forms stay open underneath as they were; only the same user may continue.
        if self.locked:
            # Already locked (idle again in front of the lock dialog, or Lock chosen twice): one dialog is enough.
            return
        self.locked = True
        window = self._window
        dialog = self.dialog()
        # Esc or closing the box signs nobody out: only the Sign out button does.
        chosen: list[bool] = []
        sign_out = dialog.findChild(QPushButton, "sign_out_button")
        if sign_out is not None:
            sign_out.clicked.connect(lambda: chosen.append(True))
        covers = cover_windows(except_widget=dialog)
        signed_out = False
        try:
            while dialog.exec() != dialog.DialogCode.Accepted:
                if chosen and self.confirm_sign_out(dialog):
                    signed_out = True
                    break
                chosen.clear()
        finally:
            for cover in covers:
                cover.remove()
            self.locked = False
        if signed_out:
            window.leaving = True
            # After this call returns: the sign-out closes this window.
            QTimer.singleShot(0, window.sign_out_requested.emit)

    def dialog(self) -> LoginDialog:
        """The lock's sign-in box: the same user only; its Cancel becomes Sign out (for the next clerk at a shared
        PC)."""
        dialog = LoginDialog(self._auth, locked_username=self._window.actor.username, parent=self._window)
        sign_out = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        if sign_out is not None:
            sign_out.setText(self.tr("Sign out..."))
            sign_out.setObjectName("sign_out_button")
        return dialog

    def confirm_sign_out(self, parent: QWidget) -> bool:
        """Asked on the lock dialog's Sign out; tests replace it."""
        answer = QMessageBox.question(
            parent, self.tr("Sign out"),
            self.tr("Sign {name} out? What they typed and did not save is lost.").format(
                name=self._window.actor.display_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


def install_screen_lock(window: MainWindow, auth: AuthService) -> ScreenLock:
    screen_lock = ScreenLock(window, auth)
    window.lock_requested.connect(screen_lock.lock)
    window.watcher.idle_timeout.connect(screen_lock.lock)
    window.screen_lock = screen_lock  # type: ignore[attr-defined]
    return screen_lock
