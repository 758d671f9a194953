"""The branch signing key: status, unlock for the session, create, import from HQ, export, trust others."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QLineEdit, QWidget

from desktop.errors import DomainError
from desktop.services.admin.signing_service import SigningService
from desktop.services.core.actor import Actor
from desktop.views import file_dialogs, window_state
from desktop.views.background import BackgroundRunner
from desktop.views.messages import error_message
from desktop.views.ui.ui_signing_key_dialog import Ui_SigningKeyDialog


class SigningKeyDialog(QDialog):
    def __init__(self, signing: SigningService, actor: Actor, parent: QWidget | None = None,
                 runner: BackgroundRunner | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SigningKeyDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self._signing = signing
        self._actor = actor
        self._runner = runner or BackgroundRunner(self)
        manager = actor.role == "supervisor"
        self._manager = manager
        for button in (self.ui.create_button, self.ui.import_button, self.ui.trust_button):
            button.setEnabled(manager)
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self.ui.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.ui.create_button.clicked.connect(self._on_create_button_clicked)
        self.ui.import_button.clicked.connect(self._on_import_button_clicked)
        self.ui.export_button.clicked.connect(self._on_export_button_clicked)
        self.ui.trust_button.clicked.connect(self._on_trust_button_clicked)
        self.ui.replace_button.clicked.connect(self._on_replace_button_clicked)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)

    def refresh(self) -> None:
        try:
            status = self._signing.status(self._actor)
        except DomainError as exc:
            self.ui.status_label.setText(error_message(exc))
            self.ui.replace_button.setEnabled(False)
            return
        if not status.has_key:
            text = self.tr("This branch has no signing key yet. A supervisor creates one, or imports the "
                           "PKCS#12 file issued by HQ.")
        elif status.unlocked:
            text = self.tr("Signing key ready: {subject}\nCertificate fingerprint (SHA-256): {fingerprint}").format(
                subject=status.subject, fingerprint=status.fingerprint)
        else:
            text = self.tr("Signing key locked: enter its passphrase to sign documents in this session.\n"
                           "{subject}").format(subject=status.subject)
        self.ui.status_label.setText(text)
        self.ui.unlock_button.setEnabled(status.has_key and not status.unlocked)
        self.ui.export_button.setEnabled(status.has_key)
        # Replacing needs a key to replace; without one, Create or Import is the way.
        self.ui.replace_button.setEnabled(self._manager and status.has_key)

    def _run(self, action: Callable[[], object], done: str) -> None:
        try:
            action()
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
            return
        self.ui.passphrase_edit.clear()
        self.ui.message_label.setText(done)
        self.refresh()

    def _on_unlock_button_clicked(self) -> None:
        remember = self.ui.remember_check.isChecked()
        self._run(lambda: self._signing.unlock(self._actor, self.ui.passphrase_edit.text(), remember=remember),
                  self.tr("Unlocked."))

    def _on_create_button_clicked(self) -> None:
        # Keeping the passphrase in the OS password store is the supervisor's explicit choice (off by default).
        passphrase = self.ui.passphrase_edit.text()
        remember = self.ui.remember_check.isChecked()
        self._run(lambda: self._signing.create_key(self._actor, passphrase, remember=remember),
                  self.tr("Branch key created."))

    def _on_import_button_clicked(self) -> None:
        name = file_dialogs.open_file(self, self.tr("PKCS#12 from HQ"), self.tr("PKCS#12 (*.p12 *.pfx)"))
        if not name:
            return
        password, ok = QInputDialog.getText(self, self.tr("PKCS#12 password"), self.tr("Password of the file:"),
                                            QLineEdit.EchoMode.Password)
        if not ok:
            return
        data = Path(name).read_bytes()
        remember = self.ui.remember_check.isChecked()
        self._run(lambda: self._signing.import_pkcs12(self._actor, data, password or None,
                                                      self.ui.passphrase_edit.text(), remember=remember),
                  self.tr("Imported."))

    def _on_export_button_clicked(self) -> None:
        name = file_dialogs.save_file(self, self.tr("Export the branch certificate"), "branch_cert.pem",
                                      self.tr("Certificates (*.pem)"))
        if name:
            self._run(lambda: Path(name).write_bytes(self._signing.certificate_pem(self._actor)),
                      self.tr("Certificate exported."))

    def _on_trust_button_clicked(self) -> None:
        name = file_dialogs.open_file(self, self.tr("Trust a certificate"), self.tr("Certificates (*.pem)"))
        if name:
            data = Path(name).read_bytes()
            self._run(lambda: self._signing.trust_certificate(self._actor, data), self.tr("Certificate trusted."))

    def _on_replace_button_clicked(self) -> None:
        from desktop.views.admin.replace_key_dialog import ReplaceKeyDialog

        dialog = ReplaceKeyDialog(self._signing, self._actor, self._runner, self)
        dialog.replaced.connect(lambda _result: self._on_key_replaced())
        dialog.exec()

    def _on_key_replaced(self) -> None:
        self.ui.passphrase_edit.clear()
        self.ui.message_label.setText(self.tr("Branch key replaced. Send the new certificate to HQ."))
        self.refresh()
