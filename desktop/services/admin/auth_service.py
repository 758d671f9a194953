"""Login with Argon2 hashes, lock-out after repeated failures, user management (the first accounts and the
supervisor's password come from the setup wizard, services/setup)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select

from desktop.clock import utc_now
from desktop.database import Database
from desktop.errors import (
    AccountLockedError,
    AuthenticationError,
    NotFoundError,
    ValidationError,
)
from desktop.models import User
from desktop.models.organisation import ROLES
from desktop.services.core import audit
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service, check_version
from desktop.services.core.permissions import require
from desktop.services.core.validation import clean_text

MAX_FAILED_ATTEMPTS = 5
LOCK_MINUTES = 15
MIN_PASSWORD_LENGTH = 8


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: str
    active: bool
    locked_until: datetime | None
    has_password: bool
    version: int


def _row(user: User) -> UserRow:
    return UserRow(user.id, user.username, user.display_name, user.role, user.active, user.locked_until,
                   user.password_hash is not None, user.version)


def _actor(user: User) -> Actor:
    return Actor(user.id, user.username, user.display_name, user.role, user.branch_id)


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("password_too_short", "password", min_length=MIN_PASSWORD_LENGTH)
    if password.isdigit() or password.isalpha():
        raise ValidationError("password_too_simple", "password")


class AuthService(Service):
    def __init__(self, database: Database, hasher: PasswordHasher | None = None) -> None:
        super().__init__(database)
        self._hasher = hasher or PasswordHasher()

    def hash_password(self, password: str) -> str:
        return self._hasher.hash(password)

    def login(self, username: str, password: str) -> Actor:
        now = utc_now()
        with self._db.write.begin() as session:
            user = session.scalars(select(User).where(User.username == username.strip())).first()
            if user is None or not user.active or user.password_hash is None:
                # Same error for unknown and wrong: no hint which usernames exist.
                raise AuthenticationError("bad_credentials")
            if user.locked_until is not None and user.locked_until > now:
                raise AccountLockedError("account_locked", until=user.locked_until.isoformat())
            try:
                self._hasher.verify(user.password_hash, password)
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                user.failed_attempts += 1
                locked = user.failed_attempts >= MAX_FAILED_ATTEMPTS
                if locked:
                    user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                    user.failed_attempts = 0
                audit.record(session, None, "user.login_failed", "app_user", user.id,
                             after={"locked": locked})
                failure: AuthenticationError = (
                    AccountLockedError("account_locked", until=user.locked_until.isoformat())
                    if locked and user.locked_until else AuthenticationError("bad_credentials")
                )
            else:
                failure = None  # type: ignore[assignment]
                if self._hasher.check_needs_rehash(user.password_hash):
                    user.password_hash = self._hasher.hash(password)
                user.failed_attempts = 0
                user.locked_until = None
                user.last_login_at = now
                actor = _actor(user)
                audit.record(session, actor, "user.login", "app_user", user.id)
        # Raised after the commit so the failed-attempt counter is kept.
        if failure is not None:
            raise failure
        return actor

    def change_own_password(self, actor: Actor, old: str, new: str) -> None:
        require(actor, "ticket.read")
        check_password_strength(new)
        with self._writing(actor, "ticket.read") as session:
            user = session.get(User, actor.user_id)
            if user is None or user.password_hash is None:
                raise NotFoundError("user_not_found")
            try:
                self._hasher.verify(user.password_hash, old)
            except (VerifyMismatchError, VerificationError, InvalidHashError) as exc:
                raise AuthenticationError("bad_credentials", "old_password") from exc
            user.password_hash = self._hasher.hash(new)
            audit.record(session, actor, "user.change_password", "app_user", user.id)

    # --- user management (supervisor) ---

    def list_users(self, actor: Actor) -> list[UserRow]:
        with self._reading(actor, "user.manage") as session:
            users = session.scalars(select(User).where(User.branch_id == actor.branch_id).order_by(User.username))
            return [_row(u) for u in users]

    def create_user(self, actor: Actor, username: str, display_name: str, role: str, password: str) -> UserRow:
        require(actor, "user.manage")
        username = clean_text(username, "username", max_length=40, required=True)
        display_name = clean_text(display_name, "display_name", max_length=60, required=True)
        if role not in ROLES:
            raise ValidationError("unknown_role", "role")
        check_password_strength(password)
        with self._writing(actor, "user.manage") as session:
            if session.scalars(select(User).where(User.username == username)).first():
                raise ValidationError("username_taken", "username")
            user = User(branch_id=actor.branch_id, username=username, display_name=display_name, role=role,
                        password_hash=self._hasher.hash(password), created_at=utc_now())
            session.add(user)
            session.flush()
            audit.record(session, actor, "user.create", "app_user", user.id, after=audit.snapshot(user))
            return _row(user)

    def update_user(self, actor: Actor, user_id: int, *, version: int, role: str | None = None,
                    active: bool | None = None, display_name: str | None = None) -> UserRow:
        with self._writing(actor, "user.manage") as session:
            user = session.get(User, user_id)
            if user is None:
                raise NotFoundError("user_not_found")
            check_version(user.version, version)
            before = audit.snapshot(user)
            if role is not None:
                if role not in ROLES:
                    raise ValidationError("unknown_role", "role")
                user.role = role
            if active is not None:
                if not active and user.id == actor.user_id:
                    raise ValidationError("cannot_deactivate_self", "active")
                user.active = active
            if display_name is not None:
                user.display_name = clean_text(display_name, "display_name", max_length=60, required=True)
            session.flush()
            audit.record(session, actor, "user.update", "app_user", user.id, before, audit.snapshot(user))
            return _row(user)

    def reset_password(self, actor: Actor, user_id: int, new_password: str) -> None:
        require(actor, "user.manage")
        check_password_strength(new_password)
        with self._writing(actor, "user.manage") as session:
            user = session.get(User, user_id)
            if user is None:
                raise NotFoundError("user_not_found")
            user.password_hash = self._hasher.hash(new_password)
            user.failed_attempts = 0
            user.locked_until = None
            audit.record(session, actor, "user.reset_password", "app_user", user.id)
