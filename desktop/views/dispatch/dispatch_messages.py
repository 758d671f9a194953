"""Translated sentences for the dispatch area's error codes and warning codes (services raise codes only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.views.messages import register_messages


def dispatch_messages() -> dict[str, str]:
    return {
        "dispatch_warnings": QCoreApplication.translate(
            "DispatchErrors", "This plan needs a reason because of warnings."
        ),
        "not_dispatchable": QCoreApplication.translate(
            "DispatchErrors", "This ticket is not waiting for an engineer (it is {status})."
        ),
        "visit_not_movable": QCoreApplication.translate(
            "DispatchErrors", "This visit can no longer be moved: it is {status}."
        ),
        "visit_not_open": QCoreApplication.translate("DispatchErrors", "This visit is already finished or cancelled."),
        "not_escalatable": QCoreApplication.translate(
            "DispatchErrors", "Only a ticket whose visit was unresolved can be escalated."
        ),
        "ticket_not_found": QCoreApplication.translate("DispatchErrors", "The ticket no longer exists."),
        "visit_not_found": QCoreApplication.translate("DispatchErrors", "The visit no longer exists."),
        "engineer_not_found": QCoreApplication.translate("DispatchErrors", "The engineer no longer exists."),
        "window_invalid": QCoreApplication.translate(
            "DispatchErrors", "The end must be at least 15 minutes after the start."
        ),
        "window_too_long": QCoreApplication.translate("DispatchErrors", "A visit cannot last more than {hours} hours."),
        "days_invalid": QCoreApplication.translate("DispatchErrors", "The board shows 1 to 31 days."),
        "result_invalid": QCoreApplication.translate("DispatchErrors", "Choose whether the fault was resolved."),
        "satisfaction_invalid": QCoreApplication.translate(
            "DispatchErrors", "Choose one of the satisfaction grades this branch uses."
        ),
        "conduct_incomplete": QCoreApplication.translate(
            "DispatchErrors", "Answer every item of the conduct checklist, or leave the checklist unticked."
        ),
        "charge_invalid": QCoreApplication.translate("DispatchErrors", "The charge is not a valid amount."),
        "part_not_found": QCoreApplication.translate("DispatchErrors", "A part is no longer in the catalogue."),
        "quantity_invalid": QCoreApplication.translate(
            "DispatchErrors", "A part quantity must be between 1 and {maximum}."
        ),
        "plan_invalid": QCoreApplication.translate("DispatchErrors", "Choose a new plan."),
        "phone_invalid": QCoreApplication.translate(
            "DispatchErrors", "The phone number may contain digits, spaces and dashes only."
        ),
        "unknown_product_line": QCoreApplication.translate("DispatchErrors", "Unknown product line: {codes}"),
        "working_days_invalid": QCoreApplication.translate(
            "DispatchErrors", "Working days must be seven marks, Monday to Sunday."
        ),
        "work_hours_order": QCoreApplication.translate("DispatchErrors", "Work must end after it starts."),
        "user_not_engineer": QCoreApplication.translate(
            "DispatchErrors", "Only a user with the engineer role can be linked."
        ),
        "user_already_linked": QCoreApplication.translate(
            "DispatchErrors", "This user is already linked to another engineer."
        ),
        "too_many_items": QCoreApplication.translate("DispatchErrors", "At most {max_items} entries."),
    }


def warning_text(code: str) -> str:
    texts = {
        "overlap": QCoreApplication.translate("DispatchWarnings", "Overlaps another visit of this engineer"),
        "day_off": QCoreApplication.translate("DispatchWarnings", "The engineer does not work that day"),
        "outside_hours": QCoreApplication.translate("DispatchWarnings", "Outside the engineer's working hours"),
        "area_mismatch": QCoreApplication.translate(
            "DispatchWarnings", "Neither the customer's town nor district is in the engineer's areas"
        ),
        "skill_mismatch": QCoreApplication.translate(
            "DispatchWarnings", "The engineer does not handle this product line"
        ),
        "after_deadline": QCoreApplication.translate("DispatchWarnings", "Later than the promised on-site time"),
        "inactive_engineer": QCoreApplication.translate("DispatchWarnings", "The engineer is inactive"),
    }
    return texts.get(code, code)


def install() -> None:
    register_messages(dispatch_messages)
