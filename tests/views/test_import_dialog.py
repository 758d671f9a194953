"""File → Import driven through its steps: template saved, workbook chosen, columns matched (and re-mapped),
every row checked with the bad ones listed, the good rows imported, the bad rows saved to correct."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt

from desktop.services.setup.record_import_service import RecordImportService
from desktop.views.setup.import_dialog import CHECK, MAPPING, ImportDialog
from tests.conftest import actor_for


def _own_workbook(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "老客户"
    sheet.append(["姓名", "电话", "住址", "机型", "机号", "开单日"])
    sheet.append(["卫国强", "13937200401", "德隆街 1 号", "LT-18-1800", "DLG-1", date(2024, 2, 1)])
    sheet.append(["卫国华", "139372", "德隆街 2 号", "LT-18-1800", "DLG-2", date(2024, 2, 1)])
    sheet.append(["卫国民", "13937200403", "德隆街 3 号", "LT-18-1800", "DLG-3", date(2024, 2, 1)])
    book.save(path)
    return path


def test_a_workbook_is_matched_checked_imported_and_its_bad_rows_saved(qtbot, sqlite_db, runner,
                                                                        tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(RecordImportService(sqlite_db), runner, actor_for(sqlite_db, "clerk"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.next_button.isEnabled()
    dialog.save_template(tmp_path / "template.xlsx")
    qtbot.waitUntil(lambda: "template.xlsx" in dialog.ui.message_label.text())
    assert load_workbook(tmp_path / "template.xlsx").sheetnames[:2] == ["客户与机器", "服务记录"]

    dialog.choose(_own_workbook(tmp_path / "own.xlsx"))
    qtbot.mouseClick(dialog.ui.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.step() == MAPPING)
    assert dialog.ui.preview_table.rowCount() == 3 and dialog.ui.preview_table.item(0, 0).text() == "卫国强"
    assert dialog.ui.kind_combo.currentData() == "customers"
    # The headings were matched except the purchase date ("开单日" is not a known heading): map it by hand.
    assert dialog.choices["老客户"][1] == {"name": 0, "phone": 1, "address": 2, "model": 3, "serial": 4}
    date_combo = dialog.findChild(type(dialog.ui.kind_combo), "map_invoice_date")
    assert date_combo.currentData() == -1
    date_combo.setCurrentIndex(date_combo.findData(5))
    assert dialog.choices["老客户"][1]["invoice_date"] == 5

    qtbot.mouseClick(dialog.ui.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.step() == CHECK and dialog.summary is not None, timeout=10_000)
    assert dialog.ui.problems_table.rowCount() == 1
    assert [dialog.ui.problems_table.item(0, c).text() for c in (0, 1)] == ["老客户", "3"]
    assert dialog.ui.import_button.isEnabled() and dialog.ui.save_problems_button.isEnabled()

    dialog.save_problems(tmp_path / "fix.xlsx")
    qtbot.waitUntil(lambda: "fix.xlsx" in dialog.ui.result_label.text(), timeout=10_000)
    fix = load_workbook(tmp_path / "fix.xlsx")["客户与机器"]
    assert [row[0] for row in fix.iter_rows(min_row=2, values_only=True)] == ["卫国华"]

    qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=10_000)
    assert dialog.imported.customers_created == 2 and dialog.imported.rows_imported == 2
    assert dialog.ui.result_label.text() and not dialog.ui.import_button.isEnabled()


def test_choosing_nothing_to_import_is_a_message_not_a_crash(qtbot, sqlite_db, runner,
                                                             tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(RecordImportService(sqlite_db), runner, actor_for(sqlite_db, "clerk"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose(_own_workbook(tmp_path / "own.xlsx"))
    dialog.open_workbook(dialog.path)
    qtbot.waitUntil(lambda: dialog.step() == MAPPING)
    dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findData(""))
    qtbot.mouseClick(dialog.ui.next_button, Qt.MouseButton.LeftButton)
    assert dialog.step() == MAPPING and dialog.ui.message_label.text()


def test_imported_service_history_shows_on_the_intake_card(qtbot, sqlite_db, runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.imports.record_workbook import SheetMapping
    from desktop.services.admin.settings_service import SettingsService
    from desktop.services.tickets.customer_service import CustomerService
    from desktop.services.tickets.ticket_service import TicketService
    from desktop.views.intake.intake_view import IntakeView

    clerk = actor_for(sqlite_db, "clerk")
    records = RecordImportService(sqlite_db)
    path = records.template(clerk, tmp_path / "history.xlsx")
    book = load_workbook(path)
    book["客户与机器"].append(["蒋桂兰", "13937200501", None, "文峰区", "平原路 5 号", None, None, None, None, None,
                            None])
    book["服务记录"].append(["13937200501", None, None, date(2023, 9, 9), "不出热水", "清洗水垢", "张师傅", "是"])
    book.save(path)
    mappings = tuple(SheetMapping(p.title, p.kind, p.columns) for p in records.preview(clerk, path) if p.kind)
    records.import_file(clerk, path, mappings)
    view = IntakeView(CustomerService(sqlite_db), TicketService(sqlite_db), runner, clerk,
                      region=SettingsService(sqlite_db).region(clerk), past_services=records.past_services)
    qtbot.addWidget(view)
    qtbot.keyClicks(view.ui.phone_edit, "13937200501")
    qtbot.waitUntil(lambda: "2023-09-09" in view.ui.tickets_label.text(), timeout=10_000)
    assert "不出热水" in view.ui.tickets_label.text()
