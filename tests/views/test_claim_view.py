"""The claims area driven as a clerk and a supervisor would: start, inspect, decide, choose, approve, print."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop.services.claims.claim_service import ClaimService
from desktop.views.claims.adjudication_view import AdjudicationView
from desktop.views.claims.claims_area import ClaimsArea
from desktop.views.claims.policy_editor_dialog import PolicyEditorDialog
from tests.conftest import actor_for
from tests.services.claim_factories import make_ticket, make_unit

LEFT = Qt.MouseButton.LeftButton


def _started_claim(db):  # type: ignore[no-untyped-def]
    """Sold 1 June, reported 5 June: R-7."""
    unit = make_unit(db, invoice_date=date(2026, 6, 1), installed_by_us=False)
    _, number = make_ticket(db, unit, opened=date(2026, 6, 5))
    return number


def test_clerk_decides_and_the_supervisor_approves(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    service = ClaimService(sqlite_db)
    clerk = actor_for(sqlite_db, "clerk")
    number = _started_claim(sqlite_db)
    area = ClaimsArea(service, clerk, "zh_CN")
    qtbot.addWidget(area)
    area.show()
    # GIVEN a claim started from the ticket number, asking for a repair
    lv = area.list_view
    # The list's message line takes no room until it has something to say.
    assert not lv.ui.message_label.isVisible()
    qtbot.keyClicks(lv.ui.source_edit, number)
    lv.ui.remedy_combo.setCurrentIndex(lv.ui.remedy_combo.findData("repair"))
    with qtbot.waitSignal(lv.claim_started):
        qtbot.mouseClick(lv.ui.start_button, LEFT)
    assert lv.model.rowCount() == 1
    assert lv.ui.message_label.isVisible() and lv.ui.message_label.text()
    view = area.adjudication_view
    assert view.claim is not None and view.ui.facts_table.rowCount() > 10
    # WHEN the clerk decides before an inspection, the engine asks for one
    qtbot.mouseClick(view.ui.decide_button, LEFT)
    assert view.claim.status == "claimed" and view.ui.message_label.text()
    # AND after the inspection the decision shows the rule and the customer's choices
    view.ui.cause_combo.setCurrentIndex(view.ui.cause_combo.findData("quality"))
    view.ui.inspection_note_edit.setPlainText("内胆渗漏")
    qtbot.mouseClick(view.ui.inspect_button, LEFT)
    qtbot.mouseClick(view.ui.decide_button, LEFT)
    assert view.claim.decision.rule_id == "R-7"
    assert "R-7" in view.ui.rule_id_label.text() and view.ui.rule_text_label.text()
    assert view.ui.choice_combo.currentData() is None  # nothing chosen for the customer
    assert view.ui.reasons_list.count() >= 3
    assert not view.ui.approve_button.isEnabled()  # role hint for the clerk
    view.ui.choice_combo.setCurrentIndex(view.ui.choice_combo.findData("exchange"))
    qtbot.mouseClick(view.ui.choice_button, LEFT)
    assert view.claim.customer_choice == "exchange"
    # THEN a clerk's approval is refused by the service, with a message, even with the button forced on
    view.ui.approve_button.setEnabled(True)
    qtbot.mouseClick(view.ui.approve_button, LEFT)
    assert view.claim.decision.approved_at is None
    assert view.ui.message_label.text() != ""
    # AND the supervisor approves; HQ's confirmation completes the approval
    boss = AdjudicationView(service, actor_for(sqlite_db, "admin"), "en")
    qtbot.addWidget(boss)
    boss.load(view.claim.id)
    assert boss.ui.approve_button.isEnabled()
    qtbot.mouseClick(boss.ui.approve_button, LEFT)
    assert boss.claim.decision.approved_at is not None
    boss.ask_text = lambda *args, **kwargs: "总部 孙经理"  # type: ignore[method-assign]
    qtbot.mouseClick(boss.ui.hq_button, LEFT)
    assert boss.claim.status == "approved"
    boss.ui.new_serial_edit.setText("LTNEW0001")
    qtbot.mouseClick(boss.ui.execute_button, LEFT)
    assert boss.claim.status == "executed" and boss.claim.decision.replacement_serial == "LTNEW0001"


def test_override_without_a_reason_is_refused_and_with_one_is_stored(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    service = ClaimService(sqlite_db)
    clerk = actor_for(sqlite_db, "clerk")
    number = _started_claim(sqlite_db)
    claim = service.start_claim(clerk, requested_remedy="repair", ticket_id=service.find_ticket(clerk, number))
    claim = service.record_inspection(clerk, claim.id, claim.version, cause="misuse", fault_category="performance")
    claim = service.decide(clerk, claim.id, claim.version)
    view = AdjudicationView(service, actor_for(sqlite_db, "admin"), "zh_CN")
    qtbot.addWidget(view)
    view.load(claim.id)
    assert view.claim.decision.rule_id == "X-MIS"
    view.ask_item = lambda *args: 2  # type: ignore[method-assign]  # free repair
    view.ask_text = lambda *args, **kwargs: ""  # type: ignore[method-assign]
    qtbot.mouseClick(view.ui.override_button, LEFT)
    assert not view.claim.decision.overridden and view.ui.message_label.text()
    view.ask_text = lambda *args, **kwargs: "老客户，善意修理"  # type: ignore[method-assign]
    qtbot.mouseClick(view.ui.override_button, LEFT)
    assert view.claim.decision.overridden and view.claim.decision.outcome == "repair"


def test_print_certificate_opens_the_preview(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    service = ClaimService(sqlite_db)
    clerk = actor_for(sqlite_db, "clerk")
    number = _started_claim(sqlite_db)
    claim = service.start_claim(clerk, requested_remedy="refund", ticket_id=service.find_ticket(clerk, number))
    claim = service.record_inspection(clerk, claim.id, claim.version, cause="quality", fault_category="performance")
    claim = service.decide(clerk, claim.id, claim.version)
    view = AdjudicationView(service, clerk, "zh_CN")
    qtbot.addWidget(view)
    view.load(claim.id)
    qtbot.mouseClick(view.ui.print_button, LEFT)
    assert view.preview_dialog is not None and view.preview_dialog.document.pageCount() >= 1
    view.preview_dialog.close()


def test_policy_editor_saves_and_refuses_a_negative_period(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    service = ClaimService(sqlite_db)
    dialog = PolicyEditorDialog(service, actor_for(sqlite_db, "admin"))
    qtbot.addWidget(dialog)
    dialog.ui.periods_table.cellWidget(0, 2).setValue(-1)
    qtbot.mouseClick(dialog.ui.save_button, LEFT)
    assert dialog.ui.message_label.text() and service.get_policy(actor_for(sqlite_db, "admin")).version == 0
    dialog.ui.periods_table.cellWidget(0, 2).setValue(12)
    dialog.ui.failed_repairs_spin.setValue(3)
    qtbot.mouseClick(dialog.ui.save_button, LEFT)
    saved = service.get_policy(actor_for(sqlite_db, "admin"))
    assert saved.version >= 1 and saved.policy.failed_repairs_before_exchange == 3
    assert saved.policy.main_parts["solar"] == {"tank", "tube", "collector", "bracket"}
