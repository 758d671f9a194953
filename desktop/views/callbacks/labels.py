"""Translated names of the callback and complaint codes, shared by the area's views."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.views.messages import register_param_words

# Written out as literal QCoreApplication.translate calls so that lupdate sees every source string.


def kind_names() -> dict[str, str]:
    return {
        "after_service": QCoreApplication.translate("CallbackLabels", "After service"),
        "after_install": QCoreApplication.translate("CallbackLabels", "After installation"),
        "after_return": QCoreApplication.translate("CallbackLabels", "After return/exchange"),
        "key_account_phone": QCoreApplication.translate("CallbackLabels", "Key account (phone)"),
        "key_account_visit": QCoreApplication.translate("CallbackLabels", "Key account (visit)"),
        "maintenance": QCoreApplication.translate("CallbackLabels", "Care reminder"),
        "ad_hoc_phone": QCoreApplication.translate("CallbackLabels", "Ad-hoc (phone)"),
        "ad_hoc_visit": QCoreApplication.translate("CallbackLabels", "Ad-hoc (visit)"),
    }


def satisfaction_names() -> dict[str, str]:
    """Every grade of rules.satisfaction; a combo box offers only the grades the branch chose."""
    return {
        "very_satisfied": QCoreApplication.translate("CallbackLabels", "Very satisfied"),
        "satisfied": QCoreApplication.translate("CallbackLabels", "Satisfied"),
        "neutral": QCoreApplication.translate("CallbackLabels", "Neutral"),
        "dissatisfied": QCoreApplication.translate("CallbackLabels", "Dissatisfied"),
        "very_dissatisfied": QCoreApplication.translate("CallbackLabels", "Very dissatisfied"),
    }


def complaint_status_names() -> dict[str, str]:
    return {
        "open": QCoreApplication.translate("CallbackLabels", "Open"),
        "inspected": QCoreApplication.translate("CallbackLabels", "Inspected"),
        "answered": QCoreApplication.translate("CallbackLabels", "Answered"),
        "closed": QCoreApplication.translate("CallbackLabels", "Closed"),
    }


def concerns_names() -> dict[str, str]:
    return {
        "staff": QCoreApplication.translate("CallbackLabels", "Staff"),
        "product": QCoreApplication.translate("CallbackLabels", "Product"),
        "other": QCoreApplication.translate("CallbackLabels", "Other"),
    }


def source_names() -> dict[str, str]:
    return {
        "callback": QCoreApplication.translate("CallbackLabels", "Callback"),
        "phone": QCoreApplication.translate("CallbackLabels", "Phone"),
        "visit": QCoreApplication.translate("CallbackLabels", "Visit"),
    }


def liability_names() -> dict[str, str]:
    return {
        "company": QCoreApplication.translate("CallbackLabels", "Our company"),
        "installer": QCoreApplication.translate("CallbackLabels", "The installer"),
        "shared": QCoreApplication.translate("CallbackLabels", "Shared"),
        "customer": QCoreApplication.translate("CallbackLabels", "The customer (use)"),
        "none": QCoreApplication.translate("CallbackLabels", "No fault found"),
    }


def attempt_names() -> dict[str, str]:
    return {
        "reached": QCoreApplication.translate("CallbackLabels", "Reached"),
        "no_answer": QCoreApplication.translate("CallbackLabels", "No answer"),
        "busy": QCoreApplication.translate("CallbackLabels", "Busy"),
        "wrong_number": QCoreApplication.translate("CallbackLabels", "Wrong number"),
        "refused": QCoreApplication.translate("CallbackLabels", "Refused"),
    }


def script_line_names() -> dict[str, str]:
    """What each line of the callback script is for: the clerk reads these, never the seeds' line ids (G1, E2)."""
    return {
        "G1": QCoreApplication.translate("CallbackLabels", "Greeting"),
        "G2": QCoreApplication.translate("CallbackLabels", "Greeting (other wording)"),
        "M1": QCoreApplication.translate("CallbackLabels", "Greeting for a care reminder"),
        "V0": QCoreApplication.translate("CallbackLabels", "Before a visit"),
        "V1": QCoreApplication.translate("CallbackLabels", "Greeting at the door"),
        "V2": QCoreApplication.translate("CallbackLabels", "Question: how it works and any comments"),
        "Q1": QCoreApplication.translate("CallbackLabels", "Question: the engineer's service"),
        "Q2": QCoreApplication.translate("CallbackLabels", "Question: the manual"),
        "Q3": QCoreApplication.translate("CallbackLabels", "Question: is it fixed"),
        "Q4": QCoreApplication.translate("CallbackLabels", "Question: suggestions"),
        "Q5": QCoreApplication.translate("CallbackLabels", "Question: the engineer's conduct"),
        "H2": QCoreApplication.translate("CallbackLabels", "Offer a visit"),
        "H4": QCoreApplication.translate("CallbackLabels", "Ask an engineer"),
        "H5": QCoreApplication.translate("CallbackLabels", "Call back within minutes"),
        "V3": QCoreApplication.translate("CallbackLabels", "Answer to a complaint about staff"),
        "V4": QCoreApplication.translate("CallbackLabels", "Answer to a complaint about the product"),
        "E1": QCoreApplication.translate("CallbackLabels", "Closing: thanks and the hotline"),
        "E2": QCoreApplication.translate("CallbackLabels", "Closing: apology, we will solve it"),
        "E3": QCoreApplication.translate("CallbackLabels", "Closing: thanks for choosing us"),
        "V5": QCoreApplication.translate("CallbackLabels", "Closing at the door"),
        "A": QCoreApplication.translate("CallbackLabels", "Calming: we understand"),
        "B": QCoreApplication.translate("CallbackLabels", "Calming: please don't worry"),
        "C": QCoreApplication.translate("CallbackLabels", "Calming: tell us what happened"),
    }


def line_name(line_id: str) -> str:
    """A script line's name; a line the table does not know is named by its place, never by its id."""
    return script_line_names().get(line_id) or QCoreApplication.translate("CallbackLabels", "Script line")


def error_messages() -> dict[str, str]:
    """Registered with messages.register_messages: the codes the callback and complaint services raise."""
    return {
        "callback_not_found": QCoreApplication.translate("Errors", "The callback task no longer exists."),
        "callback_not_pending": QCoreApplication.translate(
            "Errors", "This callback has already been finished."
        ),
        "closing_line_mismatch": QCoreApplication.translate(
            "Errors", "The customer needs a repair or is dissatisfied: close with the apology (we will solve it)."
        ),
        "complaint_text_required": QCoreApplication.translate(
            "Errors", "Write down what the customer is unhappy about (complaint fields or notes)."
        ),
        "not_reached_use_attempt": QCoreApplication.translate(
            "Errors", "The customer was not reached: use Not reached instead."
        ),
        "unknown_answer": QCoreApplication.translate("Errors", "Unknown answer field."),
        "invalid_choice": QCoreApplication.translate("Errors", "Please choose one of the offered values."),
        "no_unit_for_follow_up": QCoreApplication.translate(
            "Errors", "The customer has no registered unit: take the repair request through intake."
        ),
        "complaint_not_found": QCoreApplication.translate("Errors", "The complaint no longer exists."),
        "complaint_closed": QCoreApplication.translate("Errors", "This complaint is closed."),
        "inspection_required": QCoreApplication.translate(
            "Errors", "Record the on-site inspection before stating any liability."
        ),
        "owner_invalid": QCoreApplication.translate("Errors", "Choose an active user of this branch."),
        "customer_not_found": QCoreApplication.translate("Errors", "The customer no longer exists."),
        "in_future": QCoreApplication.translate("Errors", "The time cannot be in the future."),
        "date_in_past": QCoreApplication.translate("Errors", "The date cannot be in the past."),
        "unit_not_of_customer": QCoreApplication.translate("Errors", "That unit belongs to another customer."),
        "ticket_not_of_customer": QCoreApplication.translate("Errors", "That ticket belongs to another customer."),
        "unit_not_found": QCoreApplication.translate("Errors", "The unit no longer exists."),
        "model_not_found": QCoreApplication.translate("Errors", "The model no longer exists."),
        "product_line_not_found": QCoreApplication.translate("Errors", "The product line no longer exists."),
        "not_a_care_reminder": QCoreApplication.translate(
            "Errors", "Only a care reminder can become a maintenance visit."),
        "no_consumables_chosen": QCoreApplication.translate(
            "Errors", "Nothing is due on this unit yet: choose the consumables to replace."),
        "part_not_consumable": QCoreApplication.translate(
            "Errors", "That part is not a consumable of this model's product line."),
        "interval_invalid": QCoreApplication.translate(
            "Errors", "The interval is a whole number of months from 0 (no reminder) to {maximum}."),
        "days_out_of_range": QCoreApplication.translate("Errors", "Enter a number of days from 0 to {maximum}."),
        "grade_unknown": QCoreApplication.translate("Errors", "Unknown satisfaction grade."),
        "grade_repeated": QCoreApplication.translate("Errors", "A satisfaction grade is listed twice."),
        "grades_one_sided": QCoreApplication.translate(
            "Errors", "Offer at least one satisfied grade (Very satisfied or Satisfied) and one other grade."),
        "unknown_script_line": QCoreApplication.translate("Errors", "That script line does not exist."),
        "script_forbidden_phrase": QCoreApplication.translate(
            "Errors", "{line} says \"{word}\", which is on the never-say list."),
        "script_other_product_line": QCoreApplication.translate(
            "Errors", "{line} names \"{word}\", another product line: its customers must not hear it."),
        "service_name_other_product_line": QCoreApplication.translate(
            "Errors", "The service name says \"{word}\", another product line: its customers must not read it."),
        "script_unknown_placeholder": QCoreApplication.translate(
            "Errors", "{line} has a placeholder the script does not know: {word}."),
        "script_empty": QCoreApplication.translate("Errors", "{line} needs both its Chinese and English text."),
        "script_too_long": QCoreApplication.translate(
            "Errors", "{line} is longer than {word} characters."),
    }


# Script line ids in an error's parameters are named, never shown ("{line} says …").
register_param_words("line_id", "line", line_name)
