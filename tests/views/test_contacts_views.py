"""The contacts screens driven as a clerk and a supervisor would, in the real window on a SQLite file: a question
at intake becomes a consultation with a promised reply, then a ticket; a quality feedback form raised from a ticket,
a visit, a claim and a complaint, taken through its states and printed; the complaint phrase panel and call-back;
the on-site windows and contact settings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from desktop.app import build_main_window, build_services
from desktop.clock import utc_now
from desktop.database import Database
from desktop.models import Visit
from desktop.services.admin.auth_service import AuthService
from desktop.services.admin.settings_service import SettingsService
from desktop.services.callbacks.complaint_service import ComplaintService
from desktop.services.claims.claim_service import ClaimService
from desktop.services.contacts.consultation_service import ConsultationService, NewConsultation
from desktop.services.contacts.quality_feedback_service import QualityFeedbackService
from desktop.services.tickets.customer_service import CustomerService
from desktop.views.admin.onsite_windows_dialog import OnsiteWindowsDialog
from desktop.views.admin.settings_dialog import SettingsDialog
from desktop.views.branch_dates import to_qdatetime
from desktop.views.callbacks.complaint_dialog import ComplaintDialog
from desktop.views.contacts.consultation_dialog import ConsultationDialog
from desktop.views.contacts.consultation_list_view import ConsultationListView
from desktop.views.contacts.new_consultation_dialog import NewConsultationDialog
from desktop.views.contacts.quality_feedback_dialog import QualityFeedbackDialog, parse_serials
from desktop.views.contacts.quality_list_view import QualityListView
from desktop.views.intake.intake_view import IntakeView
from desktop.views.tickets.ticket_detail_dialog import TicketDetailDialog
from tests.conftest import FAST_HASHER, actor_for
from tests.services.callback_factories import make_completed_ticket
from tests.services.claim_factories import make_ticket, make_unit
from tests.services.intake_factories import register

LEFT = Qt.MouseButton.LeftButton


def _window(qtbot, db: Database, username: str) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    services = build_services(db, auth=AuthService(db, hasher=FAST_HASHER))
    win, runner = build_main_window(app, services, actor_for(db, username), "en", "sqlite")
    qtbot.addWidget(win)
    win.show()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
        try:
            yield win
        finally:
            win.watcher._timer.stop()
            app.removeEventFilter(win.watcher)
            runner.wait_for_done(10_000)
            win.close()


@pytest.fixture
def clerk_window(qtbot, sqlite_db: Database) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    yield from _window(qtbot, sqlite_db, "clerk")


@pytest.fixture
def boss_window(qtbot, sqlite_db: Database) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    yield from _window(qtbot, sqlite_db, "admin")


def _child(parent: Any, kind: type) -> Any:
    found = [w for w in parent.findChildren(kind) if w.isVisible()]
    assert found, f"no visible {kind.__name__}"
    return found[-1]


def test_a_question_at_intake_gets_a_promised_reply_then_becomes_a_ticket(qtbot, clerk_window,
                                                                         sqlite_db) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    reg = register(sqlite_db, clerk)
    win = clerk_window
    intake = win.findChild(IntakeView)
    qtbot.waitUntil(lambda: intake.ui.product_line_combo.count() == 4)
    # GIVEN a known caller whose call turns out to be a question
    qtbot.keyClicks(intake.ui.phone_edit, "138 0372 0001")
    qtbot.waitUntil(lambda: intake.ui.unit_list.count() == 1, timeout=5000)
    intake.ui.fault_text_edit.insertPlainText("热水器夜里有滴水声，正常吗？")
    assert intake.ui.question_button.isVisible()
    # WHEN the clerk presses "A question, not a fault"
    qtbot.mouseClick(intake.ui.question_button, LEFT)
    dialog = _child(win, NewConsultationDialog)
    # THEN the consultation form carries the phone, the customer, the product line and the question
    assert dialog.ui.question_edit.toPlainText() == "热水器夜里有滴水声，正常吗？"
    assert dialog.ui.customer_combo.currentData() == reg.customer_id
    assert dialog.ui.product_line_combo.currentText() == "Solar water heater"
    # An engineer must answer: the caller is promised a reply in two hours (the consultation's clock).
    dialog.ui.promise_radio.setChecked(True)
    assert dialog.ui.reply_due_edit.isEnabled() and not dialog.ui.answer_edit.isEnabled()
    dialog.ui.reply_due_edit.setDateTime(to_qdatetime(utc_now() + timedelta(hours=2)))
    qtbot.mouseClick(dialog.ui.save_button, LEFT)
    assert dialog.opened is not None and dialog.opened.status == "awaiting_reply", dialog.ui.message_label.text()
    assert timedelta(minutes=118) < dialog.opened.reply_due_at - utc_now() <= timedelta(minutes=120)
    # The intake form is ready for the next call and says where the question went.
    assert intake.ui.phone_edit.text() == "" and not intake.has_unsaved_input()
    assert "consultation" in intake.ui.message_label.text() or "咨询" in intake.ui.message_label.text()
    # The consultations list shows it, promised reply first.
    win.show_area("consultations")
    listing = win.findChild(ConsultationListView)
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1)
    assert "Awaiting a reply: 1" in listing.ui.indicator_label.text()
    listing.ui.consultation_table.selectRow(0)
    qtbot.mouseClick(listing.ui.open_button, LEFT)
    opened = _child(win, ConsultationDialog)
    assert "Reply promised by" in opened.ui.clock_label.text()
    assert not opened.ui.close_consultation_button.isEnabled()  # the reply is owed first
    # The engineer finds it is a fault after all: a ticket for the customer's unit.
    assert opened.ui.ticket_group.isVisible() and opened.ui.unit_combo.currentData()[0] == reg.unit_id
    opened.ui.fault_combo.setCurrentIndex(opened.ui.fault_combo.findText("Leaking"))
    opened.ui.priority_combo.setCurrentIndex(opened.ui.priority_combo.findData("urgent"))
    qtbot.mouseClick(opened.ui.ticket_button, LEFT)
    detail = opened.detail
    assert detail.status == "closed" and detail.ticket_number, opened.ui.message_label.text()
    assert "Turned into ticket" in opened.ui.clock_label.text() and not opened.ui.ticket_group.isVisible()
    qtbot.waitUntil(lambda: listing.model.rowCount() == 0)  # no longer open


def test_a_consultation_answered_later_is_replied_and_closed(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    service = ConsultationService(sqlite_db)
    asked = service.open(clerk, NewConsultation(phone="13903720001", caller_name="路人", question="滤芯多久换？"))
    dialog = ConsultationDialog(service, CustomerService(sqlite_db), clerk, asked.id)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.reply_button, LEFT)
    assert dialog.ui.message_label.text() == "Answer: Please fill in this field."  # nothing typed, nothing saved
    dialog.ui.answer_edit.setPlainText("PP 棉三个月，RO 膜两年。")
    qtbot.mouseClick(dialog.ui.reply_button, LEFT)
    assert dialog.detail.status == "answered" and "on time" in dialog.ui.clock_label.text()
    qtbot.mouseClick(dialog.ui.close_consultation_button, LEFT)
    assert service.detail(clerk, asked.id).status == "closed"


def test_a_question_answered_at_once_needs_the_answer(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    service = ConsultationService(sqlite_db)
    dialog = NewConsultationDialog(service, CustomerService(sqlite_db), clerk)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.phone_edit, "0372-2108187")
    dialog.ui.question_edit.setPlainText("有没有以旧换新？")
    qtbot.mouseClick(dialog.ui.save_button, LEFT)
    assert dialog.opened is None and dialog.ui.message_label.text()
    dialog.ui.answer_edit.setPlainText("本月有，旧机抵 200 元。")
    qtbot.mouseClick(dialog.ui.save_button, LEFT)
    assert dialog.opened is not None and dialog.opened.status == "closed" and dialog.opened.answered_at_once


def _sources(db: Database, clerk: Any) -> dict[str, int]:
    made = make_completed_ticket(db, clerk, with_callback=False)
    with db.read.begin() as session:
        visit_id = session.scalars(select(Visit.id).where(Visit.ticket_id == made.ticket_id)).one()
    unit = make_unit(db, invoice_date=date(2026, 6, 1), installed_by_us=False)
    claim_ticket, _ = make_ticket(db, unit, opened=date(2026, 6, 5))
    claim = ClaimService(db).start_claim(clerk, requested_remedy="exchange", ticket_id=claim_ticket)
    complaint = ComplaintService(db).open(clerk, customer_id=made.customer_id, source="phone", concerns="product",
                                          description="水箱漏水")
    assert made.ticket_id is not None
    return {"ticket": made.ticket_id, "visit": visit_id, "claim": claim.id, "complaint": complaint.id}


def _raise_in(qtbot, parent: Any, source: str) -> QualityFeedbackDialog:  # type: ignore[no-untyped-def]
    dialog = _child(parent, QualityFeedbackDialog)
    assert dialog.draft is not None and dialog.draft.source == source
    assert dialog.ui.serials_edit.toPlainText(), "the unit's serial is prefilled"
    dialog.ui.batch_edit.setText(f"B-{source}")
    qtbot.mouseClick(dialog.ui.save_button, LEFT)
    assert dialog.detail is not None and dialog.detail.status == "raised", dialog.ui.message_label.text()
    dialog.close()
    return dialog


def test_quality_feedback_is_raised_from_every_source_in_the_window(qtbot, clerk_window,
                                                                   sqlite_db) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    sources = _sources(sqlite_db, clerk)
    win = clerk_window
    # From a ticket: its detail dialog (opened from the ticket list) has the button.
    win.show_area("tickets").ticket_activated.emit(sources["ticket"])
    detail = _child(win, TicketDetailDialog)
    assert detail.ui.quality_button.isVisible()
    qtbot.mouseClick(detail.ui.quality_button, LEFT)
    _raise_in(qtbot, detail, "ticket")
    detail.close()
    # From a visit on the dispatch board.
    win.show_area("dispatch").quality_requested.emit(sources["visit"])
    _raise_in(qtbot, win, "visit")
    # From a return claim in the adjudication view.
    claims = win.show_area("claims")
    claims.adjudication_view.load(sources["claim"])
    assert claims.adjudication_view.ui.quality_button.isEnabled()
    qtbot.mouseClick(claims.adjudication_view.ui.quality_button, LEFT)
    _raise_in(qtbot, win, "claim")
    # From a complaint.
    complaints = win.show_area("complaints")
    complaints.ui.status_combo.setCurrentIndex(complaints.ui.status_combo.findData("all"))
    complaints.ui.complaint_table.selectRow(0)
    qtbot.mouseClick(complaints.ui.open_button, LEFT)
    complaint_dialog = complaints.dialog
    assert complaint_dialog is not None and complaint_dialog.ui.quality_button.isVisible()
    qtbot.mouseClick(complaint_dialog.ui.quality_button, LEFT)
    _raise_in(qtbot, complaint_dialog, "complaint")
    # The quality list was never opened: its navigation badge was counted without building it.
    assert win.area_widget("quality") is None and win.findChild(QualityListView) is None
    row = win.area_keys().index("quality")
    qtbot.waitUntil(lambda: win.ui.navigation_list.item(row).text() == "Quality feedback (4)")
    # Every one of them is in the quality list (its own area), and the badge counts the ones not yet sent.
    quality = win.show_area("quality")
    qtbot.waitUntil(lambda: quality.model.rowCount() == 4)
    assert "Not yet sent to HQ: 4" in quality.ui.indicator_label.text()
    row_sources = {quality.model.row_at(i).source for i in range(4)}
    assert row_sources == {"ticket", "visit", "claim", "complaint"}


def test_a_form_goes_to_hq_comes_back_answered_is_closed_and_prints(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    boss = actor_for(sqlite_db, "admin")
    sources = _sources(sqlite_db, boss)
    service = QualityFeedbackService(sqlite_db)
    dialog = QualityFeedbackDialog(service, boss, source="claim", source_id=sources["claim"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.save_button.isVisible() and dialog.ui.analysis_edit.isReadOnly()
    assert not dialog.ui.send_button.isVisible() and not dialog.ui.print_button.isEnabled()
    dialog.ui.serials_edit.setPlainText("SN-1, SN-2，SN-3\nSN-4")
    dialog.ui.cases_spin.setValue(2)
    qtbot.mouseClick(dialog.ui.save_button, LEFT)
    # Fewer units than serial numbers is refused, and what was typed stays.
    assert dialog.detail is None and "Units affected" in dialog.ui.message_label.text()
    assert dialog.ui.serials_edit.toPlainText() == "SN-1, SN-2，SN-3\nSN-4"
    dialog.ui.cases_spin.setValue(4)
    dialog.ui.fault_edit.setPlainText("同批次 RO 膜外壳开裂")
    qtbot.mouseClick(dialog.ui.save_button, LEFT)
    assert dialog.detail.serials == ("SN-1", "SN-2", "SN-3", "SN-4")
    qtbot.mouseClick(dialog.ui.send_button, LEFT)
    assert dialog.detail.status == "sent" and dialog.ui.answer_button.isVisible()
    assert not dialog.ui.analysis_edit.isReadOnly() and dialog.ui.fault_edit.isReadOnly()
    dialog.ui.analysis_edit.setPlainText("注塑温度偏低")
    dialog.ui.corrective_edit.setPlainText("该批外壳全部更换")
    dialog.ui.preventive_edit.setPlainText("首件检验加测温度")
    dialog.ui.responder_edit.setText("刘工")
    qtbot.mouseClick(dialog.ui.answer_button, LEFT)
    assert dialog.detail.status == "answered" and dialog.ui.close_form_button.isVisible()
    qtbot.mouseClick(dialog.ui.close_form_button, LEFT)
    assert dialog.detail.status == "closed" and "closed" in dialog.ui.progress_label.text()
    qtbot.mouseClick(dialog.ui.print_button, LEFT)
    assert dialog.preview_dialog is not None and dialog.preview_dialog.document.pageCount() == 1
    # Never signed, key or not: said in the muted line, without the advice to print a signed one.
    assert dialog.preview_dialog.working_paper and "working paper" in dialog.preview_dialog.unsigned_label.text()
    dialog.preview_dialog.close()


def test_serials_may_be_typed_in_any_common_way() -> None:
    assert parse_serials(" A1,A2，A3、A4;A5\nA6  A7 ") == ("A1", "A2", "A3", "A4", "A5", "A6", "A7")


def test_the_complaint_screens_show_what_to_say_and_never_say(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    made = make_completed_ticket(sqlite_db, clerk, with_callback=False)
    service = ComplaintService(sqlite_db)
    complaint = service.open(clerk, customer_id=made.customer_id, source="phone", concerns="staff",
                             description="师傅没穿鞋套")
    dialog = ComplaintDialog(service, clerk, complaint.id)
    qtbot.addWidget(dialog)
    panel = dialog.ui.phrases_browser.toPlainText()
    seed_004 = ("您不用着急，我马上和我们的技术员联系。", "您什么时候有空，我们一起到现场看一下？",
                "问题解决了，对我们都有好处")
    seed_003 = ("这不是我们的事", "实在无法解决，你找我们领导吧", "您先消消气")
    for phrase in (*seed_004, *seed_003):
        assert phrase in panel, phrase
    # The handler's and the customer's names are filled in; the company is the branch.
    assert "技术服务员" + clerk.display_name in panel and "王建国那里有点问题" in panel
    assert "Call the customer back by" in dialog.ui.header_label.text()
    dialog.ui.step_edit.setText("已回电致歉，约明早上门")
    qtbot.mouseClick(dialog.ui.first_contact_button, LEFT)
    assert dialog.detail.first_contact_at is not None and not dialog.ui.first_contact_button.isEnabled()
    assert "Customer called back" in dialog.ui.header_label.text()
    assert dialog.detail.steps[-1].note == "已回电致歉，约明早上门"


def test_on_site_windows_are_edited_in_settings(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    boss = actor_for(sqlite_db, "admin")
    settings = SettingsService(sqlite_db)
    dialog = OnsiteWindowsDialog(settings, boss)
    qtbot.addWidget(dialog)
    assert dialog.ui.windows_table.rowCount() == 4
    spin = dialog.findChild(type(dialog.ui.windows_table.cellWidget(0, 0)), "window_vending_critical")
    assert spin.value() == 60
    dialog.findChild(type(spin), "window_vending_urgent").setValue(45)  # shorter than critical: refused
    assert not dialog.save() and dialog.ui.message_label.text()
    assert settings.onsite_windows(boss).minutes["vending"]["urgent"] == 120
    dialog.findChild(type(spin), "window_vending_critical").setValue(40)
    assert dialog.save()
    assert settings.onsite_windows(boss).minutes["vending"] == {"normal": 120, "urgent": 45, "critical": 40}


def test_the_settings_dialog_holds_the_contact_commitments(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    boss = actor_for(sqlite_db, "admin")
    settings = SettingsService(sqlite_db)
    dialog = SettingsDialog(settings, boss)
    qtbot.addWidget(dialog)
    assert (dialog.ui.complaint_contact_spin.value(), dialog.ui.complaint_answer_spin.value(),
            dialog.ui.consultation_reply_spin.value()) == (30, 24, 60)
    dialog.ui.complaint_contact_spin.setValue(15)
    dialog.ui.complaint_answer_spin.setValue(48)
    dialog.ui.consultation_reply_spin.setValue(120)
    assert dialog.save()
    assert (settings.get(boss, "complaint.first_contact_minutes"), settings.get(boss, "complaint.answer_hours"),
            settings.get(boss, "consultation.reply_minutes")) == (15, 48, 120)
    qtbot.mouseClick(dialog.ui.onsite_windows_button, LEFT)
    assert dialog.windows_dialog.isVisible()
    dialog.windows_dialog.close()


def test_raising_the_priority_on_the_ticket_shortens_its_on_site_clock(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.tickets.ticket_service import NewTicket, TicketService
    from desktop.views.background import BackgroundRunner
    from tests.services.intake_factories import fault, line

    clerk = actor_for(sqlite_db, "clerk")
    reg = register(sqlite_db, clerk)
    tickets = TicketService(sqlite_db)
    solar = line(CustomerService(sqlite_db), clerk)
    opened = tickets.open_ticket(clerk, NewTicket(reg.customer_id, "13803720001", "hotline", fault(solar, "leak"),
                                                  "漏水", unit_id=reg.unit_id))
    runner = BackgroundRunner()
    dialog = TicketDetailDialog(tickets, runner, clerk, opened.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.detail is not None and dialog.ui.priority_button.isEnabled())

    def onsite() -> Any:
        return next(c for c in tickets.detail(clerk, opened.id).clocks if c.commitment == "on_site")

    assert onsite().due_at - onsite().started_at == timedelta(hours=24)
    dialog.ask_priority = lambda current: "critical"  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.ui.priority_button, LEFT)
    qtbot.waitUntil(lambda: dialog.detail is not None and dialog.detail.priority == "critical", timeout=5000)
    assert onsite().due_at - onsite().started_at == timedelta(hours=1)
    runner.wait_for_done(5000)
