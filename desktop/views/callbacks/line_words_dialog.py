"""The supervisor's words per product line (brand, service name, callback script with a preview), the consumable
intervals per model (care reminders) and the branch's satisfaction grades."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QDialog, QHeaderView, QSpinBox, QTableWidgetItem, QWidget

from desktop.errors import ValidationError
from desktop.i18n import catalogue_name
from desktop.rules.care import MAX_INTERVAL_MONTHS
from desktop.services.callbacks.care_service import ReminderTiming
from desktop.services.core.actor import Actor
from desktop.services.core.permissions import allowed
from desktop.views import window_state
from desktop.views.callbacks.labels import error_messages, line_name, satisfaction_names
from desktop.views.messages import error_message, register_messages
from desktop.views.ui.ui_line_words_dialog import Ui_LineWordsDialog

register_messages(error_messages)

ROLE_DEFAULT = Qt.ItemDataRole.UserRole
ROLE_LINE_ID = Qt.ItemDataRole.UserRole + 1
COL_ID, COL_ZH, COL_EN = 0, 1, 2


class LineWordsDialog(QDialog):
    def __init__(self, scripts: Any, care: Any, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LineWordsDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self._scripts = scripts
        self._care = care
        self._actor = actor
        self.preview: Any = None
        self.ui.script_table.setColumnCount(3)
        self.ui.script_table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Chinese (spoken)"),
                                                        self.tr("English gloss")])
        header = self.ui.script_table.horizontalHeader()
        header.setSectionResizeMode(COL_ID, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ZH, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_EN, QHeaderView.ResizeMode.Stretch)
        self.ui.script_table.verticalHeader().setVisible(False)
        # Wrapped Chinese needs the row height of its column width, known only once the table is laid out.
        header.sectionResized.connect(lambda *_: self.ui.script_table.resizeRowsToContents())
        self.ui.script_splitter.setSizes([640, 480])
        self.ui.intervals_table.setColumnCount(2)
        self.ui.intervals_table.setHorizontalHeaderLabels([self.tr("Consumable"), self.tr("Every (months)")])
        self.ui.intervals_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ui.intervals_table.verticalHeader().setVisible(False)
        self.grade_checks: dict[str, QCheckBox] = {}
        for code, text in satisfaction_names().items():
            check = QCheckBox(text, self)
            check.setObjectName(f"grade_{code}_check")
            self.ui.grade_checks_layout.addWidget(check)
            self.grade_checks[code] = check
        # Made after the form: Tab must still go through the grades before their Save button.
        previous: QWidget | None = None
        for check in self.grade_checks.values():
            if previous is not None:
                QWidget.setTabOrder(previous, check)
            previous = check
        if previous is not None:
            QWidget.setTabOrder(previous, self.ui.save_grades_button)
        self.ui.save_words_button.setEnabled(allowed(actor, "script.manage"))
        self.ui.save_intervals_button.setEnabled(allowed(actor, "catalogue.manage"))
        self.ui.save_grades_button.setEnabled(allowed(actor, "settings.manage"))
        self.ui.save_timing_button.setEnabled(allowed(actor, "settings.manage"))
        self._connect_signals()
        self._load_lines()
        self._load_grades()
        self._load_timing()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.ui.script_table.resizeRowsToContents)

    def _connect_signals(self) -> None:
        self.ui.line_combo.currentIndexChanged.connect(self._on_line_combo_changed)
        self.ui.model_combo.currentIndexChanged.connect(self._on_model_combo_changed)
        self.ui.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.ui.reset_line_button.clicked.connect(self._on_reset_line_button_clicked)
        self.ui.save_words_button.clicked.connect(self._on_save_words_button_clicked)
        self.ui.save_intervals_button.clicked.connect(self._on_save_intervals_button_clicked)
        self.ui.save_grades_button.clicked.connect(self._on_save_grades_button_clicked)
        self.ui.save_timing_button.clicked.connect(self._on_save_timing_button_clicked)
        self.ui.close_button.clicked.connect(self.reject)

    # ---- product lines and their words ---------------------------------------------------------------------
    def _load_lines(self) -> None:
        try:
            lines = self._scripts.product_lines(self._actor)
        except Exception as exc:
            self.ui.message_label.setText(error_message(exc))
            return
        self.ui.line_combo.blockSignals(True)
        for line in lines:
            self.ui.line_combo.addItem(catalogue_name(line.name_zh, line.name_en), line.id)
        self.ui.line_combo.blockSignals(False)
        self._on_line_combo_changed()

    def line_id(self) -> int | None:
        return self.ui.line_combo.currentData()

    def _on_line_combo_changed(self, *_args: object) -> None:
        line_id = self.line_id()
        if line_id is None:
            return
        try:
            wording = self._scripts.wording(self._actor, line_id)
            models = self._care.models(self._actor, line_id)
        except Exception as exc:
            self.ui.message_label.setText(error_message(exc))
            return
        self._show_wording(wording)
        self.ui.model_combo.blockSignals(True)
        self.ui.model_combo.clear()
        for model in models:
            self.ui.model_combo.addItem(f"{model.code}  {model.name}", model.id)
        self.ui.model_combo.blockSignals(False)
        self._on_model_combo_changed()
        self._on_preview_button_clicked()

    def _show_wording(self, wording: Any) -> None:
        self.ui.brand_edit.setText(wording.line.brand)
        self.ui.service_name_edit.setText(wording.line.service_name)
        table = self.ui.script_table
        table.setRowCount(len(wording.texts))
        for row, text in enumerate(wording.texts):
            # The line's name for the supervisor; its id (G1, E2) stays in the item's data.
            id_item = QTableWidgetItem(line_name(text.line_id))
            id_item.setFlags(id_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            id_item.setData(ROLE_DEFAULT, (text.default_zh, text.default_en))
            id_item.setData(ROLE_LINE_ID, text.line_id)
            table.setItem(row, COL_ID, id_item)
            table.setItem(row, COL_ZH, QTableWidgetItem(text.zh))
            table.setItem(row, COL_EN, QTableWidgetItem(text.en))
        table.resizeRowsToContents()

    def texts(self) -> dict[str, tuple[str, str]]:
        table = self.ui.script_table
        return {table.item(row, COL_ID).data(ROLE_LINE_ID): (table.item(row, COL_ZH).text(),
                                                             table.item(row, COL_EN).text())
                for row in range(table.rowCount())}

    def _on_reset_line_button_clicked(self) -> None:
        row = self.ui.script_table.currentRow()
        if row < 0:
            return
        zh, en = self.ui.script_table.item(row, COL_ID).data(ROLE_DEFAULT)
        self.ui.script_table.item(row, COL_ZH).setText(zh)
        self.ui.script_table.item(row, COL_EN).setText(en)
        self._on_preview_button_clicked()

    def _on_preview_button_clicked(self) -> None:
        line_id = self.line_id()
        if line_id is None:
            return
        try:
            self.preview = self._scripts.preview(self._actor, line_id, self.ui.brand_edit.text(),
                                                 self.ui.service_name_edit.text(), self.texts())
        except Exception as exc:
            self.ui.message_label.setText(error_message(exc))
            return
        company = self.preview.company
        if self.preview.company_is_fallback:
            company += "  " + self.tr("(the branch name names another product line, so this neutral name is used; "
                                      "set a service name)")
        self.ui.company_label.setText(company)
        parts = []
        if self.preview.problems:
            parts.append("<p style='color:#b00020'><b>{}</b><br>{}</p>".format(
                escape(self.tr("Cannot be saved:")),
                "<br>".join(escape(self._problem_text(p)) for p in self.preview.problems)))
        for line in self.preview.lines:
            parts.append(f"<p><b>{escape(line_name(line.id))}</b><br>{escape(line.zh)}<br>"
                         f"<span style='color:#666'><i>{escape(line.en)}</i></span></p>")
        self.ui.preview_browser.setHtml("".join(parts))

    def _problem_text(self, problem: Any) -> str:
        code = "service_name_other_product_line" if not problem.line_id else f"script_{problem.code}"
        return error_message(ValidationError(code, "texts", line_id=problem.line_id, word=problem.detail))

    def _on_save_words_button_clicked(self) -> None:
        line_id = self.line_id()
        if line_id is None:
            return
        try:
            wording = self._scripts.save(self._actor, line_id, self.ui.brand_edit.text(),
                                         self.ui.service_name_edit.text(), self.texts())
        except Exception as exc:
            # Nothing typed is lost: the table keeps the edits, the message says which line to change.
            self.ui.message_label.setText(error_message(exc))
            self._on_preview_button_clicked()
            return
        self._show_wording(wording)
        self._on_preview_button_clicked()
        self.ui.message_label.setText(self.tr("The words of this product line were saved."))

    # ---- consumable intervals ------------------------------------------------------------------------------
    def _on_model_combo_changed(self, *_args: object) -> None:
        model_id = self.ui.model_combo.currentData()
        table = self.ui.intervals_table
        table.setRowCount(0)
        if model_id is None:
            return
        try:
            rows = self._care.intervals(self._actor, model_id)
        except Exception as exc:
            self.ui.message_label.setText(error_message(exc))
            return
        table.setRowCount(len(rows))
        for row, interval in enumerate(rows):
            name = catalogue_name(interval.name_zh, interval.name_en)
            item = QTableWidgetItem(f"{interval.part_code}  {name}")
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setData(ROLE_DEFAULT, interval.part_id)
            table.setItem(row, 0, item)
            spin = QSpinBox(table)
            spin.setRange(0, MAX_INTERVAL_MONTHS)
            spin.setSpecialValueText(self.tr("no reminder"))
            spin.setValue(interval.months or 0)
            table.setCellWidget(row, 1, spin)

    def intervals(self) -> dict[int, int]:
        table = self.ui.intervals_table
        return {table.item(row, 0).data(ROLE_DEFAULT): table.cellWidget(row, 1).value()
                for row in range(table.rowCount())}

    def _on_save_intervals_button_clicked(self) -> None:
        model_id = self.ui.model_combo.currentData()
        if model_id is None:
            return
        try:
            self._care.set_intervals(self._actor, model_id, self.intervals())
        except Exception as exc:
            self.ui.message_label.setText(error_message(exc))
            return
        self.ui.message_label.setText(self.tr("The consumable intervals were saved."))

    def _load_timing(self) -> None:
        try:
            timing = self._care.reminder_timing(self._actor)
        except Exception as exc:
            self.ui.message_label.setText(error_message(exc))
            return
        self.ui.remind_before_spin.setValue(timing.remind_days_before)
        self.ui.overdue_limit_spin.setValue(timing.overdue_limit_days)

    def _on_save_timing_button_clicked(self) -> None:
        try:
            self._care.set_reminder_timing(self._actor, ReminderTiming(self.ui.remind_before_spin.value(),
                                                                       self.ui.overdue_limit_spin.value()))
        except Exception as exc:
            self.ui.message_label.setText(error_message(exc))
            return
        self.ui.message_label.setText(self.tr("When care reminders are made was saved."))

    # ---- satisfaction grades -------------------------------------------------------------------------------
    def _load_grades(self) -> None:
        try:
            grades = set(self._scripts.grades(self._actor))
        except Exception as exc:
            self.ui.message_label.setText(error_message(exc))
            return
        for code, check in self.grade_checks.items():
            check.setChecked(code in grades)

    def grades(self) -> tuple[str, ...]:
        return tuple(code for code, check in self.grade_checks.items() if check.isChecked())

    def _on_save_grades_button_clicked(self) -> None:
        try:
            self._scripts.set_grades(self._actor, self.grades())
        except Exception as exc:
            self.ui.message_label.setText(error_message(exc))
            return
        self.ui.message_label.setText(self.tr("The satisfaction grades were saved."))
