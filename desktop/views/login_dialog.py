"""Sign-in dialog; in first-run mode the supervisor sets the first password (typed twice)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop.errors import DomainError
from desktop.services.admin.auth_service import AuthService
from desktop.services.core.actor import Actor
from desktop.views.messages import error_message
from desktop.views.ui.ui_login_dialog import Ui_LoginDialog


class LoginDialog(QDialog):
    def __init__(self, auth: AuthService, *, first_run_username: str | None = None,
                 locked_username: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self._auth = auth
        self._first_run = first_run_username is not None
        self.actor: Actor | None = None
        self.ui.title_label.setText(self.tr("Branch Service Desk"))
        if self._first_run:
            self.setWindowTitle(self.tr("Set the supervisor's password"))
            self.ui.username_edit.setText(first_run_username or "")
            self.ui.username_edit.setReadOnly(True)
            self.ui.message_label.setText(
                self.tr("First start: choose the supervisor's password (at least 10 characters, not a common one).")
            )
            self.ui.password_edit.setFocus()
        else:
            self.ui.confirm_label.hide()
            self.ui.confirm_edit.hide()
            if locked_username:
                # Screen lock: the same user signs in again; the open forms stay as they were.
                self.setWindowTitle(self.tr("Screen locked"))
                self.ui.username_edit.setText(locked_username)
                self.ui.username_edit.setReadOnly(True)
                self.ui.password_edit.setFocus()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)

    def _on_button_box_accepted(self) -> None:
        username = self.ui.username_edit.text().strip()
        password = self.ui.password_edit.text()
        try:
            if self._first_run:
                if password != self.ui.confirm_edit.text():
                    self.ui.message_label.setText(error_message(DomainError("passwords_differ")))
                    return
                self.actor = self._auth.set_first_password(username, password)
            else:
                self.actor = self._auth.login(username, password)
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
            self.ui.password_edit.selectAll()
            self.ui.password_edit.setFocus()
            return
        self.accept()

    def ok_button(self):  # type: ignore[no-untyped-def]
        return self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
