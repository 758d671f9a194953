"""ClaimListView: start a claim from a ticket number or a unit serial, and the paged, filtered list of claims."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QWidget

from desktop.errors import DomainError
from desktop.rules.adjudication import REMEDIES
from desktop.rules.numbering import looks_like_number
from desktop.services.claims.claim_service import ClaimService
from desktop.services.core.actor import Actor
from desktop.services.core.permissions import allowed
from desktop.views.claims.claim_table_model import ClaimTableModel
from desktop.views.claims.claim_texts import status_names, value_names
from desktop.views.messages import error_message
from desktop.views.ui.ui_claim_list_view import Ui_ClaimListView
from desktop.views.widgets.empty_state import show_when_empty
from desktop.views.widgets.table_columns import fit_columns


class ClaimListView(QWidget):
    claim_selected = Signal(int)
    claim_started = Signal(int)
    policy_requested = Signal()

    def __init__(self, service: ClaimService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ClaimListView()
        self.ui.setupUi(self)
        self._service = service
        self._actor = actor
        self.model = ClaimTableModel(service, actor, self)
        self.ui.claims_table.setModel(self.model)
        fit_columns(self.ui.claims_table, stretch=4)
        show_when_empty(self.ui.claims_table, lambda: self.tr(
            "No return or exchange claims here. Type the ticket number or serial number above, choose what the "
            "customer asks for and Create claim."))
        self.ui.status_combo.addItem(self.tr("All states"), None)
        for code, name in status_names().items():
            self.ui.status_combo.addItem(name, code)
        values = value_names()
        # No default remedy: the clerk records what the customer actually asks for.
        self.ui.remedy_combo.addItem(self.tr("(choose)"), None)
        for code in REMEDIES:
            self.ui.remedy_combo.addItem(values[code], code)
        self.ui.policy_button.setVisible(allowed(actor, "policy.manage"))
        self.ui.start_button.setEnabled(allowed(actor, "claim.create"))
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.start_button.clicked.connect(self._on_start_button_clicked)
        self.ui.refresh_button.clicked.connect(self.reload)
        self.ui.status_combo.currentIndexChanged.connect(self.reload)
        self.ui.search_edit.returnPressed.connect(self.reload)
        self.ui.claims_table.clicked.connect(self._on_claims_table_clicked)
        self.ui.policy_button.clicked.connect(self.policy_requested)
        # An empty message line would take a table row's height from the list above the adjudication panel (at
        # 150 % the list showed two claims).
        self.ui.message_label.setVisible(False)

    def _say(self, text: str) -> None:
        self.ui.message_label.setText(text)
        self.ui.message_label.setVisible(bool(text))

    def reload(self) -> None:
        try:
            self.model.set_filter(self.ui.status_combo.currentData(), self.ui.search_edit.text())
        except DomainError as exc:
            self._say(error_message(exc))
            return

    def _on_claims_table_clicked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.claim_selected.emit(row.id)

    def _on_start_button_clicked(self) -> None:
        source = self.ui.source_edit.text().strip()
        remedy = self.ui.remedy_combo.currentData()
        if not source:
            self._say(self.tr("Enter a ticket number or a unit serial."))
            return
        if remedy is None:
            self._say(self.tr("Choose what the customer asks for."))
            return
        try:
            if looks_like_number(source):
                claim = self._service.start_claim(self._actor, requested_remedy=remedy,
                                                  ticket_id=self._service.find_ticket(self._actor, source))
            else:
                claim = self._service.start_claim(self._actor, requested_remedy=remedy,
                                                  unit_id=self._service.find_unit(self._actor, source))
        except DomainError as exc:
            self._say(error_message(exc))
            return
        self._say(self.tr("Claim {number} started.").format(number=claim.number))
        self.ui.source_edit.clear()
        self.reload()
        self.claim_started.emit(claim.id)
