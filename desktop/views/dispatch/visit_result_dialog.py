"""VisitResultDialog: the returned service sheet (客户服务报告) typed in, with parts, charges and the signature."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QLineEdit, QTableWidgetItem, QWidget

from desktop.clock import BRANCH_TZ, to_local, utc_now
from desktop.errors import DomainError
from desktop.printing.signature import signature_to_json
from desktop.rules.visit_times import arrived_early
from desktop.services.core.actor import Actor
from desktop.services.dispatch.dispatch_records import PartRow, PartUse, ReportRow, VisitResult, VisitRow
from desktop.services.dispatch.visit_service import VisitService
from desktop.views.dispatch.conduct_names import conduct_names
from desktop.views.messages import error_message
from desktop.views.ui.ui_visit_result_dialog import Ui_VisitResultDialog
from desktop.views.widgets.signature_pad import SignaturePad


def yuan(fen: int) -> str:
    return f"{Decimal(fen) / 100:.2f}"


def qdatetime(moment: datetime) -> QDateTime:
    """The branch-local wall time in the edit, whatever the PC's own time zone."""
    local = to_local(moment)
    return QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)


def _aware(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=BRANCH_TZ)


class VisitResultDialog(QDialog):
    result_saved = Signal(object)  # ReportRow

    def __init__(self, service: VisitService, actor: Actor, visit: VisitRow, product_line: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VisitResultDialog()
        self.ui.setupUi(self)
        self.setObjectName("visit_result_dialog")
        self._service, self._actor, self._visit = service, actor, visit
        self._parts: list[PartRow] = service.parts(actor, product_line)
        self._used: list[tuple[PartRow, int, bool]] = []
        self._scan: bytes | None = None
        form = service.sheet_form(actor, visit.id)
        self.ui.ticket_label.setText(self.tr("{number}, round {round}, engineer {engineer}").format(
            number=visit.ticket_number, round=visit.round, engineer=visit.engineer_name))
        # Arriving before the window agreed with the customer needs a reason (the service refuses it without one).
        self.early_reason_edit = QLineEdit(self)
        self.early_reason_edit.setObjectName("early_reason_edit")
        self.early_reason_edit.setMaxLength(500)
        self.early_reason_edit.setPlaceholderText(self.tr("Why the engineer came before the agreed time"))
        self.ui.form_layout.insertRow(1, self.tr("Reason for arriving early"), self.early_reason_edit)
        start = visit.agreed_start or visit.planned_start
        end = min(visit.agreed_end or visit.planned_end, utc_now())
        self.ui.arrived_edit.setDateTime(qdatetime(min(start, end)))
        self.ui.departed_edit.setDateTime(qdatetime(end))
        self.ui.result_combo.addItem(self.tr("Resolved"), "resolved")
        self.ui.result_combo.addItem(self.tr("Not resolved"), "unresolved")
        self.ui.satisfaction_combo.addItem(self.tr("(not given)"), None)
        grade_names = {"very_satisfied": self.tr("Very satisfied"), "satisfied": self.tr("Satisfied"),
                       "neutral": self.tr("Neutral"), "dissatisfied": self.tr("Dissatisfied"),
                       "very_dissatisfied": self.tr("Very dissatisfied")}
        for code in form.grades:
            self.ui.satisfaction_combo.addItem(grade_names.get(code, code), code)
        # 上门服务规范: ticked when the engineer kept the item; the group left unchecked records nothing.
        self.conduct_checks: dict[str, QCheckBox] = {}
        for code, text in conduct_names().items():
            check = QCheckBox(text, self.ui.conduct_box)
            check.setObjectName(f"conduct_{code}_check")
            self.ui.conduct_layout.addWidget(check)
            self.conduct_checks[code] = check
        for part in self._parts:
            self.ui.part_combo.addItem(f"{part.code} {part.name_zh} ¥{yuan(part.price_fen)}", part.id)
        self.ui.parts_table.setColumnCount(5)
        self.ui.parts_table.setHorizontalHeaderLabels(
            [self.tr("Part"), self.tr("Qty"), self.tr("Unit price"), self.tr("Charged"), self.tr("Amount")])
        self.signature_pad = SignaturePad(self)
        self.ui.signature_layout.insertWidget(0, self.signature_pad)
        self._connect_signals()
        # A maintenance visit starts from the consumables its care reminder booked, charged (X-CONS).
        known = {p.id for p in self._parts}
        for use in form.planned_parts:
            if use.part_id in known:
                self.add_part(use.part_id, use.quantity, use.charged)
        self._update_total()
        self._update_early_reason()

    def _connect_signals(self) -> None:
        self.ui.add_part_button.clicked.connect(self._on_add_part_button_clicked)
        self.ui.remove_part_button.clicked.connect(self._on_remove_part_button_clicked)
        self.ui.labour_spin.valueChanged.connect(self._update_total)
        self.ui.attach_scan_button.clicked.connect(self._on_attach_scan_button_clicked)
        self.ui.arrived_edit.dateTimeChanged.connect(self._update_early_reason)
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)

    # ---- parts ---------------------------------------------------------------------------------------------------

    def add_part(self, part_id: int, quantity: int, charged: bool) -> None:
        part = next(p for p in self._parts if p.id == part_id)
        self._used.append((part, quantity, charged))
        row = self.ui.parts_table.rowCount()
        self.ui.parts_table.insertRow(row)
        amount = part.price_fen * quantity if charged else 0
        for column, text in enumerate((f"{part.code} {part.name_zh}", str(quantity), yuan(part.price_fen),
                                       self.tr("Yes") if charged else self.tr("No (warranty)"), yuan(amount))):
            self.ui.parts_table.setItem(row, column, QTableWidgetItem(text))
        self._update_total()

    def _on_add_part_button_clicked(self) -> None:
        if self.ui.part_combo.currentIndex() >= 0:
            self.add_part(int(self.ui.part_combo.currentData()), self.ui.quantity_spin.value(),
                          self.ui.charged_check.isChecked())

    def _on_remove_part_button_clicked(self) -> None:
        row = self.ui.parts_table.currentRow()
        if row >= 0:
            del self._used[row]
            self.ui.parts_table.removeRow(row)
            self._update_total()

    def arrived_early(self) -> bool:
        return arrived_early(_aware(self.ui.arrived_edit.dateTime()), self._visit.agreed_start)

    def _update_early_reason(self, *_: object) -> None:
        self.ui.form_layout.setRowVisible(self.early_reason_edit, self.arrived_early())

    def total_fen(self) -> int:
        parts = sum(p.price_fen * q for p, q, charged in self._used if charged)
        return parts + round(self.ui.labour_spin.value() * 100)

    def _update_total(self) -> None:
        self.ui.total_label.setText(self.tr("¥{amount}").format(amount=yuan(self.total_fen())))

    # ---- signature -----------------------------------------------------------------------------------------------

    def attach_scan(self, data: bytes, name: str) -> None:
        self._scan = data
        self.ui.scan_label.setText(self.tr("Scan attached: {name}").format(name=name))

    def _on_attach_scan_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Scanned signature"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.attach_scan(Path(path).read_bytes(), Path(path).name)

    # ---- saving --------------------------------------------------------------------------------------------------

    def visit_result(self) -> VisitResult:
        strokes = None
        if self._scan is None and not self.signature_pad.is_empty():
            strokes = signature_to_json(self.signature_pad.strokes())
        return VisitResult(
            arrived_at=_aware(self.ui.arrived_edit.dateTime()),
            departed_at=_aware(self.ui.departed_edit.dateTime()),
            result=str(self.ui.result_combo.currentData()),
            cause=self.ui.cause_edit.toPlainText(),
            work_done=self.ui.work_edit.toPlainText(),
            parts=tuple(PartUse(p.id, q, charged) for p, q, charged in self._used),
            labour_charge_fen=round(self.ui.labour_spin.value() * 100),
            customer_comment=self.ui.comment_edit.text(),
            satisfaction=self.ui.satisfaction_combo.currentData(),
            signature_strokes_json=strokes,
            signature_scan=self._scan,
            early_arrival_reason=self.early_reason_edit.text() if self.arrived_early() else "",
            conduct=self.conduct(),
        )

    def conduct(self) -> dict[str, bool]:
        if not self.ui.conduct_box.isChecked():
            return {}
        return {code: check.isChecked() for code, check in self.conduct_checks.items()}

    def _on_button_box_accepted(self) -> None:
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(False)
        try:
            report: ReportRow = self._service.record_result(self._actor, self._visit.id, self.visit_result(),
                                                            version=self._visit.version)
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
            if exc.field == "early_arrival_reason":
                self.early_reason_edit.setFocus()
            save.setEnabled(True)
            return
        self.result_saved.emit(report)
        self.accept()
