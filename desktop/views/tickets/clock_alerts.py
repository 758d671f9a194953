"""ClockAlerts: a service clock a few minutes from its breach, or breached, is announced where the clerk will see
it without being stopped: a tray message (where the desktop has a tray), a notice in the window that opens the
record when clicked, and a count on the navigation. Each clock is announced once when it falls due and once more
when it is breached; the status bar's clock watch still lists every one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QPushButton, QSystemTrayIcon, QWidget

from desktop.clock import local_today, to_local
from desktop.services.tickets.ticket_queries import ClockAlert, ClockWatch
from desktop.views.tickets.ticket_text import commitment_names

# The notice in the window stays this long after the last announcement (the clock watch keeps the full list).
NOTICE_MS = 120_000


def alert_key(alert: ClockAlert) -> tuple[str, int, str, object, bool]:
    return alert.kind, alert.record_id or alert.ticket_id, alert.commitment, alert.due_at, alert.overdue


def due_text(due_at: datetime) -> str:
    """The time alone for a clock due today; with its day otherwise (a clock breached a month ago said only
    "due 23:59", as if it were tonight)."""
    local = to_local(due_at)
    return f"{local:%H:%M}" if local.date() == local_today() else f"{local:%m-%d %H:%M}"


class ClockAlerts(QObject):
    """Fed each minute by the clock watch; `open_record(kind, id)` opens a ticket, consultation or complaint."""

    announced = Signal(object)  # the ClockAlert last announced

    def __init__(self, window: QWidget, open_record: Callable[[str, int], None],
                 set_badge: Callable[[int], None], parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self._window = window
        self._open_record = open_record
        self._set_badge = set_badge
        self._seen: set[tuple[str, int, str, object, bool]] = set()
        self.last: ClockAlert | None = None
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = QApplication.windowIcon() if isinstance(QApplication.instance(), QApplication) else QIcon()
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(self.tr("Branch Service Desk"))
            self.tray.messageClicked.connect(self.open_last)
            self.tray.show()
        # A notice in the window itself: a tray may be hidden or absent, the window is what the clerk looks at.
        self.notice = QPushButton(window)
        self.notice.setObjectName("clock_notice")
        self.notice.setFlat(True)
        self.notice.setStyleSheet("color: #b3261e; font-weight: bold; text-align: left;")
        self.notice.clicked.connect(self.open_last)
        # Where the notice sits decides how it is shown (the window puts it on a bar of its own, shown with it).
        self.show_notice: Callable[[bool], None] = self.notice.setVisible
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.setInterval(NOTICE_MS)
        self._hide_timer.timeout.connect(lambda: self.show_notice(False))

    def on_watch(self, watch: ClockWatch) -> None:
        self._set_badge(sum(1 for a in watch.alerts if a.kind == "ticket"))
        fresh = [a for a in watch.alerts if alert_key(a) not in self._seen]
        self._seen = {alert_key(a) for a in watch.alerts}
        if not fresh:
            return
        # The most urgent first: a breach before a clock that is only near.
        fresh.sort(key=lambda a: (not a.overdue, a.due_at))
        self.announce(fresh[0], len(fresh) - 1)

    def announce(self, alert: ClockAlert, others: int) -> None:
        self.last = alert
        title = self.tr("Service clock breached") if alert.overdue else self.tr("Service clock due in minutes")
        what = commitment_names().get(alert.commitment) or self.tr("Service clock")
        text = self.tr("{number} {customer}: {what}, due {time}").format(
            number=alert.number, customer=alert.customer_name, what=what, time=due_text(alert.due_at))
        if others:
            text += " " + self.tr("(and {count} more)").format(count=others)
        if self.tray is not None:
            self.tray.showMessage(title, text + "\n" + self.tr("Click to open."),
                                  QSystemTrayIcon.MessageIcon.Warning, 15_000)
        self.notice.setText(f"⚠ {title}: {text}")
        self.notice.setToolTip(self.tr("Click to open {number}.").format(number=alert.number))
        self.show_notice(True)
        self._hide_timer.start()
        self.announced.emit(alert)

    def open_last(self) -> None:
        alert = self.last
        if alert is None:
            return
        self.show_notice(False)
        self._open_record(alert.kind, alert.ticket_id if alert.kind == "ticket" else alert.record_id)
