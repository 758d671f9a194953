"""Sign-in dialog: at start, for Switch user / Sign out on a shared counter PC, and for the screen lock (same user).
With the demo database it lists the four demo accounts, so every role can be tried."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QPushButton, QWidget

from desktop.errors import DomainError
from desktop.services.core.actor import Actor
from desktop.views.messages import error_message
from desktop.views.ui.ui_login_dialog import Ui_LoginDialog

USERNAME_ROLE = 0x0100  # Qt.ItemDataRole.UserRole


class SignsIn(Protocol):
    """What the dialog needs of the auth service (typed here so that the dialog loads without the database stack)."""

    def login(self, username: str, password: str) -> Actor: ...


class LoginDialog(QDialog):
    # Once, when the dialog has first been drawn: the start opens the database while the user types.
    painted = Signal()

    def __init__(self, auth: SignsIn, *, locked_username: str | None = None,
                 demo_accounts: Sequence[tuple[str, str, str]] = (), demo_password: str = "",
                 ready: Callable[[], bool] | None = None, parent: QWidget | None = None) -> None:
        """`ready` (the first sign-in of a start): called before the password is checked, it finishes opening the
        database if the user was quicker than the start; False means the start gave up and the dialog closes."""
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self._auth = auth
        self._ready = ready
        self._painted = False
        self._demo_password = demo_password
        self.actor: Actor | None = None
        self.ui.title_label.setText(self.tr("Branch Service Desk"))
        self._fill_demo_accounts(demo_accounts)
        if locked_username:
            # Screen lock: the same user signs in again; the open forms stay as they were.
            self.setWindowTitle(self.tr("Screen locked"))
            self.ui.username_edit.setText(locked_username)
            self.ui.username_edit.setReadOnly(True)
            self.ui.password_edit.setFocus()
        self._connect_signals()

    def _fill_demo_accounts(self, accounts: Sequence[tuple[str, str, str]]) -> None:
        self.ui.demo_group.setVisible(bool(accounts))
        if not accounts:
            return
        roles = {"supervisor": self.tr("Supervisor"), "clerk": self.tr("Clerk"),
                 "dispatcher": self.tr("Dispatcher"), "engineer": self.tr("Engineer")}
        self.ui.demo_label.setText(self.tr("Demo database: pick an account to try its role (password {password}).")
                                   .format(password=self._demo_password))
        for username, display_name, role in accounts:
            item = QListWidgetItem(self.tr("{role}: {name} (user name {username})").format(
                role=roles.get(role, role), name=display_name, username=username))
            item.setData(USERNAME_ROLE, username)
            self.ui.demo_list.addItem(item)

    def _connect_signals(self) -> None:
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.demo_list.currentItemChanged.connect(self._on_demo_list_current_item_changed)
        self.ui.demo_list.itemDoubleClicked.connect(lambda _item: self._on_button_box_accepted())

    def _on_demo_list_current_item_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        self.ui.username_edit.setText(str(item.data(USERNAME_ROLE)))
        self.ui.password_edit.setText(self._demo_password)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Queued: the children are drawn and the window flushed before anyone reacts.
            QTimer.singleShot(0, self, self.painted.emit)

    def _on_button_box_accepted(self) -> None:
        if self._ready is not None and not self._ready():
            self.reject()
            return
        username = self.ui.username_edit.text().strip()
        password = self.ui.password_edit.text()
        try:
            self.actor = self._auth.login(username, password)
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
            self.ui.password_edit.selectAll()
            self.ui.password_edit.setFocus()
            return
        self.accept()

    def ok_button(self) -> QPushButton:
        return self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
