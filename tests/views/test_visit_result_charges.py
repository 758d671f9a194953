"""The result dialog proposes charges from the fee schedule and the warranty status, asks for a reason when the
clerk departs from them, keeps what was typed when the save is refused, and takes the engineer's signature."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPoint, Qt
from sqlalchemy import update

from desktop.clock import local_today, utc_now
from desktop.models import Part
from desktop.services.dispatch.visit_service import VisitService
from desktop.views.branch_dates import to_qdatetime as qdatetime
from desktop.views.dispatch.visit_result_dialog import VisitResultDialog
from tests.conftest import actor_for
from tests.services.stock_factories import planned_visit, set_unit_dates, stock_van


def _dialog(qtbot, db, *, sold_days_ago: int | None, fault: str = "controller", actor: str = "dispatch"):  # type: ignore[no-untyped-def]
    ticket, visit = planned_visit(db, fault=fault)
    if sold_days_ago is not None:
        set_unit_dates(db, ticket, sold=local_today() - timedelta(days=sold_days_ago))
    dialog = VisitResultDialog(VisitService(db), actor_for(db, actor), visit, "solar")
    qtbot.addWidget(dialog)
    now = utc_now()
    dialog.ui.arrived_edit.setDateTime(qdatetime(now - timedelta(hours=2)))
    dialog.ui.departed_edit.setDateTime(qdatetime(now - timedelta(hours=1)))
    return dialog


def _add(qtbot, dialog, code: str, quantity: int = 1, charged: bool | None = None) -> None:  # type: ignore[no-untyped-def]
    dialog.ui.part_combo.setCurrentIndex(dialog.ui.part_combo.findText(code, Qt.MatchFlag.MatchStartsWith))
    dialog.ui.quantity_spin.setValue(quantity)
    if charged is not None:
        dialog.ui.charged_check.setChecked(charged)
    qtbot.mouseClick(dialog.ui.add_part_button, Qt.MouseButton.LeftButton)


def _draw(qtbot, pad) -> None:  # type: ignore[no-untyped-def]
    canvas = pad.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    qtbot.mouseMove(canvas, QPoint(80, 50))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(120, 60))


def test_in_warranty_nothing_is_proposed_and_charging_asks_for_a_reason(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, sqlite_db, sold_days_ago=60)
    stock_van(sqlite_db, "张师傅", {"CTRL-TK8": 1})
    assert "In warranty" in dialog.ui.warranty_label.text() or "保修期内" in dialog.ui.warranty_label.text()
    assert (dialog.ui.call_out_spin.value(), dialog.ui.labour_spin.value()) == (0, 0)
    dialog.ui.part_combo.setCurrentIndex(dialog.ui.part_combo.findText("CTRL-TK8", Qt.MatchFlag.MatchStartsWith))
    assert not dialog.ui.charged_check.isChecked()  # a warranty part, free under warranty
    assert not dialog.ui.charge_reason_edit.isEnabled()
    # The clerk types what the old sheet said: 180 for the controller and 50 labour.
    _add(qtbot, dialog, "CTRL-TK8", charged=True)
    dialog.ui.labour_spin.setValue(50)
    assert dialog.total_fen() == 23000
    assert dialog.charge_exceptions() == ("charged_in_warranty",)
    assert dialog.ui.charge_reason_edit.isEnabled() and dialog.ui.exception_label.text()
    dialog.ui.tabs.setCurrentIndex(0)
    dialog.ui.button_box.accepted.emit()
    # Refused, nothing typed is lost, and the dialog shows where the reason goes.
    assert dialog.ui.message_label.text() and dialog.ui.tabs.currentIndex() == 1
    assert dialog.total_fen() == 23000 and dialog.result() == 0
    dialog.ui.charge_reason_edit.setText("客户自行拆机，不属三包")
    with qtbot.waitSignal(dialog.result_saved) as saved:
        dialog.ui.button_box.accepted.emit()
    report = saved.args[0]
    assert report.charge_exceptions == ("charged_in_warranty",) and report.total_fen == 23000


def test_out_of_warranty_the_schedule_is_proposed_and_a_waived_part_needs_a_reason(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, sqlite_db, sold_days_ago=2000)
    stock_van(sqlite_db, "张师傅", {"CTRL-TK8": 1})
    # Solar: call-out 30, controller labour 40 (the demo schedule).
    assert (dialog.ui.call_out_spin.value(), dialog.ui.labour_spin.value()) == (30, 40)
    _add(qtbot, dialog, "CTRL-TK8")
    assert dialog.total_fen() == 3000 + 4000 + 18000 and dialog.charge_exceptions() == ()
    dialog.ui.parts_table.selectRow(0)
    qtbot.mouseClick(dialog.ui.remove_part_button, Qt.MouseButton.LeftButton)
    _add(qtbot, dialog, "CTRL-TK8", charged=False)
    assert dialog.charge_exceptions() == ("part_waived",)
    assert dialog.ui.parts_table.item(0, 3).text() in ("No", "否")  # not a warranty repair, whatever it costs


def test_a_main_part_under_the_main_part_warranty_makes_the_visit_free(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, sqlite_db, sold_days_ago=800, fault="tube_broken")
    assert (dialog.ui.call_out_spin.value(), dialog.ui.labour_spin.value()) == (30, 20)
    _add(qtbot, dialog, "TUBE-58-1800", 3)
    assert (dialog.ui.call_out_spin.value(), dialog.ui.labour_spin.value()) == (0, 0)
    assert dialog.total_fen() == 0
    # A fee typed by hand is not overwritten by the next part; the button brings the schedule back.
    dialog.ui.labour_spin.setValue(15)
    dialog.ui.labour_spin.editingFinished.emit()
    _add(qtbot, dialog, "SEAL-58", 2)
    assert dialog.ui.labour_spin.value() == 15 and dialog.charge_exceptions() == ("charged_in_warranty",)
    qtbot.mouseClick(dialog.ui.schedule_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.labour_spin.value() == 0 and dialog.charge_exceptions() == ()


def test_follow_up_call_out_and_the_engineers_pad_reach_the_report(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, sqlite_db, sold_days_ago=2000)
    dialog.ui.follow_up_edit.setPlainText("冬季夜间请排空上水管")
    _draw(qtbot, dialog.signature_pad)
    _draw(qtbot, dialog.engineer_pad)
    result = dialog.visit_result()
    assert result.follow_up == "冬季夜间请排空上水管" and result.call_out_fee_fen == 3000
    assert result.engineer_signature_strokes_json and result.signature_strokes_json
    with qtbot.waitSignal(dialog.result_saved) as saved:
        dialog.ui.button_box.accepted.emit()
    assert saved.args[0].call_out_fee_fen == 3000 and len(saved.args[0].content_digest) == 64


def test_only_a_supervisor_sees_the_negative_stock_override(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    clerk = _dialog(qtbot, sqlite_db, sold_days_ago=2000, actor="clerk")
    assert clerk.ui.stock_override_edit.isHidden()
    _add(qtbot, clerk, "CTRL-TK8")
    clerk.ui.button_box.accepted.emit()
    assert clerk.ui.message_label.text() and clerk.result() == 0  # the van holds none
    boss = _dialog(qtbot, sqlite_db, sold_days_ago=2000, actor="admin")
    assert not boss.ui.stock_override_edit.isHidden()
    _add(qtbot, boss, "CTRL-TK8")
    boss.ui.stock_override_edit.setText("工程师自购，补登记")
    with qtbot.waitSignal(boss.result_saved):
        boss.ui.button_box.accepted.emit()


def test_money_collected_on_site_follows_the_total_and_is_saved_with_its_receipt(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    """The engineer brought back the sheet and 250 yuan: the clerk picks how it was paid, the amount is the total
    (never more), and the saved sheet carries the payment's receipt number."""
    from desktop.services.admin.signing_service import SigningService
    from desktop.services.charges.payment_service import PaymentService

    dialog = _dialog(qtbot, sqlite_db, sold_days_ago=2000)
    stock_van(sqlite_db, "张师傅", {"CTRL-TK8": 1})
    spin = dialog.ui.paid_amount_spin
    assert dialog.paid_on_site() == (0, "") and not spin.isEnabled()
    dialog.ui.paid_method_combo.setCurrentIndex(dialog.ui.paid_method_combo.findData("cash"))
    assert spin.isEnabled() and spin.value() == 70  # call-out 30 + labour 40
    _add(qtbot, dialog, "CTRL-TK8")
    assert spin.value() == 250 and dialog.paid_on_site() == (25000, "cash")  # follows the total
    spin.setValue(999)
    assert spin.value() == 250  # never more than the sheet charges
    spin.setValue(100)
    spin.editingFinished.emit()
    dialog.ui.labour_spin.setValue(60)
    assert spin.value() == 100  # a part payment the clerk typed stays
    dialog.ui.labour_spin.setValue(40)
    dialog.ui.charge_reason_edit.setText("")
    with qtbot.waitSignal(dialog.result_saved) as saved:
        dialog.ui.button_box.accepted.emit()
    report = saved.args[0]
    assert report.receipt_no
    clerk = actor_for(sqlite_db, "clerk")
    payments = PaymentService(sqlite_db, SigningService(sqlite_db))
    rows = payments.payments(clerk).rows
    assert [(p.receipt_no, p.amount_fen, p.method) for p in rows] == [(report.receipt_no, 10000, "cash")]
    assert payments.charge_due(clerk, report.id).outstanding_fen == 15000


def test_an_empty_parts_catalogue_says_where_parts_are_added(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    """A new branch's first repair: no part in the catalogue yet, and the list says so instead of staying blank."""
    with sqlite_db.write.begin() as session:
        session.execute(update(Part).values(active=False))
    dialog = _dialog(qtbot, sqlite_db, sold_days_ago=60)
    combo = dialog.ui.part_combo
    assert combo.count() == 0
    assert "Catalogue" in combo.placeholderText() or "配件目录" in combo.placeholderText()
    assert not dialog.ui.add_part_button.isEnabled() and not combo.isEnabled()
