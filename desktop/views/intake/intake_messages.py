"""Error codes of intake, customers and tickets as sentences in the user's language (see messages.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.views.messages import register_messages


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def intake_messages() -> dict[str, str]:
    return {
        "phone_invalid": _tr("This is not a valid Chinese phone number."),
        "phone_characters": _tr("A phone number may contain only digits, spaces and dashes."),
        "phone_mobile_length": _tr("A mobile number has {expected} digits; this one has {length}."),
        "phone_landline_length": _tr(
            "A landline needs the area code and the number, 10 to 12 digits (e.g. 0372-2108187); this one has "
            "{length}."),
        "phone_area_code_missing": _tr("Please add the area code to the landline number (e.g. 0372-2108187)."),
        "phone_extension_invalid": _tr("The extension must be 1 to 6 digits (e.g. 0372-2108187 转803)."),
        "phone_extension_on_mobile": _tr("A mobile number has no extension."),
        "phone_taken": _tr("This phone number already belongs to the customer {owner}."),
        "serial_taken": _tr("This serial number of this model is already registered to the customer {owner}."),
        "date_in_future": _tr("This date lies in the future."),
        "installed_before_sale": _tr("The installation date cannot be before the invoice date."),
        "invoice_date_required": _tr("With an invoice as proof, please enter the invoice date."),
        "similar_customer": _tr("A customer with a similar name lives at this address: {name}, {address}."),
        "unknown_value": _tr("Please choose a value from the list."),
        "customer_not_found": _tr("The customer no longer exists."),
        "ticket_not_found": _tr("The ticket no longer exists."),
        "unit_not_of_customer": _tr("This unit belongs to another customer."),
        "address_not_of_customer": _tr("This address belongs to another customer."),
        "fault_not_of_product_line": _tr("This fault category is not one of the product line's faults."),
        "ticket_finished": _tr("The ticket is already closed or cancelled."),
        "bad_transition": _tr("The ticket cannot go from this status to the chosen one."),
    }


def register() -> None:
    register_messages(intake_messages)
