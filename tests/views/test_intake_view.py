"""The intake form driven as a clerk would: type the phone, pick the unit, type the fault, save; then check the
database. Real services on a SQLite file, real background runner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desktop.database import Database
from desktop.i18n import catalogue_name
from desktop.models import Customer, Ticket, Unit
from desktop.services.admin.settings_service import SettingsService
from desktop.services.tickets.customer_service import CustomerService
from desktop.services.tickets.ticket_service import NewTicket, TicketService
from desktop.views.background import BackgroundRunner
from desktop.views.intake.intake_view import IntakeView
from desktop.views.tickets.ticket_text import status_names
from tests.conftest import actor_for
from tests.services.intake_factories import register


@pytest.fixture
def view(qtbot, sqlite_db: Database, runner: BackgroundRunner) -> IntakeView:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    # The district list is the branch's region (here the demo branch's 安阳 districts).
    widget = IntakeView(CustomerService(sqlite_db), TicketService(sqlite_db), runner, clerk,
                        region=SettingsService(sqlite_db).region(clerk))
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.ui.product_line_combo.count() == 4)
    return widget


# Chinese text cannot be typed through QTest key clicks (Qt asserts on non-ASCII keys), so it is inserted the
# way an input method commits it; phone numbers and serials are typed key by key.


def _pick(combo, text: str) -> None:  # type: ignore[no-untyped-def]
    index = combo.findText(text, Qt.MatchFlag.MatchContains)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def _tickets(db: Database) -> list[Ticket]:
    with db.read.begin() as session:
        return list(session.scalars(select(Ticket).order_by(Ticket.id)))


def test_known_customer_by_phone_then_open_ticket(qtbot, view: IntakeView, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    reg = register(sqlite_db, actor_for(sqlite_db, "clerk"))
    # GIVEN the caller's number typed in the phone box
    qtbot.keyClicks(view.ui.phone_edit, "138 0372 0001")
    # THEN the customer card shows the unit and its warranty before any fault is typed
    qtbot.waitUntil(lambda: view.ui.unit_list.count() == 1, timeout=5000)
    assert "王建国" in view.ui.customer_label.text()
    assert view.ui.unit_list.currentItem() is not None
    # WHEN the clerk picks the fault and saves
    qtbot.waitUntil(lambda: view.ui.fault_category_combo.count() > 0)
    view.ui.fault_category_combo.setCurrentIndex(view.ui.fault_category_combo.findData(
        next(f.id for f in CustomerService(sqlite_db).catalogue(actor_for(sqlite_db, "clerk"))[0].faults
             if f.code == "leak")))
    view.ui.fault_text_edit.insertPlainText("水箱底部漏水")
    with qtbot.waitSignal(view.ticket_opened, timeout=5000) as opened:
        qtbot.mouseClick(view.ui.open_ticket_button, Qt.MouseButton.LeftButton)
    # THEN the ticket is in the database for that unit, and the form is ready for the next call
    [ticket] = _tickets(sqlite_db)
    assert ticket.id == opened.args[0]
    assert (ticket.unit_id, ticket.customer_id, ticket.status) == (reg.unit_id, reg.customer_id, "new")
    assert ticket.fault_text == "水箱底部漏水" and ticket.contact_phone == "13803720001"
    assert ticket.number in view.ui.message_label.text()
    assert view.ui.phone_edit.text() == "" and not view.has_unsaved_input()


def test_the_next_callers_new_unit_starts_from_today(qtbot, view: IntakeView, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    """A unit bought eight months ago was registered: the next caller's unit did not start at that invoice date."""
    qtbot.keyClicks(view.ui.phone_edit, "0372-2108187")
    qtbot.waitUntil(lambda: view.ui.new_customer_group.isChecked(), timeout=5000)
    view.ui.name_edit.insert("李秀兰")
    view.ui.address_edit.insert("红旗路 8 号")
    qtbot.keyClicks(view.ui.serial_edit, "ty180-0001")
    today = view.ui.invoice_date_edit.date()
    view.ui.invoice_date_edit.setDate(today.addMonths(-8))
    view.ui.installation_date_edit.setDate(today.addMonths(-8).addDays(3))
    qtbot.waitUntil(lambda: view.ui.fault_category_combo.count() > 0)
    view.ui.fault_text_edit.insertPlainText("不出热水")
    with qtbot.waitSignal(view.ticket_opened, timeout=5000):
        qtbot.mouseClick(view.ui.open_ticket_button, Qt.MouseButton.LeftButton)
    assert view.ui.invoice_date_edit.date() == today and view.ui.installation_date_edit.date() == today


def test_a_second_call_shows_the_open_ticket_state_in_words(qtbot, view: IntakeView, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    reg = register(sqlite_db, clerk)
    faults = CustomerService(sqlite_db).catalogue(clerk)[0].faults
    TicketService(sqlite_db).open_ticket(clerk, NewTicket(customer_id=reg.customer_id, contact_phone="13803720001",
                                                          channel="hotline", fault_category_id=faults[0].id,
                                                          fault_text="不出热水", unit_id=reg.unit_id))
    # The same customer calls again: the card lists the open ticket with its state as the clerk reads it.
    qtbot.keyClicks(view.ui.phone_edit, "13803720001")
    qtbot.waitUntil(lambda: view.ui.unit_list.count() == 1, timeout=5000)
    words = view.ui.tickets_label.text().split()
    assert status_names()["new"] in words and "new" not in words


def test_new_customer_and_unit_resolved_by_phone(qtbot, view: IntakeView, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(view.ui.phone_edit, "0372-2108187")
    qtbot.waitUntil(lambda: view.ui.new_customer_group.isChecked(), timeout=5000)
    assert view.ui.new_unit_group.isChecked()
    view.ui.name_edit.insert("李秀兰")
    _pick(view.ui.district_combo, "北关区")
    view.ui.address_edit.insert("红旗路 8 号")
    _pick(view.ui.product_line_combo, catalogue_name("净水器", "Water purifier"))
    _pick(view.ui.model_combo, "HS-RO-400G")
    qtbot.keyClicks(view.ui.serial_edit, "hs400-0001")
    qtbot.waitUntil(lambda: view.ui.fault_category_combo.count() == 7)
    view.ui.fault_text_edit.insertPlainText("出水有异味")
    view.ui.phone_note_edit.insert("指导冲洗滤芯后正常")
    with qtbot.waitSignal(view.ticket_opened, timeout=5000):
        qtbot.mouseClick(view.ui.resolve_button, Qt.MouseButton.LeftButton)
    [ticket] = _tickets(sqlite_db)
    assert ticket.status == "resolved_by_phone" and ticket.triage_note == "指导冲洗滤芯后正常"
    with sqlite_db.read.begin() as session:
        unit = session.get(Unit, ticket.unit_id)
        customer = session.get(Customer, ticket.customer_id)
        assert unit is not None and unit.serial == "HS400-0001"
        assert customer is not None and customer.name == "李秀兰"


def test_failed_save_keeps_everything_typed(qtbot, view: IntakeView, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    register(sqlite_db, actor_for(sqlite_db, "clerk"), serial="LT-TAKEN")
    qtbot.keyClicks(view.ui.phone_edit, "13903720002")
    qtbot.waitUntil(lambda: view.ui.new_customer_group.isChecked(), timeout=5000)
    view.ui.name_edit.insert("张三")
    view.ui.address_edit.insert("东风路 1 号")
    _pick(view.ui.model_combo, "LT-18-1800")
    qtbot.keyClicks(view.ui.serial_edit, "LT-TAKEN")
    view.ui.fault_text_edit.insertPlainText("不出热水")
    qtbot.mouseClick(view.ui.open_ticket_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.ui.open_ticket_button.isEnabled() and "王建国" in view.ui.message_label.text(),
                    timeout=5000)
    assert _tickets(sqlite_db) == []
    assert view.ui.name_edit.text() == "张三" and view.ui.serial_edit.text() == "LT-TAKEN"
    assert view.ui.fault_text_edit.toPlainText() == "不出热水" and view.has_unsaved_input()
    # The clerk corrects the serial and saves again: nothing was registered twice.
    view.ui.serial_edit.setText("LT-NEW")
    with qtbot.waitSignal(view.ticket_opened, timeout=5000):
        qtbot.mouseClick(view.ui.open_ticket_button, Qt.MouseButton.LeftButton)
    assert len(_tickets(sqlite_db)) == 1


def test_bad_phone_shows_the_phone_message(qtbot, view: IntakeView, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(view.ui.phone_edit, "2108187")
    view.ui.new_customer_group.setChecked(True)
    view.ui.name_edit.insert("张三")
    view.ui.address_edit.insert("东风路 1 号")
    qtbot.mouseClick(view.ui.open_ticket_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.ui.open_ticket_button.isEnabled() and view.ui.message_label.text() != "",
                    timeout=5000)
    assert "area code" in view.ui.message_label.text()
    assert _tickets(sqlite_db) == []


def test_similar_customer_is_confirmed_by_the_clerk(qtbot, view: IntakeView, sqlite_db: Database,  # type: ignore[no-untyped-def]
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    register(sqlite_db, actor_for(sqlite_db, "clerk"), name="王建国", detail="中华路 12 号")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    qtbot.keyClicks(view.ui.phone_edit, "13903720002")
    qtbot.waitUntil(lambda: view.ui.new_customer_group.isChecked(), timeout=5000)
    view.ui.name_edit.insert("王健国")
    _pick(view.ui.district_combo, "文峰区")
    view.ui.address_edit.insert("中华路12号")
    view.ui.new_unit_group.setChecked(False)
    _pick(view.ui.product_line_combo, catalogue_name("太阳能", "Solar"))
    view.ui.new_unit_group.setChecked(True)
    qtbot.keyClicks(view.ui.serial_edit, "LT-9")
    with qtbot.waitSignal(view.ticket_opened, timeout=5000):
        qtbot.mouseClick(view.ui.open_ticket_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "王建国" in asked[0]


def test_confirm_close_asks_only_with_unsaved_input(qtbot, view: IntakeView, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[int] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(1) or answers.pop(0))
    assert view.confirm_close() and asked == []
    view.ui.fault_text_edit.insertPlainText("漏水")
    assert not view.confirm_close()
    assert view.confirm_close()
    assert len(asked) == 2


def test_the_town_is_chosen_from_the_districts_towns_or_typed_and_stored(qtbot, view: IntakeView,  # type: ignore[no-untyped-def]
                                                                          sqlite_db: Database) -> None:
    from desktop.models import CustomerAddress

    qtbot.keyClicks(view.ui.phone_edit, "13903720077")
    qtbot.waitUntil(lambda: view.ui.new_customer_group.isChecked(), timeout=5000)
    view.ui.name_edit.insert("吕大娘")
    towns = view.ui.town_combo
    _pick(view.ui.district_combo, "安阳县")
    assert [towns.itemText(i) for i in range(towns.count())] == ["", "白璧镇", "吕村镇", "柏庄镇", "永和镇", "瓦店乡"]
    assert towns.currentText() == "" and towns.isEditable()
    _pick(towns, "吕村镇")
    # Another district: its own towns, and 安阳县's town does not follow.
    _pick(view.ui.district_combo, "滑县")
    assert towns.itemText(1) == "道口镇" and towns.currentText() == ""
    # A town the region does not list is typed, up to the column's width, and stays when the district changes.
    towns.lineEdit().setText("新设镇" + "镇" * 30)
    assert len(towns.currentText()) == 20
    towns.lineEdit().setText("新设镇")
    _pick(view.ui.district_combo, "安阳县")
    assert towns.currentText() == "新设镇"
    _pick(towns, "吕村镇")
    view.ui.address_edit.insert("王家庄村 17 号")
    _pick(view.ui.model_combo, "LT-18-1800")
    qtbot.keyClicks(view.ui.serial_edit, "LT-TOWN-7")
    view.ui.fault_text_edit.insertPlainText("不出热水")
    with qtbot.waitSignal(view.ticket_opened, timeout=5000):
        qtbot.mouseClick(view.ui.open_ticket_button, Qt.MouseButton.LeftButton)
    with sqlite_db.read.begin() as session:
        [address] = session.scalars(select(CustomerAddress).join(Customer).where(Customer.name == "吕大娘")).all()
        assert (address.district, address.town, address.detail) == ("安阳县", "吕村镇", "王家庄村 17 号")
    # The next caller starts without the town.
    assert towns.currentText() == ""
    # Found again by phone: the card reads the address with its town.
    qtbot.keyClicks(view.ui.phone_edit, "13903720077")
    qtbot.waitUntil(lambda: "吕村镇" in view.ui.customer_label.text(), timeout=5000)
    assert "安阳县吕村镇王家庄村 17 号" in view.ui.customer_label.text()
