"""Error codes of intake, customers and tickets as sentences in the user's language (see messages.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.errors import DomainError
from desktop.views.messages import error_message, register_messages

# lupdate reads translate("Context", "literal") calls; the short name keeps the table readable.
translate = QCoreApplication.translate


def intake_messages() -> dict[str, str]:
    return {
        "phone_invalid": translate("Errors", "This is not a valid Chinese phone number."),
        "phone_characters": translate("Errors", "A phone number may contain only digits, spaces and dashes."),
        "phone_mobile_length": translate("Errors", "A mobile number has {expected} digits; this one has {length}."),
        "phone_landline_length": translate(
            "Errors", "A landline needs the area code and the number, 10 to 12 digits (e.g. 0372-2108187); "
            "this one has {length}."),
        "phone_area_code_missing": translate(
            "Errors", "Please add the area code to the landline number (e.g. 0372-2108187)."),
        "phone_extension_invalid": translate(
            "Errors", "The extension must be 1 to 6 digits (e.g. 0372-2108187 转803)."),
        "phone_extension_on_mobile": translate("Errors", "A mobile number has no extension."),
        "phone_taken": translate("Errors", "This phone number already belongs to the customer {owner}."),
        "serial_taken": translate(
            "Errors", "This serial number of this model is already registered to the customer {owner}."),
        "date_in_future": translate("Errors", "This date lies in the future."),
        "installed_before_sale": translate("Errors", "The installation date cannot be before the invoice date."),
        "invoice_date_required": translate("Errors", "With an invoice as proof, please enter the invoice date."),
        "similar_customer": translate(
            "Errors", "A customer with a similar name lives at this address: {name}, {address}."),
        "unknown_value": translate("Errors", "Please choose a value from the list."),
        "customer_not_found": translate("Errors", "The customer no longer exists."),
        "ticket_not_found": translate("Errors", "The ticket no longer exists."),
        "unit_not_of_customer": translate("Errors", "This unit belongs to another customer."),
        "address_not_of_customer": translate("Errors", "This address belongs to another customer."),
        "fault_not_of_product_line": translate(
            "Errors", "This fault category is not one of the product line's faults."),
        "ticket_finished": translate("Errors", "The ticket is already closed or cancelled."),
    }


def register() -> None:
    register_messages(intake_messages)


def describe(exc: BaseException) -> str:
    """error_message(), but this area's own sentence first: codes such as serial_taken are also registered by
    other areas with other parameters, and the first provider registered wins in messages.py."""
    if isinstance(exc, DomainError):
        template = intake_messages().get(exc.code)
        if template is not None:
            try:
                return template.format(**exc.params)
            except (KeyError, IndexError, ValueError):
                return template
    return error_message(exc)
