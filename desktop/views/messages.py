"""Turns a service's error code into a sentence in the user's language (services never produce UI text)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.errors import DomainError
from desktop.views.phone_examples import landline_example

log = logging.getLogger(__name__)


def _catalogue() -> dict[str, str]:
    # Built on each call so that a language switch takes effect at once; lupdate sees every literal.
    example = landline_example()
    return {
        "required": QCoreApplication.translate("Errors", "Please fill in this field."),
        # A phone is typed in many places (intake, customer file, installations, consultations, engineers): its
        # sentences are here, not with the area that happened to be opened first.
        "phone_invalid": QCoreApplication.translate("Errors", "This is not a valid Chinese phone number."),
        "phone_characters": QCoreApplication.translate(
            "Errors", "A phone number may contain only digits, spaces and dashes."),
        "phone_mobile_length": QCoreApplication.translate(
            "Errors", "A mobile number has {expected} digits; this one has {length}."),
        # The example is the branch's own area code (views/phone_examples.py).
        "phone_landline_length": QCoreApplication.translate(
            "Errors", "A landline needs the area code and the number, 10 to 12 digits (e.g. {example}); "
            "this one has {length}.").replace("{example}", example),
        "phone_area_code_missing": QCoreApplication.translate(
            "Errors", "Please add the area code to the landline number (e.g. {example}).").replace(
            "{example}", example),
        "phone_extension_invalid": QCoreApplication.translate(
            "Errors", "The extension must be 1 to 6 digits (e.g. {example} 转803).").replace("{example}", example),
        "phone_extension_on_mobile": QCoreApplication.translate("Errors", "A mobile number has no extension."),
        "too_long": QCoreApplication.translate("Errors", "This text is too long (at most {max_length} characters)."),
        "control_characters": QCoreApplication.translate(
            "Errors", "This text contains invisible control characters; please retype it."
        ),
        "constraint_violated": QCoreApplication.translate(
            "Errors", "The data breaks a rule of the database and was not saved."
        ),
        "stale_record": QCoreApplication.translate(
            "Errors",
            "Someone else saved this record after you opened it. Your input is kept: reload to see their "
            "changes, then apply yours again.",
        ),
        "permission_denied": QCoreApplication.translate("Errors", "Your role is not allowed to do this."),
        "not_found": QCoreApplication.translate("Errors", "The record no longer exists."),
        "user_not_found": QCoreApplication.translate("Errors", "No such user."),
        "bad_state": QCoreApplication.translate("Errors", "This action is not possible in the record's current state."),
        "bad_credentials": QCoreApplication.translate("Errors", "Wrong user name or password."),
        "account_locked": QCoreApplication.translate(
            "Errors", "Too many failed attempts: this account is locked until {until}."
        ),
        "password_too_short": QCoreApplication.translate(
            "Errors", "The password must have at least {min_length} characters."
        ),
        "password_too_simple": QCoreApplication.translate("Errors", "The password must mix letters and digits."),
        "passwords_differ": QCoreApplication.translate("Errors", "The two passwords differ."),
        "already_initialised": QCoreApplication.translate("Errors", "The first password has already been set."),
        "username_taken": QCoreApplication.translate("Errors", "This user name is already taken."),
        "unknown_role": QCoreApplication.translate("Errors", "Unknown role."),
        "cannot_deactivate_self": QCoreApplication.translate("Errors", "You cannot deactivate your own account."),
        "unknown_setting": QCoreApplication.translate("Errors", "Unknown setting."),
        "wrong_setting_type": QCoreApplication.translate("Errors", "This setting has the wrong kind of value."),
        "negative_value": QCoreApplication.translate("Errors", "The value cannot be negative."),
        "image_too_large": QCoreApplication.translate("Errors", "The image is too large."),
        "database_unreachable": QCoreApplication.translate(
            "Errors", "The database cannot be reached or is busy. Nothing you typed is lost; please try again."
        ),
        "database_corrupt": QCoreApplication.translate("Errors", "The database file {path} is damaged."),
        "database_url_invalid": QCoreApplication.translate(
            "Errors", "This is not a database address: write postgresql+psycopg://USER@SERVER/DATABASE, or leave "
            "it empty for this PC's own database file."),
        "database_newer": QCoreApplication.translate(
            "Errors", "The database {path} was upgraded by a newer version of Branch Service Desk than this one "
            "({version}). Nothing was changed. Install the version the branch's other PCs now run on this PC, or "
            "ask the supervisor which version to install."),
        "database_foreign": QCoreApplication.translate(
            "Errors", "The file {path} is not a Branch Service Desk database."
        ),
        "branch_not_found": QCoreApplication.translate("Errors", "The branch record is missing."),
        "signing_locked": QCoreApplication.translate(
            "Errors", "The branch signing key is locked: open Tools → Branch signing key and enter its passphrase."
        ),
        "branch_key_missing": QCoreApplication.translate(
            "Errors", "The branch has no signing key yet: a supervisor creates it under Tools → Branch signing key."
        ),
        "keyring_unavailable": QCoreApplication.translate(
            "Errors", "This computer has no password store: please choose a passphrase for the key."
        ),
        "backup_sqlite_only": QCoreApplication.translate(
            "Errors", "Backups from the application are for the local database file; the server has its own."
        ),
        "nothing_to_back_up": QCoreApplication.translate("Errors", "There is nothing to back up yet."),
        "disk_full": QCoreApplication.translate(
            "Errors", "The disk is full ({path}). Nothing was changed: free some space, then try again."
        ),
        "backup_failed": QCoreApplication.translate(
            "Errors", "The backup could not be written to {path}. Nothing was changed."
        ),
        "backup_check_failed": QCoreApplication.translate(
            "Errors", "The backup copy failed its check and was not kept. Please try again."
        ),
        "live_database_damaged": QCoreApplication.translate(
            "Errors", "The daily check found that the database {path} itself may be damaged (the backup copy of it "
            "failed its check and was not kept). Stop working on this PC now and call the supervisor. To go on, "
            "the supervisor restores the last good backup with File → Restore from backup (the backups are in "
            "{backups}); what was entered after that backup must be entered again."),
        "restore_failed": QCoreApplication.translate(
            "Errors", "The backup could not be restored; the database is unchanged."
        ),
        "database_in_use": QCoreApplication.translate(
            "Errors", "Another program still has the database {path} open. Close it, then try again."
        ),
        "database_missing_with_copies": QCoreApplication.translate(
            "Errors",
            "The database {path} is missing or empty, but copies of it exist (newest: {newest}). To keep the "
            "branch's records, restore one of them instead of starting an empty branch.",
        ),
        "bad_transition": QCoreApplication.translate(
            "Errors", "A ticket in state {current} cannot go to {target}."
        ),
        "charged_repair_exists": QCoreApplication.translate(
            "Errors", "A charged repair ticket has already been opened for this claim."
        ),
        "font_missing": QCoreApplication.translate("Errors", "The Chinese font for printing is missing: {path}"),
        # The times on a returned sheet (rules/visit_times.py), checked for repair visits and installations alike:
        # here, not in one area's provider, so the sentence is there whichever area was opened first.
        "visit_too_short": QCoreApplication.translate(
            "Errors", "A visit of less than {minutes} minutes cannot be recorded: check the times."),
        "early_arrival_reason_required": QCoreApplication.translate(
            "Errors", "The engineer arrived before the time agreed with the customer: give the reason."),
        "departure_before_arrival": QCoreApplication.translate("Errors", "The engineer cannot leave before arriving."),
        "arrival_in_future": QCoreApplication.translate("Errors", "The arrival time is in the future."),
    }


_providers: list[Callable[[], dict[str, str]]] = []
# Parameters that carry a code (a status, a script line id): the sentence gets its name, never the code.
_param_words: dict[str, tuple[str, Callable[[Any], str]]] = {}


def register_param_words(param: str, shown_as: str, name_of: Callable[[Any], str]) -> None:
    """`{shown_as}` in a message template is filled with name_of(params[param])."""
    _param_words[param] = (shown_as, name_of)


def register_messages(provider: Callable[[], dict[str, str]]) -> None:
    """Each area registers a function returning its translated codes; called per message (language switch)."""
    if provider not in _providers:
        _providers.append(provider)


def error_message(exc: BaseException) -> str:
    if isinstance(exc, DomainError):
        template = _catalogue().get(exc.code)
        for provider in _providers:
            if template is not None:
                break
            template = provider().get(exc.code)
        if template is None:
            # A code without a sentence yet: the person gets a sentence, the log keeps the code.
            log.warning("no message for error code %s (%s)", exc.code, type(exc).__name__)
            return QCoreApplication.translate("Errors", "The request was refused. The details are in the log file.")
        params = dict(exc.params)
        for param, (shown_as, name_of) in _param_words.items():
            if param in params:
                params[shown_as] = name_of(params[param])
        if isinstance(params.get("until"), str):
            # Lock-out ends are stored in UTC; the clerk reads the branch's local clock time.
            from datetime import datetime

            from desktop.clock import to_local

            params["until"] = to_local(datetime.fromisoformat(params["until"])).strftime("%H:%M")
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return template
    log.error("unexpected error shown to the user", exc_info=exc)
    return QCoreApplication.translate("Errors", "Something went wrong. The details are in the log file.")


# Codes of hostile input, credentials and audit anchors: their provider registers itself on import.
from desktop.views import safety_messages  # noqa: E402, F401
