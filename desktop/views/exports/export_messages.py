"""Translated messages for the export and merge error codes (registered with views.messages)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.views.messages import register_messages


def _messages() -> dict[str, str]:
    return {
        "period_invalid": QCoreApplication.translate("Errors", "The period {value} is not a valid date range."),
        "period_reversed": QCoreApplication.translate("Errors", "The end of the period is before its start."),
        "export_folder_missing": QCoreApplication.translate(
            "Errors", "The folder {folder} does not exist; choose another output file."),
        "workbook_not_found": QCoreApplication.translate("Errors", "{file}: the file does not exist."),
        "workbook_corrupt": QCoreApplication.translate(
            "Errors", "{file}: not a readable .xlsx workbook (damaged, incomplete or another type of file)."),
        "workbook_foreign": QCoreApplication.translate(
            "Errors", "{file}: not an HQ workbook exported by Branch Service Desk."),
        "workbook_schema_version": QCoreApplication.translate(
            "Errors", "{file}: format version {found}, this program reads version {expected}. Ask the branch to "
            "export it again with the current version."),
        "workbook_columns": QCoreApplication.translate(
            "Errors", "{file}: the sheet {sheet} has missing, inserted or deleted columns."),
        "workbook_value": QCoreApplication.translate(
            "Errors", "{file}: sheet {sheet}, row {row}, column {column} holds an unexpected value."),
        "merge_no_files": QCoreApplication.translate("Errors", "Add the workbooks to merge first."),
        "merge_branch_clash": QCoreApplication.translate(
            "Errors", "{file} and {other_file} both carry the branch code {branch} but come from two different "
            "branch databases. One of the branches must use its own code and export again."),
        "merge_output_is_input": QCoreApplication.translate(
            "Errors", "{file}: the output file cannot also be one of the workbooks to merge."),
    }


def install() -> None:
    register_messages(_messages)
