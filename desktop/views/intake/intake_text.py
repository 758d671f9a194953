"""Display names of the intake codes (channels, priorities, proofs, warranty coverage) in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.rules.warranty import WarrantyStatus

# lupdate reads translate("Context", "literal") calls; the short name keeps the tables readable.
translate = QCoreApplication.translate


def channel_names() -> dict[str, str]:
    return {"hotline": translate("IntakeText", "Hotline"), "walk_in": translate("IntakeText", "Walk-in"),
            "salesperson": translate("IntakeText", "Forwarded by a salesperson"),
            "online": translate("IntakeText", "Online")}


def priority_names() -> dict[str, str]:
    return {"normal": translate("IntakeText", "Normal"), "urgent": translate("IntakeText", "Urgent"),
            "critical": translate("IntakeText", "Critical")}


def proof_names() -> dict[str, str]:
    return {"invoice": translate("IntakeText", "Invoice"),
            "card_only": translate("IntakeText", "Warranty card only"),
            "none": translate("IntakeText", "No proof")}


def usage_names() -> dict[str, str]:
    return {"household": translate("IntakeText", "Household"), "commercial": translate("IntakeText", "Commercial")}


def coverage_text(status: WarrantyStatus) -> str:
    if status.coverage == "whole_unit":
        return translate("IntakeText", "Whole unit under warranty, {days} days left").format(
            days=status.days_left_whole_unit)
    if status.coverage == "main_parts":
        return translate("IntakeText", "Main parts under warranty, {days} days left").format(
            days=status.days_left_main_parts)
    if status.coverage == "out_of_period":
        return translate("IntakeText", "Out of warranty period")
    return translate("IntakeText", "Warranty status unknown (no purchase date)")
