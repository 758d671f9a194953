"""Login dialog (sign in, first run, lock-out message) and the main window shell."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.demo.seed import DEMO_PASSWORD
from desktop.services.admin.auth_service import AuthService
from desktop.views.login_dialog import LoginDialog
from desktop.views.main_window import MainWindow
from tests.conftest import FAST_HASHER, actor_for


@pytest.fixture
def auth(sqlite_db):  # type: ignore[no-untyped-def]
    return AuthService(sqlite_db, hasher=FAST_HASHER)


def test_signing_in_with_the_keyboard_accepts_and_returns_the_actor(qtbot, auth) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(auth)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.username_edit, "clerk")
    qtbot.keyClicks(dialog.ui.password_edit, DEMO_PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.actor is not None and dialog.actor.role == "clerk"


def test_a_wrong_password_keeps_the_dialog_open_with_a_message(qtbot, auth) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(auth)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.username_edit, "clerk")
    qtbot.keyClicks(dialog.ui.password_edit, "wrong-pass1")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.actor is None
    assert dialog.ui.message_label.text() != ""
    # The user name typed is kept for the next try.
    assert dialog.ui.username_edit.text() == "clerk"


def test_the_demo_sign_in_lists_the_four_demo_accounts_and_signs_in_the_one_picked(qtbot, auth) -> None:  # type: ignore[no-untyped-def]
    from desktop.demo.seed import DEMO_USERS

    dialog = LoginDialog(auth, demo_accounts=DEMO_USERS, demo_password=DEMO_PASSWORD)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.demo_group.isVisible()
    listed = [dialog.ui.demo_list.item(i).data(0x0100) for i in range(dialog.ui.demo_list.count())]
    assert listed == ["admin", "clerk", "dispatch", "engineer"]
    dialog.ui.demo_list.setCurrentRow(3)
    assert dialog.ui.username_edit.text() == "engineer"
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.actor is not None and dialog.actor.role == "engineer"


def test_a_real_branch_sign_in_lists_no_accounts(qtbot, auth) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(auth)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.demo_group.isVisible() and dialog.ui.demo_list.count() == 0


def test_main_window_shows_user_branch_database_and_areas(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    actor = actor_for(sqlite_db, "clerk")
    window = MainWindow(actor, "安阳网点", "sqlite:///x.sqlite3", "zh_CN")
    qtbot.addWidget(window)
    built: list[str] = []

    def label(text: str) -> QLabel:
        built.append(text)
        return QLabel(text)

    window.add_area("one", lambda: "One", lambda: label("1"))
    window.add_area("two", lambda: "Two", lambda: label("2"))
    # An area is built when first shown, not when it is added.
    assert built == [] and window.area_widget("one") is None
    two = window.show_area("two")
    assert built == ["2"] and window.ui.area_stack.currentIndex() == 1
    assert window.ui.area_stack.currentWidget() is two and two.objectName() == "two_area"
    assert window.show_area("two") is two and built == ["2"]  # once
    assert "李文员" in window.user_label.text()
    assert window.branch_label.text() == "安阳网点"
    assert window.database_label.text().startswith("sqlite")
    # A clerk does not see the administration menu (and the services refuse it anyway).
    assert not window.ui.admin_menu.menuAction().isVisible()
    window.set_area_badge("one", 3)
    assert window.ui.navigation_list.item(0).text() == "One (3)"


def test_installing_the_chinese_translation_translates_the_window(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from desktop.i18n import install_cjk_font, install_translators

    app = QApplication.instance()
    try:
        assert install_translators(app, "zh_CN")
        assert install_cjk_font() is not None
        window = MainWindow(actor_for(sqlite_db, "admin"), "安阳网点", "sqlite", "zh_CN")
        qtbot.addWidget(window)
        assert window.ui.file_menu.title() == "文件(&F)"
        assert window.ui.admin_menu.menuAction().isVisible()
    finally:
        install_translators(app, "en")
