"""The ticket list: search box, filter bar and the lazily paged table; double-click opens the ticket detail."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop.errors import DomainError
from desktop.i18n import catalogue_name
from desktop.services.core.actor import Actor
from desktop.services.tickets.ticket_service import FilterChoices, TicketFilter, TicketService
from desktop.views import shortcuts
from desktop.views.background import BackgroundRunner
from desktop.views.branch_dates import today_qdate
from desktop.views.intake import intake_messages
from desktop.views.intake.tasks import run_task
from desktop.views.tickets.ticket_table_model import COLUMN_KEYS, CUSTOMER_WIDTH, PRODUCT_WIDTH, TicketTableModel
from desktop.views.tickets.ticket_text import status_names
from desktop.views.ui.ui_ticket_list_view import Ui_TicketListView
from desktop.views.widgets.empty_state import show_when_empty
from desktop.views.widgets.table_columns import fit_columns

SEARCH_DELAY_MS = 300
OPEN = "__open__"


class TicketListView(QWidget):
    ticket_activated = Signal(int)

    def __init__(self, service: TicketService, runner: BackgroundRunner, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intake_messages.register()
        self.ui = Ui_TicketListView()
        self.ui.setupUi(self)
        self._service = service
        self._runner = runner
        self._actor = actor
        self.model = TicketTableModel(service, actor, self)
        self.ui.table_view.setModel(self.model)
        self.ui.table_view.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.ui.table_view.verticalHeader().setDefaultSectionSize(24)
        # Widths from the first page's rows (never the whole list); the fault text takes what is left. A company's
        # name and the longest product names are elided (the whole text is the tooltip): at 1366 px the English
        # list scrolled sideways for them.
        fit_columns(self.ui.table_view, stretch=COLUMN_KEYS.index("fault"),
                    caps={COLUMN_KEYS.index("customer"): CUSTOMER_WIDTH,
                          COLUMN_KEYS.index("product_line"): PRODUCT_WIDTH})
        show_when_empty(self.ui.table_view, self._empty_text)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._fill_choices(None)
        today = today_qdate()
        self.ui.from_date_edit.setDate(today.addDays(-30))
        self.ui.to_date_edit.setDate(today)
        shortcuts.install(self, "tickets")
        self._connect_signals()
        run_task(runner, service.filter_choices, actor, on_success=self._fill_choices)
        self.refresh()

    def _fill_choices(self, choices: FilterChoices | None) -> None:
        self.ui.status_combo.blockSignals(True)
        if self.ui.status_combo.count() == 0:
            self.ui.status_combo.addItem(self.tr("All"), None)
            self.ui.status_combo.addItem(self.tr("Open tickets"), OPEN)
            for code, text in status_names().items():
                self.ui.status_combo.addItem(text, code)
        self.ui.status_combo.blockSignals(False)
        lines = [(line_id, catalogue_name(zh, en)) for line_id, zh, en in choices.product_lines] if choices else []
        for combo, items in ((self.ui.product_line_combo, lines),
                             (self.ui.engineer_combo, list(choices.engineers) if choices else [])):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for item_id, name in items:
                combo.addItem(name, item_id)
            combo.blockSignals(False)

    def _connect_signals(self) -> None:
        self.ui.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self._search_timer.timeout.connect(self.refresh)
        self.ui.refresh_button.clicked.connect(self.refresh)
        for combo in (self.ui.status_combo, self.ui.product_line_combo, self.ui.engineer_combo):
            combo.currentIndexChanged.connect(self.refresh)
        for check in (self.ui.date_check, self.ui.overdue_check):
            check.toggled.connect(self.refresh)
        self.ui.from_date_edit.dateChanged.connect(self._on_date_changed)
        self.ui.to_date_edit.dateChanged.connect(self._on_date_changed)
        self.ui.table_view.doubleClicked.connect(self._on_table_view_double_clicked)

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_date_changed(self, _date: QDate) -> None:
        if self.ui.date_check.isChecked():
            self.refresh()

    def current_filter(self) -> TicketFilter:
        status = self.ui.status_combo.currentData()
        dated = self.ui.date_check.isChecked()
        return TicketFilter(
            statuses=(status,) if status and status != OPEN else (),
            open_only=status == OPEN,
            opened_from=_date(self.ui.from_date_edit.date()) if dated else None,
            opened_to=_date(self.ui.to_date_edit.date()) if dated else None,
            engineer_id=self.ui.engineer_combo.currentData(),
            product_line_id=self.ui.product_line_combo.currentData(),
            overdue_only=self.ui.overdue_check.isChecked(),
            search=self.ui.search_edit.text().strip(),
        )

    def refresh(self) -> None:
        try:
            self.model.set_filter(self.current_filter())
        except DomainError as exc:
            self.ui.count_label.setText(intake_messages.describe(exc))
            return
        self.ui.count_label.setText(self.tr("{count} tickets").format(count=f"{self.model.total:,}"))

    def _empty_text(self) -> str:
        search = self.ui.search_edit.text().strip()
        narrowed = (search or self.ui.status_combo.currentIndex() > 0 or self.ui.date_check.isChecked()
                    or self.ui.overdue_check.isChecked() or self.ui.engineer_combo.currentIndex() > 0
                    or self.ui.product_line_combo.currentIndex() > 0)
        if narrowed:
            return self.tr("No ticket matches the search and filters above. Clear the search box or set the "
                           "filters back to All to see every ticket.")
        return self.tr("No tickets yet. A ticket is opened in Intake when a customer calls with a fault.")

    def _on_table_view_double_clicked(self, index: QModelIndex) -> None:
        ticket_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if ticket_id is not None:
            self.ticket_activated.emit(int(ticket_id))


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
