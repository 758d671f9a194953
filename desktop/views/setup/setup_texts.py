"""What people read about each service commitment: its name, its unit and the seed sentence it comes from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.views.durations import unit_words

translate = QCoreApplication.translate


def commitment_names() -> dict[str, str]:
    return {
        "commitment.first_contact_minutes": translate("SetupTexts", "Contact the customer after a request"),
        "commitment.report_back_minutes": translate("SetupTexts", "Report back to the service centre"),
        "commitment.callback_same_day": translate("SetupTexts", "Call the customer back on the day of the service"),
        "callback.after_install_days": translate("SetupTexts", "Call back after an installation"),
        "complaint.answer_hours": translate("SetupTexts", "Answer a complaint"),
        "commitment.clock_warning_minutes": translate("SetupTexts", "Warn before a commitment falls due"),
    }


def onsite_name(line_name: str) -> str:
    return translate("SetupTexts", "On site: {line}").format(line=line_name)


def unit_names() -> dict[str, str]:
    return {
        "minutes": translate("SetupTexts", "minutes"),
        "hours": translate("SetupTexts", "hours"),
        "days": translate("SetupTexts", "days"),
    }


def value_text(unit: str, value: int | bool) -> str:
    if unit == "flag":
        return translate("SetupTexts", "yes") if value else translate("SetupTexts", "no")
    return unit_words(int(value), unit)


def seed_texts() -> dict[str, str]:
    return {
        "seed-002-4.5": translate(
            "SetupTexts", "Service rules: contact the customer within ten minutes of the request"),
        "seed-002-6.1.1": translate(
            "SetupTexts", "Service rules: the department reports back to the service centre within one hour"),
        "seed-002-8": translate(
            "SetupTexts", "Service rules: call the customer back on the day the work is done"),
        "seed-004-3-4.4": translate(
            "SetupTexts", "Service rules: call or visit within one month of finishing the job"),
        "seed-002-4.3": translate(
            "SetupTexts", "Service rules: promise a reply time for what cannot be answered at once, and keep it"),
        "branch": translate("SetupTexts", "Branch practice (the service rules name no time)"),
        "seed-002-4.5-campus": translate(
            "SetupTexts", "Service rules: campus line on site within 30 minutes of the call"),
        "seed-002-4.5-vending": translate(
            "SetupTexts", "Service rules: water vending machines on site within 2 hours"),
        "seed-000-24h": translate(
            "SetupTexts", "Service rules: round-the-clock on-site service (taken as 24 hours)"),
    }
