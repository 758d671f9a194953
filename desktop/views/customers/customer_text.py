"""Display names and error sentences of the customer file, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.views.messages import register_messages

# lupdate reads translate("Context", "literal") calls; the short name keeps the tables readable.
translate = QCoreApplication.translate


def kind_names() -> dict[str, str]:
    return {"person": translate("CustomerText", "Person"), "company": translate("CustomerText", "Company")}


def ticket_kind_names() -> dict[str, str]:
    return {"repair": translate("CustomerText", "Repair"), "installation": translate("CustomerText", "Installation")}


def visit_status_names() -> dict[str, str]:
    return {
        "dispatched": translate("CustomerText", "Dispatched"),
        "scheduled": translate("CustomerText", "Time agreed"),
        "on_site": translate("CustomerText", "On site"),
        "resolved": translate("CustomerText", "Done"),
        "unresolved": translate("CustomerText", "Not done"),
        "cancelled": translate("CustomerText", "Cancelled"),
    }


def visit_result_names() -> dict[str, str]:
    return {
        "resolved": translate("CustomerText", "Resolved"),
        "unresolved": translate("CustomerText", "Not resolved"),
        "installed": translate("CustomerText", "Installed"),
        "not_installed": translate("CustomerText", "Not installed"),
    }


def unit_status_names() -> dict[str, str]:
    return {"active": translate("CustomerText", "In use"), "returned": translate("CustomerText", "Returned"),
            "replaced": translate("CustomerText", "Replaced by exchange")}


def callback_status_names() -> dict[str, str]:
    return {
        "pending": translate("CustomerText", "Pending"),
        "done": translate("CustomerText", "Done"),
        "unreachable": translate("CustomerText", "Unreachable"),
        "refused": translate("CustomerText", "Refused"),
        "cancelled": translate("CustomerText", "Cancelled"),
    }


def document_names() -> dict[str, str]:
    return {
        "service_sheet": translate("CustomerText", "Service sheet"),
        "service_report": translate("CustomerText", "Service report"),
        "callback_record": translate("CustomerText", "Callback record"),
        "installation_acceptance": translate("CustomerText", "Installation acceptance"),
    }


def customer_messages() -> dict[str, str]:
    return {
        "phone_required": translate("CustomerErrors", "A customer needs at least one phone number."),
        "phone_twice": translate("CustomerErrors", "The same phone number is listed twice."),
        "address_in_use": translate(
            "CustomerErrors", "The address {address} belongs to a unit or a ticket: correct it instead of removing "
            "it."),
        "warranty_change_unconfirmed": translate(
            "CustomerErrors", "This change moves the unit's warranty: check the old and new status shown, then save "
            "again to confirm."),
        "merge_same_customer": translate("CustomerErrors", "Choose another customer to merge."),
        "customer_merged": translate("CustomerErrors", "This customer was merged into another record."),
        "customer_not_found": translate("CustomerErrors", "The customer no longer exists."),
        "unit_not_found": translate("CustomerErrors", "The unit no longer exists."),
        "not_a_decimal": translate("CustomerErrors", "Please enter an amount such as 2680.00."),
        "negative_money": translate("CustomerErrors", "The amount cannot be negative."),
        "too_many_decimals": translate("CustomerErrors", "An amount in yuan has at most two decimals (fen)."),
        "amount_too_large": translate("CustomerErrors", "This amount is far too large for a unit's price."),
    }


register_messages(customer_messages)
