"""The product-line words, care reminders, grades, ad-hoc callbacks and conduct checklist, driven as a clerk and a
supervisor would, on a real SQLite database."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desktop.clock import BRANCH_TZ, utc_now
from desktop.i18n import catalogue_name
from desktop.models import Callback, ScriptText
from desktop.rules.care import add_months
from desktop.rules.conduct import CONDUCT_CODES
from desktop.services.callbacks.callback_service import CallbackService
from desktop.services.callbacks.care_service import CareService
from desktop.services.callbacks.script_service import ScriptService
from desktop.services.dispatch.dispatch_service import DispatchService
from desktop.services.dispatch.visit_service import VisitService
from desktop.services.tickets.customer_service import CustomerService
from desktop.views.callbacks.ad_hoc_callback_dialog import AdHocCallbackDialog
from desktop.views.callbacks.call_card_dialog import CallCardDialog
from desktop.views.callbacks.callback_queue_view import CallbackQueueView
from desktop.views.callbacks.line_words_dialog import ROLE_LINE_ID, LineWordsDialog
from desktop.views.dispatch.visit_result_dialog import VisitResultDialog
from tests.conftest import actor_for
from tests.services.callback_factories import make_completed_ticket, make_customer
from tests.services.dispatch_factories import engineer_id

LEFT = Qt.MouseButton.LeftButton


def _shown(qtbot, widget):  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_purifier_call_card_reads_the_purifier_words_and_asks_about_conduct(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    made = make_completed_ticket(sqlite_db, clerk, model_code="HS-RO-400G")
    dialog = _shown(qtbot, CallCardDialog(CallbackService(sqlite_db), clerk, made.callback_id))
    greeting = dialog.ui.greeting_label.text()
    assert "鸿盛净水器" in greeting and "太阳能" not in greeting and "太阳能" not in dialog.ui.q3_label.text()
    assert dialog.ui.q5_combo.isVisible() and "鞋套" in dialog.ui.q5_label.text()
    grades = [dialog.ui.satisfaction_combo.itemData(i) for i in range(dialog.ui.satisfaction_combo.count())]
    assert grades == [None, "very_satisfied", "satisfied", "neutral", "dissatisfied"]
    # A conduct breach switches to the apology line, as a dissatisfied customer does.
    dialog.ui.q5_combo.setCurrentIndex(dialog.ui.q5_combo.findData(False))
    assert dialog.ui.closing_combo.currentData() == "E2"


def test_a_care_reminder_is_booked_as_a_maintenance_visit_from_the_card(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    today = utc_now().astimezone(BRANCH_TZ).date()
    with sqlite_db.write.begin() as session:
        make_customer(session, 1, name="钱芳", installed=add_months(today, -6) + timedelta(days=2),
                      model_code="HS-RO-400G")
    care = CareService(sqlite_db)
    callbacks = CallbackService(sqlite_db)
    view = _shown(qtbot, CallbackQueueView(callbacks, clerk, care=care))
    # The periodic tasks button makes the reminder; the queue shows it.
    qtbot.mouseClick(view.ui.schedule_button, LEFT)
    assert "1 care reminder" in view.ui.indicator_label.text() or "1 条保养提醒" in view.ui.indicator_label.text()
    [row] = [view.model.row_at(i) for i in range(view.model.rowCount()) if view.model.row_at(i).kind == "maintenance"]
    dialog = _shown(qtbot, CallCardDialog(callbacks, clerk, row.id, care=care))
    assert dialog.ui.book_maintenance_button.isVisible() and dialog.ui.book_maintenance_button.isEnabled()
    # The care list is read by the clerk (the window's language; the English one showed PP棉滤芯); the greeting
    # is the Chinese script read to the customer.
    assert catalogue_name("PP棉滤芯", "PP cotton filter") in dialog.ui.care_label.text()
    assert "PP棉滤芯" in dialog.ui.greeting_label.text()
    assert dialog.ui.satisfaction_combo.itemData(0) is None
    qtbot.mouseClick(dialog.ui.book_maintenance_button, LEFT)
    assert dialog.booking is not None and dialog.booking.ticket_number in dialog.ui.message_label.text()
    assert not dialog.ui.book_maintenance_button.isEnabled()
    with sqlite_db.read.begin() as session:
        assert session.get(Callback, row.id).follow_up_ticket_id == dialog.booking.ticket_id


def test_the_supervisor_words_a_line_with_a_preview_and_is_refused_a_never_say_phrase(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    supervisor = actor_for(sqlite_db, "admin")
    scripts = ScriptService(sqlite_db)
    dialog = _shown(qtbot, LineWordsDialog(scripts, CareService(sqlite_db), supervisor))
    dialog.ui.line_combo.setCurrentIndex(dialog.ui.line_combo.findData(
        next(line.id for line in scripts.product_lines(supervisor) if line.code == "purifier")))
    # The preview speaks as the purifier service: the branch name (…太阳能…) is replaced by a neutral one.
    assert "鸿盛净水器售后服务中心" in dialog.ui.company_label.text()
    assert "太阳能" not in dialog.ui.preview_browser.toPlainText()
    table = dialog.ui.script_table
    # Lines are named for the supervisor ("Question: the manual"); the seeds' id stays in the item's data.
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).data(ROLE_LINE_ID) == "Q2")
    assert table.item(row, 0).text() == "Question: the manual"
    table.item(row, 1).setText("说明书看过吗？不清楚的话找别人吧。")
    qtbot.mouseClick(dialog.ui.preview_button, LEFT)
    assert "不清楚" in dialog.ui.preview_browser.toPlainText()
    qtbot.mouseClick(dialog.ui.save_words_button, LEFT)
    assert "Question: the manual" in dialog.ui.message_label.text() and "Q2" not in dialog.ui.message_label.text()
    # What was typed stays; nothing was stored.
    assert table.item(row, 1).text() == "说明书看过吗？不清楚的话找别人吧。"
    with sqlite_db.read.begin() as session:
        assert session.scalar(select(func.count(ScriptText.id))) == 0
    table.item(row, 1).setText("净水器说明书您看过吗？")
    qtbot.mouseClick(dialog.ui.save_words_button, LEFT)
    with sqlite_db.read.begin() as session:
        assert session.scalars(select(ScriptText.zh)).all() == ["净水器说明书您看过吗？"]
    # The grades tab: a branch that does not use 一般.
    dialog.grade_checks["neutral"].setChecked(False)
    qtbot.mouseClick(dialog.ui.save_grades_button, LEFT)
    assert scripts.grades(supervisor) == ("very_satisfied", "satisfied", "dissatisfied")


def test_an_ad_hoc_callback_is_created_from_the_queue(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    with sqlite_db.write.begin() as session:
        customer, _unit = make_customer(session, 1, name="周强")
        phone = customer.phones[0].number
    callbacks = CallbackService(sqlite_db)
    dialog = _shown(qtbot, AdHocCallbackDialog(callbacks, CustomerService(sqlite_db), clerk))
    qtbot.mouseClick(dialog.ui.save_button, LEFT)
    assert dialog.ui.message_label.text()  # no customer chosen yet
    qtbot.keyClicks(dialog.ui.phone_edit, phone[-4:])
    qtbot.mouseClick(dialog.ui.find_button, LEFT)
    assert dialog.selected_customer_id() is not None and dialog.ui.unit_combo.count() == 2
    dialog.ui.unit_combo.setCurrentIndex(1)
    dialog.ui.channel_combo.setCurrentIndex(dialog.ui.channel_combo.findData(True))
    dialog.ui.reason_edit.setPlainText("台风过后上门查看支架")
    with qtbot.waitSignal(dialog.callback_created) as created:
        qtbot.mouseClick(dialog.ui.save_button, LEFT)
    card = callbacks.card(clerk, created.args[0])
    assert (card.kind, card.reason, card.customer_name) == ("ad_hoc_visit", "台风过后上门查看支架", "周强")


def test_the_visit_result_records_the_conduct_checklist_and_starts_from_booked_consumables(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    clerk, dispatcher = actor_for(sqlite_db, "clerk"), actor_for(sqlite_db, "dispatch")
    today = utc_now().astimezone(BRANCH_TZ).date()
    with sqlite_db.write.begin() as session:
        make_customer(session, 1, name="吴霞", installed=add_months(today, -6) + timedelta(days=1),
                      model_code="HS-RO-400G")
    care = CareService(sqlite_db)
    care.schedule_reminders(clerk, today)
    [reminder] = [r for r in CallbackService(sqlite_db).queue(clerk, kind="maintenance").rows
                  if r.customer_name == "吴霞"]
    booking = care.book_maintenance(clerk, reminder.id, reminder.version)
    start = utc_now() - timedelta(hours=3)
    visit = DispatchService(sqlite_db).plan_visit(dispatcher, booking.ticket_id, engineer_id(sqlite_db, "张师傅"),
                                                  start, start + timedelta(hours=2), override_reason="test",
                                                  expected_version=1)
    dialog = _shown(qtbot, VisitResultDialog(VisitService(sqlite_db), dispatcher, visit, "purifier"))
    # The booked PP filter is already on the sheet, charged.
    assert dialog.ui.parts_table.rowCount() == 1 and "FLT-PP" in dialog.ui.parts_table.item(0, 0).text()
    assert dialog.total_fen() == 2500
    assert dialog.visit_result().conduct == {}
    dialog.ui.conduct_box.setChecked(True)
    for code, check in dialog.conduct_checks.items():
        check.setChecked(code != "no_gifts")
    assert dialog.visit_result().conduct == {code: code != "no_gifts" for code in CONDUCT_CODES}
