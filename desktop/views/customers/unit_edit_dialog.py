"""UnitEditDialog: correct a unit's model, serial, dates, proof, usage and invoice price. The warranty status now and
after the change is shown as the clerk types; a change that moves the warranty is saved only once confirmed."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QWidget

from desktop.errors import DomainError, ValidationError
from desktop.rules.money import parse_yuan, yuan_text
from desktop.rules.warranty import WarrantyStatus
from desktop.services.core.actor import Actor
from desktop.services.customers.customer_file_records import FileUnit, UnitEdit, WarrantyChange
from desktop.services.tickets.customer_service import ProductLineRow
from desktop.views import window_state
from desktop.views.branch_dates import today_qdate
from desktop.views.customers import customer_text  # noqa: F401  (registers the error sentences)
from desktop.views.intake import intake_messages
from desktop.views.intake.intake_text import coverage_text, proof_names, usage_names
from desktop.views.ui.ui_unit_edit_dialog import Ui_UnitEditDialog

if TYPE_CHECKING:
    from desktop.services.customers.customer_file_service import CustomerFileService

# The lowest date of an edit means "not known": a QDateEdit cannot be empty.
NOT_KNOWN = QDate(1990, 1, 1)
PREVIEW_DELAY_MS = 250


def _set_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(NOT_KNOWN if value is None else QDate(value.year, value.month, value.day))


def _get_date(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NOT_KNOWN else date(value.year(), value.month(), value.day())


class UnitEditDialog(QDialog):
    unit_saved = Signal(object)  # FileUnit

    def __init__(self, service: CustomerFileService, actor: Actor, unit: FileUnit, catalogue: list[ProductLineRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UnitEditDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self.setObjectName("unit_edit_dialog")
        self._service, self._actor, self._unit = service, actor, unit
        self.setWindowTitle(self.tr("Edit unit {serial}").format(serial=unit.serial))
        # A unit keeps to its product line: another line has other periods and parts (claims, reports).
        line = next((x for x in catalogue if x.code == unit.product_line_code), None)
        for model in line.models if line else ():
            self.ui.model_combo.addItem(f"{model.code} {model.name}", model.id)
        if self.ui.model_combo.findData(unit.model_id) < 0:
            self.ui.model_combo.addItem(f"{unit.model_code} {unit.model_name}", unit.model_id)
        self.ui.model_combo.setCurrentIndex(self.ui.model_combo.findData(unit.model_id))
        for code, text in proof_names().items():
            self.ui.proof_combo.addItem(text, code)
        for code, text in usage_names().items():
            self.ui.usage_combo.addItem(text, code)
        today = today_qdate()
        for edit in (self.ui.invoice_date_edit, self.ui.installation_date_edit, self.ui.production_date_edit):
            edit.setMinimumDate(NOT_KNOWN)
            edit.setMaximumDate(today)
            edit.setSpecialValueText(self.tr("not known"))
        self.ui.serial_edit.setText(unit.serial)
        _set_date(self.ui.invoice_date_edit, unit.invoice_date)
        _set_date(self.ui.installation_date_edit, unit.installation_date)
        _set_date(self.ui.production_date_edit, unit.production_date)
        self.ui.proof_combo.setCurrentIndex(max(0, self.ui.proof_combo.findData(unit.proof)))
        self.ui.usage_combo.setCurrentIndex(max(0, self.ui.usage_combo.findData(unit.usage)))
        self.ui.installed_by_us_check.setChecked(unit.installed_by_us)
        self.ui.invoice_price_edit.setText(yuan_text(unit.invoice_price_fen))
        self.change: WarrantyChange | None = None
        self._confirmed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._connect_signals()
        self.ui.warranty_label.setText(self.tr("Now: {status}").format(status=self.status_text(unit.warranty)))

    def _connect_signals(self) -> None:
        for signal in (self.ui.model_combo.currentIndexChanged, self.ui.serial_edit.textEdited,
                       self.ui.invoice_date_edit.dateChanged, self.ui.installation_date_edit.dateChanged,
                       self.ui.production_date_edit.dateChanged, self.ui.proof_combo.currentIndexChanged,
                       self.ui.usage_combo.currentIndexChanged, self.ui.installed_by_us_check.toggled,
                       self.ui.invoice_price_edit.textEdited):
            signal.connect(self._on_edited)
        self._timer.timeout.connect(self.preview)
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)

    def status_text(self, status: WarrantyStatus) -> str:
        text = coverage_text(status)
        if status.start_date is None:
            return text
        ends = self.tr("starts {start}, whole unit until {whole}").format(start=status.start_date,
                                                                           whole=status.whole_unit_end)
        if status.main_parts_end is not None:
            ends += self.tr(", main parts until {main}").format(main=status.main_parts_end)
        return f"{text} ({ends})"

    def edit(self) -> UnitEdit:
        return UnitEdit(
            model_id=int(self.ui.model_combo.currentData()), serial=self.ui.serial_edit.text(),
            invoice_date=_get_date(self.ui.invoice_date_edit),
            installation_date=_get_date(self.ui.installation_date_edit),
            production_date=_get_date(self.ui.production_date_edit), proof=str(self.ui.proof_combo.currentData()),
            usage=str(self.ui.usage_combo.currentData()), installed_by_us=self.ui.installed_by_us_check.isChecked(),
            invoice_price_fen=parse_yuan(self.ui.invoice_price_edit.text(), "invoice_price"))

    def _on_edited(self, *_: object) -> None:
        # Any change after a confirmation needs looking at again.
        self._confirmed = False
        self._set_save_text()
        self._timer.start()

    def preview(self) -> WarrantyChange | None:
        """Old and new warranty status for what is typed now (nothing is saved)."""
        try:
            change = self._service.preview_unit(self._actor, self._unit.id, self.edit())
        except DomainError as exc:
            self.ui.message_label.setText(intake_messages.describe(exc))
            return None
        self.ui.message_label.clear()
        self.change = change
        if change.moves:
            self.ui.warranty_label.setText(self.tr("This change moves the warranty.\nNow: {before}\nAfter saving: "
                                                   "{after}").format(before=self.status_text(change.before),
                                                                     after=self.status_text(change.after)))
        else:
            self.ui.warranty_label.setText(self.tr("Now: {status} (unchanged by this edit)").format(
                status=self.status_text(change.before)))
        return change

    def _set_save_text(self) -> None:
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Confirm the warranty change and save") if self._confirmed else self.tr("Save"))

    def _on_button_box_accepted(self) -> None:
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(False)
        try:
            saved = self._service.save_unit(self._actor, self._unit.id, self._unit.version, self.edit(),
                                            warranty_confirmed=self._confirmed)
        except ValidationError as exc:
            if exc.code == "warranty_change_unconfirmed":
                # Show old and new before anything is stored; the next Save confirms what is shown.
                self.preview()
                self._confirmed = True
                self._set_save_text()
            self.ui.message_label.setText(intake_messages.describe(exc))
            save.setEnabled(True)
            return
        except DomainError as exc:
            self.ui.message_label.setText(intake_messages.describe(exc))
            save.setEnabled(True)
            return
        self.unit_saved.emit(saved)
        self.accept()
