"""Translated names of the consultation and quality feedback codes, and the contacts area's error messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.errors import DomainError
from desktop.i18n import catalogue_name
from desktop.views.intake import intake_messages
from desktop.views.messages import error_message, register_messages

# lupdate reads translate("Context", "literal") calls; the short name keeps the tables readable.
translate = QCoreApplication.translate


def topic_names() -> dict[str, str]:
    return {
        "usage": translate("ContactTexts", "Use of the product"),
        "purchase": translate("ContactTexts", "Buying and prices"),
        "installation": translate("ContactTexts", "Installation"),
        "warranty": translate("ContactTexts", "Warranty (三包)"),
        "maintenance": translate("ContactTexts", "Maintenance"),
        "other": translate("ContactTexts", "Other"),
    }


def consultation_status_names() -> dict[str, str]:
    return {
        "awaiting_reply": translate("ContactTexts", "Awaiting reply"),
        "answered": translate("ContactTexts", "Answered"),
        "closed": translate("ContactTexts", "Closed"),
    }


def quality_source_names() -> dict[str, str]:
    return {
        "ticket": translate("ContactTexts", "Ticket"),
        "visit": translate("ContactTexts", "Visit"),
        "claim": translate("ContactTexts", "Return claim"),
        "complaint": translate("ContactTexts", "Complaint"),
    }


def quality_status_names() -> dict[str, str]:
    return {
        "raised": translate("ContactTexts", "Written"),
        "sent": translate("ContactTexts", "Sent to HQ"),
        "answered": translate("ContactTexts", "Answered by HQ"),
        "closed": translate("ContactTexts", "Closed"),
    }


def field_names() -> dict[str, str]:
    """Field codes of the services' errors, so a message says which box to correct."""
    return {
        "phone": translate("ContactTexts", "Phone"),
        "question": translate("ContactTexts", "Question"),
        "answer": translate("ContactTexts", "Answer"),
        "caller_name": translate("ContactTexts", "Caller"),
        "reply_due_at": translate("ContactTexts", "Reply promised by"),
        "customer": translate("ContactTexts", "Customer"),
        "fault_category": translate("ContactTexts", "Fault category"),
        "product_line": translate("ContactTexts", "Product line"),
        "fault": translate("ContactTexts", "Problem"),
        "batch": translate("ContactTexts", "Batch"),
        "serials": translate("ContactTexts", "Serial numbers"),
        "cases": translate("ContactTexts", "Units affected"),
        "model": translate("ContactTexts", "Model"),
        "analysis": translate("ContactTexts", "Root cause"),
        "corrective_action": translate("ContactTexts", "Corrective action"),
        "preventive_action": translate("ContactTexts", "Preventive action"),
        "hq_responder": translate("ContactTexts", "Answered by"),
        "note": translate("ContactTexts", "Note"),
    }


def error_messages() -> dict[str, str]:
    return {
        "consultation_not_found": translate("Errors", "The consultation no longer exists."),
        "consultation_not_awaiting": translate("Errors", "This question has already been answered."),
        "consultation_reply_first": translate(
            "Errors", "The caller was promised an answer: record the reply (or turn the question into a ticket) "
            "before closing."),
        "consultation_closed": translate("Errors", "This consultation is already closed."),
        "consultation_has_ticket": translate("Errors", "This question has already become a ticket."),
        "consultation_needs_customer": translate(
            "Errors", "A ticket needs a customer: choose the caller among the customers with this phone, or "
            "register them in Intake first."),
        "reply_time_past": translate("Errors", "The promised reply time must lie in the future."),
        "reply_time_too_far": translate("Errors", "Promise a reply within {days} days."),
        "quality_feedback_not_found": translate("Errors", "The quality feedback form no longer exists."),
        "quality_feedback_sent": translate(
            "Errors", "This form has been sent to HQ and can no longer be changed."),
        "quality_feedback_state": translate(
            "Errors", "This step is not possible in the form's current state; reload it to see where it stands."),
        "model_not_of_product_line": translate("Errors", "This model belongs to another product line."),
        "cases_below_serials": translate(
            "Errors", "{serials} serial numbers are listed: the number of units affected cannot be smaller."),
        "out_of_range": translate("Errors", "Enter a number from {minimum} to {maximum}."),
        "too_many": translate("Errors", "At most {maximum} entries."),
        "not_an_integer": translate("Errors", "Enter a whole number."),
        "visit_not_found": translate("Errors", "The visit no longer exists."),
        "claim_not_found": translate("Errors", "The return claim no longer exists."),
        "complaint_already_contacted": translate("Errors", "The first contact has already been recorded."),
        "window_out_of_range": translate("Errors", "An on-site window is 1 minute to {maximum} minutes."),
        "urgent_window_longer": translate(
            "Errors", "A more urgent ticket cannot have a longer on-site window than a less urgent one."),
        "unknown_product_line": translate("Errors", "This product line is not in the catalogue."),
        "malformed": translate("Errors", "The table is incomplete; fill in every window."),
    }


def register() -> None:
    intake_messages.register()
    register_messages(error_messages)


def describe(exc: BaseException) -> str:
    """The error in words, naming the field to correct when the service said which one."""
    text = error_message(exc)
    field = exc.field if isinstance(exc, DomainError) else None
    label = field_names().get((field or "").split(".")[0])
    return translate("ContactTexts", "{field}: {message}").format(field=label, message=text) if label else text


def chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def line_name(zh: str, en: str) -> str:
    """A catalogue name in the interface language (the catalogue carries both)."""
    return catalogue_name(zh, en)
