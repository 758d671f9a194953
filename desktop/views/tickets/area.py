"""The ticket list, the ticket detail dialog, the clock watch in the status bar and the counter's scan box."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QToolBar

from desktop.views.area_context import AreaContext
from desktop.views.tickets.clock_alerts import ClockAlerts
from desktop.views.tickets.clock_watch_widget import ClockWatchWidget
from desktop.views.tickets.scan_box import ScanBox

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.views.tickets.ticket_list_view import TicketListView


def install(ctx: AreaContext) -> None:
    services, window = ctx.services, ctx.window

    def build() -> TicketListView:
        from desktop.views.tickets.ticket_list_view import TicketListView

        tickets = TicketListView(services.tickets, ctx.runner, ctx.actor)
        tickets.ticket_activated.connect(ctx.open_ticket)
        window.change_watcher.changed.connect(lambda tables: tickets.refresh() if "ticket" in tables else None)
        return tickets

    window.add_area("tickets", lambda: ctx.app.translate("App", "Tickets"), build)
    # In the status bar from the start; its first query (and its minute timer) once the window has been drawn.
    clock_watch = ClockWatchWidget(services.tickets, ctx.runner, ctx.actor, window, start=False)
    window.add_status_widget(clock_watch)
    # A clock about to be breached, or breached, is announced (tray, a notice at the top, the Tickets count).
    alerts = ClockAlerts(window, ctx.open_record, lambda count: window.set_area_badge("tickets", count))
    window.clock_alerts = alerts
    # Its own row under the counter tools, there only while it has something to say.
    bar = QToolBar(window)
    bar.setObjectName("alerts_bar")
    bar.setMovable(False)
    bar.addWidget(alerts.notice)
    window.addToolBarBreak()
    window.addToolBar(bar)
    alerts.show_notice = bar.setVisible
    alerts.show_notice(False)
    clock_watch.watched.connect(alerts.on_watch)
    clock_watch.record_requested.connect(ctx.open_record)
    window.after_first_paint(clock_watch.start)

    def ticket_changed() -> None:
        tickets = window.area_widget("tickets")
        if tickets is not None:
            tickets.refresh()  # type: ignore[attr-defined]
        clock_watch.refresh()

    def open_ticket(ticket_id: int) -> None:
        from desktop.views.tickets.ticket_detail_dialog import TicketDetailDialog

        dialog = TicketDetailDialog(services.tickets, ctx.runner, ctx.actor, ticket_id, window,
                                    printing=services.report_printing, open_signing_key=ctx.open_signing_key,
                                    raise_quality=lambda tid, parent: ctx.raise_quality_feedback("ticket", tid,
                                                                                                 parent))
        dialog.ticket_changed.connect(lambda _id: ticket_changed())
        dialog.show()

    def from_intake(intake: QWidget) -> None:
        intake.ticket_opened.connect(lambda _id: ticket_changed())  # type: ignore[attr-defined]

    ctx.ticket_openers.append(open_ticket)
    window.when_built("intake", from_intake)
    clock_watch.ticket_requested.connect(ctx.open_ticket)
    # The counter's scanner: a sheet's QR code (or a typed ticket number) opens the ticket from any area.
    scan_box = ScanBox(lambda: services.report_printing, ctx.runner, ctx.actor, window)
    window.add_tool_widget(scan_box)
    scan_box.ticket_requested.connect(ctx.open_ticket)
    scan_box.message_changed.connect(lambda text: window.statusBar().showMessage(text, 10_000))
