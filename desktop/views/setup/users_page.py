"""Wizard page 5: the supervisor's account and password, and the other users with their roles (an engineer's
account is linked to the engineer whose visits it sees)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QTableWidgetItem, QWidget

from desktop.errors import ValidationError
from desktop.services.core.actor import Actor
from desktop.services.setup.setup_records import AccountInput, UsersPage
from desktop.services.setup.setup_service import SetupService
from desktop.views.setup.setup_page import SetupPage
from desktop.views.ui.ui_setup_users_page import Ui_SetupUsersPage

ROLES = ("clerk", "dispatcher", "engineer", "supervisor")


class UsersSetupPage(SetupPage):
    key = "users"

    def __init__(self, service: SetupService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(service, actor, parent)
        self.ui = Ui_SetupUsersPage()
        self.ui.setupUi(self)
        self.setObjectName("users_page")
        self.message_label = self.ui.message_label
        self.accounts: list[AccountInput] = []
        self._supervisor_has_password = False
        self.ui.supervisor_username_edit.setText("admin")
        for role in ROLES:
            self.ui.role_combo.addItem(self.role_names()[role], role)
        self.ui.users_table.horizontalHeader().setStretchLastSection(True)
        self._on_role_changed()
        self._connect_signals()

    def role_names(self) -> dict[str, str]:
        return {"clerk": self.tr("Clerk"), "dispatcher": self.tr("Dispatcher"), "engineer": self.tr("Engineer"),
                "supervisor": self.tr("Supervisor")}

    def _connect_signals(self) -> None:
        self.ui.add_user_button.clicked.connect(self._on_add_user_button_clicked)
        self.ui.remove_user_button.clicked.connect(self._on_remove_user_button_clicked)
        self.ui.role_combo.currentIndexChanged.connect(self._on_role_changed)
        self.ui.users_table.cellClicked.connect(self._on_users_table_cell_clicked)

    def _on_users_table_cell_clicked(self, row: int, _column: int) -> None:
        """A row picked is loaded into the form below: corrected (or given its password again after the wizard
        was reopened, when passwords typed earlier are gone) and put back with Add user."""
        if not 0 <= row < len(self.accounts):
            return
        account = self.accounts[row]
        self.ui.username_edit.setText(account.username)
        self.ui.name_edit.setText(account.display_name)
        self.ui.role_combo.setCurrentIndex(max(0, self.ui.role_combo.findData(account.role)))
        if account.engineer:
            self.ui.engineer_combo.setCurrentIndex(max(0, self.ui.engineer_combo.findText(account.engineer)))
        self.ui.password_edit.clear()
        self.ui.password_edit.setFocus()

    def field_widgets(self) -> dict[str, QWidget]:
        return {"username": self.ui.supervisor_username_edit, "display_name": self.ui.supervisor_name_edit,
                "password": self.ui.supervisor_password_edit, "role": self.ui.role_combo,
                "engineer": self.ui.engineer_combo, "users": self.ui.users_table}

    def refresh_choices(self) -> None:
        state = self._service.state(self._actor)
        current = self.ui.engineer_combo.currentText()
        self.ui.engineer_combo.clear()
        if state.engineers is not None:
            self.ui.engineer_combo.addItems([e.name for e in state.engineers.engineers])
        index = self.ui.engineer_combo.findText(current)
        if index >= 0:
            self.ui.engineer_combo.setCurrentIndex(index)

    def _on_role_changed(self, *_: object) -> None:
        self.ui.engineer_combo.setEnabled(self.ui.role_combo.currentData() == "engineer")

    def _on_add_user_button_clicked(self) -> None:
        username = self.ui.username_edit.text().strip()
        if not username or not self.ui.password_edit.text():
            self.set_message(self.tr("Type the user name and an initial password first."))
            return
        role = self.ui.role_combo.currentData()
        account = AccountInput(username, self.ui.name_edit.text(), role,
                               self.ui.engineer_combo.currentText() if role == "engineer" else "",
                               self.ui.password_edit.text())
        same = [i for i, a in enumerate(self.accounts) if a.username.casefold() == username.casefold()]
        if same:
            # The same user name again: that row is corrected, not listed twice.
            self.accounts[same[0]] = account
        else:
            self.accounts.append(account)
        for edit in (self.ui.username_edit, self.ui.name_edit, self.ui.password_edit):
            edit.clear()
        self.set_message("")
        self._show_table()

    def _on_remove_user_button_clicked(self) -> None:
        row = self.ui.users_table.currentRow()
        if 0 <= row < len(self.accounts):
            del self.accounts[row]
            self._show_table()
            # A complaint about the row just removed ("row 1: the user name 李娜 ...") no longer applies.
            self.set_message("")

    def _show_table(self) -> None:
        names = self.role_names()
        table = self.ui.users_table
        table.setRowCount(len(self.accounts))
        for row, account in enumerate(self.accounts):
            password = self.tr("set") if account.password or account.has_password else self.tr("missing")
            for column, value in enumerate((account.username, account.display_name,
                                            names.get(account.role, account.role), account.engineer, password)):
                table.setItem(row, column, QTableWidgetItem(value))

    def collect(self) -> UsersPage:
        password = self.ui.supervisor_password_edit.text()
        if password != self.ui.supervisor_confirm_edit.text():
            raise ValidationError("passwords_differ", "password")
        supervisor = AccountInput(self.ui.supervisor_username_edit.text(), self.ui.supervisor_name_edit.text(),
                                  "supervisor", "", password, self._supervisor_has_password)
        return UsersPage(supervisor, tuple(self.accounts))

    def validatePage(self) -> bool:
        try:
            self.collect()
        except ValidationError as exc:
            self.show_error(exc)
            return False
        return super().validatePage()

    def show_error(self, exc: BaseException) -> None:
        super().show_error(exc)
        row = getattr(exc, "params", {}).get("row")
        if isinstance(row, int) and 1 <= row <= len(self.accounts):
            self.ui.users_table.setCurrentCell(row - 1, 0)

    def show_page(self, page: UsersPage) -> None:
        self.ui.supervisor_username_edit.setText(page.supervisor.username)
        self.ui.supervisor_name_edit.setText(page.supervisor.display_name)
        self._supervisor_has_password = page.supervisor.has_password
        if page.supervisor.has_password:
            # Stored as a hash: leaving the fields empty keeps it, typing a new one replaces it.
            self.ui.supervisor_password_edit.clear()
            self.ui.supervisor_confirm_edit.clear()
            self.ui.supervisor_password_edit.setPlaceholderText(self.tr("set (type a new one to change it)"))
        self.accounts = [replace(a, password="") for a in page.others]
        self._show_table()
