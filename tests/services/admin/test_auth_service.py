"""Login, Argon2, lock-out, first-run password and permission checks in the service layer."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.demo.seed import DEMO_PASSWORD
from desktop.errors import AccountLockedError, AuthenticationError, PermissionDenied, ValidationError
from desktop.models import AuditLog, User
from desktop.services.admin.auth_service import MAX_FAILED_ATTEMPTS, AuthService
from tests.conftest import FAST_HASHER, actor_for


@pytest.fixture
def auth(db):  # type: ignore[no-untyped-def]
    return AuthService(db, hasher=FAST_HASHER)


def test_login_returns_the_actor_and_hashes_are_argon2(auth, db) -> None:  # type: ignore[no-untyped-def]
    actor = auth.login("clerk", DEMO_PASSWORD)
    assert (actor.username, actor.role) == ("clerk", "clerk")
    with db.read.begin() as session:
        stored = session.scalars(select(User.password_hash).where(User.username == "clerk")).one()
    assert stored.startswith("$argon2id$") and DEMO_PASSWORD not in stored


def test_wrong_password_and_unknown_user_give_the_same_error(auth) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(AuthenticationError) as wrong:
        auth.login("clerk", "not-the-password1")
    with pytest.raises(AuthenticationError) as unknown:
        auth.login("nobody", "whatever123")
    assert wrong.value.code == unknown.value.code == "bad_credentials"


def test_five_failures_lock_the_account_even_for_the_right_password(auth, db) -> None:  # type: ignore[no-untyped-def]
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(AuthenticationError):
            auth.login("clerk", "wrong-password1")
    with pytest.raises(AccountLockedError):
        auth.login("clerk", "wrong-password1")
    with pytest.raises(AccountLockedError):
        auth.login("clerk", DEMO_PASSWORD)
    with db.read.begin() as session:
        actions = session.scalars(select(AuditLog.action).where(AuditLog.action == "user.login_failed")).all()
    assert len(actions) == MAX_FAILED_ATTEMPTS


def test_a_clerk_cannot_manage_users_whatever_the_ui_shows(auth, db) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(db, "clerk")
    with pytest.raises(PermissionDenied):
        auth.create_user(clerk, "newbie", "新人", "clerk", "abc-2026-xyz")
    with pytest.raises(PermissionDenied):
        auth.list_users(clerk)


def test_supervisor_creates_a_user_who_can_then_log_in(auth, db) -> None:  # type: ignore[no-untyped-def]
    boss = actor_for(db, "admin")
    row = auth.create_user(boss, "xiaoli", "小李", "dispatcher", "pass-2026-xl")
    assert row.role == "dispatcher" and row.has_password
    assert auth.login("xiaoli", "pass-2026-xl").role == "dispatcher"
    with db.read.begin() as session:
        audit = session.scalars(select(AuditLog).where(AuditLog.action == "user.create")).one()
    assert audit.user_id == boss.user_id and audit.after["username"] == "xiaoli"
    assert "password_hash" not in audit.after


def test_weak_passwords_and_duplicate_names_are_refused(auth, db) -> None:  # type: ignore[no-untyped-def]
    boss = actor_for(db, "admin")
    with pytest.raises(ValidationError) as short:
        auth.create_user(boss, "a1", "甲", "clerk", "short1")
    assert short.value.code == "password_too_short"
    with pytest.raises(ValidationError) as digits:
        auth.create_user(boss, "a2", "乙", "clerk", "3141592653")
    assert digits.value.code == "password_too_simple"
    with pytest.raises(ValidationError) as taken:
        auth.create_user(boss, "clerk", "丙", "clerk", "abc-2026-xyz")
    assert taken.value.code == "username_taken"


def test_a_user_name_is_the_same_whatever_its_case(auth, db) -> None:  # type: ignore[no-untyped-def]
    """lina typed as "Lina" (or with Caps Lock) was "wrong user name or password"; and Lina beside lina would be two
    accounts nobody tells apart at sign-in."""
    boss = actor_for(db, "admin")
    auth.create_user(boss, "lina", "李娜", "clerk", "pass-2026-ln")
    assert auth.login("Lina", "pass-2026-ln").username == "lina"
    assert auth.login("LINA", "pass-2026-ln").display_name == "李娜"
    with pytest.raises(ValidationError) as taken:
        auth.create_user(boss, "LiNa", "另一个李娜", "clerk", "abc-2026-xyz")
    assert taken.value.code == "username_taken"
    with pytest.raises(AuthenticationError):
        auth.login("Lina", "wrong-2026-ln")
    # Two names made before, differing only in case: neither is guessed at.
    with db.write.begin() as session:
        session.add(User(branch_id=boss.branch_id, username="Wang", display_name="王", role="clerk",
                         password_hash=FAST_HASHER.hash("pass-2026-w1"), created_at=session.scalars(
                             select(User.created_at)).first()))
        session.add(User(branch_id=boss.branch_id, username="WANG", display_name="王二", role="clerk",
                         password_hash=FAST_HASHER.hash("pass-2026-w1"), created_at=session.scalars(
                             select(User.created_at)).first()))
    assert auth.login("Wang", "pass-2026-w1").display_name == "王"
    with pytest.raises(AuthenticationError):
        auth.login("wang", "pass-2026-w1")


def test_stale_user_edit_is_refused(auth, db) -> None:  # type: ignore[no-untyped-def]
    from desktop.errors import ConcurrentEditError

    boss = actor_for(db, "admin")
    row = next(u for u in auth.list_users(boss) if u.username == "clerk")
    auth.update_user(boss, row.id, version=row.version, display_name="李文员2")
    with pytest.raises(ConcurrentEditError):
        auth.update_user(boss, row.id, version=row.version, display_name="李文员3")
