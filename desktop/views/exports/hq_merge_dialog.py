"""HQ merge dialog: pick branch workbooks and an output file; the merge runs off the UI thread and a wrong,
corrupt or foreign workbook is refused with its file name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem, QProgressDialog, QWidget

from desktop.errors import ValidationError
from desktop.exports.workbook_writer import ExportCancelled
from desktop.views import file_dialogs, window_state
from desktop.views.background import BackgroundRunner, Task
from desktop.views.exports import export_messages
from desktop.views.exports.file_actions import open_file, show_in_folder
from desktop.views.messages import error_message
from desktop.views.ui.ui_hq_merge_dialog import Ui_HqMergeDialog
from desktop.views.widgets.task_progress import TaskProgressDialog


class HqMergeDialog(QDialog):
    merge_finished = Signal(object)  # MergeResult
    merge_failed = Signal(object)

    def __init__(self, merge: Any, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        """`merge` is exports.hq_merge.merge_workbooks (a parameter so tests can pass a fake)."""
        super().__init__(parent)
        self.ui = Ui_HqMergeDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        export_messages.install()
        self._merge = merge
        self._runner = runner
        self._task: Task | None = None
        self.progress: QProgressDialog | None = None
        self.result_path: Path | None = None
        self.ui.language_combo.addItem("中文", "zh")
        self.ui.language_combo.addItem("English", "en")
        self.ui.file_list.setSelectionMode(self.ui.file_list.SelectionMode.ExtendedSelection)
        self.ui.open_button.setVisible(False)
        self.ui.show_folder_button.setVisible(False)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.add_button.clicked.connect(self._on_add_button_clicked)
        self.ui.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.ui.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.ui.merge_button.clicked.connect(self._on_merge_button_clicked)
        self.ui.close_button.clicked.connect(self.reject)
        self.ui.open_button.clicked.connect(lambda: self.result_path and open_file(self.result_path))
        self.ui.show_folder_button.clicked.connect(lambda: self.result_path and show_in_folder(self.result_path))

    def files(self) -> list[Path]:
        return [Path(self.ui.file_list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.ui.file_list.count())]

    def add_files(self, paths: list[str | Path]) -> None:
        known = {str(p) for p in self.files()}
        for path in paths:
            if str(path) in known:
                continue
            item = QListWidgetItem(Path(path).name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.ui.file_list.addItem(item)
            known.add(str(path))
        if not self.ui.path_edit.text() and paths:
            self.ui.path_edit.setText(str(Path(paths[0]).parent / "hq-merged.xlsx"))

    def _on_add_button_clicked(self) -> None:
        paths = file_dialogs.open_files(self, self.tr("Branch workbooks"), self.tr("Excel workbooks (*.xlsx)"))
        self.add_files(list(paths))

    def _on_remove_button_clicked(self) -> None:
        for item in self.ui.file_list.selectedItems():
            self.ui.file_list.takeItem(self.ui.file_list.row(item))

    def _on_browse_button_clicked(self) -> None:
        path = file_dialogs.save_file(self, self.tr("Save consolidated workbook"), self.ui.path_edit.text(),
                                      self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.ui.path_edit.setText(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def _on_merge_button_clicked(self) -> None:
        files = self.files()
        if not files:
            self.ui.result_label.setText(self.tr("Add the workbooks to merge first."))
            return
        if not self.ui.path_edit.text().strip():
            self.ui.result_label.setText(self.tr("Choose the output file first."))
            return
        self._mark_bad(None)
        out = Path(self.ui.path_edit.text().strip())
        self.ui.merge_button.setEnabled(False)
        self.ui.open_button.setVisible(False)
        self.ui.show_folder_button.setVisible(False)
        self.ui.result_label.setText(self.tr("Merging..."))
        self._task = self._runner.run(self._merge, files, out, self.ui.language_combo.currentData(),
                                      with_progress=True)
        self._connect_task(self._task)

    def _connect_task(self, task: Task) -> None:
        self.progress = TaskProgressDialog(task, self.tr("Merging branch workbooks..."), self.tr("Cancel"), self)
        self.progress.setObjectName("merge_progress")
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)

    def _close_progress(self) -> None:
        # The progress dialog closes itself when the task finishes.
        self.progress = None
        self._task = None
        self.ui.merge_button.setEnabled(True)

    def _mark_bad(self, file: str | None) -> None:
        """Highlight the refused file in the list, so the analyst sees which one to replace."""
        for i in range(self.ui.file_list.count()):
            item = self.ui.file_list.item(i)
            bad = file is not None and Path(item.data(Qt.ItemDataRole.UserRole)) == Path(file)
            item.setForeground(Qt.GlobalColor.red if bad else Qt.GlobalColor.black)
            if bad:
                self.ui.file_list.setCurrentItem(item)

    def _on_task_succeeded(self, result: Any) -> None:
        self._close_progress()
        self.result_path = Path(result.out_path)
        self.ui.result_label.setText(self.tr(
            "Merged {files} workbooks from {branches} branches into {file}: {tickets} tickets "
            "({replaced} replaced by a later export).").format(
                files=len(result.files), branches=len(result.branches), file=self.result_path.name,
                tickets=result.rows.get("tickets", 0), replaced=result.replaced)
            + "".join("\n" + self.tr("{code} {name}: {read} tickets read, {merged} merged, {replaced} replaced "
                                      "by a later export").format(code=b.code, name=b.name, read=b.tickets_read,
                                                                  merged=b.tickets_merged,
                                                                  replaced=b.tickets_replaced)
                      for b in result.per_branch))
        self.ui.open_button.setVisible(True)
        self.ui.show_folder_button.setVisible(True)
        self.merge_finished.emit(result)

    def _on_task_failed(self, exc: object) -> None:
        self._close_progress()
        if isinstance(exc, ExportCancelled):
            self.ui.result_label.setText(self.tr("Merge cancelled; no file was written."))
        elif isinstance(exc, ValidationError):
            file = exc.params.get("file")
            self._mark_bad(file)
            # The message names the file by its name; the full path is in the list's tooltip.
            shown = ValidationError(exc.code, exc.field, **{**exc.params, "file": Path(file).name if file else ""})
            text = error_message(shown)
            self.ui.result_label.setText(self.tr("Merge refused, nothing was written. {reason}").format(reason=text))
        elif isinstance(exc, OSError):
            self.ui.result_label.setText(self.tr(
                "The workbook could not be written ({error}). Is it open in Excel, or is the folder read-only?"
            ).format(error=exc.strerror or str(exc)))
        else:
            self.ui.result_label.setText(error_message(exc))  # type: ignore[arg-type]
        self.merge_failed.emit(exc)
