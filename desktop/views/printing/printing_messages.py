"""Translated sentences for the error codes raised by desktop.printing (registered with views.messages)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.views.messages import register_messages


def printing_messages() -> dict[str, str]:
    return {
        "font_unreadable": QCoreApplication.translate(
            "PrintingErrors", "The Chinese font for printing cannot be read: {path}"
        ),
        "language_unsupported": QCoreApplication.translate(
            "PrintingErrors", "Printed forms are available in Chinese and English only."
        ),
        "ticket_no_invalid": QCoreApplication.translate(
            "PrintingErrors", "The ticket number {ticket_no} cannot be printed as a QR code."
        ),
        "qr_invalid": QCoreApplication.translate("PrintingErrors", "The scanned code is not a service desk QR code."),
        "print_cancelled": QCoreApplication.translate("PrintingErrors", "Printing was cancelled."),
        "signature_too_large": QCoreApplication.translate("PrintingErrors", "The signature is too large to store."),
        "signature_invalid": QCoreApplication.translate("PrintingErrors", "The signature data is damaged."),
        "signature_image_too_large": QCoreApplication.translate(
            "PrintingErrors", "The scanned signature is too large (file size or dimensions)."
        ),
        "signature_image_format": QCoreApplication.translate(
            "PrintingErrors", "A scanned signature must be a PNG or JPEG image."
        ),
        "signature_image_unreadable": QCoreApplication.translate(
            "PrintingErrors", "The scanned signature image cannot be read."
        ),
        "signature_digest_mismatch": QCoreApplication.translate(
            "PrintingErrors", "The report was changed after it was signed. Please ask for the signature again."
        ),
        "passphrase_too_short": QCoreApplication.translate(
            "PrintingErrors", "The passphrase must have at least {minimum} characters."
        ),
        "passphrase_wrong": QCoreApplication.translate(
            "PrintingErrors", "Wrong passphrase for the branch signing key."
        ),
        "branch_key_exists": QCoreApplication.translate("PrintingErrors", "This branch already has a signing key."),
        "branch_key_missing": QCoreApplication.translate("PrintingErrors", "The branch has no signing key yet."),
        "pkcs12_unreadable": QCoreApplication.translate(
            "PrintingErrors", "The certificate file from HQ cannot be opened (wrong password or damaged file)."
        ),
        "pkcs12_incomplete": QCoreApplication.translate(
            "PrintingErrors", "The certificate file from HQ has no private key or certificate."
        ),
        "certificate_unreadable": QCoreApplication.translate("PrintingErrors", "The certificate file cannot be read."),
        "pdf_unreadable": QCoreApplication.translate("PrintingErrors", "The file is not a readable PDF."),
    }


register_messages(printing_messages)
