"""New complaint by phone or at the counter (seed 004 第五章 一): customer by phone, concerns, owner, promise."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.services.admin.settings_service import SettingsService
from desktop.services.callbacks.complaint_service import ComplaintService
from desktop.services.tickets.customer_service import CustomerService
from desktop.views.callbacks.complaint_list_view import ComplaintListView
from desktop.views.callbacks.new_complaint_dialog import NewComplaintDialog
from tests.conftest import actor_for


def make_dialog(qtbot, database, username: str = "clerk", owners=()) -> NewComplaintDialog:  # type: ignore[no-untyped-def]
    dialog = NewComplaintDialog(ComplaintService(database), CustomerService(database), SettingsService(database),
                                actor_for(database, username), owners)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def register_customer(database) -> int:  # type: ignore[no-untyped-def]
    registration = CustomerService(database).register(actor_for(database, "clerk"), name="张建国",
                                                      phone="13803720001")
    return registration.customer_id


def test_a_phone_complaint_is_opened_for_the_customer_found_by_phone(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    customer_id = register_customer(sqlite_db)
    boss = actor_for(sqlite_db, "admin")
    SettingsService(sqlite_db).set(boss, "complaint.answer_hours", 12)
    dialog = make_dialog(qtbot, sqlite_db)
    assert "12" in dialog.ui.promised_label.text()
    # GIVEN the customer found by the last digits of the phone
    qtbot.keyClicks(dialog.ui.phone_edit, "0001")
    qtbot.mouseClick(dialog.ui.find_button, Qt.MouseButton.LeftButton)
    assert dialog.selected_customer_id() == customer_id
    # AND the complaint about a staff member
    dialog.ui.source_combo.setCurrentIndex(dialog.ui.source_combo.findData("phone"))
    dialog.ui.concerns_combo.setCurrentIndex(dialog.ui.concerns_combo.findData("staff"))
    dialog.ui.person_edit.setText("李师傅")
    dialog.ui.description_edit.setPlainText("师傅迟到两个小时，态度不好")
    clerk = actor_for(sqlite_db, "clerk")
    assert dialog.ui.owner_combo.currentData() == clerk.user_id
    # WHEN it is opened
    with qtbot.waitSignal(dialog.complaint_opened) as opened:
        qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    # THEN the service holds it, owned by the clerk, answer due after the branch's hours
    detail = ComplaintService(sqlite_db).detail(clerk, opened.args[0])
    assert (detail.customer_id, detail.source, detail.concerns, detail.concerns_person) == (
        customer_id, "phone", "staff", "李师傅")
    assert detail.owner_id == clerk.user_id
    assert 11.9 < (detail.promised_answer_at - detail.created_at).total_seconds() / 3600 < 12.1
    assert not dialog.isVisible()


def test_a_supervisor_hands_a_walk_in_complaint_to_a_clerk(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    register_customer(sqlite_db)
    clerk = actor_for(sqlite_db, "clerk")
    dialog = make_dialog(qtbot, sqlite_db, "admin", owners=[(clerk.user_id, clerk.display_name)])
    dialog.ui.phone_edit.setText("13803720001")
    qtbot.mouseClick(dialog.ui.find_button, Qt.MouseButton.LeftButton)
    dialog.ui.source_combo.setCurrentIndex(dialog.ui.source_combo.findData("visit"))
    dialog.ui.concerns_combo.setCurrentIndex(dialog.ui.concerns_combo.findData("product"))
    dialog.ui.description_edit.setPlainText("热水器漏水")
    dialog.ui.owner_combo.setCurrentIndex(dialog.ui.owner_combo.findData(clerk.user_id))
    with qtbot.waitSignal(dialog.complaint_opened) as opened:
        qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    detail = ComplaintService(sqlite_db).detail(clerk, opened.args[0])
    assert (detail.source, detail.concerns, detail.owner_id) == ("visit", "product", clerk.user_id)


def test_without_a_customer_or_description_nothing_is_opened_and_input_stays(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    register_customer(sqlite_db)
    dialog = make_dialog(qtbot, sqlite_db)
    dialog.ui.description_edit.setPlainText("电话一直打不通")
    qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.message_label.text() != ""
    qtbot.keyClicks(dialog.ui.phone_edit, "13999999999")
    qtbot.mouseClick(dialog.ui.find_button, Qt.MouseButton.LeftButton)
    assert dialog.selected_customer_id() is None
    assert dialog.ui.message_label.text() != ""
    # A customer but an empty description: the service refuses, the form keeps the rest.
    dialog.ui.phone_edit.setText("13803720001")
    qtbot.mouseClick(dialog.ui.find_button, Qt.MouseButton.LeftButton)
    dialog.ui.description_edit.clear()
    dialog.ui.person_edit.setText("王经理")
    dialog.ui.message_label.clear()
    qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.message_label.text() != ""
    assert dialog.ui.person_edit.text() == "王经理"
    assert dialog.isVisible()
    clerk = actor_for(sqlite_db, "clerk")
    assert ComplaintService(sqlite_db).list_page(clerk, status="all").total == 0


def test_the_list_offers_new_complaint_only_with_a_form_and_refreshes_after_it(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    register_customer(sqlite_db)
    clerk = actor_for(sqlite_db, "clerk")
    service = ComplaintService(sqlite_db)
    plain = ComplaintListView(service, clerk)
    qtbot.addWidget(plain)
    assert plain.ui.new_button.isHidden()
    view = ComplaintListView(service, clerk, new_dialog=lambda parent: NewComplaintDialog(
        service, CustomerService(sqlite_db), SettingsService(sqlite_db), clerk, (), parent))
    qtbot.addWidget(view)
    view.show()
    assert view.ui.new_button.isVisible()
    qtbot.mouseClick(view.ui.new_button, Qt.MouseButton.LeftButton)
    dialog = view.new_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.ui.phone_edit.setText("13803720001")
    qtbot.mouseClick(dialog.ui.find_button, Qt.MouseButton.LeftButton)
    dialog.ui.description_edit.setPlainText("收费不合理")
    qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 1
