"""The PostgreSQL password lives in the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service),
never in the settings file: the settings keep the server address without it.

Where no keyring works, nothing is stored: the window asks for the password at each start and the console commands
take it in the --database URL."""

from __future__ import annotations

import logging

from sqlalchemy.engine import URL

log = logging.getLogger(__name__)

KEYRING_SERVICE = "BranchServiceDesk database"


def _keyring():  # type: ignore[no-untyped-def]
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
    return url.set(password=None)


def settings_text(url: URL) -> str:
    """What the settings file keeps: the URL without its password (the server, the user, the database)."""
    return without_password(url).render_as_string(hide_password=False)
