"""The callback queue: overdue / due today / upcoming, filters, indicators; opens the call card."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QWidget

from desktop.services.core.actor import Actor
from desktop.services.core.permissions import allowed
from desktop.views import shortcuts
from desktop.views.callbacks.ad_hoc_callback_dialog import AdHocCallbackDialog
from desktop.views.callbacks.call_card_dialog import CallCardDialog
from desktop.views.callbacks.callback_table_model import CallbackTableModel
from desktop.views.callbacks.labels import kind_names
from desktop.views.callbacks.line_words_dialog import LineWordsDialog
from desktop.views.messages import error_message
from desktop.views.ui.ui_callback_queue_view import Ui_CallbackQueueView
from desktop.views.widgets.empty_state import show_when_empty
from desktop.views.widgets.table_columns import fit_columns

if TYPE_CHECKING:
    from desktop.services.callbacks.callback_service import CallbackService
    from desktop.services.callbacks.care_service import CareService
    from desktop.services.callbacks.script_service import ScriptService
    from desktop.services.printing.report_print_service import ReportPrintService
    from desktop.services.tickets.customer_service import CustomerService
    from desktop.views.background import BackgroundRunner


def _percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.0f}%"


class CallbackQueueView(QWidget):
    counts_changed = Signal(int)
    # A finished call may have created a complaint or reopened a ticket: other areas refresh.
    call_finished = Signal(int)

    def __init__(self, service: CallbackService, actor: Actor, parent: QWidget | None = None,
                 open_card: Callable[[int], CallCardDialog] | None = None, *,
                 printing: ReportPrintService | None = None,
                 runner: BackgroundRunner | None = None, care: CareService | None = None,
                 scripts: ScriptService | None = None, customers: CustomerService | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CallbackQueueView()
        self.ui.setupUi(self)
        self._service = service
        self._actor = actor
        self._care = care
        self._scripts = scripts
        self._customers = customers
        self._open_card = open_card or (lambda callback_id: CallCardDialog(
            service, actor, callback_id, self, printing=printing, runner=runner, care=care))
        self.card: CallCardDialog | None = None
        self.dialog: QDialog | None = None
        self.model = CallbackTableModel(service, actor, self)
        self.ui.queue_table.setModel(self.model)
        fit_columns(self.ui.queue_table, stretch=2)
        show_when_empty(self.ui.queue_table, lambda: self.tr(
            "No callbacks in this list. A callback is due on the day a service is completed; change Show, Type "
            "or Clerk above to see the others."))
        self._fill_filters()
        can_work = actor.role in ("clerk", "dispatcher", "supervisor")
        self.ui.schedule_button.setEnabled(can_work)
        self.ui.assign_me_button.setEnabled(can_work)
        self.ui.assign_to_button.setEnabled(can_work)
        self.ui.new_callback_button.setVisible(customers is not None)
        self.ui.new_callback_button.setEnabled(can_work)
        # The supervisor words each product line, sets the grades and the consumable intervals.
        self.ui.words_button.setVisible(scripts is not None and care is not None and allowed(actor, "script.manage"))
        shortcuts.install(self, "callbacks")
        self._connect_signals()
        self.refresh()

    def _fill_filters(self) -> None:
        for code, text in (("all", self.tr("All pending")), ("overdue", self.tr("Overdue")),
                           ("today", self.tr("Due today")), ("upcoming", self.tr("Upcoming"))):
            self.ui.bucket_combo.addItem(text, code)
        self.ui.kind_combo.addItem(self.tr("All types"), None)
        for code, text in kind_names().items():
            self.ui.kind_combo.addItem(text, code)
        self.ui.clerk_combo.addItem(self.tr("Everyone"), None)
        # The supervisor divides the queue among the clerks: "Give to" lists them, and "Everyone" puts a task back.
        menu = QMenu(self.ui.assign_to_button)
        try:
            for user_id, name in self._service.clerks(self._actor):
                self.ui.clerk_combo.addItem(name, user_id)
                menu.addAction(name).setData(user_id)
        except Exception as exc:  # the queue still works without the clerk list
            self.ui.indicator_label.setText(error_message(exc))
        menu.addSeparator()
        menu.addAction(self.tr("Everyone (nobody in particular)")).setData(None)
        menu.triggered.connect(self._on_assign_menu_triggered)
        self.ui.assign_to_button.setMenu(menu)

    def _connect_signals(self) -> None:
        self.ui.bucket_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.ui.kind_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.ui.clerk_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.ui.refresh_button.clicked.connect(self.refresh)
        self.ui.open_button.clicked.connect(self._on_open_button_clicked)
        self.ui.queue_table.doubleClicked.connect(self._on_open_button_clicked)
        self.ui.schedule_button.clicked.connect(self._on_schedule_button_clicked)
        self.ui.assign_me_button.clicked.connect(self._on_assign_me_button_clicked)
        self.ui.new_callback_button.clicked.connect(self._on_new_callback_button_clicked)
        self.ui.words_button.clicked.connect(self._on_words_button_clicked)

    def refresh(self) -> None:
        try:
            self.model.set_filters(bucket=self.ui.bucket_combo.currentData(), kind=self.ui.kind_combo.currentData(),
                                   clerk_id=self.ui.clerk_combo.currentData())
            figures = self._service.indicators(self._actor)
        except Exception as exc:
            self.ui.indicator_label.setText(error_message(exc))
            return
        counts = self.model.counts
        self.ui.counts_label.setText(self.tr("Overdue: {overdue}   Due today: {today}   Upcoming: {upcoming}").format(
            overdue=counts.overdue, today=counts.today, upcoming=counts.upcoming))
        self.ui.indicator_label.setText(self.tr(
            "Last 30 days — done on time: {on_time}   satisfied: {satisfied} ({pleased} of {rated}: very "
            "satisfied + satisfied)   unreachable: {unreachable}"
        ).format(on_time=_percent(figures.on_time_rate), satisfied=_percent(figures.satisfaction_rate),
                 pleased=figures.pleased, rated=figures.rated, unreachable=_percent(figures.unreachable_rate)))
        self.counts_changed.emit(counts.due_now)

    def selected_id(self) -> int | None:
        rows = self.ui.queue_table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        return row.id if row else None

    def _on_filter_changed(self, _index: int) -> None:
        self.refresh()

    def _on_open_button_clicked(self, *_args: object) -> None:
        callback_id = self.selected_id()
        if callback_id is None:
            return
        self.card = self._open_card(callback_id)
        self.card.call_saved.connect(self._on_card_call_saved)
        self.card.open()

    def _on_card_call_saved(self, callback_id: int) -> None:
        self.refresh()
        self.call_finished.emit(callback_id)

    def _on_schedule_button_clicked(self) -> None:
        try:
            created = self._service.schedule_key_accounts(self._actor)
            reminders = self._care.schedule_reminders(self._actor) if self._care is not None else 0
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Callbacks"), error_message(exc))
            return
        self.refresh()
        message = self.tr("{count} key-account task(s) and {reminders} care reminder(s) created.").format(
            count=created, reminders=reminders)
        self.ui.indicator_label.setText(f"{self.ui.indicator_label.text()}\n{message}")

    def _on_new_callback_button_clicked(self) -> None:
        dialog = AdHocCallbackDialog(self._service, self._customers, self._actor, self)
        dialog.callback_created.connect(lambda _id: self.refresh())
        self.dialog = dialog
        dialog.open()

    def _on_words_button_clicked(self) -> None:
        self.dialog = LineWordsDialog(self._scripts, self._care, self._actor, self)
        self.dialog.open()

    def _on_assign_me_button_clicked(self) -> None:
        self.assign_selected(self._actor.user_id)

    def _on_assign_menu_triggered(self, action: QAction) -> None:
        self.assign_selected(action.data())

    def assign_selected(self, user_id: int | None) -> None:
        """Give the selected task to `user_id` (None: back to everyone); the list shows who has it."""
        row = None
        rows = self.ui.queue_table.selectionModel().selectedRows()
        if rows:
            row = self.model.row_at(rows[0].row())
        if row is None:
            QMessageBox.information(self, self.tr("Callbacks"), self.tr("Select a task in the list first."))
            return
        try:
            self._service.assign(self._actor, row.id, row.version, user_id)
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Callbacks"), error_message(exc))
        self.refresh()
