"""The charges area driven through its widgets on a real database: a payment recorded from the list of visits
with money owed, the signed receipt previewed, a receipt voided, the daily cash summary, the fee schedule."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.clock import local_today
from desktop.composition import build_services
from desktop.services.admin.signing_service import SigningService
from desktop.services.charges.payment_service import PaymentService
from desktop.services.dispatch.dispatch_records import PartUse
from desktop.views.background import BackgroundRunner
from desktop.views.charges.charges_area import UNSIGNED, ChargesArea
from tests.conftest import actor_for
from tests.services.stock_factories import part_ids, planned_visit, record_visit, set_unit_dates, stock_van

DUE, RECEIPTS, CASH, FEES = range(4)


@pytest.fixture
def services(sqlite_db, tmp_path):  # type: ignore[no-untyped-def]
    signing = SigningService(sqlite_db, folder=tmp_path / "signing")
    signing.create_key(actor_for(sqlite_db, "admin"), "branch-pass-2026")
    return build_services(sqlite_db).replaced(signing=signing, payments=PaymentService(sqlite_db, signing))


def _charged_visit(db) -> None:  # type: ignore[no-untyped-def]
    ids = part_ids(db, "CTRL-TK8")
    stock_van(db, "张师傅", {"CTRL-TK8": 1})
    ticket, visit = planned_visit(db, fault="controller")
    set_unit_dates(db, ticket, sold=local_today() - timedelta(days=2000))
    record_visit(db, visit, [PartUse(ids["CTRL-TK8"], 1, charged=True)], call_out_fee_fen=3000,
                 labour_charge_fen=4000)


def _area(qtbot, db, services, user: str = "clerk") -> ChargesArea:  # type: ignore[no-untyped-def]
    runner = BackgroundRunner()
    area = ChargesArea(services, runner, actor_for(db, user))
    area._test_runner = runner  # type: ignore[attr-defined]
    qtbot.addWidget(area)
    area.resize(1300, 700)
    area.show()
    area.reload()
    return area


def test_a_payment_from_the_owed_list_prints_a_signed_receipt(qtbot, sqlite_db, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _charged_visit(sqlite_db)
    area = _area(qtbot, sqlite_db, services)
    assert area.due.rowCount() == 1 and area.due.data(area.due.index(0, 9)) == "¥250.00"
    area.ui.due_table.selectRow(0)

    def pay(dialog: QDialog) -> int:
        assert dialog.ui.amount_spin.value() == 250
        assert "贰佰伍拾元整" in dialog.ui.words_label.text()
        dialog.ui.amount_spin.setValue(200)
        dialog.ui.method_combo.setCurrentIndex(dialog.ui.method_combo.findData("wechat"))
        dialog.ui.button_box.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(area, "run_dialog", pay)
    qtbot.mouseClick(area.ui.pay_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.preview_dialog is not None, timeout=20_000)
    assert area.preview_dialog.document.pageCount() == 1
    assert "AY01-S" in area.ui.message_label.text()
    # Still owed: 50 yuan.
    assert area.due.rowCount() == 1 and area.due.data(area.due.index(0, 9)) == "¥50.00"
    area._test_runner.wait_for_done(10_000)  # type: ignore[attr-defined]


def test_a_locked_key_offers_an_unsigned_receipt(qtbot, sqlite_db, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _charged_visit(sqlite_db)
    clerk = actor_for(sqlite_db, "clerk")
    report = services.payments.charges_due(clerk).rows[0]
    paid = services.payments.record_payment(clerk, report.report_id, 25000, "cash")
    # A new session of the app: the key exists on disk but nobody has unlocked it.
    locked = SigningService(sqlite_db, folder=services.signing.trust_folder.parent)
    area = _area(qtbot, sqlite_db, services.replaced(payments=PaymentService(sqlite_db, locked)))
    asked: list[str] = []
    monkeypatch.setattr(area, "ask_when_key_unavailable", lambda code: asked.append(code) or UNSIGNED)
    area.print_receipt(paid.id, paid.receipt_no)
    qtbot.waitUntil(lambda: area.preview_dialog is not None, timeout=20_000)
    assert asked == ["signing_locked"] and "NOT digitally signed" in area.preview_dialog.windowTitle()
    area._test_runner.wait_for_done(10_000)  # type: ignore[attr-defined]


def test_the_supervisor_voids_a_receipt_and_the_cash_summary_leaves_it_out(qtbot, sqlite_db, services,
                                                                           monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _charged_visit(sqlite_db)
    _charged_visit(sqlite_db)
    clerk = actor_for(sqlite_db, "clerk")
    first, second = services.payments.charges_due(clerk).rows
    services.payments.record_payment(clerk, first.report_id, 25000, "cash")
    services.payments.record_payment(clerk, second.report_id, 25000, "alipay")
    clerk_area = _area(qtbot, sqlite_db, services)
    assert not clerk_area.ui.void_button.isEnabled()
    area = _area(qtbot, sqlite_db, services, "admin")
    area.ui.tabs.setCurrentIndex(RECEIPTS)
    assert area.receipts.rowCount() == 2
    area.ui.receipts_table.selectRow(0)
    monkeypatch.setattr(area, "ask_void_reason", lambda number: "重复收款")
    qtbot.mouseClick(area.ui.void_button, Qt.MouseButton.LeftButton)
    assert "void" in area.receipts.row_at(0).status
    area.ui.tabs.setCurrentIndex(CASH)
    table = area.ui.cash_table
    assert table.rowCount() == 2  # 张师傅 and the total
    assert table.item(1, table.columnCount() - 1).text() == "¥250.00"
    assert "1" in area.ui.cash_note_label.text()


def test_the_fee_schedule_is_edited_by_the_supervisor_only(qtbot, sqlite_db, services) -> None:  # type: ignore[no-untyped-def]
    clerk_area = _area(qtbot, sqlite_db, services)
    clerk_area.ui.tabs.setCurrentIndex(FEES)
    assert clerk_area.ui.save_fees_button.isHidden() and clerk_area.ui.call_out_spin.isReadOnly()
    area = _area(qtbot, sqlite_db, services, "admin")
    area.ui.tabs.setCurrentIndex(FEES)
    area.ui.fee_line_combo.setCurrentIndex(area.ui.fee_line_combo.findData("purifier"))
    assert area.ui.call_out_spin.value() == 20
    table = area.ui.labour_table
    pump = next(r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == "pump")
    table.item(pump, 1).setText("四十")
    qtbot.mouseClick(area.ui.save_fees_button, Qt.MouseButton.LeftButton)
    assert "四十" in area.ui.message_label.text() and table.currentRow() == pump
    table.item(pump, 1).setText("45")
    area.ui.call_out_spin.setValue(25)
    qtbot.mouseClick(area.ui.save_fees_button, Qt.MouseButton.LeftButton)
    purifier = next(s for s in services.fees.schedules(actor_for(sqlite_db, "clerk")) if s.product_line == "purifier")
    assert purifier.call_out_fee_fen == 2500
    assert {line.fault_code: line.labour_fen for line in purifier.labour}["pump"] == 4500
    assert "王主管" in area.ui.fee_updated_label.text()
