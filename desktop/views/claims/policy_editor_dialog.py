"""PolicyEditorDialog: the supervisor edits the branch's 三包 policy (periods, main parts, rates, HQ rules).

The dialog builds a WarrantyPolicy and hands it to ClaimService.save_policy, which validates it (no negative
periods, parts only from the catalogue) and audits the change."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QSpinBox, QTableWidgetItem, QWidget

from desktop.errors import DomainError
from desktop.i18n import catalogue_name
from desktop.rules.warranty import CLOCK_STARTS, PARTS, PeriodRule, WarrantyPolicy
from desktop.services.claims.claim_service import ClaimService
from desktop.services.core.actor import Actor
from desktop.views import window_state
from desktop.views.claims.claim_texts import value_names
from desktop.views.messages import error_message
from desktop.views.ui.ui_policy_editor_dialog import Ui_PolicyEditorDialog


class PolicyEditorDialog(QDialog):
    def __init__(self, service: ClaimService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PolicyEditorDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self._service = service
        self._actor = actor
        self._version = 0
        self._policy = WarrantyPolicy.default()
        # Parts ticked per product line, kept while the supervisor switches lines.
        self._main: dict[str, set[str]] = {}
        self._consumable: dict[str, set[str]] = {}
        self._line = ""
        self._line_names: dict[str, tuple[str, str]] = {}
        self.ui.clock_start_combo.addItem(self.tr("Installation day (when we installed it), else invoice"),
                                          "installation")
        self.ui.clock_start_combo.addItem(self.tr("Invoice date"), "invoice")
        assert tuple(self.ui.clock_start_combo.itemData(i) for i in range(2)) == CLOCK_STARTS
        self._connect_signals()
        self.reload()

    def _connect_signals(self) -> None:
        self.ui.line_combo.currentIndexChanged.connect(self._on_line_combo_changed)
        self.ui.save_button.clicked.connect(self._on_save_button_clicked)
        self.ui.cancel_button.clicked.connect(self.reject)

    def reload(self) -> None:
        try:
            info = self._service.get_policy(self._actor)
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
            return
        self._policy, self._version = info.policy, info.version
        self._line_names = dict(info.line_names)
        self._show(info.policy)

    def _show(self, policy: WarrantyPolicy) -> None:
        values = value_names()
        table = self.ui.periods_table
        rows = [(line, usage, rule) for line, by_usage in policy.periods.items() for usage, rule in by_usage.items()]
        table.setRowCount(len(rows))
        for r, (line, usage, rule) in enumerate(rows):
            for c, (text, code) in enumerate(((self._line_name(line), line), (values.get(usage, usage), usage))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(r, c, item)
            for c, months in ((2, rule.whole_unit_months), (3, rule.main_parts_months)):
                spin = QSpinBox(table)
                spin.setRange(-1, 240)  # -1 is allowed in the widget so the service's validation is what refuses
                spin.setValue(months)
                table.setCellWidget(r, c, spin)
        table.resizeColumnsToContents()
        self._main = {line: set(parts) for line, parts in policy.main_parts.items()}
        self._consumable = {line: set(parts) for line, parts in policy.consumable_parts.items()}
        self._line = ""
        self.ui.line_combo.blockSignals(True)
        self.ui.line_combo.clear()
        for line in policy.periods:
            self.ui.line_combo.addItem(self._line_name(line), line)
        self.ui.line_combo.blockSignals(False)
        self._on_line_combo_changed()
        self.ui.depreciation_spin.setValue(float(policy.depreciation_rate_per_day * 100))
        self.ui.repair_warranty_spin.setValue(policy.repair_warranty_days)
        self.ui.failed_repairs_spin.setValue(policy.failed_repairs_before_exchange)
        self.ui.clock_start_combo.setCurrentIndex(self.ui.clock_start_combo.findData(policy.clock_start))
        self.ui.no_proof_spin.setValue(policy.no_proof_start_offset_days)
        self.ui.hq_exchange_check.setChecked(policy.hq_confirms_exchange)
        self.ui.hq_refund_check.setChecked(policy.hq_confirms_refund)
        self.ui.holiday_check.setChecked(policy.holiday_extension)

    def _line_name(self, code: str) -> str:
        # Every catalogue line is in the policy; its name comes from the catalogue, in the interface language.
        names = self._line_names.get(code)
        if names is None:
            return value_names().get(code, code)
        return catalogue_name(*names)

    def _keep_ticked_parts(self) -> None:
        if not self._line:
            return
        for widget, store in ((self.ui.main_parts_list, self._main), (self.ui.consumables_list, self._consumable)):
            store[self._line] = {
                widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked
            }

    def _on_line_combo_changed(self) -> None:
        self._keep_ticked_parts()
        self._line = self.ui.line_combo.currentData() or ""
        values = value_names()
        for widget, store in ((self.ui.main_parts_list, self._main), (self.ui.consumables_list, self._consumable)):
            widget.clear()
            for part in PARTS:
                item = QListWidgetItem(values.get(part, part))
                item.setData(Qt.ItemDataRole.UserRole, part)
                ticked = part in store.get(self._line, set())
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                widget.addItem(item)

    def policy(self) -> WarrantyPolicy:
        """The policy as edited (not validated: the service validates on save)."""
        self._keep_ticked_parts()
        table = self.ui.periods_table
        periods: dict[str, dict[str, PeriodRule]] = {}
        for r in range(table.rowCount()):
            line = table.item(r, 0).data(Qt.ItemDataRole.UserRole)
            usage = table.item(r, 1).data(Qt.ItemDataRole.UserRole)
            whole, main = (table.cellWidget(r, c).value() for c in (2, 3))  # QSpinBoxes
            periods.setdefault(line, {})[usage] = PeriodRule(whole, main)
        rate = (Decimal(str(self.ui.depreciation_spin.value())) / 100).normalize()
        return WarrantyPolicy(
            periods=periods, main_parts={line: frozenset(parts) for line, parts in self._main.items()},
            consumable_parts={line: frozenset(parts) for line, parts in self._consumable.items()},
            depreciation_rate_per_day=rate, repair_warranty_days=self.ui.repair_warranty_spin.value(),
            failed_repairs_before_exchange=self.ui.failed_repairs_spin.value(),
            clock_start=self.ui.clock_start_combo.currentData(),
            no_proof_start_offset_days=self.ui.no_proof_spin.value(),
            hq_confirms_exchange=self.ui.hq_exchange_check.isChecked(),
            hq_confirms_refund=self.ui.hq_refund_check.isChecked(),
            holiday_extension=self.ui.holiday_check.isChecked(), rest_days=self._policy.rest_days,
        )

    def _on_save_button_clicked(self) -> None:
        try:
            info = self._service.save_policy(self._actor, self.policy(), self._version)
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
            return
        self._policy, self._version = info.policy, info.version
        self.ui.message_label.setText(self.tr("Policy saved."))
        self.accept()
