"""Whether a printed form carries the branch's digital signature, and what to ask when the branch key cannot sign.

Every preview says so when its PDF is unsigned (PdfPreviewDialog); forms that are signed when the key is at hand
(the return certificate) first ask whether to unlock the key, print unsigned, or stop."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

UNLOCK, UNSIGNED, CANCEL = "unlock", "unsigned", "cancel"
KEY_CODES = ("signing_locked", "branch_key_missing")


def is_signed(pdf: bytes) -> bool:
    """A PDF signed by desktop.printing.signing has a signature dictionary; its byte range is its mark."""
    return b"/ByteRange" in pdf


def ask_when_key_unavailable(parent: QWidget, code: str, can_unlock: bool) -> str:
    """UNLOCK, UNSIGNED or CANCEL (a modal message box; views let tests replace the method that calls it)."""
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("SignedOutput", "Branch signing key"), "", parent=parent)
    if code == "branch_key_missing":
        box.setText(QCoreApplication.translate(
            "SignedOutput", "The branch has no signing key yet, so this document cannot be digitally signed. A "
                            "supervisor can create or import it under Tools → Branch signing key."))
    else:
        box.setText(QCoreApplication.translate(
            "SignedOutput", "The branch signing key is locked. Unlock it to print a digitally signed document that "
                            "HQ can verify."))
    box.setInformativeText(QCoreApplication.translate(
        "SignedOutput", "An unsigned document cannot be verified as unaltered. Use it only when the customer needs "
                        "the paper now, and print the signed one later."))
    unlock = box.addButton(QCoreApplication.translate("SignedOutput", "Open signing key..."),
                           QMessageBox.ButtonRole.AcceptRole)
    unlock.setEnabled(can_unlock)
    unsigned = box.addButton(QCoreApplication.translate("SignedOutput", "Print unsigned"),
                             QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return UNLOCK if clicked is unlock else UNSIGNED if clicked is unsigned else CANCEL
