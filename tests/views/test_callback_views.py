"""Callback queue, call card and complaint dialog driven as a clerk would, on a real SQLite database."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from sqlalchemy import select

from desktop.models import Callback, Complaint, Ticket
from desktop.services.callbacks.callback_service import CallbackService
from desktop.services.callbacks.complaint_service import ComplaintService
from desktop.views.callbacks.call_card_dialog import CallCardDialog
from desktop.views.callbacks.callback_queue_view import CallbackQueueView
from desktop.views.callbacks.complaint_dialog import ComplaintDialog
from desktop.views.callbacks.complaint_list_view import ComplaintListView
from desktop.views.main_window import MainWindow
from tests.conftest import actor_for
from tests.services.callback_factories import make_completed_ticket

LEFT = Qt.MouseButton.LeftButton


def _card(qtbot, db, actor, callback_id: int) -> CallCardDialog:  # type: ignore[no-untyped-def]
    dialog = CallCardDialog(CallbackService(db), actor, callback_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _choose(combo, value) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(value))


def _answer_all_yes(dialog: CallCardDialog) -> None:
    for combo in (dialog.ui.q1_satisfied_combo, dialog.ui.q1_explained_combo, dialog.ui.q2_combo, dialog.ui.q3_combo):
        _choose(combo, True)


def _status(db, model, row_id: int) -> str:  # type: ignore[no-untyped-def]
    with db.read.begin() as session:
        return session.get(model, row_id).status


def test_queue_lists_due_callbacks_and_badges_the_navigation(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    made = [make_completed_ticket(sqlite_db, clerk) for _ in range(2)]
    window = MainWindow(clerk, "网点", "sqlite", "en")
    qtbot.addWidget(window)
    view = CallbackQueueView(CallbackService(sqlite_db), clerk)
    window.add_area("callbacks", lambda: "Callbacks", lambda: view)
    view.counts_changed.connect(lambda n: window.set_area_badge("callbacks", n))
    view.refresh()
    assert view.model.rowCount() == 2 and view.model.counts.today == 2
    assert window.ui.navigation_list.item(0).text() == "Callbacks (2)"
    view.ui.bucket_combo.setCurrentIndex(view.ui.bucket_combo.findData("overdue"))
    assert view.model.rowCount() == 0
    view.ui.bucket_combo.setCurrentIndex(view.ui.bucket_combo.findData("all"))
    view.ui.queue_table.selectRow(0)
    assert view.selected_id() == made[0].callback_id
    qtbot.mouseClick(view.ui.open_button, LEFT)
    assert view.card is not None and view.card.card.callback_id == made[0].callback_id
    qtbot.addWidget(view.card)
    with qtbot.waitSignal(view.call_finished):
        _answer_all_yes(view.card)
        _choose(view.card.ui.satisfaction_combo, "satisfied")
        qtbot.mouseClick(view.card.ui.complete_button, LEFT)
    assert view.model.rowCount() == 1
    assert window.ui.navigation_list.item(0).text() == "Callbacks (1)"


def test_card_shows_script_warning_panel_and_calming_lines(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    made = make_completed_ticket(sqlite_db, clerk)
    dialog = _card(qtbot, sqlite_db, clerk, made.callback_id)
    # The greeting as spoken, without the seeds' line id (G1).
    greeting = dialog.ui.greeting_label.text()
    assert "您好" in greeting and "G1" not in greeting and "0372-2108187" in dialog.ui.closing_label.text()
    assert dialog.ui.q3_label.isVisible() and "是否修好了" in dialog.ui.q3_label.text()
    assert "这不是我们的事" in dialog.ui.forbidden_label.text() and dialog.ui.forbidden_group.isVisible()
    assert "更换电热管" in dialog.ui.last_service_label.text()
    assert not dialog.ui.calming_label.isVisible()
    qtbot.mouseClick(dialog.ui.calming_button, LEFT)
    assert dialog.ui.calming_label.isVisible() and "消消气" in dialog.ui.calming_label.text()


def test_english_gloss_only_in_the_english_window(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    """The script is spoken in Chinese; its English line helps a reader of the English window and is left out of
    the Chinese one (no English in the Chinese UI)."""
    clerk = actor_for(sqlite_db, "clerk")
    made = make_completed_ticket(sqlite_db, clerk)
    english = _card(qtbot, sqlite_db, clerk, made.callback_id)
    assert "not our business" in english.ui.forbidden_label.text()
    assert "<i>" in english.ui.q3_label.text()
    before = QLocale()
    QLocale.setDefault(QLocale("zh_CN"))
    try:
        chinese = _card(qtbot, sqlite_db, clerk, made.callback_id)
    finally:
        QLocale.setDefault(before)
    assert "这不是我们的事" in chinese.ui.forbidden_label.text()
    assert "not our business" not in chinese.ui.forbidden_label.text()
    assert "是否修好了" in chinese.ui.q3_label.text() and "<i>" not in chinese.ui.q3_label.text()
    assert "<i>" not in chinese.ui.greeting_label.text()


def test_satisfied_call_closes_the_ticket(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    made = make_completed_ticket(sqlite_db, clerk)
    dialog = _card(qtbot, sqlite_db, clerk, made.callback_id)
    _answer_all_yes(dialog)
    _choose(dialog.ui.satisfaction_combo, "satisfied")
    assert dialog.ui.closing_combo.currentData() == "E1"
    with qtbot.waitSignal(dialog.call_saved):
        qtbot.mouseClick(dialog.ui.complete_button, LEFT)
    assert dialog.outcome.closing_line == "E1" and dialog.outcome.ticket_closed
    assert _status(sqlite_db, Ticket, made.ticket_id) == "closed"
    assert not dialog.ui.complete_button.isEnabled()


def test_still_not_working_switches_to_e2_and_reopens_the_ticket(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    made = make_completed_ticket(sqlite_db, clerk)
    dialog = _card(qtbot, sqlite_db, clerk, made.callback_id)
    _answer_all_yes(dialog)
    _choose(dialog.ui.q3_combo, False)
    _choose(dialog.ui.satisfaction_combo, "neutral")
    assert dialog.ui.closing_combo.currentData() == "E2" and "尽快解决" in dialog.ui.closing_label.text()
    dialog.ui.notes_edit.setPlainText("还是不出热水")
    qtbot.mouseClick(dialog.ui.complete_button, LEFT)
    assert dialog.outcome is not None and dialog.outcome.ticket_reopened
    assert _status(sqlite_db, Ticket, made.ticket_id) == "escalated"


def test_staff_complaint_opens_a_complaint_and_a_missing_reason_keeps_the_input(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    made = make_completed_ticket(sqlite_db, clerk)
    dialog = _card(qtbot, sqlite_db, clerk, made.callback_id)
    _answer_all_yes(dialog)
    _choose(dialog.ui.q1_satisfied_combo, False)
    _choose(dialog.ui.satisfaction_combo, "dissatisfied")
    dialog.ui.q4_edit.setText("希望准时")
    qtbot.mouseClick(dialog.ui.complete_button, LEFT)
    assert dialog.outcome is None and dialog.ui.message_label.text() != ""
    assert dialog.ui.q4_edit.text() == "希望准时"
    dialog.ui.service_complaint_edit.setText("师傅迟到两小时")
    assert dialog.ui.complaint_check.isChecked()
    qtbot.mouseClick(dialog.ui.complete_button, LEFT)
    assert dialog.outcome is not None and dialog.outcome.complaint_id is not None
    with sqlite_db.read.begin() as session:
        complaint = session.get(Complaint, dialog.outcome.complaint_id)
        assert (complaint.concerns, complaint.source) == ("staff", "callback")


def test_not_reached_and_refused_buttons_record_attempts(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    one = make_completed_ticket(sqlite_db, clerk)
    dialog = _card(qtbot, sqlite_db, clerk, one.callback_id)
    _choose(dialog.ui.not_reached_combo, "busy")
    qtbot.mouseClick(dialog.ui.not_reached_button, LEFT)
    with sqlite_db.read.begin() as session:
        cb = session.get(Callback, one.callback_id)
        assert (cb.status, cb.attempts) == ("pending", 1) and cb.due_at != cb.first_due_at
    assert dialog.ui.complete_button.isEnabled() and dialog.card.attempts == 1
    qtbot.mouseClick(dialog.ui.refused_button, LEFT)
    assert _status(sqlite_db, Callback, one.callback_id) == "refused"
    assert not dialog.ui.refused_button.isEnabled()


def test_engineer_is_refused_by_the_service(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    made = make_completed_ticket(sqlite_db, clerk)
    dialog = _card(qtbot, sqlite_db, actor_for(sqlite_db, "engineer"), made.callback_id)
    _answer_all_yes(dialog)
    _choose(dialog.ui.satisfaction_combo, "satisfied")
    qtbot.mouseClick(dialog.ui.complete_button, LEFT)
    assert dialog.outcome is None and dialog.ui.message_label.text() != ""
    assert _status(sqlite_db, Callback, made.callback_id) == "pending"


def test_liability_is_disabled_until_the_inspection_is_recorded(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    made = make_completed_ticket(sqlite_db, clerk, with_callback=False)
    service = ComplaintService(sqlite_db)
    complaint = service.open(clerk, customer_id=made.customer_id, source="phone", concerns="product",
                             description="水箱漏水")
    dialog = ComplaintDialog(service, clerk, complaint.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.liability_combo.isEnabled() and not dialog.ui.liability_button.isEnabled()
    dialog.ui.inspection_note_edit.setPlainText("现场查看：焊缝渗水")
    qtbot.mouseClick(dialog.ui.inspection_button, LEFT)
    assert dialog.ui.liability_combo.isEnabled()
    _choose(dialog.ui.liability_combo, "company")
    qtbot.mouseClick(dialog.ui.liability_button, LEFT)
    dialog.ui.answer_edit.setPlainText("免费更换水箱")
    dialog.ui.accepted_check.setChecked(True)
    qtbot.mouseClick(dialog.ui.answer_button, LEFT)
    with sqlite_db.read.begin() as session:
        row = session.scalars(select(Complaint).where(Complaint.id == complaint.id)).one()
        assert (row.liability, row.status, row.customer_accepted) == ("company", "closed", True)
    assert not dialog.ui.answer_button.isEnabled()


def test_complaint_list_shows_own_complaints_and_opens_the_dialog(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    made = make_completed_ticket(sqlite_db, clerk, with_callback=False)
    service = ComplaintService(sqlite_db)
    service.open(clerk, customer_id=made.customer_id, source="visit", concerns="staff", description="态度差")
    view = ComplaintListView(service, clerk)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 1
    other = ComplaintListView(service, actor_for(sqlite_db, "dispatch"))
    qtbot.addWidget(other)
    assert other.model.rowCount() == 0
    view.ui.complaint_table.selectRow(0)
    qtbot.mouseClick(view.ui.open_button, LEFT)
    assert view.dialog is not None
    qtbot.addWidget(view.dialog)
    assert view.dialog.detail.description == "态度差"


def test_supervisor_gives_a_task_to_a_clerk_and_back_to_everyone(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    supervisor, clerk = actor_for(sqlite_db, "admin"), actor_for(sqlite_db, "clerk")
    made = make_completed_ticket(sqlite_db, clerk)
    view = CallbackQueueView(CallbackService(sqlite_db), supervisor)
    qtbot.addWidget(view)
    view.ui.queue_table.selectRow(0)
    menu = view.ui.assign_to_button.menu()
    choices = {action.text(): action for action in menu.actions() if not action.isSeparator()}
    assert clerk.display_name in choices and supervisor.display_name in choices
    choices[clerk.display_name].trigger()
    with sqlite_db.read.begin() as session:
        assert session.get(Callback, made.callback_id).assigned_to == clerk.user_id
    assert view.model.data(view.model.index(0, 6)) == clerk.display_name  # the list shows who has it
    _choose(view.ui.clerk_combo, clerk.user_id)
    assert view.model.rowCount() == 1
    view.ui.queue_table.selectRow(0)
    next(a for a in menu.actions() if not a.isSeparator() and a.data() is None).trigger()
    with sqlite_db.read.begin() as session:
        assert session.get(Callback, made.callback_id).assigned_to is None
    assert view.model.rowCount() == 0  # the clerk's list no longer holds it
