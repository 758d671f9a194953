"""The audit log is a hash chain: any edit, deletion or truncation is reported."""

from __future__ import annotations

from sqlalchemy import text

from desktop.services.admin.settings_service import SettingsService
from desktop.services.core.audit import verify_chain
from tests.conftest import actor_for


def _make_some_changes(db) -> None:  # type: ignore[no-untyped-def]
    boss = actor_for(db, "admin")
    settings = SettingsService(db)
    for minutes in (11, 12, 13):
        settings.set(boss, "commitment.first_contact_minutes", minutes)


def test_an_untouched_chain_verifies(db) -> None:  # type: ignore[no-untyped-def]
    _make_some_changes(db)
    with db.read.begin() as session:
        result = verify_chain(session)
    assert result.ok and result.records >= 4


def test_editing_a_record_breaks_the_chain(db) -> None:  # type: ignore[no-untyped-def]
    _make_some_changes(db)
    with db.write.begin() as session:
        session.execute(text("UPDATE audit_log SET action = 'setting.nothing' WHERE id = 3"))
    with db.read.begin() as session:
        result = verify_chain(session)
    assert not result.ok and result.first_bad_id == 3 and result.problem == "altered"


def test_deleting_a_record_breaks_the_chain(db) -> None:  # type: ignore[no-untyped-def]
    _make_some_changes(db)
    with db.write.begin() as session:
        session.execute(text("DELETE FROM audit_log WHERE id = 2"))
    with db.read.begin() as session:
        result = verify_chain(session)
    assert not result.ok and result.problem == "broken_link"


def test_settings_changes_are_audited_with_before_and_after(db) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from desktop.models import AuditLog

    _make_some_changes(db)
    with db.read.begin() as session:
        rows = session.scalars(select(AuditLog).where(AuditLog.action == "setting.set").order_by(AuditLog.id)).all()
        pairs = [(r.before, r.after) for r in rows]
    assert pairs[0] == (None, {"key": "commitment.first_contact_minutes", "value": 11})
    assert pairs[2] == ({"value": 12}, {"key": "commitment.first_contact_minutes", "value": 13})
