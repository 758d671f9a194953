"""Alerts that are seen: a service clock minutes from its breach, or breached, is announced without a modal box —
a notice at the top of the window, a tray message where there is a tray, a count on Tickets — and clicking it
opens the ticket. A caller's promised reply and a complainant's call-back are watched the same way."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon, QToolBar
from sqlalchemy import select, update

from desktop.app import build_main_window, build_services
from desktop.clock import utc_now
from desktop.database import Database
from desktop.models import Complaint, Consultation, ServiceClock
from desktop.services.admin.auth_service import AuthService
from desktop.services.contacts.consultation_records import NewConsultation
from desktop.services.tickets.ticket_queries import ClockAlert, ClockWatch
from desktop.views.callbacks.complaint_dialog import ComplaintDialog
from desktop.views.contacts.consultation_dialog import ConsultationDialog
from desktop.views.tickets.clock_alerts import ClockAlerts
from desktop.views.tickets.ticket_detail_dialog import TicketDetailDialog
from tests.conftest import FAST_HASHER, actor_for
from tests.services.intake_factories import open_ticket, register


def _clock_due(db: Database, ticket_id: int, minutes: float) -> None:
    with db.write.begin() as session:
        session.execute(update(ServiceClock).where(ServiceClock.ticket_id == ticket_id,
                                                   ServiceClock.commitment == "first_contact")
                        .values(started_at=utc_now() - timedelta(minutes=10),
                                due_at=utc_now() + timedelta(minutes=minutes)))


@pytest.fixture
def window(qtbot, sqlite_db: Database) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    services = build_services(sqlite_db, auth=AuthService(sqlite_db, hasher=FAST_HASHER))
    win, runner = build_main_window(app, services, actor_for(sqlite_db, "clerk"), "en", "sqlite")
    qtbot.addWidget(win)
    win.show()
    win.runner = runner
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
        try:
            yield win
        finally:
            win.watcher._timer.stop()
            app.removeEventFilter(win.watcher)
            runner.wait_for_done(10_000)
            win.close()


def _watch_now(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from desktop.views.tickets.clock_watch_widget import ClockWatchWidget

    watch = window.findChild(ClockWatchWidget)
    # The start-up query may still be running: let it land, then ask again (what the minute timer does).
    qtbot.waitUntil(lambda: not watch._busy, timeout=10_000)
    with qtbot.waitSignal(watch.watched, timeout=10_000):
        watch.refresh()


def _nav_text(window, key: str) -> str:  # type: ignore[no-untyped-def]
    return window.ui.navigation_list.item(window.area_keys().index(key)).text()


def test_a_clock_near_its_breach_is_announced_and_opens_its_ticket(qtbot, sqlite_db, window) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    near = open_ticket(sqlite_db, clerk, register(sqlite_db, clerk))
    _clock_due(sqlite_db, near.id, 3)
    alerts: ClockAlerts = window.clock_alerts
    announced: list[ClockAlert] = []
    alerts.announced.connect(announced.append)
    _watch_now(qtbot, window)
    assert [a.number for a in announced] == [near.number] and not announced[0].overdue
    assert alerts.notice.isVisible() and near.number in alerts.notice.text()
    assert alerts.notice.isVisibleTo(window) and window.findChild(QToolBar, "alerts_bar").isVisible()
    assert "(1)" in _nav_text(window, "tickets")
    # Nothing new a minute later: no second announcement of the same clock.
    _watch_now(qtbot, window)
    assert len(announced) == 1
    # Breached now: announced again, as a breach.
    _clock_due(sqlite_db, near.id, -1)
    _watch_now(qtbot, window)
    assert len(announced) == 2 and announced[1].overdue and "breached" in alerts.notice.text()
    alerts.notice.click()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(TicketDetailDialog)))
    dialog = next(d for d in window.findChildren(TicketDetailDialog) if d.isVisible())
    assert dialog._ticket_id == near.id and not alerts.notice.isVisible()
    dialog.close()


def test_a_callers_reply_and_a_complainants_call_back_are_watched_too(qtbot, sqlite_db, window) -> None:  # type: ignore[no-untyped-def]
    services = build_services(sqlite_db)
    clerk = actor_for(sqlite_db, "clerk")
    question = services.consultations.open(clerk, NewConsultation(phone="13803729999", question="滤芯多久换一次？",
                                                                  caller_name="赵女士", topic="maintenance"))
    reg = register(sqlite_db, clerk, phone="13803720002", serial="LT2025000002")
    complaint = services.complaints.open(clerk, customer_id=reg.customer_id, source="phone", concerns="staff",
                                         description="师傅迟到两小时")
    with sqlite_db.write.begin() as session:
        session.execute(update(Consultation).where(Consultation.id == question.id)
                        .values(reply_due_at=utc_now() + timedelta(minutes=2)))
        session.execute(update(Complaint).where(Complaint.id == complaint.id)
                        .values(first_contact_due_at=utc_now() - timedelta(minutes=1)))
    alerts: ClockAlerts = window.clock_alerts
    announced: list[ClockAlert] = []
    alerts.announced.connect(announced.append)
    _watch_now(qtbot, window)
    # The breach first; the near reply is in the clock watch's list.
    assert announced[0].kind == "complaint" and announced[0].overdue
    with sqlite_db.read.begin() as session:
        number = session.scalar(select(Complaint.number).where(Complaint.id == complaint.id))
    assert number in alerts.notice.text()
    alerts.notice.click()
    qtbot.waitUntil(lambda: bool(window.findChildren(ComplaintDialog)))
    assert window.findChildren(ComplaintDialog)[0]._complaint_id == complaint.id
    # The reply promised to the caller is in the watch too, and opens the consultation.
    alerts.announce(next(a for a in _watch_alerts(window) if a.kind == "consultation"), 0)
    alerts.notice.click()
    qtbot.waitUntil(lambda: bool(window.findChildren(ConsultationDialog)))


def _watch_alerts(window) -> tuple[ClockAlert, ...]:  # type: ignore[no-untyped-def]
    from desktop.views.tickets.clock_watch_widget import ClockWatchWidget

    return window.findChild(ClockWatchWidget).watch.alerts


def test_where_there_is_a_tray_the_alert_is_a_tray_message_that_opens_the_record(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda self, title, text, *_a: shown.append((title, text)))
    window = QWidget()
    qtbot.addWidget(window)
    opened: list[tuple[str, int]] = []
    badges: list[int] = []
    alerts = ClockAlerts(window, lambda kind, record: opened.append((kind, record)), badges.append)
    assert alerts.tray is not None
    now = utc_now()
    alerts.on_watch(ClockWatch(2, (
        ClockAlert(7, "AY01-20261129-0007", "王建国", "on_site", now - timedelta(minutes=2), True, "ticket", 7),
        ClockAlert(8, "AY01-20261129-0008", "李秀英", "first_contact", now + timedelta(minutes=4), False, "ticket",
                   8)), now))
    assert badges == [2] and len(shown) == 1
    title, text = shown[0]
    assert title == "Service clock breached" and "AY01-20261129-0007" in text and "1 more" in text
    alerts.tray.messageClicked.emit()
    assert opened == [("ticket", 7)]


def test_a_clock_due_on_another_day_names_the_day(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A clock breached weeks ago said only "due 23:59", as if due tonight: another day's clock names its day."""
    from PySide6.QtWidgets import QWidget

    from desktop.clock import to_local

    window = QWidget()
    qtbot.addWidget(window)
    alerts = ClockAlerts(window, lambda kind, record: None, lambda count: None)
    old = utc_now() - timedelta(days=33)
    alerts.announce(ClockAlert(7, "AY01-20261027-0002", "谭冬霞", "on_site", old, True, "ticket", 7), 0)
    assert f"due {to_local(old):%m-%d %H:%M}" in alerts.notice.text()
    soon = utc_now() + timedelta(minutes=4)
    if to_local(soon).date() == to_local(utc_now()).date():  # not in the last minutes before midnight
        alerts.announce(ClockAlert(8, "AY01-20261129-0008", "李秀英", "on_site", soon, False, "ticket", 8), 0)
        assert f"due {to_local(soon):%H:%M}" in alerts.notice.text()
        assert f"{to_local(soon):%m-%d}" not in alerts.notice.text()
