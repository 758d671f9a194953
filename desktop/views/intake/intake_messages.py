"""Error codes of intake, customers and tickets as sentences in the user's language (see messages.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.errors import DomainError
from desktop.views.messages import error_message, register_messages

# lupdate reads translate("Context", "literal") calls; the short name keeps the table readable.
translate = QCoreApplication.translate


def intake_messages() -> dict[str, str]:
    return {
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
        "town_too_long": translate(
            "Errors", "The town is too long: at most {max_length} characters (such as 吕村镇 or 东风街道)."),
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
