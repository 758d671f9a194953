"""Names of the payment methods and states in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def method_names() -> dict[str, str]:
    return {
        "cash": QCoreApplication.translate("ChargeTexts", "Cash"),
        "wechat": QCoreApplication.translate("ChargeTexts", "WeChat Pay"),
        "alipay": QCoreApplication.translate("ChargeTexts", "Alipay"),
        "transfer": QCoreApplication.translate("ChargeTexts", "Bank transfer"),
    }


def status_names() -> dict[str, str]:
    return {
        "valid": QCoreApplication.translate("ChargeTexts", "Valid"),
        "void": QCoreApplication.translate("ChargeTexts", "Void"),
    }


def desk() -> str:
    return QCoreApplication.translate("ChargeTexts", "Desk")


def money(fen: int) -> str:
    return f"¥{fen / 100:,.2f}"
