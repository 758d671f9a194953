"""Complaints list: open / overdue / closed; a supervisor sees all, others their own (the service decides)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.clock import utc_now
from desktop.services.core.actor import Actor
from desktop.views import shortcuts
from desktop.views.callbacks.complaint_dialog import ComplaintDialog
from desktop.views.callbacks.complaint_table_model import ComplaintTableModel
from desktop.views.callbacks.new_complaint_dialog import NewComplaintDialog
from desktop.views.messages import error_message
from desktop.views.ui.ui_complaint_list_view import Ui_ComplaintListView
from desktop.views.widgets.empty_state import show_when_empty
from desktop.views.widgets.table_columns import fit_columns

if TYPE_CHECKING:
    from desktop.services.callbacks.complaint_service import ComplaintService


class ComplaintListView(QWidget):
    counts_changed = Signal(int)

    def __init__(self, service: ComplaintService, actor: Actor, parent: QWidget | None = None,
                 open_dialog: Callable[[int], ComplaintDialog] | None = None,
                 new_dialog: Callable[[QWidget], NewComplaintDialog] | None = None,
                 raise_quality: Callable[[int, QWidget], None] | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ComplaintListView()
        self.ui.setupUi(self)
        self._service = service
        self._actor = actor
        self._open_dialog = open_dialog or (lambda cid: ComplaintDialog(service, actor, cid, self,
                                                                        raise_quality=raise_quality))
        self.dialog: ComplaintDialog | None = None
        # Builds the New complaint form (it needs the customer search); without it there is no button.
        self._new_dialog = new_dialog
        self.new_dialog: NewComplaintDialog | None = None
        self.ui.new_button.setVisible(new_dialog is not None)
        self.model = ComplaintTableModel(service, actor, self)
        self.ui.complaint_table.setModel(self.model)
        fit_columns(self.ui.complaint_table, stretch=3)
        show_when_empty(self.ui.complaint_table, lambda: self.tr(
            "No complaints in this list. Record a customer's complaint with New complaint; choose All above to "
            "see the closed ones too."))
        for code, text in (("open", self.tr("Open")), ("overdue", self.tr("Overdue")),
                           ("closed", self.tr("Closed")), ("all", self.tr("All"))):
            self.ui.status_combo.addItem(text, code)
        shortcuts.install(self, "complaints")
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self.ui.status_combo.currentIndexChanged.connect(self._on_status_combo_changed)
        self.ui.refresh_button.clicked.connect(self.refresh)
        self.ui.new_button.clicked.connect(self._on_new_button_clicked)
        self.ui.open_button.clicked.connect(self._on_open_button_clicked)
        self.ui.complaint_table.doubleClicked.connect(self._on_open_button_clicked)

    def refresh(self) -> None:
        try:
            self.model.set_status(self.ui.status_combo.currentData())
            now = utc_now()
            figures = self._service.indicators(self._actor, now - timedelta(days=30), now)
        except Exception as exc:
            self.ui.indicator_label.setText(error_message(exc))
            return
        self.ui.indicator_label.setText(self.tr(
            "Open: {open}   Overdue: {overdue}   Opened in the last 30 days: {opened}   Closed: {closed}").format(
            open=figures.open_now, overdue=figures.overdue_now, opened=figures.opened, closed=figures.closed))
        self.counts_changed.emit(figures.overdue_now)

    def _on_status_combo_changed(self, _index: int) -> None:
        self.refresh()

    def _on_open_button_clicked(self, *_args: object) -> None:
        rows = self.ui.complaint_table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        if row is None:
            return
        self.open_complaint(row.id)

    def open_complaint(self, complaint_id: int) -> None:
        """Also from a clock alert (the complainant's call-back is due)."""
        self.dialog = self._open_dialog(complaint_id)
        self.dialog.complaint_saved.connect(lambda _cid: self.refresh())
        self.dialog.open()

    def _on_new_button_clicked(self) -> None:
        if self._new_dialog is None:
            return
        self.new_dialog = self._new_dialog(self)
        self.new_dialog.complaint_opened.connect(lambda _cid: self.refresh())
        self.new_dialog.open()
