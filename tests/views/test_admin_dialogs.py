"""Supervisor dialogs: users and branch settings, driven as a supervisor would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.services.admin.auth_service import AuthService
from desktop.services.admin.settings_service import SettingsService
from desktop.views.admin.settings_dialog import SettingsDialog
from desktop.views.admin.users_dialog import UsersDialog
from tests.conftest import FAST_HASHER, actor_for


def test_adding_a_user_shows_it_in_the_table_and_it_can_log_in(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    auth = AuthService(sqlite_db, hasher=FAST_HASHER)
    dialog = UsersDialog(auth, actor_for(sqlite_db, "admin"))
    qtbot.addWidget(dialog)
    dialog.show()
    before = dialog.ui.users_table.rowCount()
    qtbot.keyClicks(dialog.ui.username_edit, "xiaozhou")
    dialog.ui.display_name_edit.setText("小周")  # QTest.keyClicks takes ASCII only
    dialog.ui.role_combo.setCurrentIndex(dialog.ui.role_combo.findData("clerk"))
    qtbot.keyClicks(dialog.ui.password_edit, "zhou-2026-xy")
    qtbot.mouseClick(dialog.ui.add_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.users_table.rowCount() == before + 1
    assert auth.login("xiaozhou", "zhou-2026-xy").role == "clerk"


def test_a_refused_user_keeps_what_was_typed(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    auth = AuthService(sqlite_db, hasher=FAST_HASHER)
    dialog = UsersDialog(auth, actor_for(sqlite_db, "admin"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.username_edit, "clerk")
    dialog.ui.display_name_edit.setText("重名")
    qtbot.keyClicks(dialog.ui.password_edit, "abc-2026-xyz")
    qtbot.mouseClick(dialog.ui.add_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.message_label.text() != ""
    assert dialog.ui.display_name_edit.text() == "重名"


def test_settings_dialog_saves_branch_and_commitments(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    settings = SettingsService(sqlite_db)
    boss = actor_for(sqlite_db, "admin")
    dialog = SettingsDialog(settings, boss)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.hotline_edit.setText("0372-5551234")
    dialog.ui.first_contact_spin.setValue(15)
    dialog.ui.mask_checkbox.setChecked(False)
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert settings.branch(boss).hotline == "0372-5551234"
    assert settings.get(boss, "commitment.first_contact_minutes") == 15
    assert settings.get(boss, "export.mask_personal_data") is False
