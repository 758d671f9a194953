"""What people read about each service commitment: its name, its unit and the seed sentence it comes from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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
    return f"{value} {unit_names().get(unit, unit)}"


def seed_texts() -> dict[str, str]:
    return {
        "seed-002-4.5": translate(
            "SetupTexts", "Seed 002 §4.5: 接到服务信息诉求，应在十分钟内与客户建立联系 (contact within ten minutes)"),
        "seed-002-6.1.1": translate(
            "SetupTexts", "Seed 002 §6.1.1: the department reports back to the service centre within one hour"),
        "seed-002-8": translate(
            "SetupTexts", "Seed 002 §8: 售后服务工作完毕后当天内，回访调查 (callback on the same day)"),
        "seed-004-3-4.4": translate(
            "SetupTexts", "Seed 004 ch. 3 §4.4: 公司在工程完工一个月内电话或登门拜访 (within one month)"),
        "seed-002-4.3": translate(
            "SetupTexts", "Seed 002 §4.3: promise a reply time for what cannot be answered at once, and keep it"),
        "branch": translate("SetupTexts", "Branch practice (no seed names it)"),
        "seed-002-4.5-campus": translate(
            "SetupTexts", "Seed 002 §4.5: 接到报修电话必须30分钟内到达现场 (campus line: 30 minutes)"),
        "seed-002-4.5-vending": translate(
            "SetupTexts", "Seed 002 §4.5: water vending machines within 2 hours"),
        "seed-000-24h": translate(
            "SetupTexts", "Seed 000: 全天候24小时上门服务 (round-the-clock service, read as 24 hours)"),
    }
