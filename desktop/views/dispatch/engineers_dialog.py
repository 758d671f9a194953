"""Supervisor's engineer management: districts, product-line skills, working days and hours, linked account."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QListView,
    QListWidget,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from desktop.errors import DomainError
from desktop.i18n import catalogue_name
from desktop.rules.phones import format_phone
from desktop.services.core.actor import Actor
from desktop.services.dispatch.engineer_service import EngineerInput, EngineerRow
from desktop.views import window_state
from desktop.views.dispatch.dispatch_messages import dispatch_messages
from desktop.views.messages import error_message, register_messages
from desktop.views.ui.ui_engineers_dialog import Ui_EngineersDialog
from desktop.views.widgets.table_columns import fit_columns

if TYPE_CHECKING:
    from desktop.services.admin.auth_service import AuthService
    from desktop.services.dispatch.dispatch_service import DispatchService
    from desktop.services.dispatch.engineer_service import EngineerService

# The engineer service's codes (phone_invalid, work_hours_order, ...) are worded with the dispatch area's.
register_messages(dispatch_messages)

# Districts may be typed with ASCII or Chinese commas, enumeration commas or semicolons.
AREA_SEPARATORS = re.compile(r"[,，、;；\s]+")


def split_areas(text: str) -> tuple[str, ...]:
    return tuple(part for part in AREA_SEPARATORS.split(text) if part)


class EngineersDialog(QDialog):
    engineer_saved = Signal(int)

    def __init__(self, engineers: EngineerService, dispatch: DispatchService, auth: AuthService, actor: Actor,
                 parent: QWidget | None = None, region_places: Sequence[str] = (),
                 region_districts: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.ui = Ui_EngineersDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        # The branch's districts (its region) are ticked, not typed: a typo would keep an engineer off the board's
        # area filter. Without a region the districts are typed as before.
        self._region_places = tuple(region_places)
        # Each district is followed by its towns in `region_places`; districts are written in bold to tell them apart.
        self._region_districts = frozenset(region_districts)
        self.areas_list = QListWidget(self)
        self.areas_list.setObjectName("areas_list")
        self.areas_list.setFlow(QListView.Flow.LeftToRight)
        self.areas_list.setWrapping(True)
        self.areas_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.areas_list.setMaximumHeight(64)
        self.ui.edit_layout.replaceWidget(self.ui.areas_edit, self.areas_list)
        if self._region_places:
            self.ui.areas_edit.hide()
            self.ui.areas_label.setBuddy(self.areas_list)
            # Tab reaches the list where the typed field was, not after every other field.
            QWidget.setTabOrder(self.ui.areas_edit, self.areas_list)
        else:
            self.ui.edit_layout.replaceWidget(self.areas_list, self.ui.areas_edit)
            self.areas_list.hide()
        self._engineers = engineers
        self._dispatch = dispatch
        self._auth = auth
        self._actor = actor
        self._rows: list[EngineerRow] = []
        self._line_names: dict[str, str] = {}
        self._user_names: dict[int, str] = {}
        self._day_checks: tuple[QCheckBox, ...] = (
            self.ui.mon_check, self.ui.tue_check, self.ui.wed_check, self.ui.thu_check, self.ui.fri_check,
            self.ui.sat_check, self.ui.sun_check)
        fit_columns(self.ui.engineers_table, stretch=3)
        self._load_choices()
        self._connect_signals()
        self.clear_form()
        self.reload()

    def _load_choices(self) -> None:
        try:
            lines = self._dispatch.product_lines(self._actor)
        except DomainError as exc:
            lines = []
            self.ui.message_label.setText(error_message(exc))
        for code, zh, en in lines:
            self._line_names[code] = catalogue_name(zh, en)
            item = QListWidgetItem(self._line_names[code])
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ui.skills_list.addItem(item)
        self.ui.user_combo.addItem(self.tr("(no account)"), None)
        try:
            users = self._auth.list_users(self._actor) if self._auth is not None else []
        except DomainError:
            # Only a supervisor lists accounts; the service still checks every save.
            users = []
        for user in users:
            self._user_names[user.id] = user.display_name
            if user.role == "engineer" and user.active:
                self.ui.user_combo.addItem(f"{user.display_name} ({user.username})", user.id)

    def _connect_signals(self) -> None:
        self.ui.engineers_table.itemSelectionChanged.connect(self._on_engineers_table_selection_changed)
        self.ui.show_inactive_check.toggled.connect(self._on_show_inactive_check_toggled)
        self.ui.new_button.clicked.connect(self._on_new_button_clicked)
        self.ui.add_button.clicked.connect(self._on_add_button_clicked)
        self.ui.save_button.clicked.connect(self._on_save_button_clicked)
        self.ui.toggle_active_button.clicked.connect(self._on_toggle_active_button_clicked)
        self.ui.close_button.clicked.connect(self.accept)

    # --- table -------------------------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        try:
            self._rows = self._engineers.list(self._actor, include_inactive=self.ui.show_inactive_check.isChecked())
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
            return
        table = self.ui.engineers_table
        table.blockSignals(True)
        table.clearSelection()
        table.setRowCount(len(self._rows))
        for r, row in enumerate(self._rows):
            texts = (row.name, format_phone(row.phone), "、".join(row.areas),
                     "、".join(self._line_names.get(code, code) for code in row.skills),
                     self.days_text(row.working_days),
                     f"{row.work_start:%H:%M}–{row.work_end:%H:%M}",
                     self.tr("Active") if row.active else self.tr("Inactive"),
                     self._user_names.get(row.user_id, "") if row.user_id is not None else "")
            for c, text in enumerate(texts):
                table.setItem(r, c, QTableWidgetItem(text))
        for r, row in enumerate(self._rows):
            if row.id == select_id:
                # Quietly, so that the message of the save that led here stays visible.
                table.selectRow(r)
                self.fill_form(row)
        table.blockSignals(False)

    def days_text(self, working_days: str) -> str:
        names = (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                 self.tr("Sun"))
        return " ".join(name for name, flag in zip(names, working_days, strict=False) if flag == "1")

    def selected(self) -> EngineerRow | None:
        rows = self.ui.engineers_table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    # --- form --------------------------------------------------------------------------------------------

    def clear_form(self) -> None:
        defaults = EngineerInput(name="", phone="")
        self.ui.engineers_table.clearSelection()
        self.ui.name_edit.clear()
        self.ui.phone_edit.clear()
        self.ui.areas_edit.clear()
        self._set_areas(())
        self._set_skills(())
        self._set_days(defaults.working_days)
        self.ui.start_time_edit.setTime(QTime(defaults.work_start.hour, defaults.work_start.minute))
        self.ui.end_time_edit.setTime(QTime(defaults.work_end.hour, defaults.work_end.minute))
        self.ui.user_combo.setCurrentIndex(0)
        self.ui.active_check.setChecked(True)

    def fill_form(self, row: EngineerRow) -> None:
        self.ui.name_edit.setText(row.name)
        self.ui.phone_edit.setText(format_phone(row.phone))
        self.ui.areas_edit.setText("，".join(row.areas))
        self._set_areas(row.areas)
        self._set_skills(row.skills)
        self._set_days(row.working_days)
        self.ui.start_time_edit.setTime(QTime(row.work_start.hour, row.work_start.minute))
        self.ui.end_time_edit.setTime(QTime(row.work_end.hour, row.work_end.minute))
        index = self.ui.user_combo.findData(row.user_id) if row.user_id is not None else 0
        if index < 0:
            # Linked to an account the combo does not offer (inactive, or not listed for this role).
            name = self._user_names.get(row.user_id, f"#{row.user_id}") if row.user_id is not None else ""
            self.ui.user_combo.addItem(name, row.user_id)
            index = self.ui.user_combo.count() - 1
        self.ui.user_combo.setCurrentIndex(index)
        self.ui.active_check.setChecked(row.active)

    def form_input(self) -> EngineerInput:
        start, end = self.ui.start_time_edit.time(), self.ui.end_time_edit.time()
        return EngineerInput(
            name=self.ui.name_edit.text(),
            phone=self.ui.phone_edit.text(),
            areas=self._checked_areas() if self._region_places else split_areas(self.ui.areas_edit.text()),
            skills=tuple(self.ui.skills_list.item(i).data(Qt.ItemDataRole.UserRole)
                         for i in range(self.ui.skills_list.count())
                         if self.ui.skills_list.item(i).checkState() == Qt.CheckState.Checked),
            working_days="".join("1" if check.isChecked() else "0" for check in self._day_checks),
            work_start=time(start.hour(), start.minute()),
            work_end=time(end.hour(), end.minute()),
            active=self.ui.active_check.isChecked(),
            user_id=self.ui.user_combo.currentData(),
        )

    def _set_areas(self, areas: Sequence[str]) -> None:
        """The region's districts and their towns, ticked where the engineer works, then any place of theirs the
        region does not list (kept ticked, so saving loses nothing)."""
        self.areas_list.clear()
        places = list(self._region_places) + [a for a in areas if a not in self._region_places]
        for place in places:
            text = place if place in self._region_places else self.tr("{place} (not in the region)").format(
                place=place)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, place)
            if place in self._region_districts:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if place in areas else Qt.CheckState.Unchecked)
            self.areas_list.addItem(item)

    def _checked_areas(self) -> tuple[str, ...]:
        return tuple(self.areas_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.areas_list.count())
                     if self.areas_list.item(i).checkState() == Qt.CheckState.Checked)

    def _set_skills(self, codes: tuple[str, ...]) -> None:
        for i in range(self.ui.skills_list.count()):
            item = self.ui.skills_list.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _set_days(self, working_days: str) -> None:
        for check, flag in zip(self._day_checks, working_days, strict=False):
            check.setChecked(flag == "1")

    # --- actions -----------------------------------------------------------------------------------------

    def _run(self, action: Any, done: str) -> None:
        try:
            row = action()
        except DomainError as exc:
            # The form keeps everything typed (also on a stale save); only the message changes.
            self.ui.message_label.setText(error_message(exc))
            return
        self.ui.message_label.setText(done)
        self.reload(select_id=row.id)
        self.engineer_saved.emit(row.id)

    def _on_engineers_table_selection_changed(self) -> None:
        row = self.selected()
        if row is not None:
            self.fill_form(row)
            self.ui.message_label.clear()

    def _on_show_inactive_check_toggled(self, _checked: bool) -> None:
        self.reload()

    def _on_new_button_clicked(self) -> None:
        self.clear_form()
        self.ui.message_label.clear()
        self.ui.name_edit.setFocus()

    def _on_add_button_clicked(self) -> None:
        data = self.form_input()
        self._run(lambda: self._engineers.create(self._actor, data), self.tr("Engineer added."))

    def _on_save_button_clicked(self) -> None:
        row = self.selected()
        if row is None:
            self.ui.message_label.setText(self.tr("Select an engineer in the list first, or use Add engineer."))
            return
        data = self.form_input()
        self._run(lambda: self._engineers.update(self._actor, row.id, data, version=row.version),
                  self.tr("Changes saved."))

    def _on_toggle_active_button_clicked(self) -> None:
        row = self.selected()
        if row is None:
            self.ui.message_label.setText(self.tr("Select an engineer in the list first."))
            return
        # From the stored record, not the form: deactivating must not also save half-typed edits.
        data = EngineerInput(row.name, row.phone, row.areas, row.skills, row.working_days, row.work_start,
                             row.work_end, not row.active, row.user_id)
        done = self.tr("Engineer deactivated.") if row.active else self.tr("Engineer activated.")
        self._run(lambda: self._engineers.update(self._actor, row.id, data, version=row.version), done)
