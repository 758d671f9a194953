"""Wizard page 6: the branch signing key: create one, import HQ's PKCS#12, or skip (a reminder stays visible)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop.errors import DomainError, ValidationError
from desktop.services.core.actor import Actor
from desktop.services.setup.setup_records import SigningPage
from desktop.services.setup.setup_service import SetupService
from desktop.views import file_dialogs
from desktop.views.setup.setup_page import SetupPage
from desktop.views.ui.ui_setup_signing_page import Ui_SetupSigningPage


class SigningSetupPage(SetupPage):
    key = "signing"

    def __init__(self, service: SetupService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(service, actor, parent)
        self.ui = Ui_SetupSigningPage()
        self.ui.setupUi(self)
        self.setObjectName("signing_page")
        self.message_label = self.ui.message_label
        self.p12: bytes | None = None
        self.ui.create_radio.setChecked(True)
        self._connect_signals()
        self._update()

    def _connect_signals(self) -> None:
        for radio in (self.ui.create_radio, self.ui.import_radio, self.ui.skip_radio):
            radio.toggled.connect(self._update)
        self.ui.browse_button.clicked.connect(self._on_browse_button_clicked)

    def field_widgets(self) -> dict[str, QWidget]:
        return {"passphrase": self.ui.passphrase_edit, "p12": self.ui.browse_button, "choice": self.ui.create_radio}

    def choice(self) -> str:
        if self.ui.import_radio.isChecked():
            return "import"
        return "skip" if self.ui.skip_radio.isChecked() else "create"

    def _update(self, *_: object) -> None:
        choice = self.choice()
        for widget in (self.ui.p12_file_edit, self.ui.browse_button, self.ui.p12_password_edit):
            widget.setEnabled(choice == "import")
        for widget in (self.ui.passphrase_edit, self.ui.passphrase_confirm_edit):
            widget.setEnabled(choice != "skip")
        self.ui.skip_label.setVisible(choice == "skip")

    def _on_browse_button_clicked(self) -> None:
        name = file_dialogs.open_file(self, self.tr("PKCS#12 from HQ"), self.tr("PKCS#12 (*.p12 *.pfx)"))
        if name:
            self.choose_file(Path(name))

    def choose_file(self, path: Path) -> None:
        try:
            self.p12 = path.read_bytes()
        except OSError:
            self.p12 = None
            self.set_message(self.tr("The file cannot be read: {path}").format(path=path))
            return
        self.ui.p12_file_edit.setText(str(path))

    def passphrase(self) -> str:
        return self.ui.passphrase_edit.text()

    def p12_password(self) -> str:
        return self.ui.p12_password_edit.text()

    def collect(self) -> SigningPage:
        return SigningPage(self.choice())

    def validatePage(self) -> bool:
        self.set_message("")
        choice = self.choice()
        try:
            if choice != "skip" and self.passphrase() != self.ui.passphrase_confirm_edit.text():
                raise ValidationError("passwords_differ", "passphrase")
            self._service.check_signing(self._actor, choice, self.passphrase(), self.p12, self.p12_password())
        except DomainError as exc:
            self.show_error(exc)
            return False
        return super().validatePage()

    def show_page(self, page: SigningPage) -> None:
        radio = {"import": self.ui.import_radio, "skip": self.ui.skip_radio}.get(page.choice, self.ui.create_radio)
        radio.setChecked(True)
        self._update()
