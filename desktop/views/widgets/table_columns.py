"""Columns that fit what they hold: each column as wide as its content (ticket numbers, dates, names are never cut),
one column (the free text: fault, note, subject) takes the width left over, and the user may still drag any other
column wider or narrower; those widths are then kept (desktop/views/window_state.py saves and restores them)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QTreeView
from shiboken6 import isValid

from desktop.views.window_state import AUTO_FITTED, RESTORED

# A column of long free text would otherwise push the others out of sight.
MAX_FITTED_WIDTH = 360
# Air between one column's text and the next one's.
PADDING = 10
# The free-text column never shrinks below this: on a narrow window (1280 px at 150 %) the fitted columns would
# otherwise leave it a bare "…"; the table then scrolls sideways instead.
MIN_STRETCH_WIDTH = 120
# Rows Qt reads to size a column: the first page of a paged list is plenty, and a big list is never read whole.
SAMPLED_ROWS = 200


def columns_header(view: QAbstractItemView) -> QHeaderView:
    """The header that holds a table's or a tree's columns."""
    return view.header() if isinstance(view, QTreeView) else view.horizontalHeader()  # type: ignore[attr-defined]


class _Fitter(QObject):
    def __init__(self, view: QTableView | QTreeView, stretch: int | None, max_width: int,
                 caps: Mapping[int, int] | None = None) -> None:
        super().__init__(view)
        self._view, self._stretch, self._max = view, stretch, max_width
        self._caps: Mapping[int, int] = caps or {}
        self._fitting = False
        self._pending = False
        self._model: QAbstractItemModel | None = None
        # The stretching column was given a fixed width because the window is too narrow for it to stretch.
        self._squeezed = False
        # A button held down on the header itself: a column border being dragged (a button held elsewhere, such as
        # on the tab that just showed this table, resizes the stretching column too and is no drag).
        self._header_pressed = False
        header = columns_header(view)
        header.setProperty(AUTO_FITTED, True)
        header.sectionResized.connect(self._on_section_resized)
        view.installEventFilter(self)
        header.viewport().installEventFilter(self)
        self.watch_model()

    def watch_model(self) -> None:
        model = self._view.model()
        if model is None or model is self._model:
            return
        self._model = model
        model.modelReset.connect(self.schedule)
        model.layoutChanged.connect(self.schedule)
        model.rowsInserted.connect(self._on_rows_inserted)
        model.columnsInserted.connect(self.schedule)
        self.fit()

    def _on_rows_inserted(self, _parent: object, first: int, _last: int) -> None:
        # The first rows decide the widths; later pages (fetchMore) do not make columns jump under the reader.
        if first == 0:
            self.schedule()

    def schedule(self, *_args: object) -> None:
        """Fit once the view has laid out what was just added (a tree lays out its items later; a list filled
        row by row is fitted once, not once per row)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._fit_now)

    def _fit_now(self) -> None:
        self._pending = False
        # The view, and this filter with it, may have been destroyed before the queued call ran (a dialog closed
        # at once): the wrapper then has lost its attributes.
        view = getattr(self, "_view", None)
        if view is not None and isValid(self) and isValid(view):
            if isinstance(self._view, QTreeView):
                self._view.doItemsLayout()
            self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._keep_stretch_room_later)
        elif event.type() == QEvent.Type.MouseButtonPress and watched is not self._view:
            self._header_pressed = True
        elif event.type() == QEvent.Type.MouseButtonRelease and watched is not self._view:
            self._header_pressed = False
        return False

    def _keep_stretch_room_later(self) -> None:
        view = getattr(self, "_view", None)
        if view is not None and isValid(self) and isValid(view):
            self.keep_stretch_room()

    def keep_stretch_room(self) -> None:
        """The stretching column stretches while there is room for MIN_STRETCH_WIDTH; on a narrower table it keeps
        that width and the table scrolls sideways, and it stretches again once the table is wide enough."""
        header = columns_header(self._view)
        stretch = self._stretch
        if stretch is None or stretch >= header.count() or header.isSectionHidden(stretch):
            return
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != stretch and not header.isSectionHidden(c))
        room = self._view.viewport().width() - others
        self._fitting = True
        try:
            if not self._squeezed and room < MIN_STRETCH_WIDTH:
                self._squeezed = True
                header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(stretch, MIN_STRETCH_WIDTH)
            elif self._squeezed and room >= MIN_STRETCH_WIDTH:
                self._squeezed = False
                header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        finally:
            self._fitting = False

    def _on_section_resized(self, *_args: object) -> None:
        # Only the user's own drag on the header counts (Qt resizes the stretching column itself whenever the view
        # changes, also while the button is down on whatever showed the view).
        dragging = self._header_pressed and bool(QApplication.mouseButtons() & Qt.MouseButton.LeftButton)
        if dragging and not self._fitting and isValid(self._view) and self._view.isVisible():
            columns_header(self._view).setProperty(RESTORED, True)

    def fit(self, *_args: object) -> None:
        if not isValid(self._view):  # the model's last signals while the view is being destroyed
            return
        header = columns_header(self._view)
        stretch = self._stretch
        if stretch is not None and stretch < header.count() and not self._squeezed and \
                header.sectionResizeMode(stretch) != QHeaderView.ResizeMode.Stretch:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        if header.property(RESTORED):
            self.keep_stretch_room()
            return
        self._fitting = True
        try:
            titles = _title_widths(header)
            for column in range(header.count()):
                if column == self._stretch or header.isSectionHidden(column):
                    continue
                width = max(self._view.sizeHintForColumn(column), titles[column])
                header.resizeSection(column, min(width + PADDING, self._caps.get(column, self._max)))
        finally:
            self._fitting = False
        self.keep_stretch_room()


def _title_widths(header: QHeaderView) -> list[int]:
    """Each column title's width. Qt keeps room for the sort arrow beside every title once any column is sorted
    (about 24 px each: the English tickets list scrolled sideways by it at 1366 px); only the sorted column shows
    the arrow, so only it gets the room. Sorting by another column reloads the list, which fits the columns again."""
    if not header.isSortIndicatorShown():
        return [header.sectionSizeHint(c) for c in range(header.count())]
    sorted_column = header.sortIndicatorSection()
    with_arrow = header.sectionSizeHint(sorted_column) if 0 <= sorted_column < header.count() else 0
    blocked = header.blockSignals(True)
    header.setSortIndicatorShown(False)
    try:
        widths = [header.sectionSizeHint(c) for c in range(header.count())]
    finally:
        header.setSortIndicatorShown(True)
        header.blockSignals(blocked)
    if 0 <= sorted_column < len(widths):
        widths[sorted_column] = with_arrow
    return widths


def fit_columns(view: QTableView | QTreeView, stretch: int | None = None, *,
                max_width: int = MAX_FITTED_WIDTH, caps: Mapping[int, int] | None = None) -> None:
    """Columns sized to their content after each load; `stretch` (a column index) fills the rest of the width.
    `caps` narrows given columns below max_width (their longest values are elided; the model gives the whole text
    as the tooltip). Call after the view has its model (or call again when the model is replaced)."""
    header = columns_header(view)
    if isinstance(view, QTableView):
        view.verticalHeader().setResizeContentsPrecision(SAMPLED_ROWS)
    else:
        header.setResizeContentsPrecision(SAMPLED_ROWS)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch is not None and stretch < header.count():
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    existing = next((f for f in view.findChildren(_Fitter) if f.parent() is view), None)
    if existing is not None:
        existing._stretch = stretch
        existing._caps = caps or {}
        existing._squeezed = False  # the stretching column was just set to stretch again (above)
        existing.watch_model()
        existing.fit()
        return
    _Fitter(view, stretch, max_width, caps)
