"""The PostgreSQL password lives in the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service),
never in the settings file: the settings keep the server address without it.

Where no keyring works, nothing is stored: the window asks for the password at each start and the console commands
take it in the --database URL."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError

from desktop.errors import ValidationError

log = logging.getLogger(__name__)

KEYRING_SERVICE = "BranchServiceDesk database"


def _keyring() -> Any:
    """The keyring module when a real backend is configured, else None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        return None if isinstance(keyring.get_keyring(), fail.Keyring) else keyring
    except Exception as exc:  # a broken backend configuration must not stop the start
        log.warning("keyring unavailable: %s", exc)
        return None


def keyring_usable() -> bool:
    return _keyring() is not None


def account(url: URL) -> str:
    """One keyring entry per user, server and database: `desk@server:5432/servicedesk`."""
    return f"{url.username or ''}@{url.host or ''}:{url.port or 5432}/{url.database or ''}"


def needs_password(url: URL) -> bool:
    return url.get_backend_name() != "sqlite" and not url.password


def stored_password(url: URL) -> str | None:
    backend = _keyring()
    if backend is None or url.get_backend_name() == "sqlite":
        return None
    try:
        return backend.get_password(KEYRING_SERVICE, account(url))
    except Exception as exc:
        log.warning("keyring unavailable: %s", exc)
        return None


def with_stored_password(url: URL) -> URL:
    """The URL to connect with: a password given with it wins, otherwise the keyring's."""
    if not needs_password(url):
        return url
    password = stored_password(url)
    return url.set(password=password) if password else url


def store_password(url: URL, password: str) -> bool:
    """Remember the password for this server and user; False when there is no keyring (then it is asked for)."""
    backend = _keyring()
    if backend is None:
        return False
    try:
        backend.set_password(KEYRING_SERVICE, account(url), password)
        return True
    except Exception as exc:
        log.warning("keyring unavailable: %s", exc)
        return False


def forget_password(url: URL) -> None:
    backend = _keyring()
    if backend is None:
        return
    try:
        backend.delete_password(KEYRING_SERVICE, account(url))
    except Exception as exc:  # nothing stored, or no keyring: nothing to forget
        log.debug("no stored password to forget: %s", exc)


def without_password(url: URL) -> URL:
    # Not url.set(password=None): set() leaves a field alone when given None.
    return URL.create(url.drivername, username=url.username, password=None, host=url.host, port=url.port,
                      database=url.database, query=url.query)


def settings_text(url: URL) -> str:
    """What the settings file keeps: the URL without its password (the server, the user, the database)."""
    return without_password(url).render_as_string(hide_password=False)


@dataclass(frozen=True)
class DatabaseSetting:
    """What the Branch settings dialog saved: the text for the settings file and where the password went."""

    setting: str  # "" = this PC's own database file
    server: bool
    password_kept: bool  # in the OS keyring
    password_asked: bool  # no keyring (or no password given and none stored): the window asks at each start


def _parse(text: str) -> URL:
    from desktop.database import as_url

    try:
        return as_url(text)
    except (ArgumentError, ValueError) as exc:
        raise ValidationError("database_url_invalid", "database") from exc


def save_database_setting(text: str, password: str = "") -> DatabaseSetting:
    """Split what was typed into the settings text (never a password) and the keyring entry.

    A password typed into the URL itself is taken out of it the same way as one typed in the password field."""
    text = text.strip()
    if not text:
        return DatabaseSetting("", server=False, password_kept=False, password_asked=False)
    url = _parse(text)
    if url.get_backend_name() == "sqlite":
        return DatabaseSetting(text, server=False, password_kept=False, password_asked=False)
    if not url.host or not url.database:
        raise ValidationError("database_url_invalid", "database")
    password = password or url.password or ""
    bare = without_password(url)
    kept = bool(password) and store_password(bare, password)
    asked = not kept and stored_password(bare) is None
    return DatabaseSetting(settings_text(bare), server=True, password_kept=kept, password_asked=asked)


def shown_setting(setting: str) -> str:
    """The settings text as the dialog shows it: a password saved by an older version is never displayed."""
    if not setting.strip():
        return ""
    try:
        url = _parse(setting)
    except ValidationError:
        return setting
    return setting if url.get_backend_name() == "sqlite" else settings_text(url)
