"""Windows remember where they were: size and position, the main window's toolbars, splitters and column widths.

`keep(window)` is called once by every window and dialog. At its first showing the window's known buttons get their
icons (icons.decorate_buttons: the same look everywhere, from one table) and the window gets back what was saved
(QSettings, under "windows/<name>/...") and is kept inside the screen it opens on, however large it was saved or
designed; when it hides, everything is saved again. A form that grew since (a longer translation) is never made
smaller than its layout needs: Qt keeps the minimum size."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QLocale, QObject, QPoint, QRect, QSettings
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMainWindow,
    QSplitter,
    QTableView,
    QTreeView,
    QWidget,
    QWizard,
)

# Room for the title bar and the frame that the window manager adds around a window.
FRAME_ALLOWANCE = 32
# A header that was given back its saved widths (or that the user resized): automatic fitting leaves it alone.
RESTORED = "widths_restored"
# A header whose widths a fitter sets from the content (widgets/table_columns.py): until the user drags a column,
# its widths are not kept. Widths fitted to an empty list (an engineer's empty callback queue) would otherwise come
# back in the next window on that PC and cut every cell once the rows arrive.
AUTO_FITTED = "widths_fitted"


def _key(name: str, *parts: str) -> str:
    return "/".join(("windows", name, *parts))


def _views(root: QWidget) -> list[QAbstractItemView]:
    return [v for v in root.findChildren(QAbstractItemView)
            if v.objectName() and isinstance(v, QTableView | QTreeView)]


def _columns(view: QAbstractItemView) -> QHeaderView:
    return view.header() if isinstance(view, QTreeView) else view.horizontalHeader()  # type: ignore[attr-defined]


def _header_key(view: QAbstractItemView) -> str:
    # Widths fitted to Chinese text cut the longer English words (and the other way round): each language keeps
    # its own, so switching the language never brings back widths measured on the other one's text.
    return f"columns/{QLocale().name()}/{view.objectName()}"


def save_within(name: str, root: QWidget) -> None:
    settings = QSettings()
    for splitter in root.findChildren(QSplitter):
        if splitter.objectName():
            settings.setValue(_key(name, "splitters", splitter.objectName()), splitter.saveState())
    for view in _views(root):
        header = _columns(view)
        if header.property(AUTO_FITTED) and not header.property(RESTORED):
            continue
        if header.count():
            settings.setValue(_key(name, _header_key(view)), header.saveState())
            settings.setValue(_key(name, _header_key(view) + "_count"), header.count())


def restore_within(name: str, root: QWidget) -> None:
    """Splitters and column widths inside `root` (a window, or an area added to a window already shown)."""
    settings = QSettings()
    for splitter in root.findChildren(QSplitter):
        state = settings.value(_key(name, "splitters", splitter.objectName())) if splitter.objectName() else None
        if isinstance(state, QByteArray | bytes) and state:
            splitter.restoreState(QByteArray(state))
    for view in _views(root):
        header = _columns(view)
        state = settings.value(_key(name, _header_key(view)))
        count = settings.value(_key(name, _header_key(view) + "_count"))
        # Columns added since (a newer version) make the saved widths meaningless: fit them afresh.
        if isinstance(state, QByteArray | bytes) and state and str(count) == str(header.count()):
            stretch = [i for i in range(header.count())
                       if header.sectionResizeMode(i) == QHeaderView.ResizeMode.Stretch]
            if header.restoreState(QByteArray(state)):
                # The code decides which column stretches (an older saved state may say otherwise).
                for i in stretch:
                    header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
                header.setProperty(RESTORED, True)


def fit_to_screen(window: QWidget) -> None:
    """No window larger than the screen it is on, none out of sight: it is shrunk (never below its minimum) and
    moved back inside the screen's free area (without the taskbar)."""
    screen = window.screen()
    if screen is None:
        return
    area: QRect = screen.availableGeometry()
    width = min(window.width(), area.width())
    height = min(window.height(), area.height() - FRAME_ALLOWANCE)
    width = max(width, window.minimumSizeHint().width() if window.layout() else 0, window.minimumWidth())
    height = max(height, window.minimumSizeHint().height() if window.layout() else 0, window.minimumHeight())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
        # Shrunk after Qt placed it: centre it again over its parent (or the screen).
        parent = window.parentWidget()
        centre = parent.window().frameGeometry().center() if parent is not None else area.center()
        window.move(centre.x() - width // 2, centre.y() - (height + FRAME_ALLOWANCE) // 2)
    position = window.pos()
    x = min(max(position.x(), area.left()), max(area.left(), area.right() - width))
    y = min(max(position.y(), area.top()), max(area.top(), area.bottom() - height - FRAME_ALLOWANCE))
    if QPoint(x, y) != position:
        window.move(x, y)


class _Keeper(QObject):
    def __init__(self, window: QWidget, name: str | None) -> None:
        super().__init__(window)
        self.setObjectName("window_state_keeper")
        self._name = name
        self.restored = False

    @property
    def name(self) -> str:
        window = self.parent()
        # Read at first showing: a dialog may set its object name after keep() was called.
        return self._name or (window.objectName() if isinstance(window, QWidget) else "") or type(window).__name__

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        window = self.parent()
        if watched is window and isinstance(window, QWidget):
            if event.type() == QEvent.Type.Show and not self.restored:
                self.restored = True
                self._name = self.name
                from desktop.views.icons import decorate_buttons

                decorate_buttons(window)
                self.restore(window)
            elif event.type() in (QEvent.Type.Hide, QEvent.Type.Close) and self.restored:
                self.save(window)
        return False

    def restore(self, window: QWidget) -> None:
        settings = QSettings()
        geometry = settings.value(_key(self.name, "geometry"))
        if isinstance(geometry, QByteArray | bytes) and geometry:
            window.restoreGeometry(QByteArray(geometry))
            # Saved with shorter text (the other language, an older wording): wrapped lines need more height at
            # this width than was saved, and a dialog's layout does not claim it by itself, so the text was cut.
            _grow_for_wrapped_text(window)
        else:
            # First opening: as large as the form would like (Qt alone stops at two thirds of the screen, which
            # leaves a long form scrolling on a screen that could show it whole); fit_to_screen bounds it.
            hint = window.sizeHint()
            if hint.isValid():
                window.resize(max(window.width(), hint.width()), max(window.height(), hint.height()))
        state = settings.value(_key(self.name, "state"))
        if isinstance(window, QMainWindow) and isinstance(state, QByteArray | bytes) and state:
            window.restoreState(QByteArray(state))
        restore_within(self.name, window)
        fit_to_screen(window)
        if isinstance(window, QWizard):
            # Each page wraps its own text: the next page may need more height than this one did.
            window.currentIdChanged.connect(lambda _page: _grow_for_wrapped_text(window))

    def save(self, window: QWidget) -> None:
        settings = QSettings()
        settings.setValue(_key(self.name, "geometry"), window.saveGeometry())
        if isinstance(window, QMainWindow):
            settings.setValue(_key(self.name, "state"), window.saveState())
        save_within(self.name, window)


def _grow_for_wrapped_text(window: QWidget) -> None:
    """Taller when wrapped text needs more lines at this width than the saved height gives (saved in the other
    language or with an older wording). A dialog's layout does not claim that height by itself, and a wizard's does
    not even report it: there the shown page's own layout is asked, and the window grows by what the page lacks."""
    layout = window.layout()
    if layout is not None and layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(window.width())
        if needed > window.height():
            window.resize(window.width(), needed)
        return
    page = window.currentPage() if isinstance(window, QWizard) else None
    page_layout = page.layout() if page is not None else None
    if page is None or page_layout is None or not page_layout.hasHeightForWidth():
        return
    if layout is not None:
        layout.activate()  # the page gets its width for this window size before it is asked for its height
    lacking = page_layout.totalHeightForWidth(page.width()) - page.height()
    if lacking > 0:
        window.resize(window.width(), window.height() + lacking)


def keep(window: QWidget, name: str | None = None) -> None:
    """Remember this window's geometry, splitters and column widths under `name` (default: its object name when it
    is first shown)."""
    if _keeper(window) is None:
        window.installEventFilter(_Keeper(window, name))


def _keeper(window: QWidget) -> _Keeper | None:
    return next((k for k in window.findChildren(_Keeper) if k.parent() is window), None)


def is_kept(window: QWidget) -> bool:
    return _keeper(window) is not None


def restore_added(window: QWidget, widget: QWidget) -> None:
    """A part added to a window that was already shown (an area built on first use) gets its saved widths too."""
    keeper = _keeper(window)
    if keeper is not None and keeper.restored:
        restore_within(keeper.name, widget)
