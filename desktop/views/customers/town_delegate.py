"""TownDelegate: the town cell of an address table edited in an editable combo box offering the towns (乡镇/街道)
the branch's region lists for that row's district; another name may be typed, no wider than the address column."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.rules.addresses import TOWN_LENGTH
from desktop.services.core.region import Region

Index = QModelIndex | QPersistentModelIndex


class TownDelegate(QStyledItemDelegate):
    def __init__(self, district_of: Callable[[int], str], region: Region, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._district_of = district_of
        self._region = region

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("town_editor")
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem("")
        combo.addItems(list(self._region.towns_of(self._district_of(index.row()))))
        line = combo.lineEdit()
        if line is not None:
            line.setMaxLength(TOWN_LENGTH)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            text = str(index.data(Qt.ItemDataRole.EditRole) or "")
            found = editor.findText(text)
            if found >= 0:
                editor.setCurrentIndex(found)
            else:
                editor.setEditText(text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText().strip(), Qt.ItemDataRole.EditRole)
