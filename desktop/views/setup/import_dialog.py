"""File → Import: choose a workbook (or save the template), match its columns, check every row (dry run), then
import the good rows in batches with a progress bar and Cancel. The bad rows can be saved as a workbook to
correct and import again; importing a file twice creates nothing new."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QHeaderView, QTableWidgetItem, QWidget

from desktop.errors import DomainError, ValidationError
from desktop.imports.record_fields import fields_of
from desktop.imports.record_workbook import RowProblem, SheetMapping, SheetPreview, check_mapping
from desktop.services.core.actor import Actor
from desktop.services.setup.record_import_service import ImportSummary, RecordImportService
from desktop.views import file_dialogs, window_state
from desktop.views.background import BackgroundRunner
from desktop.views.setup import setup_messages
from desktop.views.ui.ui_import_dialog import Ui_ImportDialog
from desktop.views.widgets.task_progress import TaskProgressDialog

FILE, MAPPING, CHECK = range(3)
SKIP = ""
PROBLEMS_SHOWN = 2000


class ImportDialog(QDialog):
    def __init__(self, records: RecordImportService, runner: BackgroundRunner, actor: Actor, language: str = "zh_CN",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        setup_messages.register()
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self.setObjectName("import_dialog")
        self._records, self._runner, self._actor = records, runner, actor
        self._language = "zh" if language.startswith("zh") else "en"
        self.path: Path | None = None
        self.previews: tuple[SheetPreview, ...] = ()
        # sheet → (what it holds, field → column); "" = not imported.
        self.choices: dict[str, tuple[str, dict[str, int]]] = {}
        self.summary: ImportSummary | None = None
        self.imported: ImportSummary | None = None
        self._busy = False
        self._filling = False
        self.ui.kind_combo.addItem(self.tr("Customers and their units"), "customers")
        self.ui.kind_combo.addItem(self.tr("Past service records"), "services")
        self.ui.kind_combo.addItem(self.tr("Nothing (do not import this sheet)"), SKIP)
        self.ui.mapping_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.ui.mapping_table.verticalHeader().setVisible(False)
        self.ui.problems_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._connect_signals()
        self._show_step(FILE)

    def _connect_signals(self) -> None:
        self.ui.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.ui.template_button.clicked.connect(self._on_template_button_clicked)
        self.ui.sheet_combo.currentIndexChanged.connect(self._on_sheet_combo_current_index_changed)
        self.ui.kind_combo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        self.ui.back_button.clicked.connect(self._on_back_button_clicked)
        self.ui.next_button.clicked.connect(self._on_next_button_clicked)
        self.ui.close_button.clicked.connect(self.reject)
        self.ui.save_problems_button.clicked.connect(self._on_save_problems_button_clicked)
        self.ui.import_button.clicked.connect(self._on_import_button_clicked)

    # ---- steps ---------------------------------------------------------------------------------------------

    def step(self) -> int:
        return self.ui.steps.currentIndex()

    def _show_step(self, step: int) -> None:
        self.ui.steps.setCurrentIndex(step)
        self.ui.back_button.setEnabled(step > FILE and not self._busy)
        self.ui.next_button.setVisible(step < CHECK)
        self.ui.next_button.setEnabled(not self._busy and (step != FILE or self.path is not None))
        self.ui.next_button.setText(self.tr("&Check the rows >") if step == MAPPING else self.tr("&Next >"))
        self.ui.message_label.clear()

    def _on_back_button_clicked(self) -> None:
        if self.step() > FILE and not self._busy:
            self._show_step(self.step() - 1)

    def _on_next_button_clicked(self) -> None:
        if self.step() == FILE and self.path is not None:
            self.open_workbook(self.path)
        elif self.step() == MAPPING:
            self.check_rows()

    def _fail(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.ui.message_label.setText(setup_messages.describe(exc))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.ui.back_button, self.ui.next_button, self.ui.import_button, self.ui.browse_button,
                       self.ui.save_problems_button):
            button.setEnabled(not busy)
        if not busy:
            self.ui.back_button.setEnabled(self.step() > FILE)
            self.ui.import_button.setEnabled(self.summary is not None and self.imported is None)
            self.ui.save_problems_button.setEnabled(bool(self.summary and self.summary.problems))

    # ---- step 1: the workbook ------------------------------------------------------------------------------

    def _on_browse_button_clicked(self) -> None:
        name = file_dialogs.open_file(self, self.tr("Workbook to import"), self.tr("Excel workbooks (*.xlsx)"))
        if name:
            self.choose(Path(name))

    def choose(self, path: Path) -> None:
        self.path = path
        self.ui.file_edit.setText(str(path))
        self.ui.next_button.setEnabled(True)

    def _on_template_button_clicked(self) -> None:
        name = file_dialogs.save_file(self, self.tr("Save the template workbook"), self.tr("records-template.xlsx"),
                                      self.tr("Excel workbooks (*.xlsx)"))
        if name:
            self.save_template(Path(name))

    def save_template(self, path: Path) -> None:
        task = self._runner.run(self._records.template, self._actor, path, self._language)
        task.succeeded.connect(lambda saved: self.ui.message_label.setText(
            self.tr("Template saved: {path}").format(path=saved)))
        task.failed.connect(self._fail)

    def open_workbook(self, path: Path) -> None:
        self._set_busy(True)
        task = self._runner.run(self._records.preview, self._actor, path)
        task.succeeded.connect(self._on_previewed)
        task.failed.connect(self._fail)

    def _on_previewed(self, previews: tuple[SheetPreview, ...]) -> None:
        self._set_busy(False)
        self.previews = previews
        self.choices = {p.title: (p.kind or SKIP, dict(p.columns)) for p in previews}
        self.summary = self.imported = None
        self._filling = True
        self.ui.sheet_combo.clear()
        for preview in previews:
            self.ui.sheet_combo.addItem(preview.title)
        self._filling = False
        self._show_step(MAPPING)
        self._show_sheet()

    # ---- step 2: what each column holds --------------------------------------------------------------------

    def _preview(self) -> SheetPreview | None:
        title = self.ui.sheet_combo.currentText()
        return next((p for p in self.previews if p.title == title), None)

    def _on_sheet_combo_current_index_changed(self, _index: int) -> None:
        if not self._filling:
            self._show_sheet()

    def _on_kind_combo_current_index_changed(self, _index: int) -> None:
        preview = self._preview()
        if self._filling or preview is None:
            return
        kind = self.ui.kind_combo.currentData()
        from desktop.imports.record_fields import guess_columns

        self.choices[preview.title] = (kind, guess_columns(kind, preview.headers) if kind else {})
        self._show_mapping()

    def _show_sheet(self) -> None:
        preview = self._preview()
        if preview is None:
            return
        self._filling = True
        kind, _ = self.choices.get(preview.title, (SKIP, {}))
        self.ui.kind_combo.setCurrentIndex(max(0, self.ui.kind_combo.findData(kind)))
        self._filling = False
        table = self.ui.preview_table
        table.clear()
        table.setColumnCount(len(preview.headers))
        table.setRowCount(len(preview.rows))
        table.setHorizontalHeaderLabels([f"{_letter(i)}: {h}" for i, h in enumerate(preview.headers)])
        for row, values in enumerate(preview.rows):
            for column, value in enumerate(values[:len(preview.headers)]):
                table.setItem(row, column, QTableWidgetItem(value))
        self._show_mapping()

    def _show_mapping(self) -> None:
        preview = self._preview()
        table = self.ui.mapping_table
        table.setRowCount(0)
        if preview is None:
            return
        kind, columns = self.choices.get(preview.title, (SKIP, {}))
        if not kind:
            return
        for import_field in fields_of(kind):
            row = table.rowCount()
            table.insertRow(row)
            label = import_field.label(self._language) + (" *" if import_field.required else "")
            table.setItem(row, 0, QTableWidgetItem(label))
            combo = QComboBox()
            combo.setObjectName(f"map_{import_field.key}")
            combo.addItem(self.tr("(not in this workbook)"), -1)
            for index, header in enumerate(preview.headers):
                combo.addItem(f"{_letter(index)}: {header}", index)
            combo.setCurrentIndex(max(0, combo.findData(columns.get(import_field.key, -1))))
            combo.currentIndexChanged.connect(
                lambda _i, key=import_field.key, box=combo: self._on_column_chosen(key, box))
            table.setCellWidget(row, 1, combo)

    def _on_column_chosen(self, key: str, combo: QComboBox) -> None:
        preview = self._preview()
        if preview is None:
            return
        _kind, columns = self.choices[preview.title]
        index = combo.currentData()
        if index is None or index < 0:
            columns.pop(key, None)
        else:
            columns[key] = int(index)

    def mappings(self) -> tuple[SheetMapping, ...]:
        found = tuple(SheetMapping(title, kind, dict(columns)) for title, (kind, columns) in self.choices.items()
                      if kind)
        if not found:
            raise ValidationError("nothing_to_import", "sheet")
        for mapping in found:
            check_mapping(mapping)
        return found

    # ---- step 3: check, then import ------------------------------------------------------------------------

    def check_rows(self) -> None:
        try:
            mappings = self.mappings()
        except DomainError as exc:
            self._fail(exc)
            return
        assert self.path is not None
        self._set_busy(True)
        task = self._runner.run(self._records.dry_run, self._actor, self.path, mappings, with_progress=True)
        self.progress = TaskProgressDialog(task, self.tr("Checking every row..."), self.tr("Cancel"), self)
        self.progress.setObjectName("check_progress")
        task.succeeded.connect(self._on_checked)
        task.failed.connect(self._fail)

    def _on_checked(self, summary: ImportSummary) -> None:
        self.summary, self.imported = summary, None
        self._show_step(CHECK)
        self._set_busy(False)
        good = summary.rows - summary.bad_rows
        if summary.cancelled:
            text = self.tr("The check was cancelled after {rows} rows: check again to see every row.")
        else:
            text = self.tr("{rows} rows read: {good} can be imported, {bad} have problems (listed below). Importing "
                           "would create {customers} customers, {units} units and {records} service records; the "
                           "rest are already stored.")
        self.ui.summary_label.setText(text.format(rows=summary.rows, good=good, bad=summary.bad_rows,
                                                  customers=summary.customers_created, units=summary.units_created,
                                                  records=summary.records_created))
        self.ui.result_label.clear()
        self._show_problems(summary.problems)
        self.ui.import_button.setEnabled(not summary.cancelled and good > 0)

    def _show_problems(self, problems: tuple[RowProblem, ...]) -> None:
        table = self.ui.problems_table
        shown = problems[:PROBLEMS_SHOWN]
        table.setRowCount(len(shown))
        kinds = {title: kind for title, (kind, _) in self.choices.items()}
        for row, problem in enumerate(shown):
            kind = kinds.get(problem.sheet) or "customers"
            column = next((f.label(self._language) for f in fields_of(kind) if f.key == problem.field), "")
            for index, value in enumerate((problem.sheet, str(problem.row), column,
                                           self.problem_text(problem.code, problem.value))):
                table.setItem(row, index, QTableWidgetItem(value))

    def problem_text(self, code: str, value: str) -> str:
        texts = {
            "missing_value": self.tr("empty, but required"),
            "bad_phone": self.tr("not a valid phone number: {value}"),
            "bad_date": self.tr("not a date: {value}"),
            "future_date": self.tr("a date after today: {value}"),
            "installed_before_sale": self.tr("installation before the purchase date"),
            "unknown_model": self.tr("model not in the catalogue: {value}"),
            "duplicate_serial": self.tr("serial number twice in this file: {value}"),
            "serial_taken": self.tr("serial number belongs to another customer: {value}"),
            "phone_taken": self.tr("phone belongs to another customer: {value}"),
            "serial_without_model": self.tr("serial number without a model"),
            "model_without_serial": self.tr("model without its serial number"),
            "unknown_value": self.tr("not recognised: {value}"),
            "unknown_district": self.tr("not one of the branch's districts: {value}"),
            "too_long": self.tr("too long"),
            "unknown_customer": self.tr("no customer with this phone: {value}"),
            "unknown_unit": self.tr("no such unit: {value}"),
            "invoice_date_required": self.tr("an invoice needs its purchase date"),
        }
        return texts.get(code, texts["unknown_value"]).format(value=value)

    def _on_save_problems_button_clicked(self) -> None:
        name = file_dialogs.save_file(self, self.tr("Save the bad rows"), self.tr("rows-to-correct.xlsx"),
                                      self.tr("Excel workbooks (*.xlsx)"))
        if name:
            self.save_problems(Path(name))

    def save_problems(self, out: Path) -> None:
        assert self.summary is not None and self.path is not None
        task = self._runner.run(self._records.problem_report, self._actor, self.path, self.mappings(),
                                self.summary.problems, out, self._language)
        task.succeeded.connect(lambda saved: self.ui.result_label.setText(
            self.tr("Saved {count} bad rows to {path}: correct them there and import that file.").format(
                count=self.summary.bad_rows if self.summary else 0, path=saved)))
        task.failed.connect(self._fail)

    def _on_import_button_clicked(self) -> None:
        self.start_import()

    def start_import(self) -> None:
        assert self.path is not None
        self._set_busy(True)
        task = self._runner.run(self._records.import_file, self._actor, self.path, self.mappings(),
                                with_progress=True)
        self.progress = TaskProgressDialog(task, self.tr("Importing in batches..."), self.tr("Cancel"), self)
        self.progress.setObjectName("import_progress")
        self.import_task = task
        task.succeeded.connect(self._on_imported)
        task.failed.connect(self._fail)

    def _on_imported(self, summary: ImportSummary) -> None:
        self.imported = summary
        self._set_busy(False)
        self.ui.import_button.setEnabled(False)
        if summary.cancelled:
            text = self.tr("Cancelled. {done} rows went in (whole batches only); the rest were not imported. Import "
                           "the same file again to add the rest: nothing is added twice.")
        else:
            text = self.tr("Done: {done} rows imported; {customers} customers, {units} units and {records} service "
                           "records created; {bad} bad rows left out.")
        self.ui.result_label.setText(text.format(done=summary.rows_imported, customers=summary.customers_created,
                                                 units=summary.units_created, records=summary.records_created,
                                                 bad=summary.bad_rows))


def _letter(index: int) -> str:
    """Excel's column letters: A … Z, AA …"""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
