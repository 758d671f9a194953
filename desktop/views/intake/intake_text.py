"""Display names of the intake codes (channels, priorities, proofs, warranty coverage) in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.rules.warranty import WarrantyStatus


def _tr(text: str) -> str:
    return QCoreApplication.translate("IntakeText", text)


def channel_names() -> dict[str, str]:
    return {"hotline": _tr("Hotline"), "walk_in": _tr("Walk-in"), "salesperson": _tr("Forwarded by a salesperson"),
            "online": _tr("Online")}


def priority_names() -> dict[str, str]:
    return {"normal": _tr("Normal"), "urgent": _tr("Urgent"), "critical": _tr("Critical")}


def proof_names() -> dict[str, str]:
    return {"invoice": _tr("Invoice"), "card_only": _tr("Warranty card only"), "none": _tr("No proof")}


def usage_names() -> dict[str, str]:
    return {"household": _tr("Household"), "commercial": _tr("Commercial")}


def coverage_text(status: WarrantyStatus) -> str:
    if status.coverage == "whole_unit":
        return _tr("Whole unit under warranty, {days} days left").format(days=status.days_left_whole_unit)
    if status.coverage == "main_parts":
        return _tr("Main parts under warranty, {days} days left").format(days=status.days_left_main_parts)
    if status.coverage == "out_of_period":
        return _tr("Out of warranty period")
    return _tr("Warranty status unknown (no purchase date)")
