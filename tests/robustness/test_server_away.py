"""The branch server going away mid-session: a clear domain error (never a raw driver exception), the next call
after the restart works (pool_pre_ping), and the intake form keeps everything typed."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from desktop.database import Database, migrate, open_database
from desktop.demo.seed import seed_branch
from desktop.errors import DatabaseUnavailableError
from desktop.models import Customer, Ticket
from desktop.services.tickets.customer_service import CustomerService, NewAddress
from desktop.services.tickets.ticket_service import TicketService
from desktop.views.background import BackgroundRunner
from tests.conftest import FAST_HASHER, actor_for
from tests.pg_server import PostgresServer, start_postgres
from tests.services.intake_factories import open_ticket, register

pytestmark = pytest.mark.postgres


@dataclass
class AwayServer:
    server: PostgresServer
    database: Database

    def _ctl(self, *args: str) -> None:
        assert self.server.pg_ctl and self.server.data_dir
        subprocess.run([*self.server.run_as, self.server.pg_ctl, "-D", str(self.server.data_dir), *args],
                       check=True, capture_output=True, timeout=60)

    def stop(self) -> None:
        self._ctl("-m", "fast", "-w", "stop")

    def start(self) -> None:
        assert self.server.data_dir
        work = self.server.data_dir.parent
        port = make_url(self.server.base_url).port
        self._ctl("-l", str(work / "server.log"), "-w", "-t", "60", "-o",
                  f"-p {port} -k {work} -c listen_addresses=127.0.0.1 -c fsync=off", "start")


@pytest.fixture(scope="module")
def away() -> Iterator[AwayServer]:
    """A server of its own (the shared one must keep running for the other tests)."""
    server = start_postgres()
    if server is None or server.pg_ctl is None:
        pytest.skip("needs local PostgreSQL binaries to stop and restart a server")
    try:
        database = open_database(server.url(server.create_database("away")))
        migrate(database)
        seed_branch(database, demo=True, hasher=FAST_HASHER)
        yield AwayServer(server, database)
        database.dispose()
    finally:
        server.stop()


@pytest.fixture
def running(away: AwayServer) -> AwayServer:
    """Each test starts with the server up (a failed test must not leave the next one without a server)."""
    try:
        with away.database.read.begin() as session:
            session.execute(select(1))
    except Exception:
        away.start()
    return away


def _count(database: Database, model: type) -> int:
    with database.read.begin() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_stopped_server_gives_a_clear_error_and_the_next_call_after_restart_works(running: AwayServer) -> None:
    database = running.database
    clerk = actor_for(database, "clerk")
    reg = register(database, clerk)
    tickets, customers = TicketService(database), CustomerService(database)
    first = open_ticket(database, clerk, reg)  # the pool now holds live connections
    running.stop()
    try:
        with pytest.raises(DatabaseUnavailableError) as write:
            open_ticket(database, clerk, reg)
        assert write.value.code == "database_unreachable"
        with pytest.raises(DatabaseUnavailableError) as read:
            tickets.detail(clerk, first.id)
        assert read.value.code == "database_unreachable"
        with pytest.raises(DatabaseUnavailableError):
            customers.find_by_phone(clerk, "138037")
    finally:
        running.start()
    # The pooled connections died with the server; pre-ping replaces them, so the first call just works.
    assert tickets.detail(clerk, first.id).number == first.number
    again = open_ticket(database, clerk, reg)
    # The failed save took no number.
    assert int(again.number.rsplit("-", 1)[1]) == int(first.number.rsplit("-", 1)[1]) + 1


def _pick(combo, text: str) -> None:  # type: ignore[no-untyped-def]
    index = combo.findText(text, Qt.MatchFlag.MatchContains)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def test_intake_form_shows_the_message_and_keeps_what_was_typed_when_the_server_is_away(
        qtbot, running: AwayServer) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from desktop.i18n import install_translators
    from desktop.views.intake.intake_view import IntakeView

    database = running.database
    clerk = actor_for(database, "clerk")
    runner = BackgroundRunner()
    app = QApplication.instance()
    assert install_translators(app, "zh_CN")
    try:
        from desktop.services.admin.settings_service import SettingsService

        view = IntakeView(CustomerService(database), TicketService(database), runner, clerk,
                          region=SettingsService(database).region(clerk))
        qtbot.addWidget(view)
        qtbot.waitUntil(lambda: view.ui.product_line_combo.count() == 4, timeout=10_000)
        qtbot.keyClicks(view.ui.phone_edit, "13903729911")
        qtbot.waitUntil(lambda: view.ui.new_customer_group.isChecked(), timeout=10_000)
        view.ui.name_edit.setText("赵六")
        view.ui.address_edit.setText("解放路 9 号")
        _pick(view.ui.model_combo, "LT-18-1800")
        qtbot.keyClicks(view.ui.serial_edit, "AWAY-0001")
        view.ui.fault_text_edit.insertPlainText("停电后不加热")
        customers_before, tickets_before = _count(database, Customer), _count(database, Ticket)
        running.stop()
        try:
            qtbot.mouseClick(view.ui.open_ticket_button, Qt.MouseButton.LeftButton)
            expected = QCoreApplication.translate(
                "Errors", "The database cannot be reached or is busy. Nothing you typed is lost; please try again.")
            assert expected != "The database cannot be reached or is busy. Nothing you typed is lost; please try again."
            qtbot.waitUntil(lambda: view.ui.open_ticket_button.isEnabled()
                            and expected in view.ui.message_label.text(), timeout=20_000)
            # Everything typed is still there.
            assert view.ui.phone_edit.text() == "13903729911" and view.ui.name_edit.text() == "赵六"
            assert view.ui.address_edit.text() == "解放路 9 号" and view.ui.serial_edit.text() == "AWAY-0001"
            assert view.ui.fault_text_edit.toPlainText() == "停电后不加热" and view.has_unsaved_input()
        finally:
            running.start()
        assert (_count(database, Customer), _count(database, Ticket)) == (customers_before, tickets_before)
        # Retry once the server is back: the same form saves.
        with qtbot.waitSignal(view.ticket_opened, timeout=20_000):
            qtbot.mouseClick(view.ui.open_ticket_button, Qt.MouseButton.LeftButton)
        assert _count(database, Ticket) == tickets_before + 1
    finally:
        runner.wait_for_done(10_000)
        install_translators(app, "en")


def test_a_registered_customer_survives_a_failed_ticket_half(running: AwayServer) -> None:
    """Registration committed, then the server left: the customer is there once the server is back."""
    database = running.database
    clerk = actor_for(database, "clerk")
    customers = CustomerService(database)
    reg = customers.register(clerk, name="孙七", phone="13903728811", address=NewAddress("文峰区", "光明路 3 号"))
    running.stop()
    try:
        with pytest.raises(DatabaseUnavailableError):
            customers.detail(clerk, reg.customer_id)
    finally:
        running.start()
    assert customers.detail(clerk, reg.customer_id).name == "孙七"


def test_a_server_restarted_between_two_saves_is_invisible_to_the_clerk(running: AwayServer) -> None:
    """The overnight restart: the pooled connections are dead but nobody called in between; pre-ping replaces them
    so the first save of the morning just works (without it this save fails with database_unreachable)."""
    database = running.database
    clerk = actor_for(database, "clerk")
    reg = register(database, clerk, phone="13903726611", serial="RESTART-1", name="周九", detail="晨光路 5 号")
    first = open_ticket(database, clerk, reg, phone="13903726611")
    running.stop()
    running.start()
    second = open_ticket(database, clerk, reg, phone="13903726611")
    assert TicketService(database).detail(clerk, second.id).number == second.number != first.number
