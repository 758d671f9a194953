"""Help → About shows the version and the licence notices with their full texts."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from desktop import __version__
from desktop.database import Database
from desktop.views.about_dialog import AboutDialog
from desktop.views.main_window import MainWindow
from tests.conftest import actor_for


def _titles(dialog: AboutDialog) -> list[str]:
    return [dialog.ui.notices_list.item(i).text() for i in range(dialog.ui.notices_list.count())]


def test_about_shows_the_version_and_every_notice_with_its_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert __version__ in dialog.ui.title_label.text()
    titles = _titles(dialog)
    assert len(titles) == 4, titles
    icons_row = next(i for i, t in enumerate(titles) if "Tabler" in t)
    dialog.ui.notices_list.setCurrentRow(icons_row)
    assert "MIT License" in dialog.ui.notice_text.toPlainText()
    qt_row = next(i for i, t in enumerate(titles) if "PySide6" in t)
    dialog.ui.notices_list.setCurrentRow(qt_row)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.ui.notice_text.toPlainText()
    font_row = next(i for i, t in enumerate(titles) if "WenQuanYi" in t)
    dialog.ui.notices_list.setCurrentRow(font_row)
    assert "Apache License" in dialog.ui.notice_text.toPlainText()
    dialog.ui.notices_list.setCurrentRow(len(titles) - 1)
    third = dialog.ui.notice_text.toPlainText()
    # The packages the program runs on, each with its licence, read from their own metadata.
    for package in ("SQLAlchemy", "reportlab", "openpyxl", "psycopg", "PySide6_Essentials"):
        assert f"\n  {package} " in third, package
    assert "MIT" in third and "LGPL-3.0" in third


def test_help_about_opens_the_dialog(qtbot, sqlite_db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[list[str]] = []

    def fake_exec(self: AboutDialog) -> int:
        shown.append(_titles(self))
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(AboutDialog, "exec", fake_exec)
    window = MainWindow(actor_for(sqlite_db, "clerk"), "安阳网点", "sqlite", "zh_CN")
    qtbot.addWidget(window)
    window.ui.about_action.trigger()
    assert len(shown) == 1 and any("WenQuanYi" in t for t in shown[0])
