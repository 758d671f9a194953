"""Replace the branch signing key (docs/operations.md, "Rotate"): says what will happen, asks why and for the new
key (made here under a new passphrase, or HQ's PKCS#12), runs the replacement in the background and ends by
offering to export the new certificate for HQ."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop.errors import DomainError
from desktop.views import file_dialogs, window_state
from desktop.views.messages import error_message, register_messages
from desktop.views.printing import printing_messages  # noqa: F401 - the key's error sentences (passphrase, PKCS#12)
from desktop.views.ui.ui_replace_key_dialog import Ui_ReplaceKeyDialog
from desktop.views.widgets.task_progress import TaskProgressDialog

if TYPE_CHECKING:
    from desktop.services.admin.signing_service import KeyReplacement, SigningService
    from desktop.services.core.actor import Actor
    from desktop.views.background import BackgroundRunner


def key_rotation_messages() -> dict[str, str]:
    return {
        "rotation_reason_required": QCoreApplication.translate(
            "KeyRotationErrors", "Please choose why the key is being replaced."),
        "key_rotation_cancelled": QCoreApplication.translate(
            "KeyRotationErrors", "Cancelled. Nothing was changed: the current key still signs."),
    }


register_messages(key_rotation_messages)


class ReplaceKeyDialog(QDialog):
    replaced = Signal(object)

    def __init__(self, signing: SigningService, actor: Actor, runner: BackgroundRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReplaceKeyDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self._signing = signing
        self._actor = actor
        self._runner = runner
        self._p12: bytes | None = None
        self.result_of_replacement: KeyReplacement | None = None
        self.progress: TaskProgressDialog | None = None
        self.ui.reason_combo.addItem(self.tr("Choose a reason..."), "")
        self.ui.reason_combo.addItem(self.tr("The key file may have been copied"), "suspected_copy")
        self.ui.reason_combo.addItem(self.tr("The passphrase is forgotten, or known to someone who left"),
                                     "passphrase_compromised")
        self.ui.reason_combo.addItem(self.tr("The certificate is close to its end date"), "certificate_expiring")
        self.ui.reason_combo.addItem(self.tr("Other (say why under Details)"), "other")
        self.ui.page_stack.setCurrentWidget(self.ui.form_page)
        self._connect_signals()
        self._on_source_changed()
        self._on_confirm_changed()

    def _connect_signals(self) -> None:
        self.ui.create_radio.toggled.connect(self._on_source_changed)
        self.ui.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.ui.confirm_check.toggled.connect(self._on_confirm_changed)
        self.ui.replace_button.clicked.connect(self._on_replace_button_clicked)
        self.ui.export_button.clicked.connect(self._on_export_button_clicked)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)

    def _on_source_changed(self) -> None:
        from_hq = self.ui.import_radio.isChecked()
        for widget in (self.ui.file_label, self.ui.file_edit, self.ui.browse_button, self.ui.p12_password_label,
                       self.ui.p12_password_edit):
            widget.setEnabled(from_hq)

    def _on_confirm_changed(self) -> None:
        self.ui.replace_button.setEnabled(self.ui.confirm_check.isChecked())

    def _on_browse_button_clicked(self) -> None:
        name = file_dialogs.open_file(self, self.tr("PKCS#12 file from HQ"), self.tr("PKCS#12 (*.p12 *.pfx)"))
        if not name:
            return
        try:
            self._p12 = Path(name).read_bytes()
        except OSError:
            self.ui.message_label.setText(self.tr("The file cannot be read."))
            return
        self.ui.file_edit.setText(name)
        self.ui.message_label.clear()

    def _problem(self) -> tuple[str, QWidget] | None:
        """What the form still lacks, checked here so the supervisor is told before anything runs."""
        if not self.ui.reason_combo.currentData():
            return self.tr("Please choose why the key is being replaced."), self.ui.reason_combo
        if self.ui.reason_combo.currentData() == "other" and not self.ui.note_edit.text().strip():
            return self.tr("Please say in a few words why the key is being replaced."), self.ui.note_edit
        if self.ui.import_radio.isChecked() and self._p12 is None:
            return self.tr("Please choose the PKCS#12 file from HQ."), self.ui.browse_button
        if self.ui.passphrase_edit.text() != self.ui.repeat_edit.text():
            return self.tr("The two passphrases differ. Please type the new passphrase twice."), self.ui.repeat_edit
        return None

    def _on_replace_button_clicked(self) -> None:
        problem = self._problem()
        if problem is not None:
            self.ui.message_label.setText(problem[0])
            problem[1].setFocus()
            return
        self.ui.message_label.clear()
        from_hq = self.ui.import_radio.isChecked()
        self.ui.form_page.setEnabled(False)
        task = self._runner.run(
            self._signing.replace_key, self._actor, str(self.ui.reason_combo.currentData()),
            self.ui.passphrase_edit.text(), note=self.ui.note_edit.text(),
            p12=self._p12 if from_hq else None,
            p12_password=(self.ui.p12_password_edit.text() or None) if from_hq else None, with_progress=True)
        task.succeeded.connect(self._on_replaced)
        task.failed.connect(self._on_failed)
        self.progress = TaskProgressDialog(task, self.tr("Replacing the branch key..."), self.tr("Cancel"), self,
                                           title=self.windowTitle())

    def _on_failed(self, exc: object) -> None:
        self.ui.form_page.setEnabled(True)
        if isinstance(exc, DomainError):
            text = error_message(exc)
        else:
            text = self.tr("The key could not be replaced: the signing folder refused the change. Nothing was "
                           "changed: the current key still signs. The details are in the log file.")
        self.ui.message_label.setText(text)

    def _on_replaced(self, result: KeyReplacement) -> None:
        self.result_of_replacement = result
        for edit in (self.ui.passphrase_edit, self.ui.repeat_edit, self.ui.p12_password_edit):
            edit.clear()
        self._p12 = None
        self.ui.done_label.setText(self.tr(
            "The branch key was replaced.\n\n"
            "New certificate (SHA-256 fingerprint): {new}\n"
            "Replaced certificate, still trusted on this computer: {old}\n"
            "The old key files are kept in: {folder}\n\n"
            "Export the new certificate now and send it to HQ, so that HQ trusts what the branch signs from now on. "
            "If the old key may have been stolen, tell HQ since when.").format(
                new=result.new_fingerprint, old=result.old_fingerprint, folder=result.retired_folder))
        self.ui.page_stack.setCurrentWidget(self.ui.done_page)
        self.ui.export_button.setFocus()
        self.replaced.emit(result)

    def _on_export_button_clicked(self) -> None:
        name = file_dialogs.save_file(self, self.tr("Export the new certificate"), "branch_cert.pem",
                                      self.tr("Certificates (*.pem)"))
        if not name:
            return
        try:
            Path(name).write_bytes(self._signing.certificate_pem(self._actor))
        except DomainError as exc:
            self.ui.export_label.setText(error_message(exc))
            return
        except OSError:
            self.ui.export_label.setText(self.tr("The file cannot be written there. Please choose another folder."))
            return
        self.ui.export_label.setText(self.tr("Certificate exported: {path}. Send this file to HQ.").format(
            path=name))
