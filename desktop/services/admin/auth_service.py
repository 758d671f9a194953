"""Login with Argon2 hashes, lock-out after repeated failures, user management (the first accounts and the
supervisor's password come from the setup wizard, services/setup).

A sign-in costs one password hash whatever the user name: an unknown, inactive or password-less user is checked
against a dummy hash of the same cost, so the answer's timing does not tell which user names exist. The demo
accounts' published password signs in only to a demo database (Branch.demo). New passwords follow
admin/password_policy.py."""

from __future__ import annotations

import contextlib
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.clock import utc_now
from desktop.database import Database
from desktop.errors import (
    AccountLockedError,
    AuthenticationError,
    NotFoundError,
    ValidationError,
)
from desktop.models import Branch, User
from desktop.models.organisation import ROLES
from desktop.services.admin.password_policy import MIN_PASSWORD_LENGTH, check_password
from desktop.services.core import audit
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service, check_version
from desktop.services.core.permissions import require
from desktop.services.core.validation import clean_query, clean_text

MAX_FAILED_ATTEMPTS = 5
LOCK_MINUTES = 15


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


def _user_named(session: Session, username: str) -> User | None:
    """The account signed in as `username`: as stored, or else the one account whose name differs only in case (a
    clerk typing "Lina" for lina, or with Caps Lock on). Two such accounts (made before names were compared without
    case) are never guessed between."""
    user = session.scalars(select(User).where(User.username == username)).first()
    if user is not None:
        return user
    found = session.scalars(select(User).where(func.lower(User.username) == username.lower()).limit(2)).all()
    return found[0] if len(found) == 1 else None


def _sign_in_text(username: str, password: str) -> str:
    """What can be compared at all: a NUL, a control character or a lone surrogate is refused as input (no failed
    attempt is counted: no such account or password can exist)."""
    username = clean_query(username, "username", max_length=40)
    for ch in password:
        if unicodedata.category(ch) in ("Cc", "Cs"):
            raise ValidationError("control_characters", "password")
    return username


class AuthService(Service):
    def __init__(self, database: Database, hasher: PasswordHasher | None = None) -> None:
        super().__init__(database)
        self._hasher = hasher or PasswordHasher()
        self._dummy_hash: str | None = None

    def _spend_one_hash(self, password: str) -> None:
        """The cost of a real check, for a user name that has no password to check."""
        if self._dummy_hash is None:
            self._dummy_hash = self._hasher.hash(secrets.token_urlsafe(16))
        with contextlib.suppress(VerifyMismatchError, VerificationError, InvalidHashError):
            self._hasher.verify(self._dummy_hash, password)

    def is_demo_database(self) -> bool:
        """True for a database made by the demo seed (the only one the demo password and --demo work with)."""
        with self._db.read.begin() as session:
            return bool(session.scalar(select(Branch.demo).order_by(Branch.id).limit(1)))

    def hash_password(self, password: str) -> str:
        return self._hasher.hash(password)

    def login(self, username: str, password: str) -> Actor:
        username = _sign_in_text(username, password)
        now = utc_now()
        failure: AuthenticationError | None = None
        with self._db.write.begin() as session:
            user = _user_named(session, username)
            if user is None or not user.active or user.password_hash is None:
                # Same error and the same work for unknown and wrong (one hash, one audited failure written):
                # neither the answer nor its time tells which user names exist.
                self._spend_one_hash(password)
                audit.record(session, None, "user.login_failed", "app_user", user.id if user else None,
                             after={"locked": False})
                failure = AuthenticationError("bad_credentials")
            elif user.locked_until is not None and user.locked_until > now:
                self._spend_one_hash(password)
                failure = AccountLockedError("account_locked", until=user.locked_until.isoformat())
            else:
                demo_password_elsewhere = password == _demo_password() and not bool(
                    session.scalar(select(Branch.demo).where(Branch.id == user.branch_id)))
                try:
                    self._hasher.verify(user.password_hash, password)
                    if demo_password_elsewhere:
                        # The published demo password, outside a demo database: never a valid password.
                        raise VerifyMismatchError()
                except (VerifyMismatchError, VerificationError, InvalidHashError):
                    user.failed_attempts += 1
                    locked = user.failed_attempts >= MAX_FAILED_ATTEMPTS
                    if locked:
                        user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                        user.failed_attempts = 0
                    audit.record(session, None, "user.login_failed", "app_user", user.id,
                                 after={"locked": locked})
                    failure = (AccountLockedError("account_locked", until=user.locked_until.isoformat())
                               if locked and user.locked_until else AuthenticationError("bad_credentials"))
                else:
                    if self._hasher.check_needs_rehash(user.password_hash):
                        user.password_hash = self._hasher.hash(password)
                    user.failed_attempts = 0
                    user.locked_until = None
                    user.last_login_at = now
                    actor = _actor(user)
                    audit.record(session, actor, "user.login", "app_user", user.id)
        # Raised after the commit so the failed-attempt counter (and the audited failure) is kept.
        if failure is not None:
            raise failure
        return actor

    def change_own_password(self, actor: Actor, old: str, new: str) -> None:
        require(actor, "ticket.read")
        check_password(new, actor.username, "new_password")
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
        check_password(password, username)
        with self._writing(actor, "user.manage") as session:
            # "Lina" beside "lina" would be two accounts a clerk cannot tell apart at sign-in.
            if session.scalars(select(User.id).where(func.lower(User.username) == username.lower())).first():
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
        with self._writing(actor, "user.manage") as session:
            user = session.get(User, user_id)
            if user is None:
                raise NotFoundError("user_not_found")
            check_password(new_password, user.username)
            user.password_hash = self._hasher.hash(new_password)
            user.failed_attempts = 0
            user.locked_until = None
            audit.record(session, actor, "user.reset_password", "app_user", user.id)


def _demo_password() -> str:
    from desktop.demo.accounts import DEMO_PASSWORD

    return DEMO_PASSWORD


__all__ = ["MIN_PASSWORD_LENGTH", "AuthService", "UserRow"]
