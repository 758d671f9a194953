"""Short names of the 上门服务规范 items (rules.conduct) for the visit result's checklist."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Written out as literal QCoreApplication.translate calls so that lupdate sees every source string.


def conduct_names() -> dict[str, str]:
    return {
        "introduced": QCoreApplication.translate("ConductNames", "Showed the work card, gave their name"),
        "shoe_covers": QCoreApplication.translate("ConductNames", "Shoe covers on before entering"),
        "consent": QCoreApplication.translate("ConductNames", "Asked before drilling or using things"),
        "explained": QCoreApplication.translate("ConductNames", "Explained the use and care"),
        "site_clean": QCoreApplication.translate("ConductNames", "Site left clean, rubbish taken away"),
        "four_nots": QCoreApplication.translate("ConductNames", "Four nots: no arguing, meal, drink, cigarette"),
        "no_gifts": QCoreApplication.translate("ConductNames", "No money or gifts accepted"),
    }
