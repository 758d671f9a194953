"""Status-bar clock watch: tickets whose service clock is due within minutes or overdue, refreshed every minute
off the UI thread; a click lists them and picking one opens the ticket."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from desktop.clock import to_local
from desktop.services.core.actor import Actor
from desktop.services.tickets.ticket_queries import ClockAlert
from desktop.services.tickets.ticket_service import ClockWatch, TicketService
from desktop.views.background import BackgroundRunner
from desktop.views.intake.tasks import run_task
from desktop.views.look import alert_style
from desktop.views.tickets.ticket_text import commitment_names

REFRESH_MS = 60_000
MENU_LIMIT = 30


class ClockWatchWidget(QToolButton):
    ticket_requested = Signal(int)
    # A consultation's or a complaint's clock picked from the list: (kind, record id).
    record_requested = Signal(str, int)
    refreshed = Signal(int)
    watched = Signal(object)  # ClockWatch

    def __init__(self, service: TicketService, runner: BackgroundRunner, actor: Actor,
                 parent: QWidget | None = None, *, start: bool = True) -> None:
        """start=False: nothing is queried until start() (the main window calls it after its first paint)."""
        super().__init__(parent)
        self.setObjectName("clock_watch_widget")
        self._service = service
        self._runner = runner
        self._actor = actor
        self._busy = False
        self.watch: ClockWatch | None = None
        self.setAutoRaise(True)
        self.setText(self.tr("Clocks: ..."))
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._connect_signals()
        if start:
            self.start()

    def start(self) -> None:
        """The first query now, then one a minute."""
        self._timer.start()
        self.refresh()

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self.refresh)
        self.clicked.connect(self._on_clicked)

    def refresh(self) -> None:
        if self._busy:
            return  # the previous minute's query is still running
        self._busy = True
        run_task(self._runner, self._service.clock_watch, self._actor, on_success=self._on_watch,
                 on_failure=self._on_failed)

    def _on_watch(self, watch: ClockWatch) -> None:
        self._busy = False
        self.watch = watch
        overdue = sum(1 for a in watch.alerts if a.overdue)
        self.setText(self.tr("Clocks due: {count}").format(count=watch.count))
        self.setStyleSheet(alert_style(overdue > 0))
        self.setToolTip(self.tr("{count} service clocks are due within minutes or overdue; click to list them.")
                        .format(count=watch.count))
        self.refreshed.emit(watch.count)
        self.watched.emit(watch)

    def _on_failed(self, _exc: BaseException) -> None:
        self._busy = False
        self.setText(self.tr("Clocks: ?"))

    def build_menu(self) -> QMenu:
        menu = QMenu(self)
        names = commitment_names()
        alerts = self.watch.alerts if self.watch else ()
        for alert in alerts[:MENU_LIMIT]:
            state = self.tr("overdue") if alert.overdue else self.tr("due")
            text = self.tr("{number} {customer}: {commitment} {state} {time}").format(
                number=alert.number, customer=alert.customer_name,
                commitment=names.get(alert.commitment, alert.commitment), state=state,
                time=to_local(alert.due_at).strftime("%H:%M"))
            action = menu.addAction(text)
            action.triggered.connect(lambda _checked=False, a=alert: self.open_alert(a))
        if not alerts:
            menu.addAction(self.tr("No clock is due.")).setEnabled(False)
        return menu

    def open_alert(self, alert: ClockAlert) -> None:
        if alert.kind == "ticket":
            self.ticket_requested.emit(alert.ticket_id)
        else:
            self.record_requested.emit(alert.kind, alert.record_id)

    def _on_clicked(self) -> None:
        self.build_menu().popup(self.mapToGlobal(self.rect().bottomLeft()))
