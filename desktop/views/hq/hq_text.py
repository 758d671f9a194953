"""What HQ figures, outcomes and grades are called on screen (codes never reach a person)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from desktop.clock import to_local


def figure_names() -> dict[str, str]:
    return {
        "tickets": QCoreApplication.translate("HqText", "Tickets"),
        "contact": QCoreApplication.translate("HqText", "Contacted in time"),
        "report_back": QCoreApplication.translate("HqText", "Reported back in time"),
        "on_site": QCoreApplication.translate("HqText", "On site in time"),
        "callback": QCoreApplication.translate("HqText", "Same-day callback"),
        "satisfaction": QCoreApplication.translate("HqText", "Satisfaction"),
        "first_visit_fix": QCoreApplication.translate("HqText", "First-visit fix"),
        "repeat_repair": QCoreApplication.translate("HqText", "Repeat repairs"),
        "callbacks_done": QCoreApplication.translate("HqText", "Callbacks done"),
        "returns": QCoreApplication.translate("HqText", "Return claims"),
        "refund": QCoreApplication.translate("HqText", "Refunded"),
        "complaints": QCoreApplication.translate("HqText", "Complaints"),
        "complaints_answered": QCoreApplication.translate("HqText", "Complaints answered"),
        "complaints_overdue": QCoreApplication.translate("HqText", "Complaints not answered in time"),
        "visits": QCoreApplication.translate("HqText", "Visits"),
    }


def outcome_names() -> dict[str, str]:
    return {
        "loaded": QCoreApplication.translate("HqText", "Loaded"),
        "replaced": QCoreApplication.translate("HqText", "Replaced an earlier export"),
        "older": QCoreApplication.translate("HqText", "Older than the export loaded"),
        "unchanged": QCoreApplication.translate("HqText", "Already loaded"),
    }


def grade_names() -> dict[str, str]:
    return {
        "satisfied": QCoreApplication.translate("HqText", "Satisfied"),
        "basically_satisfied": QCoreApplication.translate("HqText", "Fairly satisfied"),
        "dissatisfied": QCoreApplication.translate("HqText", "Dissatisfied"),
    }


def yes_no(value: bool | None) -> str:
    if value is None:
        return "–"
    return QCoreApplication.translate("HqText", "Yes") if value else QCoreApplication.translate("HqText", "No")


def share(count: int, base: int | None) -> str:
    """"93.1%" over "1234/1325": the share with what it is a share of, so people can add them up."""
    if not base:
        return f"–\n{count}/{base or 0}"
    return f"{count / base * 100:.1f}%\n{count}/{base}"


def local_time(moment: datetime | None) -> str:
    """An aware time, or a naive UTC one (a workbook's export time), as HQ's local clock time."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return to_local(moment).strftime("%Y-%m-%d %H:%M")


def wall_time(moment: datetime | None) -> str:
    """A branch's own wall-clock time, as its workbook shows it."""
    return "" if moment is None else moment.strftime("%Y-%m-%d %H:%M")
