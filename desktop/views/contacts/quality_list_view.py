"""The quality feedback list (质量问题反馈单): every form the branch raised, open ones first by default; a form is
raised from a ticket, a visit, a return claim or a complaint, where the clerk sees the problem."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop.services.core.actor import Actor
from desktop.views import shortcuts
from desktop.views.contacts.contact_texts import describe, line_name
from desktop.views.contacts.quality_table_model import QualityTableModel
from desktop.views.ui.ui_quality_list_view import Ui_QualityListView
from desktop.views.widgets.empty_state import show_when_empty
from desktop.views.widgets.table_columns import fit_columns

if TYPE_CHECKING:
    from desktop.services.contacts.quality_feedback_service import QualityFeedbackService

SEARCH_DELAY_MS = 300


class QualityListView(QWidget):
    feedback_activated = Signal(int)
    counts_changed = Signal(int)  # raised but not yet sent to HQ, for the navigation badge

    def __init__(self, service: QualityFeedbackService, actor: Actor, product_lines: list[Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_QualityListView()
        self.ui.setupUi(self)
        self._service = service
        self._actor = actor
        self.unsent = 0
        self.model = QualityTableModel(service, actor, self)
        self.ui.quality_table.setModel(self.model)
        fit_columns(self.ui.quality_table, stretch=7)
        show_when_empty(self.ui.quality_table, lambda: self.tr(
            "No quality feedback forms in this list. A form is raised with Quality problem... on a ticket, a "
            "visit, a return claim or a complaint; choose All above to see the closed ones."))
        for code, text in (("open", self.tr("Not closed")), ("raised", self.tr("Not yet sent to HQ")),
                           ("sent", self.tr("Waiting for HQ's answer")), ("answered", self.tr("Answered by HQ")),
                           ("closed", self.tr("Closed")), ("all", self.tr("All"))):
            self.ui.status_combo.addItem(text, code)
        self.ui.product_line_combo.addItem(self.tr("All products"), None)
        for line in product_lines or ():
            self.ui.product_line_combo.addItem(line_name(line.name_zh, line.name_en), line.id)
        self.ui.hint_label.setText(self.tr(
            "A form is raised where the problem is seen: a ticket, a visit on the dispatch board, a return claim "
            "or a complaint (button \"Quality problem...\"). Major, batch or recurring problems go "
            "to HQ, whose technical department answers with corrective and preventive actions."))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        shortcuts.install(self, "quality")
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self.ui.status_combo.currentIndexChanged.connect(self.refresh)
        self.ui.product_line_combo.currentIndexChanged.connect(self.refresh)
        self.ui.search_edit.textEdited.connect(lambda _text: self._search_timer.start())
        self._search_timer.timeout.connect(self.refresh)
        self.ui.refresh_button.clicked.connect(self.refresh)
        self.ui.open_button.clicked.connect(self._on_open_button_clicked)
        self.ui.quality_table.doubleClicked.connect(self._on_open_button_clicked)

    def refresh(self, *_args: object) -> None:
        try:
            self.model.set_filter(self.ui.status_combo.currentData(), self.ui.search_edit.text(),
                                  self.ui.product_line_combo.currentData())
            unsent = self._service.list_page(self._actor, status="raised", limit=1).total
            waiting = self._service.list_page(self._actor, status="sent", limit=1).total
        except Exception as exc:
            self.ui.indicator_label.setText(describe(exc))
            return
        self.ui.indicator_label.setText(self.tr(
            "Not yet sent to HQ: {unsent}   Waiting for HQ's answer: {waiting}   Shown: {shown}").format(
            unsent=unsent, waiting=waiting, shown=self.model.total))
        self.unsent = unsent
        self.counts_changed.emit(unsent)

    def selected_id(self) -> int | None:
        rows = self.ui.quality_table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        return row.id if row is not None else None

    def _on_open_button_clicked(self, *_args: object) -> None:
        feedback_id = self.selected_id()
        if feedback_id is not None:
            self.feedback_activated.emit(feedback_id)
