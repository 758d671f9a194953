"""The one place that opens transactions: permission check, unit of work, database errors as domain errors."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.database import Database
from desktop.errors import ConcurrentEditError, DatabaseUnavailableError, ValidationError
from desktop.services.core.actor import Actor
from desktop.services.core.permissions import require

log = logging.getLogger(__name__)


def _is_connection_problem(exc: DBAPIError) -> bool:
    return bool(exc.connection_invalidated) or isinstance(exc, OperationalError)


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
        except DBAPIError as exc:
            if _is_connection_problem(exc):
                raise DatabaseUnavailableError("database_unreachable", detail=str(exc.orig)) from exc
            raise

    @contextmanager
    def _reading(self, actor: Actor, permission: str) -> Iterator[Session]:
        require(actor, permission)
        try:
            with self._db.read.begin() as session:
                yield session
        except DBAPIError as exc:
            if _is_connection_problem(exc):
                raise DatabaseUnavailableError("database_unreachable", detail=str(exc.orig)) from exc
            raise


def check_version(current: int, expected: int | None) -> None:
    """The client's copy must be the latest; otherwise the second save is refused, nothing overwritten."""
    if expected is not None and current != expected:
        raise ConcurrentEditError("stale_record", current=current, expected=expected)
