"""Help → User guide (F1): the guide shipped with the program, in Chinese and English, with a section for each
role's day and the screenshots it refers to."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from desktop.views.help_dialog import GUIDES, HelpDialog, guide_path, headings

ROLE_SECTIONS = {
    "zh_CN": ("客服文员的一天", "调度的一天", "工程师的一天", "主管的一天", "总部"),
    "en": ("The clerk's day", "The dispatcher's day", "The engineer's day", "The supervisor's day", "Headquarters"),
}


@pytest.mark.parametrize("language", list(GUIDES))
def test_the_guide_covers_every_role_and_its_pictures_are_shipped(language: str) -> None:
    text = guide_path(language).read_text(encoding="utf-8")
    titles = [title for level, title in headings(text) if level == 2]
    for section in ROLE_SECTIONS[language]:
        assert section in titles
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert len(images) >= 6
    for image in images:
        assert image.startswith(f"images/{language}/")
        assert (guide_path(language).parent / image).is_file(), image


def test_f1_opens_the_guide_in_the_window_s_language_and_switches(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = HelpDialog("zh_CN")
    qtbot.addWidget(dialog)
    dialog.show()
    # A size of its own: the size kept by an earlier test in the same worker (a layout test's narrow window)
    # would otherwise be restored, and below 200 px of page the pictures keep their 200 px floor.
    dialog.resize(900, 700)
    qtbot.waitUntil(lambda: dialog.browser.viewport().width() > 600)
    assert "客服文员的一天" in dialog.browser.toPlainText()
    assert dialog.contents.count() >= 7
    # The contents jump to a section.
    row = next(i for i in range(dialog.contents.count())
               if dialog.contents.item(i).data(Qt.ItemDataRole.UserRole) == "主管的一天")
    dialog.contents.setCurrentRow(row)
    assert dialog.browser.textCursor().block().text() == "主管的一天"
    assert dialog.browser.verticalScrollBar().value() > 0
    # Screenshots are drawn no wider than the page.
    document = dialog.browser.document()
    widths = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().isImageFormat():
                widths.append(fragment.charFormat().toImageFormat().width())
                image = document.resource(QTextDocument.ResourceType.ImageResource,
                                          dialog.browser.source().resolved(fragment.charFormat().toImageFormat().name()))
                assert image is not None
            iterator += 1
        block = block.next()
    assert widths and all(0 < w <= dialog.browser.viewport().width() for w in widths)
    # The other language in one click.
    qtbot.mouseClick(dialog.language_button, Qt.MouseButton.LeftButton)
    assert dialog.language == "en" and "The clerk's day" in dialog.browser.toPlainText()


def test_f1_in_the_main_window_brings_up_one_guide(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    from desktop.views.main_window import MainWindow
    from tests.conftest import actor_for

    window = MainWindow(actor_for(sqlite_db, "clerk"), "安阳", "sqlite", "en")
    qtbot.addWidget(window)
    window.show()
    assert window.ui.user_guide_action.shortcut().toString() == "F1"
    window.ui.user_guide_action.trigger()
    first = window.help_dialog
    window.ui.user_guide_action.trigger()
    assert first is not None and window.help_dialog is first and first.isVisible()
    assert first.language == "en"
