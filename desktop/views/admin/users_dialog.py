"""Supervisor's user management: add users, change role or name, deactivate, reset a password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QTableWidgetItem, QWidget

from desktop.errors import DomainError
from desktop.services.admin.auth_service import AuthService, UserRow
from desktop.services.core.actor import Actor
from desktop.views import window_state
from desktop.views.messages import error_message
from desktop.views.ui.ui_users_dialog import Ui_UsersDialog

ROLE_CODES = ("clerk", "dispatcher", "supervisor", "engineer")


class UsersDialog(QDialog):
    def __init__(self, auth: AuthService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UsersDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self._auth = auth
        self._actor = actor
        self._rows: list[UserRow] = []
        for code in ROLE_CODES:
            self.ui.role_combo.addItem(self.role_name(code), code)
        self._connect_signals()
        self.reload()

    def role_name(self, code: str) -> str:
        return {
            "clerk": self.tr("Clerk"),
            "dispatcher": self.tr("Dispatcher"),
            "supervisor": self.tr("Supervisor"),
            "engineer": self.tr("Engineer"),
        }[code]

    def _connect_signals(self) -> None:
        self.ui.users_table.itemSelectionChanged.connect(self._on_users_table_selection_changed)
        self.ui.add_button.clicked.connect(self._on_add_button_clicked)
        self.ui.save_button.clicked.connect(self._on_save_button_clicked)
        self.ui.toggle_active_button.clicked.connect(self._on_toggle_active_button_clicked)
        self.ui.reset_password_button.clicked.connect(self._on_reset_password_button_clicked)
        self.ui.close_button.clicked.connect(self.accept)

    def reload(self) -> None:
        try:
            self._rows = self._auth.list_users(self._actor)
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
            return
        table = self.ui.users_table
        table.setRowCount(len(self._rows))
        for r, row in enumerate(self._rows):
            status = self.tr("Active") if row.active else self.tr("Inactive")
            for c, text in enumerate((row.username, row.display_name, self.role_name(row.role), status)):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()

    def selected(self) -> UserRow | None:
        rows = self.ui.users_table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def _on_users_table_selection_changed(self) -> None:
        row = self.selected()
        if row is None:
            return
        self.ui.username_edit.setText(row.username)
        self.ui.display_name_edit.setText(row.display_name)
        self.ui.role_combo.setCurrentIndex(ROLE_CODES.index(row.role))
        self.ui.password_edit.clear()

    def _run(self, action: Callable[[], object], done: str) -> None:
        try:
            action()
        except DomainError as exc:
            # The form keeps everything typed; only the message changes.
            self.ui.message_label.setText(error_message(exc))
            return
        self.ui.message_label.setText(done)
        self.reload()

    def _on_add_button_clicked(self) -> None:
        self._run(lambda: self._auth.create_user(
            self._actor, self.ui.username_edit.text(), self.ui.display_name_edit.text(),
            self.ui.role_combo.currentData(), self.ui.password_edit.text()), self.tr("User added."))

    def _on_save_button_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        self._run(lambda: self._auth.update_user(
            self._actor, row.id, version=row.version, role=self.ui.role_combo.currentData(),
            display_name=self.ui.display_name_edit.text()), self.tr("Changes saved."))

    def _on_toggle_active_button_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        self._run(lambda: self._auth.update_user(self._actor, row.id, version=row.version, active=not row.active),
                  self.tr("Status changed."))

    def _on_reset_password_button_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        self._run(lambda: self._auth.reset_password(self._actor, row.id, self.ui.password_edit.text()),
                  self.tr("Password reset; the account is unlocked."))
