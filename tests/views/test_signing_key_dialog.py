"""The signing-key dialog: a supervisor creates the key; a clerk may only unlock it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.services.admin.signing_service import SigningService
from desktop.views.admin.signing_key_dialog import SigningKeyDialog
from tests.conftest import actor_for


def test_supervisor_creates_then_a_clerk_unlocks_in_a_new_session(qtbot, sqlite_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "signing"
    dialog = SigningKeyDialog(SigningService(sqlite_db, folder=folder), actor_for(sqlite_db, "admin"))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.passphrase_edit, "branch-pass-2026")
    qtbot.mouseClick(dialog.ui.create_button, Qt.MouseButton.LeftButton)
    assert SigningService(sqlite_db, folder=folder).status(actor_for(sqlite_db, "admin")).has_key

    clerk_dialog = SigningKeyDialog(SigningService(sqlite_db, folder=folder), actor_for(sqlite_db, "clerk"))
    qtbot.addWidget(clerk_dialog)
    assert not clerk_dialog.ui.create_button.isEnabled()
    assert clerk_dialog.ui.unlock_button.isEnabled()
    qtbot.keyClicks(clerk_dialog.ui.passphrase_edit, "wrong-passphrase")
    qtbot.mouseClick(clerk_dialog.ui.unlock_button, Qt.MouseButton.LeftButton)
    assert clerk_dialog.ui.unlock_button.isEnabled() and clerk_dialog.ui.message_label.text()
    clerk_dialog.ui.passphrase_edit.setText("branch-pass-2026")
    qtbot.mouseClick(clerk_dialog.ui.unlock_button, Qt.MouseButton.LeftButton)
    assert not clerk_dialog.ui.unlock_button.isEnabled()
