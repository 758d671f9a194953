"""The PostgreSQL password goes to the OS keyring (or is asked for at each start), never into the settings file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy.engine import make_url

from desktop import app as app_module
from desktop import credentials
from desktop.database import Database
from desktop.services.admin.settings_service import SettingsService
from desktop.views.admin.settings_dialog import SettingsDialog
from tests.conftest import actor_for
from tests.keyring_memory import MemoryKeyring, memory_keyring, no_keyring  # noqa: F401 (fixtures)
from tests.pg_server import HOSTILE_PASSWORD

SERVER = "postgresql+psycopg://desk@10.0.0.5:5432/servicedesk"


@pytest.fixture
def settings_file() -> Path:
    QSettings().remove("database/url")
    QSettings().sync()
    yield Path(QSettings().fileName())
    QSettings().remove("database/url")


def _dialog(qtbot, db: Database) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(SettingsService(db), actor_for(db, "admin"))
    qtbot.addWidget(dialog)
    return dialog


def _settings_text(path: Path) -> str:
    QSettings().sync()
    return path.read_text(encoding="utf-8") if path.exists() else ""


def test_the_password_goes_to_the_keyring_and_never_into_the_settings_file(
        qtbot, sqlite_db: Database, settings_file: Path, memory_keyring: MemoryKeyring) -> None:  # noqa: F811
    dialog = _dialog(qtbot, sqlite_db)
    dialog.ui.database_edit.setText(SERVER)
    dialog.ui.database_password_edit.setText(HOSTILE_PASSWORD)
    assert dialog.save()
    stored = str(QSettings().value("database/url"))
    assert make_url(stored).password is None and make_url(stored).host == "10.0.0.5"
    assert HOSTILE_PASSWORD not in _settings_text(settings_file) and "p%25w" not in _settings_text(settings_file)
    assert list(memory_keyring.entries.values()) == [HOSTILE_PASSWORD]
    # The next start finds it there.
    assert credentials.with_stored_password(make_url(stored)).password == HOSTILE_PASSWORD
    # Reopened, the dialog shows the server, not the password.
    again = _dialog(qtbot, sqlite_db)
    assert again.ui.database_edit.text() == stored and again.ui.database_password_edit.text() == ""


def test_a_password_typed_into_the_address_is_taken_out_of_it(
        qtbot, sqlite_db: Database, settings_file: Path, memory_keyring: MemoryKeyring) -> None:  # noqa: F811
    dialog = _dialog(qtbot, sqlite_db)
    dialog.ui.database_edit.setText("postgresql+psycopg://desk:s3cret@10.0.0.5/servicedesk")
    assert dialog.save()
    assert "s3cret" not in _settings_text(settings_file)
    assert list(memory_keyring.entries.values()) == ["s3cret"]


def test_without_a_keyring_nothing_is_saved_and_the_user_is_told(
        qtbot, sqlite_db: Database, settings_file: Path, no_keyring, monkeypatch) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    dialog = _dialog(qtbot, sqlite_db)
    dialog.ui.database_edit.setText(SERVER)
    dialog.ui.database_password_edit.setText("s3cret")
    assert dialog.save()
    assert "s3cret" not in _settings_text(settings_file)
    assert len(told) == 1 and "each start" in told[0]


def test_a_mistyped_address_is_refused_and_nothing_is_saved(
        qtbot, sqlite_db: Database, settings_file: Path, memory_keyring: MemoryKeyring) -> None:  # noqa: F811
    dialog = _dialog(qtbot, sqlite_db)
    dialog.ui.hotline_edit.setText("0372-5559999")
    dialog.ui.database_edit.setText("postgresql+psycopg://")
    dialog.ui.database_password_edit.setText("s3cret")
    assert not dialog.save()
    assert "database address" in dialog.ui.message_label.text()
    assert QSettings().value("database/url") is None and memory_keyring.entries == {}
    assert SettingsService(sqlite_db).branch(actor_for(sqlite_db, "admin")).hotline != "0372-5559999"


def test_a_password_left_in_the_settings_by_an_older_version_moves_to_the_keyring(
        settings_file: Path, memory_keyring: MemoryKeyring) -> None:  # noqa: F811
    legacy = "postgresql+psycopg://desk:old%40pw@10.0.0.5/servicedesk"
    QSettings().setValue("database/url", legacy)
    url = app_module._password_out_of_settings(make_url(legacy))
    assert url.password == "old@pw"  # this start still connects
    # (The password itself: the file holds other keys too, such as a remembered "old_part_dialog" window.)
    text = _settings_text(settings_file)
    assert "old@pw" not in text and "old%40pw" not in text and "10.0.0.5" in text
    assert list(memory_keyring.entries.values()) == ["old@pw"]


def test_the_window_asks_for_a_password_it_does_not_have(no_keyring, monkeypatch, qapp) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    asked: list[str] = []

    def fake_get_text(parent, title, label, echo):  # type: ignore[no-untyped-def]
        asked.append(label)
        return "typed-pw", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(fake_get_text))
    url = app_module._with_password(qapp, make_url(SERVER))
    assert url is not None and url.password == "typed-pw" and "10.0.0.5" in asked[0]
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a: ("", False)))
    assert app_module._with_password(qapp, make_url(SERVER)) is None  # cancelled: the start stops


def test_a_password_that_worked_is_remembered_for_the_next_start(memory_keyring: MemoryKeyring) -> None:  # noqa: F811
    url = make_url(SERVER).set(password="typed-pw")
    app_module._remember_password(url)
    assert credentials.stored_password(make_url(SERVER)) == "typed-pw"
