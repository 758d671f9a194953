"""The town (乡镇/街道) of a new address, chosen after its district: an editable combo box offering the towns the
branch's region lists for the district chosen, with an empty first entry (town not known). A town the region does
not list may be typed, no wider than the address column."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from desktop.rules.addresses import TOWN_LENGTH
from desktop.services.core.region import Region


class TownChoice:
    """Keeps `towns` in step with `districts` (both combo boxes of a form)."""

    def __init__(self, districts: QComboBox, towns: QComboBox, region: Region) -> None:
        self._districts, self._towns, self._region = districts, towns, region
        towns.setEditable(True)
        towns.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = towns.lineEdit()
        if line is not None:
            line.setMaxLength(TOWN_LENGTH)
        self.refill()
        districts.currentTextChanged.connect(lambda _text: self.refill())

    def refill(self) -> None:
        """The towns of the district chosen; another district's town does not carry over, one typed by hand (a
        name the region does not list) does."""
        typed = self._towns.currentText()
        towns = self._region.towns_of(self._districts.currentText().strip())
        self._towns.blockSignals(True)
        self._towns.clear()
        self._towns.addItem("")
        self._towns.addItems(list(towns))
        listed = typed in self._region.place_names
        self._towns.setCurrentIndex(max(0, self._towns.findText(typed)) if listed else 0)
        if typed and not listed:
            self._towns.setEditText(typed)
        self._towns.blockSignals(False)

    def clear(self) -> None:
        self._towns.setCurrentIndex(0)
        self._towns.setEditText("")

    def town(self) -> str:
        return self._towns.currentText()
