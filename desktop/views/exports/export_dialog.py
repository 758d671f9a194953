"""Export dialog: period, header language, masking and output file; the export runs off the UI thread with a
cancellable progress dialog, and the written workbook can be opened or shown in its folder."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from desktop.clock import local_today
from desktop.exports.workbook_writer import ExportCancelled
from desktop.services.core.actor import Actor
from desktop.services.core.permissions import allowed
from desktop.services.exports.export_period import Period, day, iso_week, month
from desktop.views import file_dialogs, window_state
from desktop.views.background import BackgroundRunner, Task
from desktop.views.branch_dates import to_qdate
from desktop.views.exports import export_messages
from desktop.views.exports.file_actions import open_file, show_in_folder
from desktop.views.messages import error_message
from desktop.views.ui.ui_export_dialog import Ui_ExportDialog
from desktop.views.widgets.task_progress import TaskProgressDialog

if TYPE_CHECKING:
    from desktop.services.exports.export_service import ExportService

DAY, WEEK, MONTH, CUSTOM = "day", "week", "month", "custom"


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ExportDialog(QDialog):
    export_finished = Signal(object)  # ExportResult
    export_failed = Signal(object)  # the exception

    def __init__(self, service: ExportService, runner: BackgroundRunner, actor: Actor, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        export_messages.install()
        self._service = service
        self._runner = runner
        self._actor = actor
        self._task: Task | None = None
        self.progress: QProgressDialog | None = None
        self.result_path: Path | None = None
        today = today or local_today()
        kinds = ((DAY, self.tr("Day")), (WEEK, self.tr("Week")), (MONTH, self.tr("Month")),
                 (CUSTOM, self.tr("Custom range")))
        for key, text in kinds:
            self.ui.period_kind_combo.addItem(text, key)
        self.ui.period_kind_combo.setCurrentIndex(2)
        self.ui.language_combo.addItem("中文", "zh")
        self.ui.language_combo.addItem("English", "en")
        # Last month is what HQ usually asks for.
        last_month = month(today.replace(day=1) - timedelta(days=1))
        for edit in (self.ui.anchor_date_edit, self.ui.start_date_edit, self.ui.end_date_edit):
            edit.setMaximumDate(to_qdate(today))
        self.ui.anchor_date_edit.setDate(to_qdate(last_month.start))
        self.ui.start_date_edit.setDate(to_qdate(last_month.start))
        self.ui.end_date_edit.setDate(to_qdate(last_month.end))
        self.ui.content_label.setText(self.tr(
            "Summary with charts, tickets, visits, parts, returns and decisions, callbacks, complaints"))
        self.ui.mask_check.setChecked(True)
        self.ui.open_button.setVisible(False)
        self.ui.show_folder_button.setVisible(False)
        self._connect_signals()
        self._update_period_widgets()
        self._suggest_path()
        runner.run(service.mask_default, actor).succeeded.connect(self._on_mask_default_loaded)

    def _connect_signals(self) -> None:
        self.ui.period_kind_combo.currentIndexChanged.connect(self._on_period_changed)
        self.ui.anchor_date_edit.dateChanged.connect(self._on_period_changed)
        self.ui.start_date_edit.dateChanged.connect(self._on_period_changed)
        self.ui.end_date_edit.dateChanged.connect(self._on_period_changed)
        self.ui.language_combo.currentIndexChanged.connect(self._on_period_changed)
        self.ui.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.ui.export_button.clicked.connect(self._on_export_button_clicked)
        self.ui.close_button.clicked.connect(self.reject)
        self.ui.open_button.clicked.connect(self._on_open_button_clicked)
        self.ui.show_folder_button.clicked.connect(self._on_show_folder_button_clicked)

    # --- period ----------------------------------------------------------------------------------------------------

    def period(self) -> Period:
        kind = self.ui.period_kind_combo.currentData()
        anchor = _to_date(self.ui.anchor_date_edit.date())
        if kind == DAY:
            return day(anchor)
        if kind == WEEK:
            return iso_week(anchor)
        if kind == MONTH:
            return month(anchor)
        return Period(_to_date(self.ui.start_date_edit.date()), _to_date(self.ui.end_date_edit.date()))

    def _update_period_widgets(self) -> None:
        custom = self.ui.period_kind_combo.currentData() == CUSTOM
        self.ui.anchor_date_edit.setEnabled(not custom)
        self.ui.start_date_edit.setEnabled(custom)
        self.ui.end_date_edit.setEnabled(custom)
        if not custom:
            period = self.period()
            for edit, value in ((self.ui.start_date_edit, period.start), (self.ui.end_date_edit, period.end)):
                edit.blockSignals(True)
                edit.setDate(to_qdate(value))
                edit.blockSignals(False)

    def _on_period_changed(self, *_args: object) -> None:
        self._update_period_widgets()
        self._suggest_path()

    def _suggest_path(self) -> None:
        current = self.ui.path_edit.text().strip()
        folder = Path(current).parent if current else Path(file_dialogs.start_folder())
        period = self.period()
        name = f"hq-{period.start:%Y%m%d}-{period.end:%Y%m%d}.xlsx"
        # Only a name we suggested ourselves is replaced; a name the user typed stays.
        if not current or Path(current).name.startswith("hq-"):
            self.ui.path_edit.setText(str(folder / name))

    def _on_mask_default_loaded(self, value: object) -> None:
        self.ui.mask_check.setChecked(bool(value))
        # Unmasking against the branch's setting is a supervisor's decision (export.unmasked): others keep it on.
        self.ui.mask_check.setEnabled(not value or allowed(self._actor, "export.unmasked"))

    def _on_browse_button_clicked(self) -> None:
        path = file_dialogs.save_file(self, self.tr("Save HQ workbook"), self.ui.path_edit.text(),
                                      self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.ui.path_edit.setText(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    # --- export ----------------------------------------------------------------------------------------------------

    def _on_export_button_clicked(self) -> None:
        text = self.ui.path_edit.text().strip()
        if not text:
            self.ui.result_label.setText(self.tr("Choose the output file first."))
            return
        period = self.period()
        if period.end < period.start:
            self.ui.result_label.setText(self.tr("The end of the period is before its start."))
            return
        path = Path(text if text.lower().endswith(".xlsx") else text + ".xlsx")
        self.ui.export_button.setEnabled(False)
        self.ui.open_button.setVisible(False)
        self.ui.show_folder_button.setVisible(False)
        self.ui.result_label.setText(self.tr("Exporting..."))
        self._task = self._runner.run(self._service.export_workbook, self._actor, period.start, period.end, path,
                                      self.ui.language_combo.currentData(), self.ui.mask_check.isChecked(),
                                      with_progress=True)
        self._connect_task(self._task)

    def _connect_task(self, task: Task) -> None:
        self.progress = TaskProgressDialog(task, self.tr("Writing the HQ workbook..."), self.tr("Cancel"), self,
                                           self.tr("Export HQ workbook"))
        self.progress.setObjectName("export_progress")
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)

    def cancel_export(self) -> None:
        if self._task is not None:
            self._task.token.cancel()

    def _close_progress(self) -> None:
        # The progress dialog closes itself when the task finishes.
        self.progress = None
        self._task = None
        self.ui.export_button.setEnabled(True)

    def _on_task_succeeded(self, result: Any) -> None:
        self._close_progress()
        self.result_path = Path(result.path)
        rows = result.rows
        self.ui.result_label.setText(self.tr(
            "Export finished: {file}\n{tickets} tickets, {visits} visits, {returns} returns, {callbacks} callbacks, "
            "{complaints} complaints.").format(file=self.result_path.name, tickets=rows.get("tickets", 0),
                                               visits=rows.get("visits", 0), returns=rows.get("returns", 0),
                                               callbacks=rows.get("callbacks", 0),
                                               complaints=rows.get("complaints", 0)))
        self.ui.open_button.setVisible(True)
        self.ui.show_folder_button.setVisible(True)
        self.export_finished.emit(result)

    def _on_task_failed(self, exc: object) -> None:
        self._close_progress()
        if isinstance(exc, ExportCancelled):
            self.ui.result_label.setText(self.tr("Export cancelled; no file was written."))
        elif isinstance(exc, OSError):
            self.ui.result_label.setText(self.tr(
                "The workbook could not be written ({error}). Is it open in Excel, or is the folder read-only?"
            ).format(error=exc.strerror or str(exc)))
        else:
            self.ui.result_label.setText(error_message(exc))  # type: ignore[arg-type]
        self.export_failed.emit(exc)

    def _on_open_button_clicked(self) -> None:
        if self.result_path is not None:
            open_file(self.result_path)

    def _on_show_folder_button_clicked(self) -> None:
        if self.result_path is not None:
            show_in_folder(self.result_path)
