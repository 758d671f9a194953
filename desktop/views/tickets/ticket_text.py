"""Display names of ticket codes (states, commitments, timeline entries) in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.views.durations import duration_words
from desktop.views.messages import register_param_words

# lupdate reads translate("Context", "literal") calls; the short name keeps the tables readable.
translate = QCoreApplication.translate


def status_names() -> dict[str, str]:
    return {
        "new": translate("TicketText", "New"),
        "triage": translate("TicketText", "Triage"),
        "resolved_by_phone": translate("TicketText", "Resolved by phone"),
        "dispatched": translate("TicketText", "Dispatched"),
        "scheduled": translate("TicketText", "Scheduled"),
        "on_site": translate("TicketText", "On site"),
        "completed": translate("TicketText", "Completed"),
        "unresolved": translate("TicketText", "Unresolved"),
        "escalated": translate("TicketText", "Escalated"),
        "closed": translate("TicketText", "Closed"),
        "cancelled": translate("TicketText", "Cancelled"),
    }


def commitment_names() -> dict[str, str]:
    return {
        "first_contact": translate("TicketText", "Contact the customer"),
        "report_back": translate("TicketText", "Report back"),
        "on_site": translate("TicketText", "Be on site"),
        "callback": translate("TicketText", "Callback"),
        "reply": translate("TicketText", "Reply to the caller"),
        "complaint_contact": translate("TicketText", "Call the complainant back"),
    }


def clock_state_names() -> dict[str, str]:
    return {
        "met": translate("TicketText", "Met"),
        "met_late": translate("TicketText", "Met late"),
        "open": translate("TicketText", "Running"),
        "due_soon": translate("TicketText", "Due soon"),
        "overdue": translate("TicketText", "Overdue"),
        "cancelled": translate("TicketText", "Not needed"),
    }


def event_names() -> dict[str, str]:
    return {
        "opened": translate("TicketText", "Ticket opened"),
        "state_change": translate("TicketText", "Status changed"),
        "contact_call": translate("TicketText", "Customer contacted"),
        "report_back": translate("TicketText", "Reported back"),
        "edited": translate("TicketText", "Ticket edited"),
        "service_report": translate("TicketText", "Service report"),
        "callback": translate("TicketText", "Callback"),
        "complaint": translate("TicketText", "Complaint"),
        "return_claim": translate("TicketText", "Return/exchange claim"),
        "printed": translate("TicketText", "Sheet printed"),
        "completed_by_claim": translate("TicketText", "Completed by the return decision"),
        "installation_report": translate("TicketText", "Installation acceptance"),
        "callback_attempt": translate("TicketText", "Callback attempt"),
        "reopened_by_callback": translate("TicketText", "Reopened after the callback"),
        "callback_problem": translate("TicketText", "Problem raised on the callback"),
        "opened_from_callback": translate("TicketText", "Opened from a callback"),
        "opened_from_care_reminder": translate("TicketText", "Opened from a care reminder"),
        "visit_moved": translate("TicketText", "Visit moved"),
    }


def event_name(kind: str) -> str:
    """A timeline entry's name; a kind added later without a name yet reads as a plain entry, never as a code."""
    return event_names().get(kind) or translate("TicketText", "Entry")


def duration_text(seconds: int) -> str:
    text = duration_words(abs(seconds) // 60)
    if seconds >= 0:
        return translate("TicketText", "{time} left").format(time=text)
    return translate("TicketText", "{time} overdue").format(time=text)


# A refused state change names the states in words ("A ticket in state {current} cannot go to {target}").
register_param_words("current", "current", lambda code: status_names().get(code, code))
register_param_words("target", "target", lambda code: status_names().get(code, code))
