"""Display names and error sentences of the installation area, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.views.messages import register_messages

# lupdate reads translate("Context", "literal") calls; the short name keeps the tables readable.
translate = QCoreApplication.translate


def result_names() -> dict[str, str]:
    return {"installed": translate("InstallationText", "Installed"),
            "not_installed": translate("InstallationText", "Not installed")}


def check_names() -> dict[str, str]:
    return {
        "packaging_intact": translate("InstallationText", "Packaging intact"),
        "parts_complete": translate("InstallationText", "All parts present"),
        "serial_matches": translate("InstallationText", "Model and serial match"),
        "drilling_agreed": translate("InstallationText", "Drilling agreed"),
        "test_run_ok": translate("InstallationText", "Test run normal"),
        "site_cleaned": translate("InstallationText", "Site cleaned"),
    }


def installation_messages() -> dict[str, str]:
    return {
        "customer_not_chosen": translate(
            "InstallationErrors", "Whose unit is it? Pick the customer in the list under the phone, or tick New "
            "customer and type the name and address."),
        "use_not_explained": translate(
            "InstallationErrors", "An installation is finished only when use and care have been explained to the "
            "customer (tick the box once they have)."),
        "signature_required": translate(
            "InstallationErrors", "The customer signs the acceptance: draw the signature or attach the scan."),
        "installed_on_outside_visit": translate(
            "InstallationErrors", "The installation date must be a day of the visit."),
        "not_installed_reason_required": translate(
            "InstallationErrors", "Write down why the unit could not be installed."),
        "installation_open": translate(
            "InstallationErrors", "This unit already has an open installation order ({ticket})."),
        "unit_already_installed": translate(
            "InstallationErrors", "This unit was already installed by us (installation order {ticket})."),
        "not_an_installation": translate("InstallationErrors", "Ticket {number} is not an installation order."),
        "date_in_past": translate("InstallationErrors", "The requested date cannot lie in the past."),
        "unit_not_active": translate("InstallationErrors", "This unit was returned or replaced."),
        "installed_before_sale": translate(
            "InstallationErrors", "The installation date cannot be before the invoice date."),
        "signature_digest_mismatch": translate(
            "InstallationErrors", "The acceptance was changed after the customer signed it and cannot be printed "
            "with that signature."),
    }


register_messages(installation_messages)
