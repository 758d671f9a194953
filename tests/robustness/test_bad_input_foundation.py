"""Bad input through the foundation services: a clear code, and the database unchanged; hypothesis fuzz."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop.errors import DomainError, ValidationError
from desktop.models import AuditLog, User
from desktop.services.admin.auth_service import AuthService
from desktop.services.admin.settings_service import SettingsService
from desktop.services.core.validation import clean_text
from tests.conftest import FAST_HASHER, actor_for
from tests.robustness.bad_inputs import TEXT_CORPUS


def _counts(db) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with db.read.begin() as session:
        return (session.scalar(select(func.count()).select_from(User)),
                session.scalar(select(func.count()).select_from(AuditLog)))


@pytest.mark.parametrize(("label", "text", "refused"), TEXT_CORPUS, ids=[c[0] for c in TEXT_CORPUS])
def test_user_display_names_from_the_corpus(sqlite_db, label: str, text: str, refused: bool) -> None:
    auth = AuthService(sqlite_db, hasher=FAST_HASHER)
    boss = actor_for(sqlite_db, "admin")
    before = _counts(sqlite_db)
    if refused:
        with pytest.raises(ValidationError) as info:
            auth.create_user(boss, f"user_{label}"[:40], text, "clerk", "abc-2026-xyz")
        assert info.value.field == "display_name" and info.value.code in ("too_long", "control_characters")
        assert _counts(sqlite_db) == before
    else:
        row = auth.create_user(boss, f"user_{label}"[:40], text, "clerk", "abc-2026-xyz")
        assert row.display_name == text.strip()


@pytest.mark.parametrize("value", [-1, "10", 3.5, None, [1], True])
def test_settings_refuse_wrong_types_and_negative_numbers(sqlite_db, value) -> None:  # type: ignore[no-untyped-def]
    settings = SettingsService(sqlite_db)
    boss = actor_for(sqlite_db, "admin")
    before = _counts(sqlite_db)
    with pytest.raises(ValidationError):
        settings.set(boss, "commitment.first_contact_minutes", value)
    assert _counts(sqlite_db) == before
    assert settings.get(boss, "commitment.first_contact_minutes") == 10


def test_unknown_settings_are_refused(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as info:
        SettingsService(sqlite_db).set(actor_for(sqlite_db, "admin"), "no.such.key", 1)
    assert info.value.code == "unknown_setting"


@given(st.text(max_size=300))
def test_clean_text_either_returns_clean_text_or_refuses_with_a_code(text: str) -> None:
    try:
        cleaned = clean_text(text, "note", max_length=200, multiline=True)
    except ValidationError as exc:
        assert exc.code in ("too_long", "control_characters")
        return
    assert len(cleaned) <= 200
    assert "\r" not in cleaned


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(username=st.text(max_size=60), name=st.text(max_size=80), password=st.text(max_size=20),
       role=st.sampled_from(["clerk", "supervisor", "boss", "", "CLERK"]))
def test_fuzzed_user_creation_never_crashes(sqlite_db, username: str, name: str, password: str, role: str) -> None:
    auth = AuthService(sqlite_db, hasher=FAST_HASHER)
    # Any refusal must be a DomainError with a code; anything else escaping fails the test.
    with contextlib.suppress(DomainError):
        auth.create_user(actor_for(sqlite_db, "admin"), username, name, role, password)
