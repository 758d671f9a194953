"""The HQ window: network → branch → tickets on the first tab, the register of loaded workbooks on the second;
File menu: load branch workbooks, write the summary workbook. Slow work runs in the background with a progress
dialog that can be cancelled."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHeaderView, QMainWindow, QMessageBox, QWidget

from desktop.views import file_dialogs, window_state
from desktop.views.background import BackgroundRunner
from desktop.views.hq.branch_view import HqBranchView
from desktop.views.hq.hq_models import LoadsModel
from desktop.views.hq.network_view import HqNetworkView
from desktop.views.icons import icon
from desktop.views.messages import error_message
from desktop.views.ui.ui_hq_window import Ui_HqWindow
from desktop.views.widgets.task_progress import TaskProgressDialog


class HqWindow(QMainWindow):
    def __init__(self, connection: Any, runner: BackgroundRunner, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HqWindow()
        self.ui.setupUi(self)
        self.connection, self._runner, self.language = connection, runner, language
        service = connection.service
        self.setWindowTitle(self.tr("Branch Service Desk - HQ - {database}").format(database=connection.label))
        self.network_view = HqNetworkView(service, runner, self)
        self.branch_view = HqBranchView(service, runner, self)
        self.ui.pages.addWidget(self.network_view)
        self.ui.pages.addWidget(self.branch_view)
        self.loads_model = LoadsModel(self)
        self.ui.loads_table.setModel(self.loads_model)
        self.ui.loads_table.verticalHeader().setVisible(False)
        self.ui.loads_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.network_view.branch_opened.connect(self._on_branch_opened)
        self.branch_view.back_requested.connect(self._on_back_requested)
        self.ui.loads_refresh_button.clicked.connect(self.refresh_loads)
        self.ui.load_button.clicked.connect(self.choose_workbooks)
        self.ui.load_action.triggered.connect(self.choose_workbooks)
        self.ui.summary_action.triggered.connect(self.choose_summary_file)
        self.ui.quit_action.triggered.connect(self.close)
        self.ui.tabs.currentChanged.connect(self._on_tab_changed)
        # Help → User guide (F1): the same guide as the branch window, open at its HQ section.
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide = help_menu.addAction(icon("guide"), self.tr("&User guide"))
        guide.setShortcut(QKeySequence("F1"))
        guide.triggered.connect(self.show_user_guide)
        self.help_dialog: Any = None
        self.resize(1280, 680)
        window_state.keep(self, "hq_window")

    def show_user_guide(self) -> None:
        from desktop.views.help_dialog import HelpDialog

        first = self.help_dialog is None
        if first:
            self.help_dialog = HelpDialog(self.language, self)
        self.help_dialog.show()
        self.help_dialog.raise_()
        if first:
            self.help_dialog.show_section("总部" if self.language == "zh_CN" else "Headquarters")

    def start(self) -> None:
        self.network_view.start()

    # --- drill-down ---------------------------------------------------------------------------------------------

    def _on_branch_opened(self, branch_id: int, months: list[date]) -> None:
        self.branch_view.show_branch(branch_id, months, self.network_view.all_months())
        self.ui.pages.setCurrentWidget(self.branch_view)

    def _on_back_requested(self) -> None:
        self.ui.pages.setCurrentWidget(self.network_view)

    # --- the register of loads ----------------------------------------------------------------------------------

    def _on_tab_changed(self, index: int) -> None:
        if self.ui.tabs.widget(index) is self.ui.loads_tab:
            self.refresh_loads()

    def refresh_loads(self, *_args: object) -> None:
        task = self._runner.run(self.connection.service.loads)
        task.succeeded.connect(self._on_loads_loaded)
        task.failed.connect(lambda exc: self.ui.loads_status_label.setText(error_message(exc)))

    def _on_loads_loaded(self, loads: Any) -> None:
        self.loads_model.set_rows(loads)
        self.ui.loads_status_label.setText(self.tr("{count} workbooks, newest first").format(count=len(loads)))

    # --- loading workbooks --------------------------------------------------------------------------------------

    def choose_workbooks(self) -> None:
        files = file_dialogs.open_files(self, self.tr("Load branch workbooks"), self.tr("Excel workbooks (*.xlsx)"))
        if files:
            self.load_workbooks(files)

    def load_workbooks(self, files: list[str]) -> Any:
        task = self._runner.run(self.connection.load, files, with_progress=True)
        TaskProgressDialog(task, self.tr("Loading {count} workbooks...").format(count=len(files)),
                           self.tr("Cancel"), self, self.tr("Load branch workbooks"))
        task.succeeded.connect(self._on_workbooks_loaded)
        task.failed.connect(self._on_workbooks_failed)
        return task

    def describe_outcome(self, name: str, outcome: Any) -> str:
        if isinstance(outcome, Exception):
            return self.tr("{file}: refused, nothing loaded. {reason}").format(file=name,
                                                                                reason=error_message(outcome))
        if outcome.outcome == "unchanged":
            return self.tr("{file}: identical to {other}, loaded before; nothing changed.").format(
                file=name, other=outcome.other_file)
        if outcome.outcome == "older":
            return self.tr("{file}: older than {other}, which is loaded for that branch and period; nothing "
                           "changed.").format(file=name, other=outcome.other_file)
        if outcome.outcome == "replaced":
            return self.tr("{file}: branch {branch}, replaced {other}: {added} rows added, {updated} updated, "
                           "{gone} gone.").format(file=name, branch=outcome.branch_code, other=outcome.other_file,
                                                  added=outcome.total("added"), updated=outcome.total("updated"),
                                                  gone=outcome.total("gone"))
        return self.tr("{file}: branch {branch}, {tickets} tickets loaded.").format(
            file=name, branch=outcome.branch_code, tickets=outcome.rows.get("tickets", 0))

    def _on_workbooks_loaded(self, outcomes: Any) -> None:
        lines = [self.describe_outcome(name, outcome) for name, outcome in outcomes]
        refused = sum(isinstance(o, Exception) for _n, o in outcomes)
        box = QMessageBox(QMessageBox.Icon.Warning if refused else QMessageBox.Icon.Information,
                          self.tr("Load branch workbooks"),
                          self.tr("{done} of {count} workbooks done, {refused} refused.").format(
                              done=len(outcomes) - refused, count=len(outcomes), refused=refused), parent=self)
        box.setDetailedText("\n".join(lines))
        box.open()
        self.last_report = lines
        self.network_view.start()
        self.refresh_loads()

    def _on_workbooks_failed(self, exc: object) -> None:
        from desktop.hq.loader import LoadCancelled

        text = (self.tr("Cancelled: the workbook being loaded was not written; those before it are loaded.")
                if isinstance(exc, LoadCancelled) else error_message(exc))  # type: ignore[arg-type]
        QMessageBox.warning(self, self.tr("Load branch workbooks"), text)
        self.network_view.start()

    # --- the summary workbook -----------------------------------------------------------------------------------

    def choose_summary_file(self) -> None:
        months = self.network_view.chosen_months()
        if not months:
            QMessageBox.information(self, self.tr("Summary workbook"), self.tr("There are no figures yet."))
            return
        default = f"hq-summary-{months[0]:%Y%m}-{months[-1]:%Y%m}.xlsx"
        path = file_dialogs.save_file(self, self.tr("Summary workbook"), default, self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.write_summary(path, months)

    def write_summary(self, path: str, months: list[date]) -> Any:
        task = self._runner.run(self.connection.write_summary, path, months, self.language, with_progress=True)
        TaskProgressDialog(task, self.tr("Writing the summary workbook..."), self.tr("Cancel"), self,
                           self.tr("Summary workbook"))
        task.succeeded.connect(self._on_summary_written)
        task.failed.connect(self._on_summary_failed)
        return task

    def _on_summary_failed(self, exc: object) -> None:
        from desktop.exports.workbook_writer import ExportCancelled

        text = (self.tr("Cancelled: no file was written.") if isinstance(exc, ExportCancelled)
                else error_message(exc))  # type: ignore[arg-type]
        QMessageBox.warning(self, self.tr("Summary workbook"), text)

    def _on_summary_written(self, result: Any) -> None:
        self.statusBar().showMessage(self.tr("Wrote {path}").format(path=str(result.path)), 10_000)
