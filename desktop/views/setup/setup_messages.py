"""Error codes of the setup wizard and the record import as sentences in the user's language (see messages.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.errors import DomainError
from desktop.views.messages import error_message, register_messages

translate = QCoreApplication.translate


def setup_messages() -> dict[str, str]:
    return {
        "branch_code_invalid": translate(
            "SetupErrors", "The branch code has 2 to 8 capital letters or digits, without spaces (e.g. XX02)."),
        "branch_code_taken": translate("SetupErrors", "Another branch in this database already uses the code {value}."),
        "branch_code_fixed": translate(
            "SetupErrors", "Tickets already carry the code {value}: it can no longer be changed."),
        "hotline_invalid": translate(
            "SetupErrors", "The hotline is a phone number: digits with dashes or spaces, e.g. 0373-2108187."),
        "districts_required": translate("SetupErrors", "Add at least one district or county the branch serves."),
        "name_duplicate": translate("SetupErrors", "{name} is in the list twice."),
        "too_many_items": translate("SetupErrors", "At most {max_items} entries."),
        "months_invalid": translate("SetupErrors", "A warranty period is a whole number of months, 1 to {maximum}."),
        "periods_incomplete": translate(
            "SetupErrors", "Give {value} both periods (whole unit and main parts), or neither."),
        "main_parts_shorter": translate(
            "SetupErrors", "For {value} the main parts period cannot be shorter than the whole unit's."),
        "line_name_duplicate": translate("SetupErrors", "The product line {value} is in the list twice."),
        "product_lines_required": translate("SetupErrors", "Add at least one product line."),
        "model_line_unknown": translate("SetupErrors", "The model's product line {value} is not in the list above."),
        "model_code_duplicate": translate("SetupErrors", "The model {value} is in the list twice."),
        "models_required": translate("SetupErrors", "Add at least one model."),
        "line_without_models": translate("SetupErrors", "These product lines have no model yet: {value}."),
        "value_out_of_range": translate("SetupErrors", "The value must lie between {minimum} and {maximum}."),
        "area_unknown": translate(
            "SetupErrors", "{value} is not one of the branch's districts or towns (first page)."),
        "areas_required": translate("SetupErrors", "Tick at least one area the engineer covers."),
        "unknown_product_line": translate("SetupErrors", "Unknown product line: {value}."),
        "skills_required": translate("SetupErrors", "Tick at least one product line the engineer repairs."),
        "working_days_invalid": translate("SetupErrors", "Tick at least one working day."),
        "work_hours_order": translate("SetupErrors", "Work must end after it starts."),
        "engineers_required": translate("SetupErrors", "Add at least one engineer."),
        "engineer_name_duplicate": translate(
            "SetupErrors", "Two engineers are called {value}: add something to tell them apart."),
        "username_invalid": translate(
            "SetupErrors", "A user name has 2 to 40 Latin letters, digits, dots, dashes or underscores, such as the "
            "name in pinyin (lina): {value} cannot be one."),
        "engineer_link_required": translate(
            "SetupErrors", "The engineer account {value} must say which engineer it is."),
        "engineer_link_unknown": translate("SetupErrors", "{value} is not on the engineers page."),
        "user_already_linked": translate("SetupErrors", "Two accounts are linked to the engineer {value}."),
        "supervisor_required": translate("SetupErrors", "The first account must be the supervisor's."),
        "password_required": translate(
            "SetupErrors", "Choose a password for {value}: click the row, type an initial password, then Add user."),
        "passphrase_too_short": translate("SetupErrors", "The passphrase must have at least {minimum} characters."),
        "pkcs12_unreadable": translate(
            "SetupErrors", "The PKCS#12 file cannot be opened: is it the right file, and the right password?"),
        "pkcs12_incomplete": translate("SetupErrors", "The PKCS#12 file holds no key or no certificate."),
        "setup_incomplete": translate("SetupErrors", "A page of the setup has not been completed yet."),
        "setup_finished": translate(
            "SetupErrors", "This branch has already been set up; sign in instead."),
        "invalid_choice": translate("SetupErrors", "Please choose one of the offered values."),
        # Phones, required fields and lengths say what the common catalogue says (views/messages.py).
        "workbook_unreadable": translate("SetupErrors", "{file} cannot be read as an Excel workbook (.xlsx)."),
        "catalogue_sheet_missing": translate("SetupErrors", "The catalogue workbook has no sheet named {sheet}."),
        "catalogue_column_missing": translate("SetupErrors", "The sheet {sheet} has no column {column}."),
        "column_not_mapped": translate("SetupErrors", "Sheet {sheet}: choose the column that holds {column}."),
        "column_mapped_twice": translate("SetupErrors", "Sheet {sheet}: one column is chosen for two fields."),
        "sheet_missing": translate("SetupErrors", "The workbook no longer has the sheet {sheet}."),
        "engineer_link_missing": translate(
            "SetupErrors", "Your account is not linked to an engineer yet: ask the supervisor (Administration → "
            "Engineers)."),
        "nothing_to_import": translate("SetupErrors", "Choose at least one sheet to import."),
    }


def register() -> None:
    register_messages(setup_messages)


def describe(exc: BaseException) -> str:
    """The message, with the row or sheet it concerns when the service named one."""
    text = error_message(exc)
    if isinstance(exc, DomainError):
        row = exc.params.get("row")
        if isinstance(row, int) and row > 0:
            return translate("Setup", "Row {row}: {message}").format(row=row, message=text)
    return text
