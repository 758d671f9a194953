"""Help → Keyboard shortcuts: every bound key, by the place it works in, from the same table that binds them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.views import shortcuts


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(640, 560)
        intro = QLabel(self.tr("A key works while its button or list is on the screen; a greyed-out button does not "
                               "answer to its key either."), self)
        intro.setObjectName("intro_label")
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("shortcuts_table")
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Key"), self.tr("What it does")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._fill()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _fill(self) -> None:
        places = shortcuts.place_names()
        rows = [(places["window"], key, text) for key, text in shortcuts.window_keys()]
        rows += [(places[b.place], shortcuts.key_text(b.key), b.action()) for b in shortcuts.bindings()]
        self.table.setRowCount(len(rows))
        previous = None
        for row, (place, key, text) in enumerate(rows):
            # The place once per group, like a heading.
            self.table.setItem(row, 0, QTableWidgetItem(place if place != previous else ""))
            self.table.setItem(row, 1, QTableWidgetItem(key))
            self.table.setItem(row, 2, QTableWidgetItem(text))
            previous = place
