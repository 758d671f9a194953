"""The branch signing key: created by a supervisor, locked at rest, signs issued PDFs that verify offline."""

from __future__ import annotations

import pytest
from reportlab.pdfgen import canvas

from desktop.errors import DomainError, PermissionDenied, StateError
from desktop.services.admin.signing_service import SigningService
from tests.conftest import actor_for


def _pdf() -> bytes:
    import io

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    c.drawString(100, 700, "AY01-20261125-0001")
    c.save()
    return buffer.getvalue()


def test_supervisor_creates_the_key_and_a_clerk_signs_with_it(sqlite_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    service = SigningService(sqlite_db, folder=tmp_path / "signing")
    boss, clerk = actor_for(sqlite_db, "admin"), actor_for(sqlite_db, "clerk")
    with pytest.raises(PermissionDenied):
        service.create_key(clerk, "branch-pass-2026")
    status = service.create_key(boss, "branch-pass-2026")
    assert status.has_key and status.unlocked and "AY01" in status.subject
    signed = service.sign(clerk, _pdf(), reason="客户服务报告")
    assert service.verify(signed).status == "valid"
    tampered = bytearray(signed)
    index = tampered.find(b"AY01-2026")
    tampered[index] = ord("B")
    assert service.verify(bytes(tampered)).status == "altered"
    # The key file on disk is encrypted: the passphrase does not appear and the PEM says ENCRYPTED.
    key_text = next((tmp_path / "signing").glob("*key*")).read_bytes()
    assert b"ENCRYPTED" in key_text and b"branch-pass-2026" not in key_text


def test_a_new_session_must_unlock_the_key_first(sqlite_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "signing"
    SigningService(sqlite_db, folder=folder).create_key(actor_for(sqlite_db, "admin"), "branch-pass-2026")
    later = SigningService(sqlite_db, folder=folder)
    clerk = actor_for(sqlite_db, "clerk")
    with pytest.raises(StateError) as locked:
        later.sign(clerk, _pdf(), reason="x")
    assert locked.value.code == "signing_locked"
    with pytest.raises(DomainError) as wrong:
        later.unlock(clerk, "not-the-passphrase")
    assert wrong.value.code == "passphrase_wrong"
    assert later.unlock(clerk, "branch-pass-2026").unlocked
    assert later.verify(later.sign(clerk, _pdf(), reason="x")).status == "valid"


def test_without_any_key_signing_says_so(sqlite_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(StateError) as info:
        SigningService(sqlite_db, folder=tmp_path / "none").sign(actor_for(sqlite_db, "clerk"), _pdf(), reason="x")
    assert info.value.code == "branch_key_missing"


def test_hq_trusts_another_branch_certificate(sqlite_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    boss = actor_for(sqlite_db, "admin")
    branch = SigningService(sqlite_db, folder=tmp_path / "branch")
    branch.create_key(boss, "branch-pass-2026")
    signed = branch.sign(boss, _pdf(), reason="x")
    hq = SigningService(sqlite_db, folder=tmp_path / "hq")
    assert hq.verify(signed).status == "unknown_signer"
    assert hq.trust_certificate(boss, branch.certificate_pem(boss)) == 1
    assert hq.verify(signed).status == "valid"
