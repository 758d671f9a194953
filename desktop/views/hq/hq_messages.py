"""Translated messages for the HQ error codes (registered with views.messages); the workbook codes come from
the exports area's provider, installed by the HQ mode too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.views.messages import register_messages


def _messages() -> dict[str, str]:
    return {
        "hq_load_consolidated": QCoreApplication.translate(
            "Errors", "{file}: a consolidated workbook (made by the HQ merge); load the branches' own workbooks."),
        "hq_row_branch": QCoreApplication.translate(
            "Errors", "{file}: sheet {sheet}, row {row} belongs to branch {found}, but the workbook is branch "
            "{expected}'s."),
        "hq_duplicate_row": QCoreApplication.translate(
            "Errors", "{file}: sheet {sheet}, row {row} repeats an earlier row ({key})."),
        "hq_needs_postgresql": QCoreApplication.translate(
            "Errors", "The HQ database must be a PostgreSQL server (postgresql+psycopg://user@server/hq)."),
        "hq_no_workbooks": QCoreApplication.translate("Errors", "{file}: no .xlsx workbooks in this folder."),
        "hq_database_newer": QCoreApplication.translate(
            "Errors", "The HQ database {path} was upgraded by a newer version of Branch Service Desk than this one "
            "({version}). Nothing was changed. Install the version HQ's other PCs now run on this PC, or ask the "
            "administrator which version to install."),
    }


def install() -> None:
    from desktop.views.exports import export_messages

    export_messages.install()
    register_messages(_messages)
