"""OnsiteWindowsDialog: the promised on-site window per product line and ticket priority (seed 002 §4.5: 30 minutes
for campus units, 2 hours for vending machines; seed 003: on site within 1 hour), edited by the supervisor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QSpinBox, QTableWidgetItem, QWidget

from desktop.errors import DomainError
from desktop.i18n import catalogue_name
from desktop.rules.service_windows import MAX_WINDOW_MINUTES, PRIORITIES
from desktop.services.core.actor import Actor
from desktop.views import window_state
from desktop.views.contacts.contact_texts import describe, register
from desktop.views.durations import with_words
from desktop.views.intake.intake_text import priority_names
from desktop.views.ui.ui_onsite_windows_dialog import Ui_OnsiteWindowsDialog

if TYPE_CHECKING:
    from desktop.services.admin.settings_service import SettingsService


class OnsiteWindowsDialog(QDialog):
    def __init__(self, settings: SettingsService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        register()
        self.ui = Ui_OnsiteWindowsDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self._settings = settings
        self._actor = actor
        self._lines: tuple[tuple[str, str, str], ...] = ()
        self.ui.hint_label.setText(self.tr(
            "Minutes from intake (or dispatch) to the engineer on site. The service rules ask for campus units "
            "within 30 minutes, vending machines within 2 hours, and within 1 hour when the phone cannot solve it. "
            "Raising a "
            "ticket's priority shortens its running window; a more urgent priority may not have a longer one."))
        names = priority_names()
        table = self.ui.windows_table
        table.setColumnCount(len(PRIORITIES))
        table.setHorizontalHeaderLabels([names.get(p, p) for p in PRIORITIES])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self.load()

    def load(self) -> None:
        try:
            windows = self._settings.onsite_windows(self._actor)
        except DomainError as exc:
            self.ui.message_label.setText(describe(exc))
            return
        self._lines = windows.lines
        table = self.ui.windows_table
        table.setRowCount(len(windows.lines))
        for row, (code, zh, en) in enumerate(windows.lines):
            table.setVerticalHeaderItem(row, QTableWidgetItem(catalogue_name(zh, en)))
            for column, priority in enumerate(PRIORITIES):
                spin = QSpinBox(table)
                spin.setObjectName(f"window_{code}_{priority}")
                # 0 is allowed in the widget so that the service's check is the one that refuses it.
                spin.setRange(0, MAX_WINDOW_MINUTES)
                spin.setSuffix(self.tr(" min"))
                spin.setValue(int(windows.minutes[code][priority]))
                spin.setAlignment(Qt.AlignmentFlag.AlignRight)
                # Edited in exact minutes, read as people say it: 1440 min = 24 hours.
                table.setCellWidget(row, column, with_words(spin))

    def windows(self) -> dict[str, dict[str, int]]:
        table = self.ui.windows_table
        return {code: {priority: table.cellWidget(row, column).spin.value()  # durations.with_words
                       for column, priority in enumerate(PRIORITIES)}
                for row, (code, _zh, _en) in enumerate(self._lines)}

    def save(self) -> bool:
        try:
            self._settings.save_onsite_windows(self._actor, self.windows())
        except DomainError as exc:
            self.ui.message_label.setText(describe(exc))
            return False
        return True

    def _on_button_box_accepted(self) -> None:
        if self.save():
            self.accept()
