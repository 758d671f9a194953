"""The stock area driven through its widgets on a real database: movements through the dialogs, the paged ledger
and its filters, the low-stock warning, old parts and a printed return list, parts for a visit, the price list."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.clock import local_today
from desktop.composition import build_services
from desktop.services.dispatch.dispatch_records import PartUse
from desktop.views.background import BackgroundRunner
from desktop.views.stock.stock_area import StockArea
from desktop.views.stock.stock_move_dialog import ISSUE
from tests.conftest import actor_for
from tests.services.dispatch_factories import engineer_id
from tests.services.stock_factories import part_ids, planned_visit, record_visit, set_unit_dates, stock_van

ON_HAND, LEDGER, OLD_PARTS, NEEDS, CATALOGUE = range(5)


@pytest.fixture
def services(sqlite_db):  # type: ignore[no-untyped-def]
    return build_services(sqlite_db)


def _area(qtbot, sqlite_db, services, user: str = "clerk") -> StockArea:  # type: ignore[no-untyped-def]
    runner = BackgroundRunner()
    area = StockArea(services, runner, actor_for(sqlite_db, user))
    area._test_runner = runner  # type: ignore[attr-defined]
    qtbot.addWidget(area)
    area.resize(1300, 700)
    area.show()
    area.reload()
    return area


def _accept_with(fill):  # type: ignore[no-untyped-def]
    """A run_dialog stand-in: fill the dialog's fields, then press Save as the user would."""
    def run(dialog: QDialog) -> int:
        fill(dialog)
        dialog.ui.button_box.accepted.emit()
        return dialog.result()
    return run


def _select(combo, data) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(data))


def test_a_receipt_and_an_issue_through_the_dialogs_show_in_the_balances_and_the_ledger(qtbot, sqlite_db,
                                                                                        services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    area = _area(qtbot, sqlite_db, services)
    ids = part_ids(sqlite_db, "CTRL-TK8")
    # The warehouse holds nothing: the warning counts every part that has a minimum.
    assert "14" in area.ui.low_stock_label.text()

    def receipt(dialog) -> None:  # type: ignore[no-untyped-def]
        _select(dialog.ui.part_combo, ids["CTRL-TK8"])
        dialog.ui.quantity_spin.setValue(8)
        dialog.ui.reference_edit.setText("FH-2026-1101")

    monkeypatch.setattr(area, "run_dialog", _accept_with(receipt))
    qtbot.mouseClick(area.ui.receive_button, Qt.MouseButton.LeftButton)

    zhang = engineer_id(sqlite_db, "张师傅")
    shown: list[str] = []

    def issue(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.select(part_id=ids["CTRL-TK8"], engineer_id=zhang)
        shown.append(dialog.ui.on_hand_label.text())
        dialog.ui.quantity_spin.setValue(3)

    monkeypatch.setattr(area, "run_dialog", _accept_with(issue))
    area.open_move(ISSUE)
    assert "8" in shown[0]  # the warehouse's 8 are shown before the issue
    area.ui.location_combo.setCurrentIndex(area.ui.location_combo.findData(f"van:{zhang}"))
    assert area.balances.rowCount() == 1 and area.balances.row_at(0).quantity == 3
    area.ui.tabs.setCurrentIndex(LEDGER)
    assert area.ledger.rowCount() == 2 and area.ui.ledger_count_label.text().startswith("2")
    assert area.ledger.data(area.ledger.index(0, 2)) == "Issue to engineer"
    area.ui.kind_combo.setCurrentIndex(area.ui.kind_combo.findData("receipt"))
    assert area.ledger.rowCount() == 1 and "FH-2026-1101" in area.ledger.data(area.ledger.index(0, 9))


def test_an_issue_beyond_the_warehouse_is_refused_in_the_dialog_and_keeps_the_input(qtbot, sqlite_db,
                                                                                     services) -> None:  # type: ignore[no-untyped-def]
    from desktop.views.stock.stock_move_dialog import StockMoveDialog

    ids = part_ids(sqlite_db, "HEATER-1500")
    dialog = StockMoveDialog(services.stock, actor_for(sqlite_db, "clerk"), ISSUE,
                             services.parts.parts(actor_for(sqlite_db, "clerk")),
                             services.engineers.list(actor_for(sqlite_db, "clerk")))
    qtbot.addWidget(dialog)
    assert dialog.ui.override_edit.isHidden()  # a clerk cannot let stock go below zero
    dialog.select(part_id=ids["HEATER-1500"])
    dialog.ui.quantity_spin.setValue(2)
    dialog.ui.button_box.accepted.emit()
    assert dialog.result() == 0 and "HEATER-1500" in dialog.ui.message_label.text()
    assert dialog.ui.quantity_spin.value() == 2


def test_the_ledger_pages_in_as_the_table_scrolls(qtbot, sqlite_db, services) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    seal = part_ids(sqlite_db, "SEAL-58")["SEAL-58"]
    for _ in range(230):
        services.stock.receive(clerk, seal, 1)
    area = _area(qtbot, sqlite_db, services)
    area.ui.tabs.setCurrentIndex(LEDGER)
    assert area.ledger.rowCount() == 200 and area.ledger.canFetchMore()
    area.ledger.fetchMore()
    assert area.ledger.rowCount() == 230 and not area.ledger.canFetchMore()
    area.ui.ledger_search_edit.setText("SEAL")
    area.ui.ledger_search_edit.returnPressed.emit()
    assert area.ui.ledger_count_label.text().startswith("230")


def test_old_parts_are_handed_in_and_sent_back_on_a_printed_list(qtbot, sqlite_db, services,
                                                                 monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ids = part_ids(sqlite_db, "CTRL-TK8")
    stock_van(sqlite_db, "张师傅", {"CTRL-TK8": 1})
    ticket, visit = planned_visit(sqlite_db)
    set_unit_dates(sqlite_db, ticket, sold=local_today() - timedelta(days=30))
    record_visit(sqlite_db, visit, [PartUse(ids["CTRL-TK8"], 1, charged=False)])
    area = _area(qtbot, sqlite_db, services)
    area.ui.tabs.setCurrentIndex(OLD_PARTS)
    assert area.ui.due_table.rowCount() == 1
    area.ui.due_table.selectRow(0)
    monkeypatch.setattr(area, "run_dialog", _accept_with(lambda d: d.ui.tag_edit.setText("JX-7788")))
    qtbot.mouseClick(area.ui.hand_in_button, Qt.MouseButton.LeftButton)
    assert area.ui.due_table.rowCount() == 0 and "JX-7788" in area.ui.message_label.text()

    def send(dialog) -> None:  # type: ignore[no-untyped-def]
        assert dialog.ui.shelf_list.count() == 1 and dialog.ticked()
        _select(dialog.ui.destination_combo, "hq")
        dialog.ui.note_edit.setText("控制仪返总部检测")

    monkeypatch.setattr(area, "run_dialog", _accept_with(send))
    qtbot.mouseClick(area.ui.return_list_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.preview_dialog is not None, timeout=20_000)
    assert area.preview_dialog.document.pageCount() == 1
    assert area.ui.lists_table.rowCount() == 1 and area.ui.lists_table.item(0, 1).text() == "Headquarters"
    area.preview_dialog.printed.emit()
    assert services.returns.return_lists(actor_for(sqlite_db, "clerk"))[0].number in area.ui.message_label.text()
    area._test_runner.wait_for_done(10_000)  # type: ignore[attr-defined]


def test_parts_for_a_visit_are_planned_and_issued_from_the_needs_tab(qtbot, sqlite_db, services,
                                                                     monkeypatch) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    ids = part_ids(sqlite_db, "PUMP-24V")
    services.stock.receive(clerk, ids["PUMP-24V"], 5)
    _ticket, visit = planned_visit(sqlite_db, line="purifier", engineer="陈师傅", days_ahead=1)
    area = _area(qtbot, sqlite_db, services)
    area.ui.tabs.setCurrentIndex(NEEDS)
    assert area.ui.needs_table.rowCount() == 1
    area.ui.needs_table.selectRow(0)

    def plan(dialog) -> None:  # type: ignore[no-untyped-def]
        _select(dialog.ui.part_combo, ids["PUMP-24V"])
        dialog.ui.quantity_spin.setValue(2)
        qtbot.mouseClick(dialog.ui.add_button, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(area, "run_dialog", _accept_with(plan))
    qtbot.mouseClick(area.ui.edit_needs_button, Qt.MouseButton.LeftButton)
    assert "×2" in area.ui.needs_table.item(0, 5).text()
    area.ui.needs_table.selectRow(0)
    qtbot.mouseClick(area.ui.issue_needs_button, Qt.MouseButton.LeftButton)
    assert area.ui.needs_table.item(0, 6).text() == "Issued"
    van = services.stock.balances(clerk, kind="van", engineer_id=engineer_id(sqlite_db, "陈师傅")).rows
    assert [(b.part_code, b.quantity) for b in van] == [("PUMP-24V", 2)]
    assert visit.id == area._needs[0].visit_id


def test_the_supervisor_imports_hqs_price_list_after_seeing_the_bad_rows(qtbot, sqlite_db, services, monkeypatch,
                                                                         tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    clerk_area = _area(qtbot, sqlite_db, services)
    assert not clerk_area.ui.import_button.isEnabled() and not clerk_area.ui.new_part_button.isEnabled()
    area = _area(qtbot, sqlite_db, services, "admin")
    area.ui.tabs.setCurrentIndex(CATALOGUE)
    wb = Workbook()
    wb.active.append(["产品线", "配件编码", "配件名称", "单位", "单价（元）", "保修件", "主要部件"])
    wb.active.append(["净水器", "FLT-UF", "超滤膜", "支", 88, "否", "否"])
    wb.active.append(["净水器", "FLT-BAD", "坏行", "支", "八十", "否", "否"])
    path = tmp_path / "hq.xlsx"
    wb.save(path)
    seen: list[str] = []
    monkeypatch.setattr(area, "ask_open_path", lambda: str(path))
    monkeypatch.setattr(area, "confirm_import", lambda check: seen.append(area.problem_text(check)) or True)
    qtbot.mouseClick(area.ui.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "FLT-UF" in [area.ui.catalogue_table.item(r, 0).text()
                                         for r in range(area.ui.catalogue_table.rowCount())], timeout=20_000)
    assert seen == ["Row 3, 单价（元）: not a number (八十)"]
    assert "1 new" in area.ui.message_label.text()
    monkeypatch.setattr(area, "ask_save_path", lambda: str(tmp_path / "template.xlsx"))
    qtbot.mouseClick(area.ui.template_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "template.xlsx").exists(), timeout=20_000)
    area._test_runner.wait_for_done(10_000)  # type: ignore[attr-defined]


def test_a_part_is_edited_in_the_catalogue(qtbot, sqlite_db, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    area = _area(qtbot, sqlite_db, services, "admin")
    area.ui.tabs.setCurrentIndex(CATALOGUE)
    row = next(r for r in range(area.ui.catalogue_table.rowCount())
               if area.ui.catalogue_table.item(r, 0).text() == "SEAL-58")
    area.ui.catalogue_table.selectRow(row)

    def edit(dialog) -> None:  # type: ignore[no-untyped-def]
        assert dialog.ui.unit_edit.text() == "个" and not dialog.ui.warranty_check.isChecked()
        dialog.ui.price_spin.setValue(3.5)
        dialog.ui.reorder_spin.setValue(200)

    monkeypatch.setattr(area, "run_dialog", _accept_with(edit))
    qtbot.mouseClick(area.ui.edit_part_button, Qt.MouseButton.LeftButton)
    row = next(r for r in range(area.ui.catalogue_table.rowCount())
               if area.ui.catalogue_table.item(r, 0).text() == "SEAL-58")
    assert area.ui.catalogue_table.item(row, 3).text() == "¥3.50"
    assert area.ui.catalogue_table.item(row, 7).text() == "200"


@pytest.mark.parametrize(("locale", "line", "part"), [("en_US", "Water purifier", "Booster pump 24 V"),
                                                      ("zh_CN", "净水器", "增压泵 24V")])
def test_parts_and_lines_are_named_in_the_interface_language(qtbot, sqlite_db, services, locale: str, line: str,  # type: ignore[no-untyped-def]
                                                             part: str) -> None:
    """The English window's stock listed 增压泵 24V and 净水器 in the needs, the catalogue and the visit's dialog;
    the balances and the ledger already followed a language of their own."""
    from PySide6.QtCore import QLocale

    from desktop.views.stock.visit_parts_dialog import VisitPartsDialog

    clerk = actor_for(sqlite_db, "clerk")
    ids = part_ids(sqlite_db, "PUMP-24V")
    services.stock.receive(clerk, ids["PUMP-24V"], 5)
    _ticket, visit = planned_visit(sqlite_db, line="purifier", engineer="陈师傅", days_ahead=1)
    services.stock.set_visit_parts(clerk, visit.id, [(ids["PUMP-24V"], 1)])
    previous = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        area = _area(qtbot, sqlite_db, services)
        balances = area.balances
        names = {balances.data(balances.index(r, 2)) for r in range(balances.rowCount())}
        assert any(part in str(name) for name in names), names
        area.ui.tabs.setCurrentIndex(NEEDS)
        assert area.ui.needs_table.item(0, 3).text() == line
        assert area.ui.needs_table.item(0, 5).text() == f"{part}×1"
        dialog = VisitPartsDialog(services.stock, clerk, area._needs[0], services.parts.parts(clerk))
        qtbot.addWidget(dialog)
        assert dialog.ui.parts_table.item(0, 0).text() == f"PUMP-24V {part}"
        assert line in dialog.ui.visit_label.text()
        area.ui.tabs.setCurrentIndex(CATALOGUE)
        rows = [area.ui.catalogue_table.item(r, 1).text() for r in range(area.ui.catalogue_table.rowCount())]
        assert part in rows
        assert area.ui.line_combo.findText(line) > 0
    finally:
        QLocale.setDefault(previous)
