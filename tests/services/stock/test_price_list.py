"""HQ's price list: the template the branch hands out, a filled one checked and imported, every bad cell reported
by row and column header, good rows imported and a second import changing nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from desktop.errors import PermissionDenied, ValidationError
from desktop.models import AuditLog
from desktop.services.stock.part_service import PartService
from desktop.services.stock.price_list import COLUMNS
from desktop.services.stock.stock_records import PartInput

HEADER = ["产品线", "配件编码", "配件名称", "英文名称", "单位", "单价（元）", "保修件", "主要部件", "易耗品",
          "最低库存"]


def _price_list(path: Path, rows: list[list[object]], header: list[str] = HEADER) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "配件价格表"
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_the_template_has_the_columns_yes_no_lists_and_an_explanation(sqlite_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    boss = _actor(sqlite_db, "admin")
    path = PartService(sqlite_db).write_price_list_template(boss, tmp_path / "配件价格表模板.xlsx")
    wb = load_workbook(path)
    sheet = wb["配件价格表"]
    assert [c.value for c in sheet[1]] == [c.zh for c in COLUMNS] == HEADER
    assert sheet.max_row == 1 and sheet.freeze_panes == "A2"
    lists = [v for v in sheet.data_validations.dataValidation if v.type == "list"]
    assert lists and lists[0].formula1 == '"是,否"'
    guide = [[c.value for c in row] for row in wb["说明"].iter_rows()]
    assert ["单价（元）", "是", "不含税零售价，最多两位小数"] in guide
    assert ["太阳能热水器", "solar", None] in guide


def test_a_filled_price_list_imports_good_rows_and_reports_every_bad_cell(sqlite_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    boss = _actor(sqlite_db, "admin")
    parts = PartService(sqlite_db)
    path = _price_list(tmp_path / "hq.xlsx", [
        ["太阳能热水器", "TUBE-58-2100", "真空管 Φ58×2100", "Vacuum tube 58x2100", "支", 52.5, "是", "是", "否", 30],
        ["purifier", "FLT-PP", "PP棉滤芯（新款）", "", "支", "28", "否", "否", "是", ""],  # a price change
        ["", "TAPE-PTFE", "生料带", "PTFE tape", "卷", 2, "", "", "", None],  # general part, blanks = no
        ["太阳能热水器", "CTRL-TK9", "", "", "个", 200, "是", "否", "否", 5],  # no name
        ["燃气灶", "GAS-1", "点火针", "", "个", 15, "否", "否", "否", 0],  # unknown product line
        ["solar", "BAD CODE", "坏编码", "", "个", 1, "否", "否", "否", 0],  # space in the code
        ["solar", "VALVE-X", "阀门", "", "个", "十元", "也许", "否", "否", -3],  # three bad cells
        ["solar", "TUBE-58-2100", "重复", "", "支", 1.234, "是", "否", "否", 0],  # duplicate and 3 decimals
        [None, None, None, None, None, None, None, None, None, None],  # blank row: skipped silently
    ])
    check = parts.check_price_list(boss, path)
    assert (check.new, check.changed, check.unchanged) == (2, 1, 0)
    problems = {(p.row, p.column, p.code) for p in check.problems}
    assert problems == {
        (5, "配件名称", "required"),
        (6, "产品线", "unknown_product_line"),
        (7, "配件编码", "bad_code"),
        (8, "单价（元）", "not_a_number"), (8, "保修件", "not_yes_no"), (8, "最低库存", "not_a_count"),
        (9, "单价（元）", "too_many_decimals"),
    }
    assert check.rows == 8
    # Checking changed nothing.
    assert not any(p.code == "TUBE-58-2100" for p in parts.parts(boss))

    result = parts.import_price_list(boss, path)
    assert result.importable == 3 and len(result.problems) == 7
    catalogue = {p.code: p for p in parts.parts(boss)}
    tube = catalogue["TUBE-58-2100"]
    assert (tube.product_line, tube.unit, tube.price_fen, tube.is_warranty_part, tube.is_main_part,
            tube.reorder_level) == ("solar", "支", 5250, True, True, 30)
    assert catalogue["FLT-PP"].price_fen == 2800 and catalogue["FLT-PP"].is_consumable
    assert catalogue["TAPE-PTFE"].product_line == "" and not catalogue["TAPE-PTFE"].is_warranty_part
    assert "CTRL-TK9" not in catalogue and "GAS-1" not in catalogue

    again = parts.check_price_list(boss, path)
    assert (again.new, again.changed, again.unchanged) == (0, 0, 3)
    with sqlite_db.read.begin() as session:
        actions = list(session.scalars(select(AuditLog.action).where(AuditLog.action.in_(
            ("part.import", "price_list.import")))))
        assert actions.count("part.import") == 3 and actions.count("price_list.import") == 1


def test_a_file_without_the_required_columns_or_not_a_workbook_is_refused_clearly(sqlite_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    boss = _actor(sqlite_db, "admin")
    parts = PartService(sqlite_db)
    check = parts.check_price_list(boss, _price_list(tmp_path / "cols.xlsx", [["x"]], header=["名称", "价格"]))
    assert {(p.row, p.column, p.code) for p in check.problems} == {
        (1, "配件编码", "missing_column"), (1, "配件名称", "missing_column"), (1, "单价（元）", "missing_column")}
    english = parts.check_price_list(boss, _price_list(tmp_path / "en.xlsx", [["solar", "X-1", "件", "", "", 9]],
                                                       header=["Product line", "Part code", "Part name",
                                                               "English name", "Unit", "Price (yuan)"]))
    assert english.new == 1 and english.problems == ()
    junk = tmp_path / "notes.xlsx"
    junk.write_text("not a workbook", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        parts.check_price_list(boss, junk)
    assert caught.value.code == "price_list_unreadable"


def test_only_the_supervisor_changes_the_catalogue(sqlite_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    clerk, boss = _actor(sqlite_db, "clerk"), _actor(sqlite_db, "admin")
    parts = PartService(sqlite_db)
    with pytest.raises(PermissionDenied):
        parts.import_price_list(clerk, tmp_path / "x.xlsx")
    with pytest.raises(PermissionDenied):
        parts.save_part(clerk, None, PartInput("solar", "NEW-1", "新件"))
    saved = parts.save_part(boss, None, PartInput("solar", "NEW-1", "新件", unit="套", price_fen=1200,
                                                  is_warranty_part=True, reorder_level=3))
    assert (saved.unit, saved.price_fen, saved.version) == ("套", 1200, 1)
    with pytest.raises(ValidationError) as caught:
        parts.save_part(boss, None, PartInput("solar", "new-1", "同编码"))
    assert caught.value.code == "part_code_taken"
    with pytest.raises(ValidationError) as caught:
        parts.save_part(boss, saved.id, PartInput("solar", "NEW-1", "滤芯", is_consumable=True,
                                                  is_warranty_part=True), version=saved.version)
    assert caught.value.code == "consumable_and_warranty"
    renamed = parts.save_part(boss, saved.id, PartInput("solar", "NEW-1", "新件二代", price_fen=1300),
                              version=saved.version)
    assert renamed.version == 2 and renamed.name_zh == "新件二代"
    from desktop.errors import ConcurrentEditError

    with pytest.raises(ConcurrentEditError):
        parts.save_part(boss, saved.id, PartInput("solar", "NEW-1", "旧副本"), version=saved.version)
    with sqlite_db.read.begin() as session:
        assert session.scalar(select(func.count()).where(AuditLog.action.in_(("part.create", "part.update")))) == 2


def _actor(db, name):  # type: ignore[no-untyped-def]
    from tests.conftest import actor_for

    return actor_for(db, name)
