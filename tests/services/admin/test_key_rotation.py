"""Replacing the branch key: what the old key signed still verifies, the new key signs from then on, the old files
are kept private in `retired`, a failure half-way leaves the old key working, and only a supervisor may do it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
from sqlalchemy import select

from desktop.audit_anchors import AnchorStore
from desktop.database import Database
from desktop.errors import PermissionDenied, StateError, ValidationError
from desktop.models import AuditLog
from desktop.printing import signing as signing_files
from desktop.services.admin.signing_service import KEYRING_OPT_IN, SigningService
from desktop.services.core import audit_anchoring
from desktop.services.printing.report_print_service import ReportPrintService
from tests.conftest import actor_for
from tests.services.dispatch_factories import make_ticket

OLD, NEW = "branch-pass-2026", "new-branch-pass-2027"


def _service_sheet(db: Database, service: SigningService) -> bytes:
    """A real 服务单 for a new ticket, signed with whatever key the branch has now."""
    clerk = actor_for(db, "clerk")
    ticket = make_ticket(db, customer_name="王建国")
    sheet = ReportPrintService(db, service).service_sheet(clerk, ticket)
    return service.sign(clerk, sheet, reason="客户服务单")


def _files(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in signing_files.KEY_FILES}


@pytest.fixture
def branch(sqlite_db: Database, tmp_path: Path) -> tuple[SigningService, Path]:
    folder = tmp_path / "signing"
    service = SigningService(sqlite_db, folder=folder)
    service.create_key(actor_for(sqlite_db, "admin"), OLD)
    return service, folder


def test_documents_and_anchors_signed_before_still_verify_after(sqlite_db: Database, tmp_path: Path,
                                                                branch: tuple[SigningService, Path]) -> None:
    service, folder = branch
    boss = actor_for(sqlite_db, "admin")
    anchors = tmp_path / "anchors"
    before_pdf = _service_sheet(sqlite_db, service)
    before_anchor = audit_anchoring.write_anchor(sqlite_db, "test", signer=service.sign_anchor, folder=anchors)
    old_fingerprint = service.status(boss).fingerprint
    assert before_anchor is not None and before_anchor.signer == old_fingerprint

    seen: list[tuple[int, int]] = []
    done = service.replace_key(boss, "suspected_copy", NEW, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] and len(seen) >= 3
    assert done.old_fingerprint == old_fingerprint != done.new_fingerprint
    assert done.status.unlocked and done.status.fingerprint == done.new_fingerprint

    # A new session on this PC: the old document and anchor verify against the trust list.
    later = SigningService(sqlite_db, folder=folder)
    old_result = later.verify(before_pdf)
    assert old_result.status == "valid" and old_result.fingerprint == old_fingerprint
    later.unlock(actor_for(sqlite_db, "clerk"), NEW)
    after_pdf = _service_sheet(sqlite_db, later)
    new_result = later.verify(after_pdf)
    assert new_result.status == "valid" and new_result.fingerprint == done.new_fingerprint
    after_anchor = audit_anchoring.write_anchor(sqlite_db, "test", signer=later.sign_anchor, folder=anchors)
    assert after_anchor is not None and after_anchor.signer == done.new_fingerprint
    stored, problems = AnchorStore(audit_anchoring.store_of(sqlite_db, anchors).path).read()
    assert problems == [] and [a.signer for a in stored] == [old_fingerprint, done.new_fingerprint]
    assert [later.verify_anchor(a) for a in stored] == ["valid", "valid"]
    # The old passphrase no longer opens the key; the new certificate is the one exported to HQ.
    with pytest.raises(ValidationError):
        SigningService(sqlite_db, folder=folder).unlock(boss, OLD)
    exported = signing_files.load_trusted_certificates(later.certificate_pem(boss))[0]
    assert exported.fingerprint(hashes.SHA256()).hex() == done.new_fingerprint


def test_old_files_go_to_a_private_dated_retired_folder_and_the_rotation_is_audited(
        sqlite_db: Database, branch: tuple[SigningService, Path]) -> None:
    service, folder = branch
    boss = actor_for(sqlite_db, "admin")
    (folder / KEYRING_OPT_IN).write_text("opted in\n", encoding="utf-8")
    old_files = _files(folder)
    done = service.replace_key(boss, "other", NEW, note="交接时密码写在了便签上")
    retired = done.retired_folder
    assert retired.parent == folder / "retired" and retired.name[:4].isdigit()
    assert _files(retired) == old_files and (retired / KEYRING_OPT_IN).is_file()
    assert not (folder / KEYRING_OPT_IN).exists() and _files(folder) != old_files
    if os.name == "posix":
        assert (retired.stat().st_mode & 0o777) == 0o700
        assert (retired.parent.stat().st_mode & 0o777) == 0o700
        assert all((retired / name).stat().st_mode & 0o777 == 0o600 for name in signing_files.KEY_FILES)
    assert not list(folder.glob(".replacing-*"))
    with sqlite_db.read.begin() as session:
        row = session.scalars(select(AuditLog).where(AuditLog.action == "signing.replace_key")).one()
        assert row.user_id == boss.user_id
        assert row.before["fingerprint"] == done.old_fingerprint
        assert row.after["fingerprint"] == done.new_fingerprint
        assert row.after["reason"] == "other" and row.after["note"] == "交接时密码写在了便签上"
        assert row.after["supervisor"] == boss.display_name and row.after["source"] == "created"


def test_a_pkcs12_from_hq_replaces_the_key(sqlite_db: Database, tmp_path: Path,
                                           branch: tuple[SigningService, Path]) -> None:
    service, folder = branch
    boss = actor_for(sqlite_db, "admin")
    before_pdf = _service_sheet(sqlite_db, service)
    issued = signing_files.create_branch_credentials(tmp_path / "hq", "AY01", "安阳文峰网点(新)", "hq-side-pass-1")
    p12 = pkcs12.serialize_key_and_certificates(b"branch", issued.private_key, issued.certificate,  # type: ignore[arg-type]
                                                None, BestAvailableEncryption(b"from-hq"))
    done = service.replace_key(boss, "certificate_expiring", NEW, p12=p12, p12_password="from-hq")
    assert done.new_fingerprint == issued.fingerprint
    later = SigningService(sqlite_db, folder=folder)
    assert later.verify(before_pdf).status == "valid"
    later.unlock(boss, NEW)
    assert later.verify(_service_sheet(sqlite_db, later)).fingerprint == issued.fingerprint


def test_a_failure_writing_the_new_key_leaves_the_old_key_working_and_nothing_retired(
        sqlite_db: Database, branch: tuple[SigningService, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    service, folder = branch
    boss = actor_for(sqlite_db, "admin")
    old_files = _files(folder)
    real_write = signing_files._write_private

    def failing_write(path: Path, data: bytes) -> None:
        if path.name == signing_files.KEY_FILE:
            raise OSError(28, "No space left on device")
        real_write(path, data)

    monkeypatch.setattr(signing_files, "_write_private", failing_write)
    with pytest.raises(OSError):
        service.replace_key(boss, "suspected_copy", NEW)
    _assert_untouched(sqlite_db, folder, old_files)


def test_a_failure_installing_the_new_files_puts_the_old_ones_back(
        sqlite_db: Database, branch: tuple[SigningService, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """The KDF file is already replaced when the key file's rename fails: the old pair comes back."""
    service, folder = branch
    old_files = _files(folder)
    real_install = signing_files._install_file

    def failing_install(source: Path, target: Path) -> None:
        if target.name == signing_files.KEY_FILE:
            raise PermissionError(13, "The file is open in another program")
        real_install(source, target)

    monkeypatch.setattr(signing_files, "_install_file", failing_install)
    with pytest.raises(PermissionError):
        service.replace_key(actor_for(sqlite_db, "admin"), "suspected_copy", NEW)
    _assert_untouched(sqlite_db, folder, old_files)


def test_a_failing_audit_write_undoes_the_replacement(sqlite_db: Database, branch: tuple[SigningService, Path],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    service, folder = branch
    old_files = _files(folder)
    from desktop.services.admin import signing_service

    def failing_record(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("database went away")

    monkeypatch.setattr(signing_service.audit, "record", failing_record)
    with pytest.raises(RuntimeError):
        service.replace_key(actor_for(sqlite_db, "admin"), "suspected_copy", NEW)
    monkeypatch.undo()
    _assert_untouched(sqlite_db, folder, old_files)


def test_cancelled_before_the_swap_changes_nothing(sqlite_db: Database, branch: tuple[SigningService, Path]) -> None:
    service, folder = branch
    old_files = _files(folder)
    with pytest.raises(StateError) as info:
        service.replace_key(actor_for(sqlite_db, "admin"), "suspected_copy", NEW, cancelled=lambda: True)
    assert info.value.code == "key_rotation_cancelled"
    _assert_untouched(sqlite_db, folder, old_files)


def _assert_untouched(db: Database, folder: Path, old_files: dict[str, bytes]) -> None:
    assert _files(folder) == old_files
    assert not (folder / "retired").exists() and not list(folder.glob(".replacing-*"))
    assert not (folder / "trusted").exists() or not list((folder / "trusted").iterdir())
    fresh = SigningService(db, folder=folder)
    fresh.unlock(actor_for(db, "clerk"), OLD)
    assert fresh.verify(_service_sheet(db, fresh)).status == "valid"
    with db.read.begin() as session:
        assert session.scalars(select(AuditLog).where(AuditLog.action == "signing.replace_key")).first() is None


@pytest.mark.parametrize("role", ["clerk", "engineer", "dispatch"])
def test_only_a_supervisor_may_replace_the_key(sqlite_db: Database, branch: tuple[SigningService, Path],
                                               role: str) -> None:
    service, folder = branch
    old_files = _files(folder)
    with pytest.raises(PermissionDenied):
        service.replace_key(actor_for(sqlite_db, role), "suspected_copy", NEW)
    assert _files(folder) == old_files and not (folder / "retired").exists()


def test_bad_input_is_refused_before_anything_changes(sqlite_db: Database, tmp_path: Path,
                                                      branch: tuple[SigningService, Path]) -> None:
    service, folder = branch
    boss = actor_for(sqlite_db, "admin")
    old_files = _files(folder)
    cases = [(("", NEW), {}, "rotation_reason_required"), (("other", NEW), {"note": "  "}, "required"),
             (("suspected_copy", "short"), {}, "passphrase_too_short"),
             (("suspected_copy", NEW), {"p12": b"not a p12", "p12_password": "x"}, "pkcs12_unreadable")]
    for args, kwargs, code in cases:
        with pytest.raises(ValidationError) as info:
            service.replace_key(boss, *args, **kwargs)  # type: ignore[arg-type]
        assert info.value.code == code
    assert _files(folder) == old_files and not (folder / "retired").exists()
    with pytest.raises(StateError) as missing:
        SigningService(sqlite_db, folder=tmp_path / "none").replace_key(boss, "suspected_copy", NEW)
    assert missing.value.code == "branch_key_missing"
