"""VerifyDialog: pick a signed PDF and see whether it is valid, altered or from an unknown signer (offline)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from cryptography import x509
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.clock import to_local
from desktop.printing.signing import VerifyResult, verify_pdf
from desktop.views import file_dialogs, window_state
from desktop.views.messages import error_message
from desktop.views.printing import printing_messages  # noqa: F401 - registers the printing error sentences

_STATUS_COLOURS = {
    "valid": "#1b7f3b", "altered": "#b3261e", "unknown_signer": "#a15c00", "unsigned": "#555555", "error": "#b3261e",
}

Verifier = Callable[[bytes, Sequence[x509.Certificate]], VerifyResult]


class VerifyDialog(QDialog):
    result: VerifyResult | None  # type: ignore[assignment]  # the last check, shadowing QDialog.result()
    verified = Signal(object)  # VerifyResult

    def __init__(self, trusted_certs: Sequence[x509.Certificate], parent: QWidget | None = None,
                 verifier: Verifier = verify_pdf) -> None:
        super().__init__(parent)
        window_state.keep(self)
        self.setObjectName("verify_dialog")
        self.setWindowTitle(self.tr("Verify a signed document"))
        self.resize(560, 240)
        self._trusted = list(trusted_certs)
        self._verifier = verifier
        self.result = None

        self.file_label = QLabel(self.tr("No file chosen"), self)
        self.file_label.setObjectName("file_label")
        self.choose_button = QPushButton(self.tr("Choose PDF…"), self)
        self.choose_button.setObjectName("choose_button")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        self.signer_label = QLabel(self)
        self.signer_label.setObjectName("signer_label")
        self.time_label = QLabel(self)
        self.time_label.setObjectName("time_label")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)

        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.tr("Result:"), self.status_label)
        form.addRow(self.tr("Signed by:"), self.signer_label)
        form.addRow(self.tr("Signed at:"), self.time_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.buttons.rejected.connect(self.reject)

    def _on_choose_button_clicked(self) -> None:
        path = self._ask_open_path()
        if path:
            self.verify_file(Path(path))

    def _ask_open_path(self) -> str:
        """The system open dialog (modal); tests replace this method."""
        path = file_dialogs.open_file(self, self.tr("Choose a signed PDF"), self.tr("PDF documents (*.pdf)"))
        return path

    def verify_file(self, path: Path) -> VerifyResult | None:
        """Verify synchronously: offline ECDSA verification of one PDF takes a few milliseconds."""
        self.file_label.setText(str(path))
        self.signer_label.clear()
        self.time_label.clear()
        try:
            result = self._verifier(path.read_bytes(), self._trusted)
        except OSError as exc:
            self._show_status("error", self.tr("The file cannot be read: {error}").format(
                error=exc.strerror or str(exc)))
            return None
        except Exception as exc:  # a DomainError from printing, translated by code
            self._show_status("error", error_message(exc))
            return None
        self.result = result
        self._show_status(result.status, self._status_text(result.status))
        self.signer_label.setText(result.signer)
        if result.signing_time is not None:
            # Branch time, like every other time in the app (the signature carries UTC).
            self.time_label.setText(self.tr("{time} (branch time)").format(
                time=f"{to_local(result.signing_time):%Y-%m-%d %H:%M:%S}"))
        self.verified.emit(result)
        return result

    def _status_text(self, status: str) -> str:
        texts = {
            "valid": self.tr("Valid: signed by a trusted branch and unchanged since signing."),
            "altered": self.tr("Altered: the document was changed after it was signed. Do not accept it."),
            "unknown_signer": self.tr("Unknown signer: the content is intact, but the signing certificate is not "
                                      "in the list of trusted branches."),
            "unsigned": self.tr("Not signed: the document carries no digital signature."),
        }
        return texts[status]

    def _show_status(self, status: str, text: str) -> None:
        self.status_label.setProperty("status", status)
        self.status_label.setStyleSheet(f"color: {_STATUS_COLOURS[status]}; font-weight: bold;")
        self.status_label.setText(text)
