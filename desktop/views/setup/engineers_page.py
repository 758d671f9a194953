"""Wizard page 4: the engineers, with the places they cover, the product lines they repair, days and hours."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QCheckBox, QListWidget, QListWidgetItem, QTableWidgetItem, QWidget

from desktop.i18n import catalogue_name
from desktop.rules.phones import format_phone
from desktop.services.core.actor import Actor
from desktop.services.setup.setup_records import EngineerInput, EngineersPage
from desktop.services.setup.setup_service import SetupService
from desktop.views.setup.setup_page import SetupPage
from desktop.views.ui.ui_setup_engineers_page import Ui_SetupEngineersPage

DATA = 0x0100  # Qt.ItemDataRole.UserRole


def _checked(widget: QListWidget) -> tuple[str, ...]:
    return tuple(str(widget.item(i).data(DATA)) for i in range(widget.count())
                 if widget.item(i).checkState() == Qt.CheckState.Checked)


def _fill(widget: QListWidget, choices: list[tuple[str, str]], checked: set[str]) -> None:
    widget.clear()
    for value, text in choices:
        item = QListWidgetItem(text)
        item.setData(DATA, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)


class EngineersSetupPage(SetupPage):
    key = "engineers"

    def __init__(self, service: SetupService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(service, actor, parent)
        self.ui = Ui_SetupEngineersPage()
        self.ui.setupUi(self)
        self.setObjectName("engineers_page")
        self.message_label = self.ui.message_label
        self.engineers: list[EngineerInput] = []
        self._places: list[tuple[str, str]] = []
        self._lines: list[tuple[str, str]] = []
        self.ui.engineers_table.horizontalHeader().setStretchLastSection(True)
        self._clear_form()
        self._connect_signals()

    def _days(self) -> list[QCheckBox]:
        ui = self.ui
        return [ui.mon_check, ui.tue_check, ui.wed_check, ui.thu_check, ui.fri_check, ui.sat_check, ui.sun_check]

    def _connect_signals(self) -> None:
        self.ui.new_button.clicked.connect(self._clear_form)
        self.ui.add_button.clicked.connect(self._on_add_button_clicked)
        self.ui.update_button.clicked.connect(self._on_update_button_clicked)
        self.ui.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.ui.engineers_table.currentCellChanged.connect(self._on_engineers_table_current_cell_changed)

    def field_widgets(self) -> dict[str, QWidget]:
        return {"name": self.ui.name_edit, "phone": self.ui.phone_edit, "areas": self.ui.areas_list,
                "skills": self.ui.skills_list, "working_days": self.ui.mon_check, "work_end": self.ui.end_time_edit,
                "engineers": self.ui.name_edit}

    # ---- choices from the earlier pages ----------------------------------------------------------------------

    def refresh_choices(self) -> None:
        state = self._service.state(self._actor)
        places: list[tuple[str, str]] = []
        if state.branch is not None:
            for district in state.branch.region.districts:
                places.append((district.name, district.name))
                places.extend((town, f"    {town}") for town in district.towns)
        self._places = places
        self._lines = ([(line.code, catalogue_name(line.name_zh, line.name_en)) for line in state.catalogue.lines]
                       if state.catalogue else [])
        _fill(self.ui.areas_list, self._places, set(_checked(self.ui.areas_list)))
        _fill(self.ui.skills_list, self._lines, set(_checked(self.ui.skills_list)))
        self._show_table()

    # ---- the form --------------------------------------------------------------------------------------------

    def _clear_form(self) -> None:
        self.ui.engineers_table.setCurrentCell(-1, -1)
        self.ui.name_edit.clear()
        self.ui.phone_edit.clear()
        for index, check in enumerate(self._days()):
            check.setChecked(index < 6)
        self.ui.start_time_edit.setTime(QTime(8, 0))
        self.ui.end_time_edit.setTime(QTime(18, 0))
        _fill(self.ui.areas_list, self._places, set())
        _fill(self.ui.skills_list, self._lines, set())
        self.ui.name_edit.setFocus()

    def form(self) -> EngineerInput:
        start, end = self.ui.start_time_edit.time(), self.ui.end_time_edit.time()
        days = "".join("1" if c.isChecked() else "0" for c in self._days())
        return EngineerInput(self.ui.name_edit.text(), self.ui.phone_edit.text(), _checked(self.ui.areas_list),
                             _checked(self.ui.skills_list), days, time(start.hour(), start.minute()),
                             time(end.hour(), end.minute()))

    def _show_form(self, engineer: EngineerInput) -> None:
        self.ui.name_edit.setText(engineer.name)
        self.ui.phone_edit.setText(engineer.phone)
        for check, flag in zip(self._days(), engineer.working_days, strict=False):
            check.setChecked(flag == "1")
        self.ui.start_time_edit.setTime(QTime(engineer.work_start.hour, engineer.work_start.minute))
        self.ui.end_time_edit.setTime(QTime(engineer.work_end.hour, engineer.work_end.minute))
        _fill(self.ui.areas_list, self._places, set(engineer.areas))
        _fill(self.ui.skills_list, self._lines, set(engineer.skills))

    def _form_is_complete(self) -> bool:
        if not self.ui.name_edit.text().strip() or not self.ui.phone_edit.text().strip():
            self.set_message(self.tr("Type the engineer's name and phone first."))
            return False
        return True

    def _on_add_button_clicked(self) -> None:
        if self._form_is_complete():
            self.engineers.append(self.form())
            self._show_table()
            self._clear_form()
            self.set_message("")

    def _on_update_button_clicked(self) -> None:
        row = self.ui.engineers_table.currentRow()
        if 0 <= row < len(self.engineers) and self._form_is_complete():
            self.engineers[row] = self.form()
            self._show_table()
            self.set_message("")

    def _on_remove_button_clicked(self) -> None:
        row = self.ui.engineers_table.currentRow()
        if 0 <= row < len(self.engineers):
            del self.engineers[row]
            self._show_table()
            self._clear_form()

    def _on_engineers_table_current_cell_changed(self, row: int, *_: int) -> None:
        if 0 <= row < len(self.engineers):
            self._show_form(self.engineers[row])

    def _show_table(self) -> None:
        table = self.ui.engineers_table
        names = dict(self._lines)
        days = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                self.tr("Sun")]
        table.blockSignals(True)
        table.setRowCount(len(self.engineers))
        for row, e in enumerate(self.engineers):
            values = [e.name, format_phone("".join(ch for ch in e.phone if ch.isdigit())) or e.phone,
                      "、".join(e.areas), "、".join(names.get(code, code) for code in e.skills),
                      " ".join(d for d, flag in zip(days, e.working_days, strict=False) if flag == "1"),
                      f"{e.work_start:%H:%M}–{e.work_end:%H:%M}"]
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        table.blockSignals(False)

    # ---- page ------------------------------------------------------------------------------------------------

    def collect(self) -> EngineersPage:
        # An engineer typed into the form but not yet added counts as added: nothing typed is dropped.
        if self.ui.engineers_table.currentRow() < 0 and self.ui.name_edit.text().strip():
            self.engineers.append(self.form())
            self._show_table()
            self._clear_form()
        return EngineersPage(tuple(self.engineers))

    def show_page(self, page: EngineersPage) -> None:
        self.engineers = [replace(e) for e in page.engineers]
        self._show_table()

    def show_error(self, exc: BaseException) -> None:
        super().show_error(exc)
        row = getattr(exc, "params", {}).get("row")
        if isinstance(row, int) and 1 <= row <= len(self.engineers):
            self.ui.engineers_table.setCurrentCell(row - 1, 0)
