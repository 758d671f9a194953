"""The one place that opens transactions: permission check, unit of work, database errors as domain errors."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import InvalidOperation

from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, OperationalError, StatementError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.database import Database
from desktop.errors import ConcurrentEditError, DatabaseUnavailableError, ValidationError
from desktop.services.core.actor import Actor
from desktop.services.core.permissions import require

log = logging.getLogger(__name__)


def _is_connection_problem(exc: DBAPIError) -> bool:
    return bool(exc.connection_invalidated) or isinstance(exc, OperationalError)


# A value no column can hold that slipped past the service's own checks (a lone surrogate, an integer beyond 64
# bits, a NUL byte PostgreSQL refuses, a number out of a column's range): bad input, rolled back, never a traceback
# or "database unreachable".
_BAD_VALUES = (UnicodeEncodeError, OverflowError, InvalidOperation)


def _bad_value(exc: BaseException) -> ValidationError:
    orig = getattr(exc, "orig", None) or exc
    log.warning("value refused by the database driver: %s", orig)
    return ValidationError("invalid_input", detail=type(orig).__name__)


def _is_bad_value(exc: StatementError) -> bool:
    """DataError (e.g. PostgreSQL's numeric or integer out of range, a NUL in text), or a parameter the driver
    could not even bind (StatementError wrapping an encode or overflow error)."""
    if isinstance(exc, DataError):
        return True
    return not isinstance(exc, DBAPIError) and isinstance(exc.orig, (*_BAD_VALUES, ValueError))


class Service:
    """Base of every <Noun>Service: holds the Database, opens one session per call."""

    def __init__(self, database: Database) -> None:
        self._db = database

    @contextmanager
    def _writing(self, actor: Actor, permission: str) -> Iterator[Session]:
        require(actor, permission)
        try:
            with self._db.write.begin() as session:
                yield session
        except StaleDataError as exc:
            raise ConcurrentEditError("stale_record") from exc
        except IntegrityError as exc:
            # Constraints live in the schema; one slipping past the service's own checks is still bad input.
            log.warning("integrity error: %s", exc.orig)
            raise ValidationError("constraint_violated", detail=str(exc.orig)) from exc
        except _BAD_VALUES as exc:
            raise _bad_value(exc) from exc
        except StatementError as exc:
            if _is_bad_value(exc):
                raise _bad_value(exc) from exc
            if isinstance(exc, DBAPIError) and _is_connection_problem(exc):
                raise DatabaseUnavailableError("database_unreachable", detail=str(exc.orig)) from exc
            raise

    @contextmanager
    def _reading(self, actor: Actor, permission: str) -> Iterator[Session]:
        require(actor, permission)
        try:
            with self._db.read.begin() as session:
                yield session
        except _BAD_VALUES as exc:
            raise _bad_value(exc) from exc
        except StatementError as exc:
            if _is_bad_value(exc):
                raise _bad_value(exc) from exc
            if isinstance(exc, DBAPIError) and _is_connection_problem(exc):
                raise DatabaseUnavailableError("database_unreachable", detail=str(exc.orig)) from exc
            raise


def check_version(current: int, expected: int | None) -> None:
    """The client's copy must be the latest; otherwise the second save is refused, nothing overwritten."""
    if expected is not None and current != expected:
        raise ConcurrentEditError("stale_record", current=current, expected=expected)
