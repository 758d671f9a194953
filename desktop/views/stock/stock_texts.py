"""Names of the stock codes (movement kinds, places, destinations) and of parts in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.i18n import catalogue_name


def kind_names() -> dict[str, str]:
    return {
        "receipt": QCoreApplication.translate("StockTexts", "Receipt"),
        "issue": QCoreApplication.translate("StockTexts", "Issue to engineer"),
        "van_return": QCoreApplication.translate("StockTexts", "Return from van"),
        "use": QCoreApplication.translate("StockTexts", "Used on a visit"),
        "old_part_return": QCoreApplication.translate("StockTexts", "Old part handed in"),
        "return_out": QCoreApplication.translate("StockTexts", "Sent back"),
    }


def place_names() -> dict[str, str]:
    return {
        "warehouse": QCoreApplication.translate("StockTexts", "Warehouse"),
        "van": QCoreApplication.translate("StockTexts", "Van"),
        "old_parts": QCoreApplication.translate("StockTexts", "Old parts"),
    }


def destination_names() -> dict[str, str]:
    return {
        "hq": QCoreApplication.translate("StockTexts", "Headquarters"),
        "factory": QCoreApplication.translate("StockTexts", "Factory"),
    }


def van_of(name: str) -> str:
    return QCoreApplication.translate("StockTexts", "{engineer}'s van").format(engineer=name)


def part_name(code: str, name_zh: str, name_en: str) -> str:
    """A part as people pick it: its code and its catalogue name in the interface language."""
    return f"{code} {catalogue_name(name_zh, name_en)}"
