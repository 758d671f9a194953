"""Translated sentences for the error codes raised by desktop.printing (registered with views.messages)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.views.messages import register_messages


def printing_messages() -> dict[str, str]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("PrintingErrors", text)

    return {
        "font_unreadable": tr("The Chinese font for printing cannot be read: {path}"),
        "language_unsupported": tr("Printed forms are available in Chinese and English only."),
        "ticket_no_invalid": tr("The ticket number {ticket_no} cannot be printed as a QR code."),
        "qr_invalid": tr("The scanned code is not a service desk QR code."),
        "print_cancelled": tr("Printing was cancelled."),
        "signature_too_large": tr("The signature is too large to store."),
        "signature_invalid": tr("The signature data is damaged."),
        "signature_image_too_large": tr("The scanned signature is too large (file size or dimensions)."),
        "signature_image_format": tr("A scanned signature must be a PNG or JPEG image."),
        "signature_image_unreadable": tr("The scanned signature image cannot be read."),
        "signature_digest_mismatch": tr(
            "The report was changed after it was signed. Please ask for the signature again."
        ),
        "passphrase_too_short": tr("The passphrase must have at least {minimum} characters."),
        "passphrase_wrong": tr("Wrong passphrase for the branch signing key."),
        "branch_key_exists": tr("This branch already has a signing key."),
        "branch_key_missing": tr("The branch has no signing key yet."),
        "pkcs12_unreadable": tr("The certificate file from HQ cannot be opened (wrong password or damaged file)."),
        "pkcs12_incomplete": tr("The certificate file from HQ has no private key or certificate."),
        "certificate_unreadable": tr("The certificate file cannot be read."),
        "pdf_unreadable": tr("The file is not a readable PDF."),
    }


register_messages(printing_messages)
