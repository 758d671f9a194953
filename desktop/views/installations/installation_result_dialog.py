"""InstallationResultDialog: the installation acceptance as the engineer brought it back (安装验收): times, the
unpacking check, the appearance as the customer saw it, the explanation of use and care, the customer's signature."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QWidget

from desktop.clock import to_local, utc_now
from desktop.errors import DomainError
from desktop.printing.signature import signature_to_json
from desktop.rules.visit_times import arrived_early, sheet_defaults
from desktop.services.core.actor import Actor
from desktop.services.installations.installation_records import AcceptanceRow, InstallationResult, InstallationVisit
from desktop.views import file_dialogs, shortcuts, window_state
from desktop.views.branch_dates import from_qdatetime, to_qdatetime
from desktop.views.installations import installation_text  # noqa: F401  (registers the error sentences)
from desktop.views.installations.installation_text import result_names
from desktop.views.messages import error_message
from desktop.views.ui.ui_installation_result_dialog import Ui_InstallationResultDialog
from desktop.views.widgets.signature_pad import SignaturePad

if TYPE_CHECKING:
    from desktop.services.installations.installation_service import InstallationService

CHECKS = ("packaging_intact", "parts_complete", "serial_matches", "drilling_agreed", "test_run_ok", "site_cleaned")


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class InstallationResultDialog(QDialog):
    result_saved = Signal(object)  # AcceptanceRow

    def __init__(self, service: InstallationService, actor: Actor, visit: InstallationVisit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_InstallationResultDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self.setObjectName("installation_result_dialog")
        self._service, self._actor, self._visit = service, actor, visit
        self._scan: bytes | None = None
        agreed = (self.tr("agreed {start}–{end}").format(start=f"{to_local(visit.agreed_start):%m-%d %H:%M}",
                                                         end=f"{to_local(visit.agreed_end):%H:%M}")
                  if visit.agreed_start and visit.agreed_end else self.tr("time not agreed with the customer"))
        self.ui.ticket_label.setText(self.tr("{number}, engineer {engineer}, {customer}, {unit}; {agreed}").format(
            number=visit.ticket_number, engineer=visit.engineer_name, customer=visit.customer_name,
            unit=visit.unit_text, agreed=agreed))
        arrived, end = sheet_defaults(visit.agreed_start or visit.planned_start,
                                      visit.agreed_end or visit.planned_end, utc_now())
        self.ui.arrived_edit.setDateTime(to_qdatetime(arrived))
        self.ui.departed_edit.setDateTime(to_qdatetime(end))
        local_end = to_local(end)
        self.ui.installed_on_edit.setDate(QDate(local_end.year, local_end.month, local_end.day))
        for code, text in result_names().items():
            self.ui.result_combo.addItem(text, code)
        self.checks: dict[str, QCheckBox] = {code: getattr(self.ui, f"{code}_check") for code in CHECKS}
        self.signature_pad = SignaturePad(self)
        self.ui.signature_layout.insertWidget(0, self.signature_pad)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setObjectName("save_button")
        shortcuts.install(self, "installation_result")
        self._connect_signals()
        self._update_fields()

    def _connect_signals(self) -> None:
        self.ui.arrived_edit.dateTimeChanged.connect(self._update_fields)
        self.ui.departed_edit.dateTimeChanged.connect(self._on_departed_changed)
        self.ui.result_combo.currentIndexChanged.connect(self._update_fields)
        self.ui.appearance_defect_check.toggled.connect(self._update_fields)
        self.ui.attach_scan_button.clicked.connect(self._on_attach_scan_button_clicked)
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)

    def installed(self) -> bool:
        return self.ui.result_combo.currentData() == "installed"

    def arrived_early(self) -> bool:
        return arrived_early(from_qdatetime(self.ui.arrived_edit.dateTime()), self._visit.agreed_start)

    def _update_fields(self, *_: object) -> None:
        self.ui.form_layout.setRowVisible(self.ui.early_reason_edit, self.arrived_early())
        self.ui.form_layout.setRowVisible(self.ui.installed_on_edit, self.installed())
        self.ui.appearance_note_edit.setEnabled(self.ui.appearance_defect_check.isChecked())

    def _on_departed_changed(self, value: QDateTime) -> None:
        # The installation day follows the day the engineer finished, unless the clerk changes it.
        self.ui.installed_on_edit.setDate(value.date())

    def attach_scan(self, data: bytes, name: str) -> None:
        self._scan = data
        self.ui.scan_label.setText(self.tr("Scan attached: {name}").format(name=name))

    def _on_attach_scan_button_clicked(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Scanned signature"), self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.attach_scan(Path(path).read_bytes(), Path(path).name)

    def acceptance(self) -> InstallationResult:
        strokes = None
        if self._scan is None and not self.signature_pad.is_empty():
            strokes = signature_to_json(self.signature_pad.strokes())
        installed = self.installed()
        return InstallationResult(
            arrived_at=from_qdatetime(self.ui.arrived_edit.dateTime()),
            departed_at=from_qdatetime(self.ui.departed_edit.dateTime()),
            result=str(self.ui.result_combo.currentData()),
            installed_on=_date(self.ui.installed_on_edit.date()) if installed else None,
            checks={code: box.isChecked() for code, box in self.checks.items()},
            appearance_defect=self.ui.appearance_defect_check.isChecked(),
            appearance_note=self.ui.appearance_note_edit.text() if self.ui.appearance_defect_check.isChecked() else "",
            use_explained=self.ui.use_explained_check.isChecked(),
            work_note=self.ui.work_note_edit.toPlainText(),
            customer_comment=self.ui.comment_edit.text(),
            signature_strokes_json=strokes,
            signature_scan=self._scan,
            early_arrival_reason=self.ui.early_reason_edit.text() if self.arrived_early() else "",
        )

    def _on_button_box_accepted(self) -> None:
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(False)
        try:
            row: AcceptanceRow = self._service.record_result(self._actor, self._visit.visit_id, self.acceptance(),
                                                             version=self._visit.version)
        except DomainError as exc:
            # Everything typed, the signature included, stays in the dialog.
            self.ui.message_label.setText(error_message(exc))
            widget = {"early_arrival_reason": self.ui.early_reason_edit, "appearance_note":
                      self.ui.appearance_note_edit, "use_explained": self.ui.use_explained_check,
                      "work_note": self.ui.work_note_edit, "installed_on": self.ui.installed_on_edit,
                      "departed_at": self.ui.departed_edit, "arrived_at": self.ui.arrived_edit}.get(exc.field or "")
            if widget is not None:
                widget.setFocus()
            save.setEnabled(True)
            return
        self.result_saved.emit(row)
        self.accept()
