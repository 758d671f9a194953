"""Replace the branch key from the signing-key dialog: the form refuses what is missing with a sentence and keeps
what was typed, the replacement runs in the background, and the last page exports the new certificate."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
from PySide6.QtCore import Qt

from desktop.database import Database
from desktop.printing import signing as signing_files
from desktop.services.admin.signing_service import SigningService
from desktop.views import file_dialogs
from desktop.views.admin.replace_key_dialog import ReplaceKeyDialog
from desktop.views.admin.signing_key_dialog import SigningKeyDialog
from desktop.views.background import BackgroundRunner
from tests.conftest import actor_for

OLD, NEW = "branch-pass-2026", "new-branch-pass-2027"


def _fingerprint(pem: bytes) -> str:
    return signing_files.load_trusted_certificates(pem)[0].fingerprint(hashes.SHA256()).hex()


def _click(qtbot: Any, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _wait_done(qtbot: Any, runner: BackgroundRunner, dialog: ReplaceKeyDialog) -> None:
    runner.wait_for_done(30_000)
    qtbot.waitUntil(lambda: dialog.ui.form_page.isEnabled()
                    or dialog.ui.page_stack.currentWidget() is dialog.ui.done_page, timeout=30_000)


@pytest.fixture
def keyed(sqlite_db: Database, tmp_path: Path) -> tuple[SigningService, Path]:
    folder = tmp_path / "signing"
    service = SigningService(sqlite_db, folder=folder)
    service.create_key(actor_for(sqlite_db, "admin"), OLD)
    return service, folder


def test_supervisor_replaces_the_key_and_exports_the_new_certificate(
        qtbot: Any, sqlite_db: Database, tmp_path: Path, keyed: tuple[SigningService, Path],
        monkeypatch: pytest.MonkeyPatch) -> None:
    service, folder = keyed
    boss = actor_for(sqlite_db, "admin")
    old_fingerprint = service.status(boss).fingerprint
    runner = BackgroundRunner()
    keys = SigningKeyDialog(service, boss, None, runner)
    qtbot.addWidget(keys)
    assert keys.ui.replace_button.isEnabled()
    opened: list[ReplaceKeyDialog] = []

    def fake_exec(dialog: ReplaceKeyDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(ReplaceKeyDialog, "exec", fake_exec)
    _click(qtbot, keys.ui.replace_button)
    dialog = opened[0]
    qtbot.addWidget(dialog)

    # Nothing runs until the supervisor confirms; then what is missing is said, and what was typed stays.
    assert not dialog.ui.replace_button.isEnabled()
    dialog.ui.confirm_check.setChecked(True)
    qtbot.keyClicks(dialog.ui.passphrase_edit, NEW)
    qtbot.keyClicks(dialog.ui.repeat_edit, NEW + "x")
    _click(qtbot, dialog.ui.replace_button)
    assert "choose why" in dialog.ui.message_label.text()
    dialog.ui.reason_combo.setCurrentIndex(dialog.ui.reason_combo.findData("other"))
    _click(qtbot, dialog.ui.replace_button)
    assert "few words" in dialog.ui.message_label.text()
    dialog.ui.note_edit.setText("离职员工知道口令")
    _click(qtbot, dialog.ui.replace_button)
    assert "differ" in dialog.ui.message_label.text() and dialog.ui.passphrase_edit.text() == NEW
    dialog.ui.repeat_edit.setText(NEW)
    _click(qtbot, dialog.ui.replace_button)
    _wait_done(qtbot, runner, dialog)
    qtbot.waitUntil(lambda: dialog.ui.page_stack.currentWidget() is dialog.ui.done_page, timeout=10_000)

    new_fingerprint = _fingerprint((folder / signing_files.CERT_FILE).read_bytes())
    assert new_fingerprint != old_fingerprint
    assert new_fingerprint in dialog.ui.done_label.text() and old_fingerprint in dialog.ui.done_label.text()
    assert dialog.ui.passphrase_edit.text() == ""
    # The signing-key dialog behind shows the new key, open for this session.
    assert new_fingerprint in keys.ui.status_label.text()

    out = tmp_path / "to_hq" / "branch_cert.pem"
    out.parent.mkdir()
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: [str(out)])
    _click(qtbot, dialog.ui.export_button)
    assert _fingerprint(out.read_bytes()) == new_fingerprint
    assert str(out) in dialog.ui.export_label.text()


def test_a_wrong_hq_file_password_is_said_and_the_old_key_stays(
        qtbot: Any, sqlite_db: Database, tmp_path: Path, keyed: tuple[SigningService, Path],
        monkeypatch: pytest.MonkeyPatch) -> None:
    service, folder = keyed
    boss = actor_for(sqlite_db, "admin")
    issued = signing_files.create_branch_credentials(tmp_path / "hq", "AY01", "安阳文峰网点", "hq-side-pass-1")
    p12_file = tmp_path / "AY01.p12"
    p12_file.write_bytes(pkcs12.serialize_key_and_certificates(
        b"branch", issued.private_key, issued.certificate, None, BestAvailableEncryption(b"from-hq")))  # type: ignore[arg-type]
    old_cert = (folder / signing_files.CERT_FILE).read_bytes()
    runner = BackgroundRunner()
    dialog = ReplaceKeyDialog(service, boss, runner)
    qtbot.addWidget(dialog)
    assert not dialog.ui.browse_button.isEnabled()
    dialog.ui.import_radio.setChecked(True)
    monkeypatch.setattr(file_dialogs, "run", lambda _dialog: [str(p12_file)])
    _click(qtbot, dialog.ui.browse_button)
    assert dialog.ui.file_edit.text() == str(p12_file)
    dialog.ui.reason_combo.setCurrentIndex(dialog.ui.reason_combo.findData("certificate_expiring"))
    qtbot.keyClicks(dialog.ui.p12_password_edit, "wrong")
    dialog.ui.passphrase_edit.setText(NEW)
    dialog.ui.repeat_edit.setText(NEW)
    dialog.ui.confirm_check.setChecked(True)
    _click(qtbot, dialog.ui.replace_button)
    _wait_done(qtbot, runner, dialog)
    qtbot.waitUntil(lambda: bool(dialog.ui.message_label.text()), timeout=10_000)
    assert "HQ" in dialog.ui.message_label.text() and dialog.ui.page_stack.currentWidget() is dialog.ui.form_page
    assert (folder / signing_files.CERT_FILE).read_bytes() == old_cert
    assert dialog.ui.passphrase_edit.text() == NEW  # nothing typed is lost

    dialog.ui.p12_password_edit.setText("from-hq")
    _click(qtbot, dialog.ui.replace_button)
    _wait_done(qtbot, runner, dialog)
    qtbot.waitUntil(lambda: dialog.ui.page_stack.currentWidget() is dialog.ui.done_page, timeout=10_000)
    assert _fingerprint((folder / signing_files.CERT_FILE).read_bytes()) == issued.fingerprint


def test_a_clerk_cannot_start_a_replacement(qtbot: Any, sqlite_db: Database,
                                           keyed: tuple[SigningService, Path]) -> None:
    service, _folder = keyed
    dialog = SigningKeyDialog(service, actor_for(sqlite_db, "clerk"), None, BackgroundRunner())
    qtbot.addWidget(dialog)
    assert not dialog.ui.replace_button.isEnabled()
