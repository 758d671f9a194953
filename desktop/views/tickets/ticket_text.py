"""Display names of ticket codes (states, commitments, timeline entries) in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("TicketText", text)


def status_names() -> dict[str, str]:
    return {
        "new": _tr("New"), "triage": _tr("Triage"), "resolved_by_phone": _tr("Resolved by phone"),
        "dispatched": _tr("Dispatched"), "scheduled": _tr("Scheduled"), "on_site": _tr("On site"),
        "completed": _tr("Completed"), "unresolved": _tr("Unresolved"), "escalated": _tr("Escalated"),
        "closed": _tr("Closed"), "cancelled": _tr("Cancelled"),
    }


def commitment_names() -> dict[str, str]:
    return {"first_contact": _tr("Contact the customer"), "report_back": _tr("Report back"),
            "on_site": _tr("On site"), "callback": _tr("Callback")}


def clock_state_names() -> dict[str, str]:
    return {"met": _tr("Met"), "met_late": _tr("Met late"), "open": _tr("Running"), "due_soon": _tr("Due soon"),
            "overdue": _tr("Overdue"), "cancelled": _tr("Not needed")}


def event_names() -> dict[str, str]:
    return {"opened": _tr("Ticket opened"), "state_change": _tr("Status changed"),
            "contact_call": _tr("Customer contacted"), "report_back": _tr("Reported back"),
            "edited": _tr("Ticket edited"), "service_report": _tr("Service report"), "callback": _tr("Callback"),
            "complaint": _tr("Complaint"), "return_claim": _tr("Return/exchange claim"),
            "printed": _tr("Sheet printed")}


def duration_text(seconds: int) -> str:
    minutes = abs(seconds) // 60
    text = (_tr("{hours} h {minutes} min").format(hours=minutes // 60, minutes=minutes % 60) if minutes >= 60
            else _tr("{minutes} min").format(minutes=minutes))
    return _tr("{time} left").format(time=text) if seconds >= 0 else _tr("{time} overdue").format(time=text)
