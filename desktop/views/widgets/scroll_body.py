"""The body of a long form scrolls while its action buttons stay put below it (VerticalScrollArea, used from the
Designer forms), and a window never opens larger than the screen can show.

A plain QScrollArea asks for very little room (about 70 px) and caps what it wishes for at 24 lines of text, so a
dialog built around one would open small and clip its fields sideways. This one wishes for its content's full size
and needs its content's full width, but only a few lines of height: the window can shrink to fit a small screen and
the rest of the form scrolls, never sideways."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QTabWidget, QWidget

# How little of a scrolled form may be seen at once before the window stops shrinking.
MIN_VISIBLE_HEIGHT = 120


class VerticalScrollArea(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _scroll_bar_width(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint()
        frame = 2 * self.frameWidth()
        return QSize(hint.width() + frame + self._scroll_bar_width(), hint.height() + frame)

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().minimumSizeHint()
        frame = 2 * self.frameWidth()
        needed = content.minimumSizeHint()
        return QSize(needed.width() + frame + self._scroll_bar_width(),
                     min(needed.height(), MIN_VISIBLE_HEIGHT) + frame)


def wrap_in_scroll(content: QWidget, parent: QWidget | None = None) -> VerticalScrollArea:
    """`content` (a form built in code) inside a vertical scroll area."""
    area = VerticalScrollArea(parent)
    area.setWidget(content)
    return area


def scroll_tabs(tabs: QTabWidget) -> None:
    """Each page of `tabs` scrolls on its own: the tallest page no longer sets the dialog's height, and the buttons
    below the tabs stay in sight. The pages keep their objects (the scroll area holds the page itself)."""
    current = tabs.currentIndex()
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if page is None or isinstance(page, VerticalScrollArea):
            continue
        text, icon, tip, enabled = tabs.tabText(index), tabs.tabIcon(index), tabs.tabToolTip(index), \
            tabs.isTabEnabled(index)
        tabs.removeTab(index)
        area = wrap_in_scroll(page)
        area.setObjectName(f"{page.objectName()}_scroll")
        tabs.insertTab(index, area, icon, text)
        tabs.setTabToolTip(index, tip)
        tabs.setTabEnabled(index, enabled)
    tabs.setCurrentIndex(current)
