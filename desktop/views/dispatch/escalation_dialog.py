"""EscalationDialog (服务事件升级): analysis of what the engineer brought back and the new plan."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from desktop.errors import DomainError
from desktop.services.core.actor import Actor
from desktop.services.dispatch.visit_service import VisitService
from desktop.views import window_state
from desktop.views.messages import error_message
from desktop.views.ui.ui_escalation_dialog import Ui_EscalationDialog


class EscalationDialog(QDialog):
    escalated = Signal(int)

    def __init__(self, service: VisitService, actor: Actor, ticket_id: int, ticket_number: str, ticket_version: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EscalationDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self.setObjectName("escalation_dialog")
        self._service, self._actor = service, actor
        self._ticket_id, self._version = ticket_id, ticket_version
        self.ui.ticket_label.setText(self.tr("Ticket {number} was not resolved on site.").format(number=ticket_number))
        for code, text in (("another_engineer", self.tr("Send another engineer")),
                           ("order_parts", self.tr("Order parts, then revisit")),
                           ("hq_support", self.tr("Ask HQ technical support")),
                           ("same_engineer", self.tr("Same engineer again"))):
            self.ui.plan_combo.addItem(text, code)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)

    def _on_button_box_accepted(self) -> None:
        try:
            self._service.escalate(self._actor, self._ticket_id, self.ui.analysis_edit.toPlainText(),
                                   str(self.ui.plan_combo.currentData()), self.ui.plan_note_edit.text(),
                                   expected_version=self._version)
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
            return
        self.escalated.emit(self._ticket_id)
        self.accept()
