"""Translated sentences for the error codes of the report print service (registered with views.messages)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.views.messages import register_messages


def report_print_messages() -> dict[str, str]:
    return {
        "report_missing": QCoreApplication.translate(
            "ReportPrintErrors", "No service report has been recorded for this visit yet."
        ),
        "callback_not_done": QCoreApplication.translate(
            "ReportPrintErrors", "Only a completed callback has a record to print."
        ),
        "callback_without_ticket": QCoreApplication.translate(
            "ReportPrintErrors", "This callback belongs to no ticket, so there is no record to print."
        ),
        "ticket_number_unknown": QCoreApplication.translate(
            "ReportPrintErrors", "No ticket {ticket_no} in this branch."
        ),
        "record_not_found": QCoreApplication.translate(
            "ReportPrintErrors", "The printed record no longer exists."
        ),
    }


register_messages(report_print_messages)
