"""Wizard page 2: product lines with their 三包 periods and models, typed in or imported from HQ's catalogue
workbook; a line without a warranty policy is flagged here, not at its first claim."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox, QTableWidgetItem, QWidget

from desktop.errors import DomainError, ValidationError
from desktop.services.core.actor import Actor
from desktop.services.setup.setup_checks import lines_without_policy
from desktop.services.setup.setup_records import CataloguePage, LineInput, ModelInput
from desktop.services.setup.setup_service import SetupService
from desktop.views import file_dialogs
from desktop.views.setup import setup_messages
from desktop.views.setup.setup_page import SetupPage
from desktop.views.ui.ui_setup_catalogue_page import Ui_SetupCataloguePage

DATA = 0x0100  # Qt.ItemDataRole.UserRole: the line's internal key and fault list
NAME, ENGLISH, WHOLE, MAIN, POLICY = range(5)


def _months(text: str) -> int | str | None:
    text = text.strip()
    if not text:
        return None
    return int(text) if text.isdigit() else text


class CatalogueSetupPage(SetupPage):
    key = "catalogue"

    def __init__(self, service: SetupService, actor: Actor, language: str = "zh",
                 parent: QWidget | None = None) -> None:
        super().__init__(service, actor, parent)
        self.ui = Ui_SetupCataloguePage()
        self.ui.setupUi(self)
        self.setObjectName("catalogue_page")
        self.message_label = self.ui.message_label
        self._language = language
        self._filling = False
        header = self.ui.lines_table.horizontalHeader()
        header.setStretchLastSection(True)
        self.ui.models_table.horizontalHeader().setStretchLastSection(True)
        for table in (self.ui.lines_table, self.ui.models_table):
            table.setColumnWidth(0, 180)
            table.setColumnWidth(1, 160)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.add_line_button.clicked.connect(lambda: self.add_line(LineInput("", "")))
        self.ui.remove_line_button.clicked.connect(self._on_remove_line_button_clicked)
        self.ui.add_model_button.clicked.connect(lambda: self.add_model(ModelInput(self._line_names()[0]
                                                                                   if self._line_names() else "",
                                                                                   "", "")))
        self.ui.remove_model_button.clicked.connect(self._on_remove_model_button_clicked)
        self.ui.import_button.clicked.connect(self._on_import_button_clicked)
        self.ui.template_button.clicked.connect(self._on_template_button_clicked)
        self.ui.lines_table.itemChanged.connect(self._on_lines_table_item_changed)

    def field_widgets(self) -> dict[str, QWidget]:
        return {"lines": self.ui.lines_table, "models": self.ui.models_table, "faults": self.ui.lines_table,
                "file": self.ui.import_button}

    # ---- tables --------------------------------------------------------------------------------------------------

    def add_line(self, line: LineInput) -> int:
        self._filling = True
        table = self.ui.lines_table
        row = table.rowCount()
        table.insertRow(row)
        name = QTableWidgetItem(line.name_zh)
        name.setData(DATA, (line.code, line.faults))
        table.setItem(row, NAME, name)
        table.setItem(row, ENGLISH, QTableWidgetItem(line.name_en))
        table.setItem(row, WHOLE, QTableWidgetItem("" if line.whole_unit_months is None else
                                                   str(line.whole_unit_months)))
        table.setItem(row, MAIN, QTableWidgetItem("" if line.main_parts_months is None else
                                                  str(line.main_parts_months)))
        flag = QTableWidgetItem()
        flag.setFlags(flag.flags() & ~Qt.ItemFlag.ItemIsEditable)
        table.setItem(row, POLICY, flag)
        self._filling = False
        self._update_flags()
        table.setCurrentCell(row, NAME)
        return row

    def add_model(self, model: ModelInput) -> int:
        table = self.ui.models_table
        row = table.rowCount()
        table.insertRow(row)
        combo = QComboBox()
        combo.setEditable(False)
        combo.addItems(self._line_names())
        index = combo.findText(model.line)
        if index < 0 and model.line:
            combo.addItem(model.line)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))
        table.setCellWidget(row, 0, combo)
        table.setItem(row, 1, QTableWidgetItem(model.code))
        table.setItem(row, 2, QTableWidgetItem(model.name))
        table.setCurrentCell(row, 1)
        return row

    def _line_names(self) -> list[str]:
        table = self.ui.lines_table
        return [table.item(r, NAME).text().strip() for r in range(table.rowCount())
                if table.item(r, NAME) and table.item(r, NAME).text().strip()]

    def _on_remove_line_button_clicked(self) -> None:
        row = self.ui.lines_table.currentRow()
        if row >= 0:
            self.ui.lines_table.removeRow(row)
            self._update_flags()

    def _on_remove_model_button_clicked(self) -> None:
        row = self.ui.models_table.currentRow()
        if row >= 0:
            self.ui.models_table.removeRow(row)

    def _on_lines_table_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        if item.column() == NAME:
            self._refresh_model_choices()
        self._update_flags()

    def _refresh_model_choices(self) -> None:
        names = self._line_names()
        for row in range(self.ui.models_table.rowCount()):
            combo = self.ui.models_table.cellWidget(row, 0)
            if isinstance(combo, QComboBox):
                current = combo.currentText()
                combo.clear()
                combo.addItems(names)
                index = combo.findText(current)
                combo.setCurrentIndex(max(index, 0))

    def lines(self) -> tuple[LineInput, ...]:
        table = self.ui.lines_table
        found = []
        for row in range(table.rowCount()):
            def text(column: int, row: int = row) -> str:
                item = table.item(row, column)
                return item.text() if item is not None else ""

            code, faults = table.item(row, NAME).data(DATA) or ("", ())
            whole, main = _months(text(WHOLE)), _months(text(MAIN))
            found.append(LineInput(text(NAME), text(ENGLISH), whole, main, tuple(faults), code))  # type: ignore[arg-type]
        return tuple(found)

    def _update_flags(self) -> None:
        if self._filling:
            return
        lines = self.lines()
        try:
            flagged = set(lines_without_policy(tuple(
                line if isinstance(line.whole_unit_months, int | None) else LineInput(line.name_zh, line.name_en)
                for line in lines)))
        except (TypeError, ValueError):
            flagged = set()
        self._filling = True
        for row, line in enumerate(lines):
            item = self.ui.lines_table.item(row, POLICY)
            if item is None:
                continue
            if line.name_zh in flagged:
                item.setText(self.tr("⚠ No 三包 policy"))
            elif line.whole_unit_months is not None:
                item.setText(self.tr("✓ Periods above"))
            else:
                item.setText(self.tr("✓ Default 三包 policy"))
        self._filling = False
        if flagged:
            self.ui.policy_label.setText(self.tr(
                "No 三包 warranty policy for: {lines}. Enter their periods above, or a return or exchange claim on "
                "them cannot be decided until a supervisor sets them.").format(lines="、".join(
                    # A row just added has no name yet: the sentence must not read "policy for: ."
                    sorted(name.strip() or self.tr("the new line (type its name)") for name in flagged))))
        else:
            self.ui.policy_label.setText("")

    # ---- the workbook ----------------------------------------------------------------------------------------

    def _on_import_button_clicked(self) -> None:
        name = file_dialogs.open_file(self, self.tr("HQ catalogue workbook"), self.tr("Excel workbooks (*.xlsx)"))
        if name:
            self.import_workbook(Path(name))

    def import_workbook(self, path: Path) -> bool:
        try:
            page = self._service.read_catalogue(self._actor, path)
        except DomainError as exc:
            self.set_message(setup_messages.describe(exc))
            return False
        self.show_page(page)
        self.set_message("")
        self.ui.policy_label.setText(self.ui.policy_label.text() + ("\n" if self.ui.policy_label.text() else "") +
                                     self.tr("Imported {lines} product lines and {models} models from {file}: check "
                                             "them, then continue.").format(lines=len(page.lines),
                                                                            models=len(page.models), file=path.name))
        return True

    def _on_template_button_clicked(self) -> None:
        name = file_dialogs.save_file(self, self.tr("Save the catalogue template"), self.tr("catalogue-template.xlsx"),
                                      self.tr("Excel workbooks (*.xlsx)"))
        if not name:
            return
        try:
            self._service.catalogue_template(self._actor, Path(name), self._language)
        except (DomainError, OSError) as exc:
            self.set_message(setup_messages.describe(exc) if isinstance(exc, DomainError) else str(exc))
            return
        self.set_message(self.tr("Template saved: {path}").format(path=name))

    # ---- page ----------------------------------------------------------------------------------------------------

    def collect(self) -> CataloguePage:
        models = []
        for row in range(self.ui.models_table.rowCount()):
            combo = self.ui.models_table.cellWidget(row, 0)
            code = self.ui.models_table.item(row, 1)
            name = self.ui.models_table.item(row, 2)
            models.append(ModelInput(combo.currentText() if isinstance(combo, QComboBox) else "",
                                     code.text() if code else "", name.text() if name else ""))
        lines = self.lines()
        for row, line in enumerate(lines, start=1):
            for value in (line.whole_unit_months, line.main_parts_months):
                if isinstance(value, str):
                    raise ValidationError("months_invalid", "lines", row=row, maximum=120)
        return CataloguePage(lines, tuple(models))

    def validatePage(self) -> bool:
        try:
            self.collect()
        except DomainError as exc:
            self.show_error(exc)
            return False
        return super().validatePage()

    def after_save(self, saved: CataloguePage) -> bool:
        # Reopening a half-finished setup walks through the saved pages: the flag was answered then.
        if not saved.lines_without_policy or getattr(self.wizard(), "resuming", False):
            return True
        answer = QMessageBox.question(
            self, self.tr("No 三包 policy"),
            self.tr("These product lines have no 三包 warranty policy: {lines}.\nA return or exchange claim on them "
                    "cannot be decided until a supervisor sets their periods (Returns → Policy). Continue "
                    "anyway?").format(lines="、".join(saved.lines_without_policy)))
        return answer == QMessageBox.StandardButton.Yes

    def show_page(self, page: CataloguePage) -> None:
        self.ui.lines_table.setRowCount(0)
        self.ui.models_table.setRowCount(0)
        for line in page.lines:
            self.add_line(line)
        for model in page.models:
            self.add_model(model)
        self._update_flags()
