"""The editable list of districts with their towns (a tree), shared by the setup wizard and the branch settings."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QTreeWidget, QTreeWidgetItem

from desktop.services.core.region import District, Region

EDITABLE = Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


class RegionTree:
    def __init__(self, tree: QTreeWidget, place_edit: QLineEdit, add_district: QPushButton, add_town: QPushButton,
                 remove: QPushButton, say: Callable[[str], None]) -> None:
        self.tree, self.place_edit, self._say = tree, place_edit, say
        add_district.clicked.connect(self.add_typed_district)
        add_town.clicked.connect(self.add_typed_town)
        remove.clicked.connect(self.remove_selected)
        place_edit.returnPressed.connect(self.add_typed_district)

    def add_district(self, name: str, towns: tuple[str, ...] = ()) -> QTreeWidgetItem:
        item = QTreeWidgetItem([name])
        item.setFlags(EDITABLE)
        self.tree.addTopLevelItem(item)
        for town in towns:
            child = QTreeWidgetItem([town])
            child.setFlags(EDITABLE)
            item.addChild(child)
        item.setExpanded(True)
        return item

    def add_typed_district(self) -> None:
        name = self.place_edit.text().strip()
        if not name:
            self._say(QCoreApplication.translate("RegionTree", "Type the name of the district or county first."))
            return
        self.tree.setCurrentItem(self.add_district(name))
        self.place_edit.clear()
        self._say("")

    def add_typed_town(self) -> None:
        name = self.place_edit.text().strip()
        item = self.tree.currentItem()
        district = (item.parent() or item) if item is not None else None
        if not name or district is None:
            self._say(QCoreApplication.translate("RegionTree", "Select a district, then type the town's name."))
            return
        child = QTreeWidgetItem([name])
        child.setFlags(EDITABLE)
        district.addChild(child)
        district.setExpanded(True)
        self.place_edit.clear()
        self._say("")

    def remove_selected(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        parent = item.parent()
        if parent is None:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))
        else:
            parent.removeChild(item)

    def districts(self) -> tuple[District, ...]:
        found = []
        for index in range(self.tree.topLevelItemCount()):
            item = cast(QTreeWidgetItem, self.tree.topLevelItem(index))
            towns = tuple(cast(QTreeWidgetItem, item.child(i)).text(0) for i in range(item.childCount()))
            found.append(District(item.text(0), towns))
        return tuple(found)

    def show(self, region: Region) -> None:
        self.tree.clear()
        for district in region.districts:
            self.add_district(district.name, district.towns)
