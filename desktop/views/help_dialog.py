"""Help → User guide (F1): the user guide shipped with the application (resources/help/guide_<language>.md, with
its screenshots beside it), shown in the window, Chinese or English, with its contents on the left.

A QTextBrowser reads the Markdown itself, so the guide is edited as plain text and needs no web engine. The guide
stays open beside the work (it is not modal); F1 again brings it forward."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QUrl
from PySide6.QtGui import QImage, QPixmap, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import paths
from desktop.views import window_state

GUIDES = {"zh_CN": "guide_zh_CN.md", "en": "guide_en.md"}
HEADING = re.compile(r"^(#{1,3})\s+(.*?)\s*$")


def guide_path(language: str) -> Path:
    return paths.resources_dir() / "help" / GUIDES.get(language, GUIDES["zh_CN"])


def headings(text: str) -> list[tuple[int, str]]:
    """The guide's sections (level, title), in order, outside code blocks."""
    found, in_code = [], False
    for line in text.splitlines():
        if line.startswith("```"):
            in_code = not in_code
            continue
        match = HEADING.match(line)
        if match and not in_code:
            found.append((len(match.group(1)), match.group(2)))
    return found


class HelpDialog(QDialog):
    def __init__(self, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        window_state.keep(self)
        self.setObjectName("help_dialog")
        self.setWindowTitle(self.tr("User guide"))
        self.contents = QListWidget(self)
        self.contents.setObjectName("contents_list")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide_browser")
        self.browser.setOpenExternalLinks(True)
        splitter = QSplitter(self)
        splitter.setObjectName("help_splitter")
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 760])
        self.language_button = QPushButton(self)
        self.language_button.setObjectName("language_button")
        self.missing_label = QLabel(self)
        self.missing_label.setWordWrap(True)
        self.missing_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.language_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.missing_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(1000, 640)
        self.language = ""
        self.browser.viewport().installEventFilter(self)
        self.contents.currentItemChanged.connect(self._on_contents_current_item_changed)
        self.language_button.clicked.connect(self._on_language_button_clicked)
        self.show_guide(language)

    def show_guide(self, language: str) -> None:
        self.language = language if language in GUIDES else "zh_CN"
        # The other language's name, in that language, so a reader who cannot read this one finds it.
        self.language_button.setText("English" if self.language == "zh_CN" else "中文")
        path = guide_path(self.language)
        self.contents.clear()
        if not path.is_file():
            self.missing_label.setText(self.tr("The user guide is missing from this installation ({path}).")
                                       .format(path=path))
            self.missing_label.show()
            self.browser.clear()
            return
        self.missing_label.hide()
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource)
        self.fit_images()
        for level, title in headings(path.read_text(encoding="utf-8")):
            if level > 2:
                continue
            item = QListWidgetItem(("    " if level == 2 else "") + title)
            item.setData(0x0100, title)
            self.contents.addItem(item)

    def fit_images(self) -> None:
        """Screenshots as wide as the page (never wider than taken), so the text beside them needs no sideways
        scrolling; called again whenever the window is resized."""
        room = max(200, self.browser.viewport().width() - 2 * int(self.browser.document().documentMargin()) - 24)
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.isValid() and fragment.charFormat().isImageFormat():
                    image_format = fragment.charFormat().toImageFormat()
                    image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(image_format.name()))
                    natural = image.width() if isinstance(image, QImage | QPixmap) else 0
                    if natural:
                        width = min(natural, room)
                        image_format.setWidth(width)
                        image_format.setHeight(image.height() * width / natural)
                        cursor = QTextCursor(document)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(image_format)
                iterator += 1
            block = block.next()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.browser.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_images()
        return False

    def show_section(self, title: str) -> bool:
        """Scroll to the section titled `title` (the start of its heading); False when there is none."""
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and block.text().strip() == title:
                cursor = self.browser.textCursor()
                cursor.setPosition(block.position())
                self.browser.setTextCursor(cursor)
                top = int(document.documentLayout().blockBoundingRect(block).top())
                self.browser.verticalScrollBar().setValue(top)
                return True
            block = block.next()
        return False

    def _on_contents_current_item_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.show_section(str(item.data(0x0100)))

    def _on_language_button_clicked(self) -> None:
        self.show_guide("en" if self.language == "zh_CN" else "zh_CN")
