"""Consultations (咨询): open ones by the reply time promised, closed and all by date; search in SQL."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop.services.core.actor import Actor
from desktop.views import shortcuts
from desktop.views.contacts.consultation_table_model import ConsultationTableModel
from desktop.views.contacts.contact_texts import describe
from desktop.views.ui.ui_consultation_list_view import Ui_ConsultationListView
from desktop.views.widgets.empty_state import show_when_empty
from desktop.views.widgets.table_columns import fit_columns

if TYPE_CHECKING:
    from desktop.services.contacts.consultation_service import ConsultationService

SEARCH_DELAY_MS = 300


class ConsultationListView(QWidget):
    counts_changed = Signal(int)  # overdue promises, for the navigation badge
    consultation_activated = Signal(int)
    new_requested = Signal()

    def __init__(self, service: ConsultationService, actor: Actor, parent: QWidget | None = None,
                 can_work: bool = True) -> None:
        super().__init__(parent)
        self.ui = Ui_ConsultationListView()
        self.ui.setupUi(self)
        self._service = service
        self._actor = actor
        self.overdue = 0
        self.model = ConsultationTableModel(service, actor, self)
        self.ui.consultation_table.setModel(self.model)
        fit_columns(self.ui.consultation_table, stretch=6)
        show_when_empty(self.ui.consultation_table, lambda: self.tr(
            "No consultations in this list. A caller's question that is not a fault is recorded with New "
            "consultation (or Question on the Intake screen); choose All above to see the closed ones."))
        for code, text in (("open", self.tr("Open")), ("awaiting", self.tr("Awaiting a reply")),
                           ("overdue", self.tr("Reply overdue")), ("closed", self.tr("Closed")),
                           ("all", self.tr("All"))):
            self.ui.status_combo.addItem(text, code)
        self.ui.new_button.setVisible(can_work)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        shortcuts.install(self, "consultations")
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self.ui.status_combo.currentIndexChanged.connect(self.refresh)
        self.ui.search_edit.textEdited.connect(lambda _text: self._search_timer.start())
        self._search_timer.timeout.connect(self.refresh)
        self.ui.refresh_button.clicked.connect(self.refresh)
        self.ui.new_button.clicked.connect(self.new_requested)
        self.ui.open_button.clicked.connect(self._on_open_button_clicked)
        self.ui.consultation_table.doubleClicked.connect(self._on_open_button_clicked)

    def refresh(self, *_args: object) -> None:
        try:
            self.model.set_filter(self.ui.status_combo.currentData(), self.ui.search_edit.text())
            awaiting = self._service.list_page(self._actor, status="awaiting", limit=1).total
            overdue = self._service.list_page(self._actor, status="overdue", limit=1).total
        except Exception as exc:
            self.ui.indicator_label.setText(describe(exc))
            return
        self.ui.indicator_label.setText(self.tr(
            "Awaiting a reply: {awaiting}   Reply overdue: {overdue}   Shown: {shown}").format(
            awaiting=awaiting, overdue=overdue, shown=self.model.total))
        self.overdue = overdue
        self.counts_changed.emit(overdue)

    def selected_id(self) -> int | None:
        rows = self.ui.consultation_table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        return row.id if row is not None else None

    def _on_open_button_clicked(self, *_args: object) -> None:
        consultation_id = self.selected_id()
        if consultation_id is not None:
            self.consultation_activated.emit(consultation_id)
