"""Translated messages for the codes of hostile or impossible input, credentials and the audit anchors
(registered with views.messages at import, like every area's provider)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.views.messages import register_messages


def safety_messages() -> dict[str, str]:
    return {
        "amount_out_of_range": QCoreApplication.translate(
            "Errors", "This number is far beyond any real one. Nothing was saved; please check it."),
        "date_out_of_range": QCoreApplication.translate(
            "Errors", "Please choose a date between the years 1900 and 2199."),
        "not_a_decimal": QCoreApplication.translate("Errors", "Please enter an amount such as 1280.00."),
        "invalid_input": QCoreApplication.translate(
            "Errors", "A value you entered cannot be stored (impossible characters or numbers). Nothing was saved; "
            "please check what you typed."),
        "not_an_integer": QCoreApplication.translate("Errors", "Please enter a whole number."),
        "workbook_too_large": QCoreApplication.translate(
            "Errors", "{file}: the workbook unpacks to far more data than an HQ export can hold; it was refused as a "
            "possible zip bomb."),
        "workbook_unsafe": QCoreApplication.translate(
            "Errors", "{file}: the workbook contains XML declarations or entities that an HQ export never has; it "
            "was refused for safety."),
        "merge_output_is_folder": QCoreApplication.translate(
            "Errors", "{file} is a folder: choose the name of the workbook to write."),
        "merge_output_folder_missing": QCoreApplication.translate(
            "Errors", "The folder {folder} does not exist: create it first or choose another one."),
        "password_common": QCoreApplication.translate(
            "Errors", "This password is on the list of passwords that are guessed first; please choose another."),
        "password_is_username": QCoreApplication.translate(
            "Errors", "The password must not be the user name."),
        "password_blank": QCoreApplication.translate("Errors", "The password cannot be only spaces."),
        "not_a_demo_database": QCoreApplication.translate(
            "Errors", "This database is not a demo: --demo signs in only to the demo database. Start without --demo "
            "and sign in with your own account."),
        "branch_key_unreadable": QCoreApplication.translate(
            "Errors", "The branch key file cannot be read; import the key again or create a new one."),
    }


register_messages(safety_messages)
