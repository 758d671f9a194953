"""The customer file (客户档案) driven as the desk would, on a real SQLite file: search, the page, corrections,
the warranty shown before a unit change is saved, merging two records, naming a key account."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from desktop.database import Database
from desktop.models import Callback, Customer, CustomerPhone, Unit
from desktop.services.customers.customer_file_service import CustomerFileService
from desktop.services.tickets.customer_service import CustomerService
from desktop.views.customers.customer_edit_dialog import CustomerEditDialog
from desktop.views.customers.customer_file_view import CustomerFileView
from desktop.views.customers.merge_customers_dialog import MergeCustomersDialog
from desktop.views.customers.unit_edit_dialog import NOT_KNOWN, UnitEditDialog
from tests.conftest import actor_for
from tests.services.intake_factories import open_ticket, register

LEFT = Qt.MouseButton.LeftButton


def file_view(qtbot, db: Database, actor_name: str = "clerk") -> CustomerFileView:  # type: ignore[no-untyped-def]
    view = CustomerFileView(CustomerFileService(db), CustomerService(db), actor_for(db, actor_name))
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    return view


def test_search_then_one_page_per_customer(qtbot, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    reg = register(sqlite_db, clerk)
    opened = open_ticket(sqlite_db, clerk, reg, note="电话指导复位")
    register(sqlite_db, clerk, phone="13903720002", name="李秀英", serial="LT-OTHER-1", detail="红旗路 7 号")
    view = file_view(qtbot, sqlite_db)
    assert view.model.rowCount() == 2
    qtbot.keyClicks(view.ui.search_edit, "3803720")
    view.refresh()
    assert view.model.rowCount() == 1
    view.ui.customer_table.selectRow(0)
    assert view.customer is not None and view.customer.id == reg.customer_id
    assert "王建国" in view.ui.header_label.text()
    assert view.ui.units_table.rowCount() == 1 and view.ui.units_table.item(0, 2).text() == "LT2025000001"
    assert view.ui.tickets_table.rowCount() == 1 and view.ui.tickets_table.item(0, 0).text() == opened.number
    assert view.ui.callbacks_table.rowCount() == 1
    # The clerk corrects; the supervisor's actions are not offered (the service refuses them anyway).
    assert view.ui.edit_customer_button.isEnabled() and view.ui.edit_unit_button.isEnabled()
    assert not view.ui.merge_button.isEnabled() and not view.ui.key_account_button.isEnabled()
    with qtbot.waitSignal(view.ticket_requested) as requested:
        view.ui.tickets_table.cellDoubleClicked.emit(0, 0)
    assert requested.args[0] == opened.id


def test_edit_customer_adds_and_removes_phones_and_keeps_input_on_errors(qtbot, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    reg = register(sqlite_db, clerk)
    register(sqlite_db, clerk, phone="13903720002", name="李秀英", serial="LT-OTHER-1", detail="红旗路 7 号")
    view = file_view(qtbot, sqlite_db)
    view.open_customer(reg.customer_id)
    qtbot.mouseClick(view.ui.edit_customer_button, LEFT)
    dialog = view.dialog
    assert isinstance(dialog, CustomerEditDialog)
    # A number that belongs to someone else is refused on save, with everything typed kept.
    qtbot.keyClicks(dialog.ui.new_phone_edit, "13903720002")
    qtbot.mouseClick(dialog.ui.add_phone_button, LEFT)
    dialog.ui.name_edit.setText("王建国（老王）")
    dialog.ui.button_box.accepted.emit()
    assert dialog.isVisible() and "李秀英" in dialog.ui.message_label.text()
    assert dialog.ui.name_edit.text() == "王建国（老王）" and dialog.ui.phone_list.count() == 2
    dialog.ui.phone_list.setCurrentRow(1)
    qtbot.mouseClick(dialog.ui.remove_phone_button, LEFT)
    qtbot.keyClicks(dialog.ui.new_phone_edit, "0372-2108888")
    qtbot.mouseClick(dialog.ui.add_phone_button, LEFT)
    dialog.ui.phone_list.setCurrentRow(0)
    qtbot.mouseClick(dialog.ui.remove_phone_button, LEFT)
    # The address in use cannot be removed from the dialog either.
    dialog.ui.address_table.setCurrentCell(0, 1)
    qtbot.mouseClick(dialog.ui.remove_address_button, LEFT)
    assert dialog.ui.address_table.rowCount() == 1 and dialog.ui.message_label.text()
    dialog.ui.address_table.item(0, 2).setText("中华路 12 号阳光小区 5 号楼")
    with qtbot.waitSignal(dialog.customer_saved, timeout=3000):
        dialog.ui.button_box.accepted.emit()
    assert "王建国（老王）" in view.ui.header_label.text()
    with sqlite_db.read.begin() as session:
        numbers = set(session.scalars(select(CustomerPhone.number).where(
            CustomerPhone.customer_id == reg.customer_id)))
        assert numbers == {"03722108888"}
        assert session.get(Customer, reg.customer_id).addresses[0].detail == "中华路 12 号阳光小区 5 号楼"


def test_a_unit_change_shows_the_warranty_before_and_after_and_needs_a_second_save(qtbot,
                                                                                   sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    reg = register(sqlite_db, clerk, sold=date(2026, 5, 1))
    view = file_view(qtbot, sqlite_db)
    view.open_customer(reg.customer_id)
    qtbot.mouseClick(view.ui.edit_unit_button, LEFT)
    dialog = view.dialog
    assert isinstance(dialog, UnitEditDialog)
    assert dialog.ui.invoice_price_unit_label.text() in ("yuan", "元")
    # The production date was never recorded: the edit shows "not known".
    assert dialog.ui.production_date_edit.date() == NOT_KNOWN
    dialog.ui.invoice_price_edit.setText("2680")
    dialog.ui.installation_date_edit.setDate(QDate(2025, 1, 3))
    dialog.ui.invoice_date_edit.setDate(QDate(2025, 1, 2))
    change = dialog.preview()
    assert change is not None and change.moves
    assert "\n" in dialog.ui.warranty_label.text()  # now and after, on their own lines
    dialog.ui.button_box.accepted.emit()
    assert dialog.isVisible() and dialog.ui.message_label.text()
    with sqlite_db.read.begin() as session:
        assert session.get(Unit, reg.unit_id).invoice_date == date(2026, 5, 1)  # nothing saved yet
    with qtbot.waitSignal(dialog.unit_saved, timeout=3000):
        dialog.ui.button_box.accepted.emit()
    with sqlite_db.read.begin() as session:
        unit = session.get(Unit, reg.unit_id)
        assert (unit.invoice_date, unit.installation_date, unit.invoice_price_fen, unit.production_date) == (
            date(2025, 1, 2), date(2025, 1, 3), 268_000, None)
    assert "LT2025000001" in view.ui.message_label.text()


def test_a_supervisor_merges_a_duplicate_and_names_a_key_account(qtbot, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    keep = register(sqlite_db, clerk)
    duplicate = register(sqlite_db, clerk, phone="13903720002", name="王建國", serial="LT-DUP-1", detail="红旗路 7 号")
    view = file_view(qtbot, sqlite_db, "admin")
    view.open_customer(keep.customer_id)
    assert view.ui.merge_button.isEnabled() and view.ui.key_account_button.isEnabled()
    qtbot.mouseClick(view.ui.merge_button, LEFT)
    dialog = view.dialog
    assert isinstance(dialog, MergeCustomersDialog)
    qtbot.keyClicks(dialog.ui.search_edit, "LT-DUP-1")
    dialog.search()
    assert dialog.ui.candidate_list.count() == 1
    dialog.ui.candidate_list.setCurrentRow(0)
    assert "王建國" in dialog.ui.summary_label.text()
    with qtbot.waitSignal(dialog.merged, timeout=3000):
        dialog.ui.button_box.accepted.emit()
    assert view.customer is not None and view.customer.id == keep.customer_id
    assert view.ui.units_table.rowCount() == 2
    with sqlite_db.read.begin() as session:
        assert session.get(Customer, duplicate.customer_id).merged_into_id == keep.customer_id
    qtbot.mouseClick(view.ui.key_account_button, LEFT)
    assert view.customer.is_key_account and view.ui.key_account_button.text() != ""
    with sqlite_db.read.begin() as session:
        kinds = sorted(session.scalars(select(Callback.kind).where(Callback.customer_id == keep.customer_id)))
        assert kinds == ["key_account_phone", "key_account_visit"]
    assert "★" in view.model.data(view.model.index(0, 0))


def test_an_address_gets_its_town_from_the_districts_towns_or_typed(qtbot, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QComboBox

    from desktop.models import CustomerAddress
    from desktop.services.admin.settings_service import SettingsService
    from desktop.views.customers.customer_edit_dialog import DETAIL, DISTRICT, TOWN

    clerk = actor_for(sqlite_db, "clerk")
    reg = register(sqlite_db, clerk, district="安阳县", detail="王家庄村 17 号")
    view = CustomerFileView(CustomerFileService(sqlite_db), CustomerService(sqlite_db), clerk,
                            region=SettingsService(sqlite_db).region(clerk))
    qtbot.addWidget(view)
    view.open_customer(reg.customer_id)
    qtbot.mouseClick(view.ui.edit_customer_button, LEFT)
    dialog = view.dialog
    assert isinstance(dialog, CustomerEditDialog)
    table = dialog.ui.address_table
    assert [table.horizontalHeaderItem(c).text() for c in (DISTRICT, TOWN, DETAIL)] == [
        dialog.tr("District / county"), dialog.tr("Town / township"), dialog.tr("Address")]
    # The town cell edits in a combo box of the row's district's towns; a town may also be typed (20 at most).
    table.setCurrentCell(0, TOWN)
    table.editItem(table.item(0, TOWN))
    editor = table.findChild(QComboBox, "town_editor")
    assert editor is not None and editor.isEditable()
    assert [editor.itemText(i) for i in range(editor.count())] == ["", "白璧镇", "吕村镇", "柏庄镇", "永和镇", "瓦店乡"]
    editor.lineEdit().setText("镇" * 30)
    assert len(editor.currentText()) == 20
    editor.setCurrentIndex(editor.findText("吕村镇"))
    table.setCurrentCell(0, DETAIL)  # leaving the cell commits the editor
    qtbot.waitUntil(lambda: table.item(0, TOWN).text() == "吕村镇", timeout=2000)
    # A district corrected to another drops the old district's town.
    table.item(0, DISTRICT).setText("滑县")
    assert table.item(0, TOWN).text() == ""
    table.item(0, DISTRICT).setText("安阳县")
    table.item(0, TOWN).setText("吕村镇")
    with qtbot.waitSignal(dialog.customer_saved, timeout=3000):
        dialog.ui.button_box.accepted.emit()
    with sqlite_db.read.begin() as session:
        address = session.get(CustomerAddress, reg.address_id)
        assert (address.district, address.town) == ("安阳县", "吕村镇")
    assert "河南省安阳市安阳县吕村镇王家庄村 17 号" in view.ui.header_label.text()
