"""The desk's views for issue 14's smaller items, driven as a clerk would on a real SQLite file: the invoice price at
intake, 反馈 on the ticket, the reason for an early arrival, and the claim that must be decided again."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.clock import to_local, utc_now
from desktop.database import Database
from desktop.models import ServiceClock, Ticket, Unit, Visit
from desktop.services.admin.settings_service import SettingsService
from desktop.services.claims.claim_service import ClaimService
from desktop.services.dispatch.dispatch_print_service import DispatchPrintService
from desktop.services.dispatch.dispatch_service import DispatchService
from desktop.services.dispatch.engineer_service import EngineerService
from desktop.services.dispatch.visit_service import VisitService
from desktop.services.tickets.customer_service import CustomerService
from desktop.services.tickets.ticket_service import TicketService
from desktop.views.background import BackgroundRunner
from desktop.views.branch_dates import to_qdatetime as qdatetime
from desktop.views.claims.adjudication_view import AdjudicationView
from desktop.views.dispatch.dispatch_area import DispatchArea
from desktop.views.dispatch.visit_result_dialog import VisitResultDialog
from desktop.views.intake.intake_view import IntakeView
from desktop.views.tickets.ticket_detail_dialog import TicketDetailDialog
from tests.conftest import actor_for
from tests.services.claim_factories import make_ticket as make_claim_ticket
from tests.services.claim_factories import make_unit
from tests.services.dispatch_factories import engineer_id, make_ticket, set_onsite_window, ticket_version
from tests.services.intake_factories import open_ticket, register

LEFT = Qt.MouseButton.LeftButton


def _pick(combo, text: str) -> None:  # type: ignore[no-untyped-def]
    index = combo.findText(text, Qt.MatchFlag.MatchContains)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def test_intake_registers_the_invoice_price_and_refuses_an_unreadable_one(qtbot, sqlite_db: Database,
                                                                           runner: BackgroundRunner) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    view = IntakeView(CustomerService(sqlite_db), TicketService(sqlite_db), runner, clerk,
                      region=SettingsService(sqlite_db).region(clerk))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.ui.product_line_combo.count() == 4)
    qtbot.keyClicks(view.ui.phone_edit, "13903720002")
    qtbot.waitUntil(lambda: view.ui.new_customer_group.isChecked(), timeout=5000)
    view.ui.name_edit.insert("张三")
    view.ui.address_edit.insert("东风路 1 号")
    _pick(view.ui.model_combo, "LT-18-1800")
    qtbot.keyClicks(view.ui.serial_edit, "LT-PRICE-1")
    assert view.ui.invoice_price_unit_label.text() in ("yuan", "元")
    qtbot.keyClicks(view.ui.invoice_price_edit, "2680.505")
    view.ui.fault_text_edit.insertPlainText("不出热水")
    # A price the form cannot read is said at once; nothing is saved, nothing typed is lost.
    qtbot.mouseClick(view.ui.open_ticket_button, LEFT)
    assert view.ui.message_label.text() and view.ui.invoice_price_edit.text() == "2680.505"
    with sqlite_db.read.begin() as session:
        assert session.scalars(select(Ticket)).all() == []
    view.ui.invoice_price_edit.setText("2,680.50")
    with qtbot.waitSignal(view.ticket_opened, timeout=5000):
        qtbot.mouseClick(view.ui.open_ticket_button, LEFT)
    with sqlite_db.read.begin() as session:
        assert session.scalars(select(Unit.invoice_price_fen).where(Unit.serial == "LT-PRICE-1")).one() == 268_050


def test_report_back_from_the_ticket_meets_the_clock(qtbot, sqlite_db: Database, runner: BackgroundRunner) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    opened = open_ticket(sqlite_db, clerk, register(sqlite_db, clerk))
    dialog = TicketDetailDialog(TicketService(sqlite_db), runner, clerk, opened.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=3000)
    assert dialog.report_back_button.isEnabled()
    qtbot.mouseClick(dialog.report_back_button, LEFT)
    form = dialog.report_back_dialog
    assert form is not None and form.ui.responsible_edit.text() == clerk.display_name
    # Without the emergency measures the dialog stays open with a message.
    form.ui.button_box.accepted.emit()
    assert form.isVisible() and form.ui.message_label.text()
    form.ui.measures_edit.setPlainText("先关闭进水阀")
    form.ui.resources_edit.setPlainText("密封圈两个")
    form.ui.readiness_edit.setText("配件已装车")
    with qtbot.waitSignal(dialog.ticket_changed, timeout=3000):
        form.ui.button_box.accepted.emit()
    qtbot.waitUntil(lambda: any("先关闭进水阀" in dialog.ui.timeline_tree.topLevelItem(i).text(3)
                                for i in range(dialog.ui.timeline_tree.topLevelItemCount())), timeout=3000)
    with sqlite_db.read.begin() as session:
        clock = session.scalars(select(ServiceClock).where(ServiceClock.ticket_id == opened.id,
                                                           ServiceClock.commitment == "report_back")).one()
        assert clock.met_at is not None


def _agreed_visit(db: Database):  # type: ignore[no-untyped-def]
    set_onsite_window(db, "solar", 30 * 24 * 60)
    dispatcher = actor_for(db, "dispatch")
    ticket = make_ticket(db, opened_at=utc_now() - timedelta(days=2))
    dispatch = DispatchService(db)
    start = (utc_now() - timedelta(hours=5)).replace(second=0, microsecond=0)
    visit = dispatch.plan_visit(dispatcher, ticket, engineer_id(db, "张师傅"), start, start + timedelta(hours=2),
                                override_reason="测试", expected_version=ticket_version(db, ticket))
    return ticket, dispatch.agree_time(dispatcher, visit.id, start, start + timedelta(hours=2), version=visit.version)


def test_the_visit_result_asks_for_the_reason_of_an_early_arrival(qtbot, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    ticket, visit = _agreed_visit(sqlite_db)
    dialog = VisitResultDialog(VisitService(sqlite_db), actor_for(sqlite_db, "engineer"), visit, "solar")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.early_reason_edit.isVisible()  # on time: no question
    dialog.ui.arrived_edit.setDateTime(qdatetime(visit.agreed_start - timedelta(minutes=20)))
    dialog.ui.departed_edit.setDateTime(qdatetime(visit.agreed_start + timedelta(minutes=40)))
    assert dialog.early_reason_edit.isVisible()
    dialog.ui.button_box.accepted.emit()
    assert dialog.isVisible() and dialog.ui.message_label.text()
    dialog.early_reason_edit.setText("客户来电要求提前")
    with qtbot.waitSignal(dialog.result_saved, timeout=3000):
        dialog.ui.button_box.accepted.emit()
    with sqlite_db.read.begin() as session:
        assert session.get(Ticket, ticket).status == "completed"


def test_the_board_asks_why_when_the_engineer_arrives_early(qtbot, sqlite_db: Database, runner: BackgroundRunner,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    set_onsite_window(sqlite_db, "solar", 30 * 24 * 60)
    dispatcher = actor_for(sqlite_db, "dispatch")
    ticket = make_ticket(sqlite_db)
    dispatch = DispatchService(sqlite_db)
    start = (utc_now() + timedelta(hours=3)).replace(second=0, microsecond=0)
    visit = dispatch.plan_visit(dispatcher, ticket, engineer_id(sqlite_db, "张师傅"), start,
                                start + timedelta(hours=2), override_reason="测试",
                                expected_version=ticket_version(sqlite_db, ticket))
    dispatch.agree_time(dispatcher, visit.id, start, start + timedelta(hours=2), version=visit.version)
    area = DispatchArea(dispatch, VisitService(sqlite_db), EngineerService(sqlite_db), runner, dispatcher,
                        DispatchPrintService(sqlite_db))
    qtbot.addWidget(area)
    # The branch's day of the visit (three hours from now may be tomorrow in 安阳 while still today in UTC).
    area._day = to_local(start).date()
    area.refresh()
    # The first load (this week) may still be running: wait for the board of the visit's week (another week's board
    # may hold a visit that crosses midnight, without drawing it).
    qtbot.waitUntil(lambda: area.board.board is not None and area.board.board.first_day == area.first_day()
                    and any(v.id == visit.id for v in area.board.board.visits))
    area.board.select_visit(visit.id)
    asked: list[str] = []
    monkeypatch.setattr(area, "ask_text", lambda title, label: asked.append(label) or "客户要求早点来")
    qtbot.mouseClick(area.ui.arrival_button, LEFT)
    assert asked
    with sqlite_db.read.begin() as session:
        assert session.get(Visit, visit.id).status == "on_site"


def test_the_claim_view_says_when_a_decision_must_be_made_again(qtbot, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    unit = make_unit(sqlite_db, invoice_date=date(2026, 6, 1), installed_by_us=False)
    ticket_id, _ = make_claim_ticket(sqlite_db, unit, opened=date(2026, 6, 5))
    service = ClaimService(sqlite_db)
    clerk, engineer = actor_for(sqlite_db, "clerk"), actor_for(sqlite_db, "engineer")
    claim = service.start_claim(clerk, requested_remedy="refund", ticket_id=ticket_id)
    claim = service.record_inspection(engineer, claim.id, claim.version, cause="quality",
                                      fault_category="performance", part="tank")
    claim = service.decide(clerk, claim.id, claim.version)
    view = AdjudicationView(service, clerk)
    qtbot.addWidget(view)
    view.show()
    view.load(claim.id)
    assert view.claim.decision is not None and not view.history_label.text()
    # The price fact is typed in yuan, and the unit says so.
    view.ui.fact_combo.setCurrentIndex(view.ui.fact_combo.findData("invoice_price"))
    assert view.fact_unit_label.isVisible()
    view.ui.fact_value_combo.setEditText("2500")
    qtbot.mouseClick(view.ui.set_fact_button, LEFT)
    assert view.claim.decision is None and view.claim.decide_again
    message = view.ui.message_label.text()
    assert "R-7" in message and view.history_label.text()
    view.ui.fact_combo.setCurrentIndex(view.ui.fact_combo.findData("sales_channel"))
    assert not view.fact_unit_label.isVisible()
    qtbot.mouseClick(view.ui.decide_button, LEFT)
    assert view.claim.decision is not None and view.claim.decision.refund_amount == 2500
    assert "R-7" in view.history_label.text()


