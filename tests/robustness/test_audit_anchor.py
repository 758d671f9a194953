"""The audit log is anchored outside the database: a truncated (head moved back), re-chained or deleted log fails
`audit-check` against the latest anchor; a restored database does not; malformed rows are reported, not raised."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from desktop import cli
from desktop.audit_anchors import GENESIS, parse_anchor
from desktop.database import Database
from desktop.exports.workbook_reader import read_workbook
from desktop.services.admin.maintenance_service import MaintenanceService
from desktop.services.admin.settings_service import SettingsService
from desktop.services.admin.signing_service import SigningService
from desktop.services.core import audit, audit_anchoring
from desktop.services.core.audit import _digest
from desktop.services.exports.export_service import ExportService
from desktop.sqlite_backup import restore_sqlite
from tests.conftest import actor_for


def _changes(db: Database, start: int = 11, n: int = 3) -> None:
    boss = actor_for(db, "admin")
    for minutes in range(start, start + n):
        SettingsService(db).set(boss, "commitment.first_contact_minutes", minutes)


def _check(db: Database, signing: SigningService | None = None) -> audit_anchoring.AnchoredCheck:
    return audit_anchoring.check(db, signing.verify_anchor if signing else None)


def _truncate(db: Database, drop: int) -> None:
    """What the issue's attacker did: delete the newest records and move each head back to what remains."""
    with db.write.begin() as session:
        top = session.scalar(text("SELECT max(id) FROM audit_log"))
        session.execute(text("DELETE FROM audit_log WHERE id > :keep"), {"keep": top - drop})
        _reset_heads(session)


def _reset_heads(session: Any) -> None:
    session.execute(text("UPDATE audit_head SET last_id = 0, last_digest = :g"), {"g": GENESIS})
    for chain, last_id, digest in session.execute(text(
            "SELECT chain, id, digest FROM audit_log a WHERE id = (SELECT max(id) FROM audit_log b "
            "WHERE b.chain = a.chain)")).all():
        session.execute(text("UPDATE audit_head SET last_id = :i, last_digest = :d WHERE id = :c"),
                        {"i": last_id, "d": digest, "c": chain})


def _rechain(db: Database, edit_id: int) -> None:
    """Edit one record, then recompute every digest after it and the heads: the chain alone verifies again."""
    with db.write.begin() as session:
        session.execute(text("UPDATE audit_log SET action = 'setting.nothing' WHERE id = :i"), {"i": edit_id})
    prev: dict[int, str] = {}
    with db.write.begin() as session:
        rows = session.execute(text("SELECT id FROM audit_log ORDER BY id")).all()
        for (row_id,) in rows:
            row = session.get(audit.AuditLog, row_id)
            expected_prev = prev.get(row.chain, GENESIS)
            digest = _digest(expected_prev, row.at, row.user_id, row.action, row.entity, row.entity_id,
                             row.before, row.after)
            session.execute(text("UPDATE audit_log SET prev_digest = :p, digest = :d WHERE id = :i"),
                            {"p": expected_prev, "d": digest, "i": row_id})
            prev[row.chain] = digest
        session.expunge_all()
        _reset_heads(session)


# ---- what the chain alone could not see ------------------------------------------------------------------------


def test_a_truncated_log_with_its_head_moved_back_fails_against_the_anchor(db: Database, tmp_path: Path) -> None:
    _changes(db)
    ExportService(db).export_workbook(actor_for(db, "admin"), *_period(), tmp_path / "hq.xlsx")  # anchors
    _changes(db, 20, 2)
    assert _check(db).ok
    _truncate(db, 4)
    with db.read.begin() as session:
        assert audit.verify_chain(session).ok  # the chain alone is fooled, as the issue found
    result = _check(db)
    assert not result.ok and result.chain.problem == "truncated"
    assert result.anchor is not None and result.anchor.reason == "export"


def test_a_rechained_log_fails_against_the_anchor(db: Database, tmp_path: Path) -> None:
    _changes(db)
    audit_anchoring.write_anchor(db, "daily")
    _rechain(db, 2)
    with db.read.begin() as session:
        assert audit.verify_chain(session).ok
    result = _check(db)
    assert not result.ok and result.chain.problem == "rechained"


def test_a_deleted_log_fails(db: Database) -> None:
    _changes(db)
    with db.write.begin() as session:
        session.execute(text("DELETE FROM audit_log"))
        _reset_heads(session)
    result = _check(db)
    assert not result.ok and result.chain.problem == "deleted"  # even without any anchor
    audit_anchoring.write_anchor(db, "daily")
    assert not _check(db).ok


# ---- a restore moves the heads back legitimately ---------------------------------------------------------------


def test_a_restored_database_verifies_while_a_truncated_one_does_not(sqlite_db: Database, tmp_path: Path) -> None:
    boss = actor_for(sqlite_db, "admin")
    maintenance = MaintenanceService(sqlite_db, backup_dir=tmp_path / "backups")
    _changes(sqlite_db)
    backup = maintenance.backup_now(boss)
    _changes(sqlite_db, 30, 4)
    audit_anchoring.write_anchor(sqlite_db, "daily")
    assert _check(sqlite_db).ok
    maintenance.restore(boss, backup)
    result = _check(sqlite_db)
    assert result.ok, result
    assert result.anchor is not None and result.anchor.reason == "restore"
    assert result.anchor.detail["backup"] == backup.name
    # After the restore, truncating is caught again.
    _changes(sqlite_db, 40, 2)
    audit_anchoring.write_anchor(sqlite_db, "daily")
    _truncate(sqlite_db, 2)
    assert _check(sqlite_db).chain.problem == "truncated"


def test_a_restore_at_start_up_also_anchors(sqlite_db: Database, tmp_path: Path) -> None:
    """The start-up dialog restores with sqlite_backup.restore_sqlite directly, without the services."""
    boss = actor_for(sqlite_db, "admin")
    _changes(sqlite_db)
    backup = MaintenanceService(sqlite_db, backup_dir=tmp_path / "backups").backup_now(boss)
    _changes(sqlite_db, 30, 4)
    audit_anchoring.write_anchor(sqlite_db, "daily")
    target = sqlite_db.sqlite_path
    assert target is not None
    sqlite_db.dispose()
    restore_sqlite(backup, target)
    result = _check(sqlite_db)
    assert result.ok and result.anchor is not None and result.anchor.reason == "restore"


# ---- malformed rows are reported, not raised -------------------------------------------------------------------


@pytest.mark.parametrize(("column", "value", "field"), [
    ("at", "not a time", "at"), ("at", "2026-13-45 99:99:99", "at"), ("before", "{not json", "before/after"),
    ("after", "[1, 2", "before/after")])
def test_a_malformed_time_or_json_field_is_reported(sqlite_db: Database, column: str, value: str,
                                                     field: str) -> None:
    _changes(sqlite_db)
    with sqlite_db.write.begin() as session:
        session.execute(text(f"UPDATE audit_log SET {column} = :v WHERE id = 2"), {"v": value})
    result = _check(sqlite_db)
    assert (result.ok, result.chain.problem, result.chain.first_bad_id, result.chain.detail) == (
        False, "malformed", 2, field)
    assert MaintenanceService(sqlite_db).check_audit_chain(actor_for(sqlite_db, "admin")).problem == "malformed"


def test_audit_check_command_reports_truncation_and_malformed_rows(sqlite_db: Database, capsys) -> None:
    _changes(sqlite_db)
    audit_anchoring.write_anchor(sqlite_db, "daily")
    path = str(sqlite_db.sqlite_path)
    assert cli.main(["audit-check", "--database", path]) == 0
    assert "intact" in capsys.readouterr().out
    _truncate(sqlite_db, 2)
    assert cli.main(["audit-check", "--database", path]) == 1
    out = capsys.readouterr().out
    assert "BROKEN" in out and "truncated" in out
    with sqlite_db.write.begin() as session:
        session.execute(text("UPDATE audit_log SET at = 'garbage' WHERE id = 1"))
    assert cli.main(["audit-check", "--database", path]) == 1
    out = capsys.readouterr().out
    assert "malformed" in out and "record 1" in out


# ---- signed anchors, in the file and in the workbook -----------------------------------------------------------


def _period() -> tuple[Any, Any]:
    from datetime import date

    return date(2026, 1, 1), date(2026, 12, 31)


def test_anchors_are_signed_when_the_key_is_open_and_marked_unsigned_when_not(sqlite_db: Database,
                                                                             tmp_path: Path) -> None:
    boss = actor_for(sqlite_db, "admin")
    signing = SigningService(sqlite_db, folder=tmp_path / "signing")
    export = ExportService(sqlite_db, signer=signing.sign_anchor)
    export.export_workbook(boss, *_period(), tmp_path / "locked.xlsx")
    unsigned = _check(sqlite_db, signing)
    assert unsigned.ok and unsigned.signature == "unsigned"
    assert unsigned.anchor is not None and unsigned.anchor.unsigned_reason == "branch_key_missing"
    signing.create_key(boss, "branch-pass-2026!")
    out = tmp_path / "signed.xlsx"
    export.export_workbook(boss, *_period(), out)
    signed = _check(sqlite_db, signing)
    assert signed.ok and signed.signature == "valid"
    # The workbook's _meta carries the same anchor that the file holds.
    with read_workbook(out) as book:
        in_workbook = parse_anchor(book.meta.audit_anchor)
    assert in_workbook == signed.anchor
    # A forged line (heads moved back) appended to the file does not verify.
    store = audit_anchoring.store_of(sqlite_db)
    body = json.loads(signed.anchor.to_json())
    body["heads"] = [[1, 1, body["heads"][0][2]]]
    with open(store.path, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(body) + "\n")
    forged = _check(sqlite_db, signing)
    assert forged.signature == "invalid" and not forged.ok


def test_a_torn_anchor_line_is_skipped_and_reported(sqlite_db: Database) -> None:
    _changes(sqlite_db)
    audit_anchoring.write_anchor(sqlite_db, "daily")
    store = audit_anchoring.store_of(sqlite_db)
    with open(store.path, "a", encoding="utf-8") as handle:
        handle.write('{"v": 1, "at": "2026-')
    result = _check(sqlite_db)
    assert result.ok and result.anchor_problems and "line 2" in result.anchor_problems[0]


def test_the_anchor_file_is_private(sqlite_db: Database) -> None:
    import os
    import stat

    audit_anchoring.write_anchor(sqlite_db, "daily")
    path = audit_anchoring.store_of(sqlite_db).path
    assert path == Path(str(sqlite_db.sqlite_path) + ".audit-anchors.jsonl")
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_daily_anchor_is_written_once_a_day(db: Database) -> None:
    from datetime import UTC, datetime, timedelta

    assert audit_anchoring.anchor_if_due(db) is not None
    assert audit_anchoring.anchor_if_due(db) is None
    assert audit_anchoring.anchor_if_due(db, now=datetime.now(UTC) + timedelta(days=1, minutes=1)) is not None
