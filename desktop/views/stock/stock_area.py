"""StockArea: parts on hand with the low-stock warning, the ledger, old parts and return lists, the parts planned
for visits, and the catalogue with HQ's price list; movements are recorded through small dialogs."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QTableWidget, QTableWidgetItem, QWidget

from desktop.clock import local_today, to_local
from desktop.errors import DomainError
from desktop.i18n import catalogue_name
from desktop.services.core.actor import Actor
from desktop.services.core.permissions import allowed
from desktop.services.stock.stock_records import LedgerFilter, PriceListCheck
from desktop.views import file_dialogs, shortcuts
from desktop.views.branch_dates import to_qdate
from desktop.views.look import alert_style
from desktop.views.messages import error_message
from desktop.views.stock import stock_messages  # noqa: F401  (registers the error texts)
from desktop.views.stock.balance_table_model import BalanceTableModel
from desktop.views.stock.ledger_table_model import LedgerTableModel
from desktop.views.stock.old_part_dialog import OldPartDialog
from desktop.views.stock.part_dialog import PartDialog
from desktop.views.stock.return_list_dialog import ReturnListDialog
from desktop.views.stock.stock_move_dialog import ISSUE, RECEIPT, VAN_RETURN, StockMoveDialog
from desktop.views.stock.stock_texts import destination_names, kind_names, part_name, van_of
from desktop.views.stock.visit_parts_dialog import VisitPartsDialog
from desktop.views.ui.ui_stock_area import Ui_StockArea
from desktop.views.widgets.empty_state import show_when_empty
from desktop.views.widgets.table_columns import fit_columns

if TYPE_CHECKING:
    from desktop.composition import Services
    from desktop.views.background import BackgroundRunner

PROBLEM_LINES = 40


def _fill(table: QTableWidget, headers: list[str], rows: list[list[str]], stretch: int = 1) -> None:
    """Rows into a small table; columns fit their content and `stretch` (the part's name) takes the rest."""
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))
    fit_columns(table, stretch=stretch)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class StockArea(QWidget):
    def __init__(self, services: Services, runner: BackgroundRunner, actor: Actor, language: str = "zh_CN",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StockArea()
        self.ui.setupUi(self)
        self.setObjectName("stock_area")
        self._parts_service, self._stock, self._returns = services.parts, services.stock, services.returns
        self._engineers_service, self._runner, self._actor, self._language = (
            services.engineers, runner, actor, language)
        self.preview_dialog: QDialog | None = None
        self.balances = BalanceTableModel(self._stock, actor, self)
        self.ledger = LedgerTableModel(self._stock, actor, self)
        self.ui.balances_table.setModel(self.balances)
        self.ui.ledger_table.setModel(self.ledger)
        self.ui.ledger_table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        fit_columns(self.ui.balances_table, stretch=2)
        fit_columns(self.ui.ledger_table, stretch=self.ledger.columnCount() - 1)
        show_when_empty(self.ui.balances_table, lambda: self.tr(
            "No stock in this place. Parts come in with Receive... and go to an engineer's van with Issue..."))
        show_when_empty(self.ui.ledger_table, lambda: self.tr(
            "No stock movements in this period or for these filters."))
        self._engineers = self._engineers_service.list(actor)
        self._due: list[Any] = []
        self._lists: list[Any] = []
        self._needs: list[Any] = []
        self._catalogue: list[Any] = []
        self._fill_filters()
        moves = allowed(actor, "stock.move")
        for button in (self.ui.receive_button, self.ui.issue_button, self.ui.van_return_button,
                       self.ui.return_list_button, self.ui.hand_in_button, self.ui.edit_needs_button,
                       self.ui.issue_needs_button):
            button.setEnabled(moves)
        manages = allowed(actor, "catalogue.manage")
        for button in (self.ui.new_part_button, self.ui.edit_part_button, self.ui.import_button):
            button.setEnabled(manages)
        shortcuts.install(self, "stock")
        self._connect_signals()

    def _fill_filters(self) -> None:
        ui = self.ui
        # Keys as the service names places ("van:<engineer id>"): plain strings compare in findData.
        ui.location_combo.addItem(self.tr("Every place"), "")
        ui.location_combo.addItem(self.tr("Warehouse"), "warehouse")
        ui.location_combo.addItem(self.tr("Old parts"), "old_parts")
        for engineer in self._engineers:
            ui.location_combo.addItem(van_of(engineer.name), f"van:{engineer.id}")
        ui.kind_combo.addItem(self.tr("Every movement"), None)
        for code, name in kind_names().items():
            ui.kind_combo.addItem(name, code)
        ui.engineer_combo.addItem(self.tr("Every engineer"), None)
        for engineer in self._engineers:
            ui.engineer_combo.addItem(engineer.name, engineer.id)
        today = to_qdate(local_today())
        ui.from_edit.setDate(today.addDays(-30))
        ui.to_edit.setDate(today)
        ui.needs_date_edit.setDate(today)
        ui.line_combo.addItem(self.tr("Every product line"), None)
        self._lines = self._product_lines()
        for code, name in self._lines:
            ui.line_combo.addItem(name, code)

    def _product_lines(self) -> list[tuple[str, str]]:
        return [(code, catalogue_name(zh, en)) for code, zh, en in self._parts_service.product_lines(self._actor)]

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.receive_button.clicked.connect(lambda: self.open_move(RECEIPT))
        ui.issue_button.clicked.connect(lambda: self.open_move(ISSUE))
        ui.van_return_button.clicked.connect(lambda: self.open_move(VAN_RETURN))
        ui.return_list_button.clicked.connect(self._on_return_list_button_clicked)
        ui.balance_refresh_button.clicked.connect(self.reload_balances)
        ui.location_combo.currentIndexChanged.connect(self.reload_balances)
        ui.low_only_check.toggled.connect(self.reload_balances)
        ui.balance_search_edit.returnPressed.connect(self.reload_balances)
        ui.ledger_refresh_button.clicked.connect(self.reload_ledger)
        ui.kind_combo.currentIndexChanged.connect(self.reload_ledger)
        ui.engineer_combo.currentIndexChanged.connect(self.reload_ledger)
        ui.dates_check.toggled.connect(self.reload_ledger)
        ui.ledger_search_edit.returnPressed.connect(self.reload_ledger)
        ui.hand_in_button.clicked.connect(self._on_hand_in_button_clicked)
        ui.print_list_button.clicked.connect(self._on_print_list_button_clicked)
        ui.needs_refresh_button.clicked.connect(self.reload_needs)
        ui.edit_needs_button.clicked.connect(self._on_edit_needs_button_clicked)
        ui.issue_needs_button.clicked.connect(self._on_issue_needs_button_clicked)
        ui.line_combo.currentIndexChanged.connect(self.reload_catalogue)
        ui.inactive_check.toggled.connect(self.reload_catalogue)
        ui.catalogue_search_edit.returnPressed.connect(self.reload_catalogue)
        ui.new_part_button.clicked.connect(lambda: self.open_part(None))
        ui.edit_part_button.clicked.connect(self._on_edit_part_button_clicked)
        ui.template_button.clicked.connect(self._on_template_button_clicked)
        ui.import_button.clicked.connect(self._on_import_button_clicked)
        ui.tabs.currentChanged.connect(lambda _index: self.reload())

    # ---- loading ---------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """The low-stock warning and the visible tab (the others load when shown)."""
        self._show(self._reload_low_stock)
        index = self.ui.tabs.currentIndex()
        loaders = (self.reload_balances, self.reload_ledger, self.reload_old_parts, self.reload_needs,
                   self.reload_catalogue)
        loaders[index]()

    def _show(self, load: Any) -> None:
        try:
            load()
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))

    def _reload_low_stock(self) -> None:
        low = self._stock.low_stock(self._actor)
        if not low:
            self.ui.low_stock_label.setText("")
            self.ui.low_stock_label.setToolTip("")
            return
        self.ui.low_stock_label.setText(self.tr("⚠ {count} parts below their minimum in the warehouse").format(
            count=len(low)))
        self.ui.low_stock_label.setStyleSheet(alert_style())
        self.ui.low_stock_label.setToolTip("\n".join(
            self.tr("{part}: {quantity} on hand, minimum {minimum}").format(
                part=part_name(r.part_code, r.part_name_zh, r.part_name_en), quantity=r.quantity,
                minimum=r.reorder_level) for r in low))

    def reload_balances(self) -> None:
        key = str(self.ui.location_combo.currentData() or "")
        kind, _, engineer_text = key.partition(":")
        engineer = int(engineer_text) if engineer_text else None
        kind_filter = kind or None
        self._show(lambda: self.balances.set_filters(kind=kind_filter, engineer_id=engineer,
                                                     text=self.ui.balance_search_edit.text(),
                                                     low_only=self.ui.low_only_check.isChecked()))

    def reload_ledger(self) -> None:
        dated = self.ui.dates_check.isChecked()
        filters = LedgerFilter(text=self.ui.ledger_search_edit.text(), kind=self.ui.kind_combo.currentData(),
                               engineer_id=self.ui.engineer_combo.currentData(),
                               start=_day(self.ui.from_edit.date()) if dated else None,
                               end=_day(self.ui.to_edit.date()) if dated else None)

        def load() -> None:
            self.ledger.set_filters(filters)
            self.ui.ledger_count_label.setText(self.tr("{count} movements").format(count=self.ledger.total))

        self._show(load)

    def reload_old_parts(self) -> None:
        def load() -> None:
            self._due = self._returns.old_parts_due(self._actor)
            _fill(self.ui.due_table, [self.tr("Ticket"), self.tr("Engineer"), self.tr("Part"), self.tr("Qty"),
                                      self.tr("Fitted")],
                  [[d.ticket_number, d.engineer_name, part_name(d.part_code, d.part_name_zh, d.part_name_en),
                    str(d.quantity),
                    f"{to_local(d.used_at):%Y-%m-%d}" if d.used_at else ""] for d in self._due], stretch=2)
            self._lists = self._returns.return_lists(self._actor)
            _fill(self.ui.lists_table, [self.tr("List no."), self.tr("Sent to"), self.tr("Date"), self.tr("Lines"),
                                        self.tr("Pieces"), self.tr("By"), self.tr("Note")],
                  [[r.number, destination_names().get(r.destination, r.destination),
                    f"{to_local(r.created_at):%Y-%m-%d %H:%M}", str(r.lines), str(r.quantity), r.created_by, r.note]
                   for r in self._lists], stretch=6)

        self._show(load)

    def reload_needs(self) -> None:
        def load() -> None:
            self._needs = self._stock.visits_needing_parts(self._actor, _day(self.ui.needs_date_edit.date()),
                                                           self.ui.needs_days_spin.value())
            rows = []
            for visit in self._needs:
                parts = "、".join(f"{catalogue_name(n.part_name_zh, n.part_name_en)}×{n.quantity}" for n in visit.needs)
                issued = all(n.issued >= n.quantity for n in visit.needs) if visit.needs else False
                rows.append([f"{to_local(visit.start):%m-%d %H:%M}", visit.engineer_name, visit.ticket_number,
                             catalogue_name(visit.product_line, visit.product_line_en),
                             catalogue_name(visit.fault, visit.fault_en), parts,
                             self.tr("Issued") if issued else (self.tr("To issue") if visit.needs else "")])
            _fill(self.ui.needs_table, [self.tr("Visit"), self.tr("Engineer"), self.tr("Ticket"), self.tr("Product"),
                                        self.tr("Fault"), self.tr("Parts to take"), self.tr("Issued")], rows,
                  stretch=5)

        self._show(load)

    def reload_catalogue(self) -> None:
        def load() -> None:
            self._catalogue = self._parts_service.parts(
                self._actor, product_line=self.ui.line_combo.currentData(), text=self.ui.catalogue_search_edit.text(),
                include_inactive=self.ui.inactive_check.isChecked())
            yes = self.tr("Yes")
            _fill(self.ui.catalogue_table, [self.tr("Code"), self.tr("Name"), self.tr("Unit"), self.tr("Price"),
                                            self.tr("Warranty part"), self.tr("Main part"), self.tr("Consumable"),
                                            self.tr("Minimum"), self.tr("In use")],
                  [[p.code, catalogue_name(p.name_zh, p.name_en), p.unit, f"¥{p.price_fen / 100:,.2f}",
                    yes if p.is_warranty_part else "",
                    yes if p.is_main_part else "", yes if p.is_consumable else "", str(p.reorder_level or ""),
                    yes if p.active else self.tr("Retired")] for p in self._catalogue],
                  stretch=1)

        self._show(load)

    # ---- dialogs ----------------------------------------------------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> int:
        """Modal on screen; tests replace it."""
        return dialog.exec()

    def _active_parts(self) -> list[Any]:
        return self._parts_service.parts(self._actor)

    def open_move(self, mode: str) -> StockMoveDialog:
        dialog = StockMoveDialog(self._stock, self._actor, mode, self._active_parts(), self._engineers,
                                 self._language, self)
        dialog.moved.connect(lambda _result: self._after_change(self.tr("Saved.")))
        self.run_dialog(dialog)
        return dialog

    def _after_change(self, message: str) -> None:
        self.ui.message_label.setText(message)
        self.reload()

    def _on_return_list_button_clicked(self) -> None:
        try:
            shelf = self._returns.old_parts_on_shelf(self._actor)
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
            return
        dialog = ReturnListDialog(self._returns, self._actor, shelf, self._active_parts(), self)
        dialog.list_created.connect(self._on_list_created)
        self.run_dialog(dialog)

    def _on_list_created(self, created: Any) -> None:
        self._after_change(self.tr("Return list {number} created.").format(number=created.number))
        self.print_return_list(created.id, created.number)

    def _on_hand_in_button_clicked(self) -> None:
        row = self.ui.due_table.currentRow()
        if not 0 <= row < len(self._due):
            self.ui.message_label.setText(self.tr("Choose the old part in the list first."))
            return
        dialog = OldPartDialog(self._returns, self._actor, self._due[row], self)
        dialog.handed_in.connect(lambda shelf: self._after_change(
            self.tr("Old part {tag} is on the shelf.").format(tag=shelf.tag_no)))
        self.run_dialog(dialog)

    def _selected_need(self) -> Any:
        row = self.ui.needs_table.currentRow()
        if not 0 <= row < len(self._needs):
            self.ui.message_label.setText(self.tr("Choose the visit in the list first."))
            return None
        return self._needs[row]

    def _on_edit_needs_button_clicked(self) -> None:
        visit = self._selected_need()
        if visit is None:
            return
        dialog = VisitPartsDialog(self._stock, self._actor, visit, self._active_parts(), self)
        dialog.parts_saved.connect(lambda _id: self._after_change(self.tr("Saved.")))
        self.run_dialog(dialog)

    def _on_issue_needs_button_clicked(self) -> None:
        visit = self._selected_need()
        if visit is None:
            return
        try:
            issued = self._stock.issue_for_visit(self._actor, visit.visit_id)
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
            return
        self._after_change(self.tr("{count} lines issued to {engineer}.").format(count=len(issued),
                                                                               engineer=visit.engineer_name))

    def open_part(self, part: Any) -> PartDialog:
        dialog = PartDialog(self._parts_service, self._actor, self._lines, part, self)
        dialog.part_saved.connect(lambda saved: self._after_change(
            self.tr("Part {code} saved.").format(code=saved.code)))
        self.run_dialog(dialog)
        return dialog

    def _on_edit_part_button_clicked(self) -> None:
        row = self.ui.catalogue_table.currentRow()
        if not 0 <= row < len(self._catalogue):
            self.ui.message_label.setText(self.tr("Choose the part in the list first."))
            return
        self.open_part(self._catalogue[row])

    # ---- HQ's price list ------------------------------------------------------------------------------------------

    def ask_save_path(self) -> str:
        path = file_dialogs.save_file(self, self.tr("Price list template"), "配件价格表模板.xlsx",
                                      self.tr("Excel workbooks (*.xlsx)"))
        return path

    def ask_open_path(self) -> str:
        path = file_dialogs.open_file(self, self.tr("HQ's price list"), self.tr("Excel workbooks (*.xlsx)"))
        return path

    def _on_template_button_clicked(self) -> None:
        path = self.ask_save_path()
        if not path:
            return
        task = self._runner.run(self._parts_service.write_price_list_template, self._actor, path)
        task.succeeded.connect(lambda written: self.ui.message_label.setText(
            self.tr("Template saved: {path}").format(path=written)))
        task.failed.connect(lambda exc: self.ui.message_label.setText(error_message(exc)))

    def _on_import_button_clicked(self) -> None:
        path = self.ask_open_path()
        if not path:
            return
        self.ui.message_label.setText(self.tr("Checking the price list..."))
        task = self._runner.run(self._parts_service.check_price_list, self._actor, path)
        task.succeeded.connect(lambda check: self._on_price_list_checked(path, check))
        task.failed.connect(lambda exc: self.ui.message_label.setText(error_message(exc)))

    def problem_text(self, check: PriceListCheck) -> str:
        texts = {
            "missing_column": self.tr("the column is missing"), "required": self.tr("empty"),
            "unknown_product_line": self.tr("unknown product line"), "bad_code": self.tr("not a valid part code"),
            "too_long": self.tr("too long"), "not_a_number": self.tr("not a number"),
            "negative": self.tr("negative"), "too_many_decimals": self.tr("more than two decimals"),
            "too_large": self.tr("too large"), "not_yes_no": self.tr("write 是 or 否"),
            "not_a_count": self.tr("not a whole number"), "duplicate_code": self.tr("the code appears twice"),
            "consumable_and_warranty": self.tr("a consumable cannot be a warranty part"),
            "too_many_rows": self.tr("too many rows"),
        }
        lines = [self.tr("Row {row}, {column}: {problem} {value}").format(
            row=p.row, column=p.column, problem=texts.get(p.code, p.code), value=f"({p.value})" if p.value else "")
            for p in check.problems[:PROBLEM_LINES]]
        if len(check.problems) > PROBLEM_LINES:
            lines.append(self.tr("... and {count} more").format(count=len(check.problems) - PROBLEM_LINES))
        return "\n".join(lines)

    def confirm_import(self, check: PriceListCheck) -> bool:
        """Modal question; tests replace it."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Import HQ's price list"), "", parent=self)
        box.setText(self.tr("{new} new parts, {changed} changed, {unchanged} unchanged; {bad} rows have problems "
                            "and will be left out.").format(new=check.new, changed=check.changed,
                                                            unchanged=check.unchanged,
                                                            bad=len({p.row for p in check.problems})))
        if check.problems:
            box.setDetailedText(self.problem_text(check))
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Ok

    def _on_price_list_checked(self, path: str, check: PriceListCheck) -> None:
        self.ui.message_label.setText(self.problem_text(check) if check.problems else "")
        if check.importable == 0:
            self.ui.message_label.setText(self.tr("Nothing to import.") + "\n" + self.problem_text(check))
            return
        if not self.confirm_import(check):
            return
        task = self._runner.run(self._parts_service.import_price_list, self._actor, path)
        task.succeeded.connect(lambda done: self._after_change(
            self.tr("Imported from {file}: {new} new, {changed} changed.").format(
                file=Path(path).name, new=done.new, changed=done.changed)))
        task.failed.connect(lambda exc: self.ui.message_label.setText(error_message(exc)))

    # ---- printing ---------------------------------------------------------------------------------------------

    def _on_print_list_button_clicked(self) -> None:
        row = self.ui.lists_table.currentRow()
        if not 0 <= row < len(self._lists):
            self.ui.message_label.setText(self.tr("Choose the return list first."))
            return
        self.print_return_list(self._lists[row].id, self._lists[row].number)

    def print_return_list(self, return_list_id: int, number: str) -> None:
        from desktop.views.printing.pdf_preview_dialog import PdfPreviewDialog

        task = self._runner.run(self._returns.return_list_pdf, self._actor, return_list_id)

        def show(pdf: bytes) -> None:
            self.preview_dialog = PdfPreviewDialog(pdf, self.tr("Return list {number}").format(number=number),
                                                   f"{number}.pdf", self, working_paper=True)
            self.preview_dialog.printed.connect(
                lambda: self._returns.mark_return_list_printed(self._actor, return_list_id))
            self.preview_dialog.open()

        task.succeeded.connect(show)
        task.failed.connect(lambda exc: self.ui.message_label.setText(error_message(exc)))
