"""ChargesArea: visits with money to collect and the payment dialog, receipts (print signed, void), the daily cash
summary per engineer, and the fee schedule the supervisor edits."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QTableWidgetItem, QWidget

from desktop.clock import local_today, to_local
from desktop.errors import DomainError, StateError
from desktop.i18n import catalogue_name
from desktop.services.charges.charge_records import PaymentFilter
from desktop.services.core.actor import Actor
from desktop.services.core.permissions import allowed
from desktop.views import shortcuts
from desktop.views.charges.charge_table_models import ChargeDueTableModel, PaymentTableModel
from desktop.views.charges.charge_texts import desk, method_names, money
from desktop.views.charges.payment_dialog import PaymentDialog
from desktop.views.messages import error_message
from desktop.views.stock import stock_messages  # noqa: F401  (registers the error texts)
from desktop.views.ui.ui_charges_area import Ui_ChargesArea
from desktop.views.widgets.empty_state import show_when_empty
from desktop.views.widgets.table_columns import fit_columns

if TYPE_CHECKING:
    from desktop.composition import Services
    from desktop.views.background import BackgroundRunner

METHODS = ("cash", "wechat", "alipay", "transfer")
KEY_CODES = ("signing_locked", "branch_key_missing")
UNLOCK, UNSIGNED, CANCEL = "unlock", "unsigned", "cancel"


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ChargesArea(QWidget):
    def __init__(self, services: Services, runner: BackgroundRunner, actor: Actor,
                 open_signing_key: Callable[[], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChargesArea()
        self.ui.setupUi(self)
        self.setObjectName("charges_area")
        self._payments, self._fees, self._runner, self._actor = services.payments, services.fees, runner, actor
        self._open_signing_key = open_signing_key
        self._engineers = services.engineers.list(actor)
        self._schedules: list[Any] = []
        self.preview_dialog: QDialog | None = None
        self.due = ChargeDueTableModel(self._payments, actor, self)
        self.receipts = PaymentTableModel(self._payments, actor, self)
        self.ui.due_table.setModel(self.due)
        self.ui.receipts_table.setModel(self.receipts)
        fit_columns(self.ui.due_table, stretch=2)
        fit_columns(self.ui.receipts_table, stretch=3)
        show_when_empty(self.ui.due_table, lambda: self.tr(
            "Nothing is owed. A visit with charges appears here once its result is recorded."))
        show_when_empty(self.ui.receipts_table, lambda: self.tr(
            "No receipts in this period. A receipt is made when a payment is recorded on the first tab."))
        today = local_today()
        qtoday = QDate(today.year, today.month, today.day)
        self.ui.receipt_from_edit.setDate(qtoday.addDays(-7))
        self.ui.receipt_to_edit.setDate(qtoday)
        self.ui.cash_day_edit.setDate(qtoday)
        self.ui.collector_combo.addItem(self.tr("Everyone"), None)
        for engineer in self._engineers:
            self.ui.collector_combo.addItem(engineer.name, engineer.id)
        self.ui.method_combo.addItem(self.tr("Every method"), None)
        for code, name in method_names().items():
            self.ui.method_combo.addItem(name, code)
        self.ui.pay_button.setEnabled(allowed(actor, "payment.record"))
        self.ui.void_button.setEnabled(allowed(actor, "payment.void"))
        manages = allowed(actor, "fees.manage")
        self.ui.save_fees_button.setVisible(manages)
        for widget in (self.ui.call_out_spin, self.ui.labour_spin):
            widget.setReadOnly(not manages)
        self._fees_editable = manages
        shortcuts.install(self, "charges")
        self._connect_signals()

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.tabs.currentChanged.connect(lambda _index: self.reload())
        ui.due_refresh_button.clicked.connect(self.reload_due)
        ui.unpaid_check.toggled.connect(self.reload_due)
        ui.due_search_edit.returnPressed.connect(self.reload_due)
        ui.pay_button.clicked.connect(self._on_pay_button_clicked)
        ui.due_table.doubleClicked.connect(lambda _index: self._on_pay_button_clicked())
        ui.receipt_refresh_button.clicked.connect(self.reload_receipts)
        ui.receipt_dates_check.toggled.connect(self.reload_receipts)
        ui.collector_combo.currentIndexChanged.connect(self.reload_receipts)
        ui.method_combo.currentIndexChanged.connect(self.reload_receipts)
        ui.receipt_search_edit.returnPressed.connect(self.reload_receipts)
        ui.print_receipt_button.clicked.connect(self._on_print_receipt_button_clicked)
        ui.void_button.clicked.connect(self._on_void_button_clicked)
        ui.cash_refresh_button.clicked.connect(self.reload_cash)
        ui.cash_day_edit.dateChanged.connect(self.reload_cash)
        ui.fee_line_combo.currentIndexChanged.connect(self._show_schedule)
        ui.save_fees_button.clicked.connect(self._on_save_fees_button_clicked)

    # ---- loading ----------------------------------------------------------------------------------------------

    def reload(self) -> None:
        (self.reload_due, self.reload_receipts, self.reload_cash, self.reload_fees)[self.ui.tabs.currentIndex()]()

    def _show(self, load: Callable[[], None]) -> None:
        try:
            load()
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))

    def reload_due(self) -> None:
        self._show(lambda: self.due.set_filters(text=self.ui.due_search_edit.text(),
                                                unpaid_only=self.ui.unpaid_check.isChecked()))

    def receipt_filter(self) -> PaymentFilter:
        dated = self.ui.receipt_dates_check.isChecked()
        return PaymentFilter(start=_day(self.ui.receipt_from_edit.date()) if dated else None,
                             end=_day(self.ui.receipt_to_edit.date()) if dated else None,
                             engineer_id=self.ui.collector_combo.currentData(),
                             method=self.ui.method_combo.currentData(), text=self.ui.receipt_search_edit.text())

    def reload_receipts(self) -> None:
        self._show(lambda: self.receipts.set_filters(self.receipt_filter()))

    def reload_cash(self) -> None:
        def load() -> None:
            summary = self._payments.daily_cash(self._actor, _day(self.ui.cash_day_edit.date()))
            names = method_names()
            headers = [self.tr("Collected by"), self.tr("Receipts"), *[names[m] for m in METHODS], self.tr("Total")]
            rows = [[line.engineer_name or desk(), str(line.payments), *[money(line.method_fen(m)) for m in METHODS],
                     money(line.total_fen)] for line in summary.lines]
            rows.append([self.tr("Total"), str(sum(line.payments for line in summary.lines)),
                         *[money(summary.method_fen(m)) for m in METHODS], money(summary.total_fen)])
            table = self.ui.cash_table
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)
            table.setRowCount(len(rows))
            for r, values in enumerate(rows):
                for c, value in enumerate(values):
                    item = QTableWidgetItem(value)
                    if c:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    table.setItem(r, c, item)
            table.resizeColumnsToContents()
            self.ui.cash_note_label.setText(
                self.tr("{count} receipts of the day were voided and are not counted.").format(count=summary.voided)
                if summary.voided else "")

        self._show(load)

    def reload_fees(self) -> None:
        def load() -> None:
            current = self.ui.fee_line_combo.currentData()
            self._schedules = self._fees.schedules(self._actor)
            self.ui.fee_line_combo.blockSignals(True)
            self.ui.fee_line_combo.clear()
            for schedule in self._schedules:
                name = catalogue_name(schedule.name_zh, schedule.name_en)
                self.ui.fee_line_combo.addItem(name, schedule.product_line)
            self.ui.fee_line_combo.setCurrentIndex(max(0, self.ui.fee_line_combo.findData(current)))
            self.ui.fee_line_combo.blockSignals(False)
            self._show_schedule()

        self._show(load)

    def _schedule(self) -> Any:
        code = self.ui.fee_line_combo.currentData()
        return next((s for s in self._schedules if s.product_line == code), None)

    def _show_schedule(self) -> None:
        schedule = self._schedule()
        table = self.ui.labour_table
        table.setColumnCount(2)
        table.setHorizontalHeaderLabels([self.tr("Fault category"), self.tr("Labour (yuan)")])
        table.horizontalHeader().setStretchLastSection(True)
        if schedule is None:
            table.setRowCount(0)
            return
        self.ui.call_out_spin.setValue(schedule.call_out_fee_fen / 100)
        self.ui.labour_spin.setValue(schedule.labour_fen / 100)
        table.setRowCount(len(schedule.labour))
        for r, line in enumerate(schedule.labour):
            name = QTableWidgetItem(catalogue_name(line.name_zh, line.name_en))
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(Qt.ItemDataRole.UserRole, line.fault_code)
            table.setItem(r, 0, name)
            value = QTableWidgetItem("" if line.labour_fen is None else f"{line.labour_fen / 100:.2f}")
            if not self._fees_editable:
                value.setFlags(value.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(r, 1, value)
        if schedule.updated_at is None:
            text = self.tr("No schedule yet: nothing is proposed until one is saved.")
        elif schedule.updated_by:
            text = self.tr("Last changed {at} by {by}").format(at=f"{to_local(schedule.updated_at):%Y-%m-%d %H:%M}",
                                                                by=schedule.updated_by)
        else:
            text = self.tr("Last changed {at}").format(at=f"{to_local(schedule.updated_at):%Y-%m-%d %H:%M}")
        self.ui.fee_updated_label.setText(text)

    def labour_by_fault(self) -> dict[str, int | None] | None:
        """The table's labour per fault category in fen; None (with a message) when a cell is not an amount."""
        found: dict[str, int | None] = {}
        table = self.ui.labour_table
        for r in range(table.rowCount()):
            code = table.item(r, 0).data(Qt.ItemDataRole.UserRole)
            text = (table.item(r, 1).text() if table.item(r, 1) else "").strip().replace("¥", "")
            if not text:
                found[code] = None
                continue
            try:
                value = round(float(text) * 100)
            except ValueError:
                value = -1
            if value < 0:
                self.ui.message_label.setText(self.tr("Labour for {fault} is not an amount: {text}").format(
                    fault=table.item(r, 0).text(), text=text))
                table.setCurrentCell(r, 1)
                return None
            found[code] = value
        return found

    def _on_save_fees_button_clicked(self) -> None:
        schedule = self._schedule()
        labour = self.labour_by_fault()
        if schedule is None or labour is None:
            return
        try:
            saved = self._fees.save_schedule(self._actor, schedule.product_line,
                                             round(self.ui.call_out_spin.value() * 100),
                                             round(self.ui.labour_spin.value() * 100), labour,
                                             version=schedule.version)
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
            return
        self.ui.message_label.setText(self.tr("Fee schedule for {line} saved.").format(
            line=catalogue_name(saved.name_zh, saved.name_en)))
        self.reload_fees()

    # ---- payments ---------------------------------------------------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> int:
        """Modal on screen; tests replace it."""
        return dialog.exec()

    def _on_pay_button_clicked(self) -> None:
        row = self.due.row_at(self.ui.due_table.currentIndex().row())
        if row is None:
            self.ui.message_label.setText(self.tr("Choose the visit in the list first."))
            return
        if row.outstanding_fen <= 0:
            self.ui.message_label.setText(self.tr("Nothing is owed on this visit."))
            return
        dialog = PaymentDialog(self._payments, self._actor, row, self._engineers, self)
        dialog.payment_recorded.connect(self._on_payment_recorded)
        self.run_dialog(dialog)

    def _on_payment_recorded(self, paid: Any) -> None:
        self.ui.message_label.setText(self.tr("Receipt {number} recorded.").format(number=paid.receipt_no))
        self.reload_due()
        self.print_receipt(paid.id, paid.receipt_no)

    def _selected_receipt(self) -> Any:
        row = self.receipts.row_at(self.ui.receipts_table.currentIndex().row())
        if row is None:
            self.ui.message_label.setText(self.tr("Choose the receipt in the list first."))
        return row

    def ask_void_reason(self, receipt_no: str) -> str | None:
        """Modal input; tests replace it."""
        text, ok = QInputDialog.getText(self, self.tr("Void receipt"), self.tr(
            "Why is receipt {number} void? (kept with the receipt and in the audit log)").format(number=receipt_no))
        return text if ok else None

    def _on_void_button_clicked(self) -> None:
        row = self._selected_receipt()
        if row is None:
            return
        reason = self.ask_void_reason(row.receipt_no)
        if reason is None:
            return
        try:
            self._payments.void_payment(self._actor, row.id, reason, version=row.version)
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
            return
        self.ui.message_label.setText(self.tr("Receipt {number} is void.").format(number=row.receipt_no))
        self.reload_receipts()

    def _on_print_receipt_button_clicked(self) -> None:
        row = self._selected_receipt()
        if row is not None:
            self.print_receipt(row.id, row.receipt_no)

    def print_receipt(self, payment_id: int, receipt_no: str, *, signed: bool = True) -> None:
        """Rendered and signed in the background, then previewed; a locked key offers unlock or unsigned."""
        fn = self._payments.render_signed_receipt if signed else self._payments.render_unsigned_receipt
        task = self._runner.run(fn, self._actor, payment_id)

        def show(pdf: bytes) -> None:
            from desktop.views.printing.pdf_preview_dialog import PdfPreviewDialog

            title = self.tr("Receipt {number}").format(number=receipt_no) if signed else self.tr(
                "Receipt {number} — NOT digitally signed").format(number=receipt_no)
            self.preview_dialog = PdfPreviewDialog(pdf, title, f"{receipt_no}.pdf", self)
            self.preview_dialog.printed.connect(lambda: self._payments.mark_receipt_printed(self._actor, payment_id))
            self.preview_dialog.open()

        def failed(exc: BaseException) -> None:
            if signed and isinstance(exc, StateError) and exc.code in KEY_CODES:
                choice = self.ask_when_key_unavailable(exc.code)
                if choice == UNLOCK and self._open_signing_key is not None:
                    self._open_signing_key()
                    self.print_receipt(payment_id, receipt_no)
                elif choice == UNSIGNED:
                    self.print_receipt(payment_id, receipt_no, signed=False)
                return
            self.ui.message_label.setText(error_message(exc))

        task.succeeded.connect(show)
        task.failed.connect(failed)

    def ask_when_key_unavailable(self, code: str) -> str:
        """The user's choice when the branch key is locked or missing (modal); tests replace it."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Branch signing key"), "", parent=self)
        box.setText(self.tr("The branch signing key is locked or missing, so the receipt cannot be digitally "
                            "signed."))
        unlock = box.addButton(self.tr("Open signing key..."), QMessageBox.ButtonRole.AcceptRole)
        unlock.setEnabled(self._open_signing_key is not None)
        unsigned = box.addButton(self.tr("Print unsigned"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return UNLOCK if clicked is unlock else UNSIGNED if clicked is unsigned else CANCEL
