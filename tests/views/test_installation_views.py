"""The installations area driven as the desk would, on a real SQLite file: a new order from a sale, the board's
installation visit opening the acceptance dialog, the signed acceptance typed in, the acceptance form printed."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.clock import local_today, to_local
from desktop.database import Database
from desktop.models import Callback, CustomerAddress, InstallationOrder, Ticket, Unit
from desktop.services.admin.settings_service import SettingsService
from desktop.services.admin.signing_service import SigningService
from desktop.services.dispatch.dispatch_print_service import DispatchPrintService
from desktop.services.dispatch.dispatch_service import DispatchService
from desktop.services.dispatch.engineer_service import EngineerService
from desktop.services.dispatch.visit_service import VisitService
from desktop.services.installations.installation_print_service import InstallationPrintService
from desktop.services.installations.installation_service import InstallationService
from desktop.services.tickets.customer_service import CustomerService
from desktop.views.background import BackgroundRunner
from desktop.views.branch_dates import today_qdate
from desktop.views.dispatch.dispatch_area import DispatchArea
from desktop.views.installations.installation_list_view import InstallationListView
from desktop.views.installations.installation_result_dialog import InstallationResultDialog
from desktop.views.installations.new_installation_dialog import NewInstallationDialog
from tests.conftest import actor_for
from tests.printing.conftest import pdf_text, wavy_signature
from tests.services.installation_factories import open_order, planned_visit, sold_unit

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def signing(sqlite_db, tmp_path) -> SigningService:  # type: ignore[no-untyped-def]
    service = SigningService(sqlite_db, folder=tmp_path / "signing")
    service.create_key(actor_for(sqlite_db, "admin"), "branch-pass-2026")
    return service


def list_view(qtbot, db: Database, signing, actor_name: str = "clerk") -> InstallationListView:  # type: ignore[no-untyped-def]
    actor = actor_for(db, actor_name)
    view = InstallationListView(InstallationService(db), CustomerService(db), InstallationPrintService(db, signing),
                                None, actor, region=SettingsService(db).region(actor))
    qtbot.addWidget(view)
    view.show()
    return view


def test_a_new_order_from_a_sale_registers_the_customer_and_unit_and_lists_it(qtbot, sqlite_db, signing) -> None:  # type: ignore[no-untyped-def]
    view = list_view(qtbot, sqlite_db, signing)
    assert view.model.rowCount() == 0 and view.ui.new_button.isVisible()
    qtbot.mouseClick(view.ui.new_button, LEFT)
    dialog = view.dialog
    assert isinstance(dialog, NewInstallationDialog)
    qtbot.keyClicks(dialog.ui.phone_edit, "13903720077")
    dialog.search()
    assert dialog.ui.new_customer_group.isChecked()
    dialog.ui.name_edit.insert("郑女士")
    # A village customer: the town is picked from the county's towns.
    dialog.ui.district_combo.setCurrentIndex(dialog.ui.district_combo.findText("滑县"))
    towns = dialog.ui.town_combo
    assert towns.isEditable() and [towns.itemText(i) for i in range(towns.count())][:3] == ["", "道口镇", "城关镇"]
    towns.setCurrentIndex(towns.findText("留固镇"))
    dialog.ui.address_edit.insert("文明大道 66 号")
    qtbot.keyClicks(dialog.ui.serial_edit, "lt-new-77")
    qtbot.keyClicks(dialog.ui.invoice_price_edit, "3,280")
    dialog.ui.requested_date_edit.setDate(today_qdate().addDays(2))  # the branch's day, not the PC's
    dialog.ui.sold_by_edit.insert("文峰区专卖店")
    with qtbot.waitSignal(dialog.installation_opened, timeout=3000) as opened:
        dialog.ui.button_box.accepted.emit()
    assert view.model.rowCount() == 1
    row = view.selected()
    assert row is not None and row.ticket_number == opened.args[0].ticket_number
    assert (row.customer_name, row.serial, row.sold_by) == ("郑女士", "LT-NEW-77", "文峰区专卖店")
    assert row.requested_date == local_today() + timedelta(days=2)
    assert row.ticket_number in view.ui.message_label.text()
    with sqlite_db.read.begin() as session:
        unit = session.scalars(select(Unit).where(Unit.serial == "LT-NEW-77")).one()
        assert (unit.invoice_price_fen, unit.installation_date) == (328_000, None)
        address = session.get(CustomerAddress, unit.address_id)
        assert (address.district, address.town) == ("滑县", "留固镇")
    assert row.address == "滑县留固镇文明大道 66 号"
    # Not planned yet: nothing to record, nothing to print.
    assert not view.ui.result_button.isEnabled() and not view.ui.print_button.isEnabled()


def test_a_failed_order_keeps_what_was_typed(qtbot, sqlite_db, signing) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    sold_unit(sqlite_db, clerk, serial="LT-TAKEN")
    dialog = NewInstallationDialog(CustomerService(sqlite_db), InstallationService(sqlite_db), clerk,
                                   region=SettingsService(sqlite_db).region(clerk))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.phone_edit, "13903720088")
    dialog.ui.new_customer_group.setChecked(True)
    dialog.ui.name_edit.insert("钱先生")
    dialog.ui.address_edit.insert("平原路 3 号")
    qtbot.keyClicks(dialog.ui.serial_edit, "LT-TAKEN")
    dialog.ui.button_box.accepted.emit()
    assert dialog.ui.message_label.text() and dialog.ui.serial_edit.text() == "LT-TAKEN"
    with sqlite_db.read.begin() as session:
        assert session.scalars(select(InstallationOrder)).all() == []
    dialog.ui.serial_edit.setText("LT-FREE")
    with qtbot.waitSignal(dialog.installation_opened, timeout=3000):
        dialog.ui.button_box.accepted.emit()


def test_the_acceptance_is_typed_in_signed_and_the_form_printed(qtbot, sqlite_db, signing) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    opened = open_order(sqlite_db, clerk, sold_unit(sqlite_db, clerk))
    planned_visit(sqlite_db, opened.ticket_id)
    view = list_view(qtbot, sqlite_db, signing)
    view.ui.installation_table.selectRow(0)
    assert view.ui.result_button.isEnabled()
    qtbot.mouseClick(view.ui.result_button, LEFT)
    dialog = view.dialog
    assert isinstance(dialog, InstallationResultDialog)
    assert not dialog.ui.early_reason_edit.isVisible() and dialog.ui.installed_on_edit.isVisible()
    for box in dialog.checks.values():
        box.setChecked(True)
    dialog.ui.appearance_defect_check.setChecked(True)
    dialog.ui.appearance_note_edit.setText("水箱外壳一处划痕")
    # Not explained and not signed: refused with a message, the dialog keeps everything.
    dialog.ui.button_box.accepted.emit()
    assert dialog.isVisible() and dialog.ui.message_label.text()
    dialog.ui.use_explained_check.setChecked(True)
    dialog.ui.button_box.accepted.emit()
    assert dialog.isVisible() and dialog.ui.appearance_note_edit.text() == "水箱外壳一处划痕"
    dialog.signature_pad.canvas.set_stroke_lists([list(s) for s in wavy_signature().strokes])
    with qtbot.waitSignal(dialog.result_saved, timeout=3000):
        dialog.ui.button_box.accepted.emit()
    assert "warranty" in view.ui.message_label.text() or "三包" in view.ui.message_label.text()
    with sqlite_db.read.begin() as session:
        ticket = session.get(Ticket, opened.ticket_id)
        unit = session.get(Unit, ticket.unit_id)
        assert ticket.status == "completed" and unit.installation_date is not None
        assert session.scalars(select(Callback.kind).where(Callback.ticket_id == ticket.id)).one() == "after_install"
    view.ui.open_only_check.setChecked(False)
    view.select_ticket(opened.ticket_id)
    assert view.ui.print_button.isEnabled()
    qtbot.mouseClick(view.ui.print_button, LEFT)
    preview = view.printer.preview_dialog
    assert preview is not None
    # The preview holds the signed PDF the printer will get.
    pdf = preview._pdf_bytes
    assert signing.verify(pdf).status == "valid"
    text = pdf_text(pdf)
    assert opened.ticket_number in text and "水箱外壳一处划痕" in text


def test_an_installation_visit_on_the_board_opens_the_acceptance(qtbot, sqlite_db, signing,
                                                                 runner: BackgroundRunner) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    opened = open_order(sqlite_db, clerk, sold_unit(sqlite_db, clerk))
    visit = planned_visit(sqlite_db, opened.ticket_id)
    dispatcher = actor_for(sqlite_db, "dispatch")
    area = DispatchArea(DispatchService(sqlite_db), VisitService(sqlite_db), EngineerService(sqlite_db), runner,
                        dispatcher, DispatchPrintService(sqlite_db))
    qtbot.addWidget(area)
    installations = list_view(qtbot, sqlite_db, signing, "dispatch")
    area.installation_result_dialog = installations.result_dialog
    opened_dialogs: list[object] = []
    area.run_dialog = lambda dialog: opened_dialogs.append(dialog) or 0  # type: ignore[method-assign]
    # The branch's day of the visit (a visit three hours ago is yesterday in 安阳 between 00:00 and 03:00 there).
    area._day = to_local(visit.planned_start).date()
    area.refresh()
    # The first load (this week) may still be running: wait for the board of the visit's week. This week's board
    # holds the visit too when it ends after midnight (00:00-03:00 in 安阳), but draws it in no column.
    qtbot.waitUntil(lambda: area.board.board is not None and area.board.board.first_day == area.first_day()
                    and any(v.id == visit.id for v in area.board.board.visits))
    area.board.select_visit(visit.id)
    assert area.board.selected_visit().kind == "installation"
    qtbot.mouseClick(area.ui.result_button, LEFT)
    [dialog] = opened_dialogs
    assert isinstance(dialog, InstallationResultDialog)
    assert opened.ticket_number in dialog.ui.ticket_label.text()


def test_saving_without_a_customer_says_whose_unit_is_missing(qtbot, sqlite_db, signing) -> None:  # type: ignore[no-untyped-def]
    """The phone was typed, found nobody, and New customer was unticked again: the clerk read "please fill in
    this field" beside a filled phone box."""
    clerk = actor_for(sqlite_db, "clerk")
    dialog = NewInstallationDialog(CustomerService(sqlite_db), InstallationService(sqlite_db), clerk,
                                   region=SettingsService(sqlite_db).region(clerk))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.phone_edit, "18637370088")
    dialog.search()
    assert dialog.ui.new_customer_group.isChecked()
    dialog.ui.new_customer_group.setChecked(False)
    qtbot.keyClicks(dialog.ui.serial_edit, "TY180-2611-0101")
    dialog.ui.button_box.accepted.emit()
    text = dialog.ui.message_label.text()
    assert "New customer" in text or "新客户" in text
    assert dialog.result() == 0 and dialog.ui.serial_edit.text() == "TY180-2611-0101"
