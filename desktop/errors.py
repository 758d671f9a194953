"""Domain exceptions: they carry a code and the fields concerned, never UI text (views translate the code)."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """Base of every error a service raises on purpose; `code` is stable and translated by the views."""

    code: str = "domain_error"

    def __init__(self, code: str | None = None, field: str | None = None, **params: Any) -> None:
        self.code = code or self.code
        self.field = field
        self.params = params
        super().__init__(f"{self.code}" + (f" [{field}]" if field else "") + (f" {params}" if params else ""))


class ValidationError(DomainError):
    """Bad input: the form keeps what was typed and shows the message next to `field`."""

    code = "invalid"


class NotFoundError(DomainError):
    code = "not_found"


class PermissionDenied(DomainError):
    """The acting user's role may not do this; checked in the service layer whatever the UI shows."""

    code = "permission_denied"


class ConcurrentEditError(DomainError):
    """Someone else saved the record since it was loaded (version column); nothing is overwritten."""

    code = "stale_record"


class StateError(DomainError):
    """The action is not allowed in the record's current state (e.g. dispatching a closed ticket)."""

    code = "bad_state"


class AuthenticationError(DomainError):
    code = "bad_credentials"


class AccountLockedError(AuthenticationError):
    code = "account_locked"


class DatabaseUnavailableError(DomainError):
    """Locked, corrupt, foreign or unreachable database; the view offers retry or restore."""

    code = "database_unavailable"
