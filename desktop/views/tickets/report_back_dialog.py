"""ReportBackDialog (反馈, seed 002 §6.1.1): the department reports back to the service centre within the hour with
the responsible person, the emergency measures, the resources needed and how ready they are."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop.errors import DomainError
from desktop.services.core.actor import Actor
from desktop.services.tickets.ticket_service import ReportBack, TicketService
from desktop.views import window_state
from desktop.views.intake import intake_messages
from desktop.views.ui.ui_report_back_dialog import Ui_ReportBackDialog


class ReportBackDialog(QDialog):
    reported = Signal(int)

    def __init__(self, service: TicketService, actor: Actor, ticket_id: int, ticket_number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReportBackDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self.setObjectName("report_back_dialog")
        self._service, self._actor, self._ticket_id = service, actor, ticket_id
        self.ui.ticket_label.setText(self.tr("Ticket {number}: what the department is doing about it.").format(
            number=ticket_number))
        self.ui.responsible_edit.setText(actor.display_name)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)

    def report(self) -> ReportBack:
        return ReportBack(responsible=self.ui.responsible_edit.text(), measures=self.ui.measures_edit.toPlainText(),
                          resources=self.ui.resources_edit.toPlainText(), readiness=self.ui.readiness_edit.text())

    def _on_button_box_accepted(self) -> None:
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(False)
        try:
            self._service.record_report_back(self._actor, self._ticket_id, self.report())
        except DomainError as exc:
            # What was typed stays; only the message changes.
            self.ui.message_label.setText(intake_messages.describe(exc))
            widget = {"responsible": self.ui.responsible_edit, "measures": self.ui.measures_edit,
                      "resources": self.ui.resources_edit, "readiness": self.ui.readiness_edit}.get(exc.field or "")
            if widget is not None:
                widget.setFocus()
            save.setEnabled(True)
            return
        self.reported.emit(self._ticket_id)
        self.accept()
