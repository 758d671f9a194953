"""Reads exported HQ workbooks back with openpyxl: types, formats, layout, metadata, masking, formula safety."""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet import _writer as openpyxl_writer

from desktop.exports.columns import DATA_SHEETS, FORMAT_ID, SCHEMA_VERSION, TICKETS
from desktop.exports.records import SummaryIndicators
from desktop.exports.workbook_writer import ExportCancelled, write_workbook
from tests.exports.conftest import HOSTILE_NAMES, BranchData, Export, generated, make_branch


def _column(ws, key: str, spec=TICKETS) -> int:
    return spec.keys.index(key) + 1


def _meta_rows(wb) -> dict[str, list]:
    rows: dict[str, list] = {}
    for row in wb["_meta"].iter_rows(values_only=True):
        name = row[0]
        rest = [v for v in row[1:] if v is not None]
        rows[f"{name}:{rest[0]}" if name in ("sheet", "columns", "source") else name] = rest
    return rows


@pytest.mark.parametrize("engine", ["fast", "openpyxl"])
def test_cells_have_real_types_and_number_formats(branch: BranchData, export: Export, engine: str) -> None:
    result = export(branch, engine=engine)
    wb = load_workbook(result.path)
    ws = wb["工单"]
    opened = ws.cell(2, _column(ws, "opened_at"))
    assert opened.is_date and opened.value == branch.tickets[0].opened_at
    assert opened.number_format == "yyyy-mm-dd hh:mm"
    assert ws.cell(2, _column(ws, "first_contact_met")).value is False
    assert ws.cell(2, _column(ws, "visit_count")).value == 1
    exported = ws.cell(2, _column(ws, "exported_at"))
    assert exported.value == datetime(2026, 12, 1, 2, 0)
    visits = wb["上门记录"]
    labour = visits.cell(2, 9)
    assert labour.data_type == "n" and labour.value == 80 and "¥" in labour.number_format
    parts = wb["配件明细"]
    assert [c.value for c in parts[2]][4:10] == ["P-100", "压缩机电容", 2, 35.5, "收费", 71]
    assert [c.value for c in parts[3]][8:10] == ["免费", 0]
    assert "¥" in parts.cell(2, 8).number_format
    callbacks = wb["回访"]
    assert callbacks.cell(3, 8).value == "满意"


def test_headers_follow_the_language_and_keys_do_not(branch: BranchData, export: Export) -> None:
    zh = load_workbook(export(branch, "zh.xlsx").path)
    en = load_workbook(export(branch, "en.xlsx", language="en").path)
    assert zh.sheetnames == ["汇总", "工单", "上门记录", "配件明细", "退换货", "回访", "投诉", "安装", "咨询",
                             "质量问题反馈", "服务承诺", "出入库", "收费", "_meta"]
    assert en.sheetnames == ["Summary", "Tickets", "Visits", "Parts", "Returns", "Callbacks", "Complaints",
                             "Installations", "Consultations", "Quality feedback", "Commitments", "Stock movements",
                             "Payments", "_meta"]
    assert [c.value for c in zh["工单"][1]][:3] == ["网点编码", "工单号", "受理时间"]
    assert [c.value for c in en["Tickets"][1]][:3] == ["Branch", "Ticket no.", "Opened"]
    assert en["Callbacks"].cell(3, 8).value == "Satisfied"
    for wb in (zh, en):
        meta = _meta_rows(wb)
        for spec in DATA_SHEETS:
            assert meta[f"columns:{spec.key}"][1:] == list(spec.keys)


def test_layout_frozen_header_filter_widths_and_title(branch: BranchData, export: Export) -> None:
    wb = load_workbook(export(branch).path)
    ws = wb["工单"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:Y{len(branch.tickets) + 1}"
    assert ws.column_dimensions["L"].width == 36
    assert ws.cell(1, 1).font.b
    assert "郑州金水网点" in ws.oddHeader.center.text
    summary = wb["汇总"]
    assert summary["A1"].value == "郑州金水网点（ZZ01）售后服务数据"
    assert summary["A2"].value == "统计期间：2026-11-01 至 2026-11-30"
    assert wb.properties.title.startswith("郑州金水网点")


def test_summary_has_indicators_and_native_charts(branch: BranchData, export: Export) -> None:
    path = export(branch).path
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        assert "xl/charts/chart1.xml" in names
        assert "<barChart>" in z.read("xl/charts/chart1.xml").decode()
    ws = load_workbook(path)["汇总"]
    values = {row[0]: row[1:] for row in ws.iter_rows(values_only=True) if row and row[0]}
    assert values["工单总数"][0] == len(branch.tickets)
    rate = values["首次联系准时率"]
    assert rate[0] == pytest.approx(9 / 12) and rate[1:3] == (9, 12)
    percent_cells = [c for row in ws.iter_rows() for c in row if c.number_format == "0.0%"]
    assert percent_cells


def test_metadata_sheet_is_hidden_and_complete(branch: BranchData, export: Export) -> None:
    wb = load_workbook(export(branch).path)
    assert wb["_meta"].sheet_state == "hidden"
    meta = _meta_rows(wb)
    assert meta["format_id"] == [FORMAT_ID]
    assert meta["schema_version"] == [str(SCHEMA_VERSION)]
    assert meta["branch_code"] == ["ZZ01"] and meta["branch_name"] == ["郑州金水网点"]
    assert meta["period_start"] == ["2026-11-01"] and meta["period_end"] == ["2026-11-30"]
    assert meta["exported_at_utc"] == ["2026-12-01T02:00:00Z"]
    assert meta["app_version"]
    assert meta["masked_columns"] == ["tickets.phone", "tickets.address", "complaints.phone", "installations.phone",
                                      "installations.address", "consultations.phone"]
    assert meta["sheet:tickets"] == ["tickets", "工单", str(len(branch.tickets))]


def test_personal_data_is_masked_only_when_asked(branch: BranchData, export: Export) -> None:
    masked = load_workbook(export(branch, "masked.xlsx").path)["工单"]
    plain = load_workbook(export(branch, "plain.xlsx", mask_personal_data=False).path)
    phone, address = _column(masked, "phone"), _column(masked, "address")
    assert masked.cell(2, phone).value == "138****5678"
    assert masked.cell(3, phone).value == "0372-****187"
    assert masked.cell(2, address).value == "河南省郑州市金水区"
    assert load_workbook(export(branch, "m2.xlsx").path)["投诉"].cell(2, 8).value == "139****5678"
    assert plain["工单"].cell(2, phone).value == "13812345678"
    assert plain["工单"].cell(2, address).value == "河南省郑州市金水区花园路0号院3栋"
    assert _meta_rows(plain)["masked_columns"] == []


@pytest.mark.parametrize("engine", ["fast", "openpyxl"])
def test_formula_like_text_stays_literal_text(branch: BranchData, export: Export, engine: str) -> None:
    path = export(branch, engine=engine).path
    ws = load_workbook(path)["工单"]
    names = [ws.cell(row, _column(ws, "customer_name")) for row in range(2, 2 + len(HOSTILE_NAMES))]
    assert [c.value for c in names] == HOSTILE_NAMES
    assert all(c.data_type == "s" for c in names)
    # quotePrefix keeps them text even when someone edits the cell in Excel.
    assert all(c.quotePrefix for c in names[:4])
    assert ws.cell(2, _column(ws, "fault_text")).value == "外机不转\n客户在家"
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert not re.search(rb"<(\w+:)?f[ >]", z.read(name)), name


def test_generators_are_consumed_once_and_aware_times_become_branch_local(branch: BranchData,
                                                                          tmp_path: Path) -> None:
    aware = branch.tickets[0].opened_at.replace(tzinfo=timezone(timedelta(hours=8))).astimezone(UTC)
    branch.tickets[0] = type(branch.tickets[0])(**{**{f: getattr(branch.tickets[0], f) for f in TICKETS.keys[:-1]},
                                                   "opened_at": aware})
    result = write_workbook(tmp_path / "gen.xlsx", branch.meta(), branch.summary(), *generated(branch))
    assert result.rows == {"tickets": 12, "visits": 13, "parts": 12, "returns": 1, "callbacks": 12, "complaints": 1,
                           "installations": 0, "consultations": 0, "quality_feedback": 0, "commitments": 0,
                           "stock_movements": 0, "payments": 0}
    ws = load_workbook(result.path)["工单"]
    assert ws.cell(2, 3).value == datetime(2026, 11, 2, 9, 30)


def test_progress_reports_and_cancel_removes_partial_output(tmp_path: Path) -> None:
    data = make_branch(tickets=1600)
    seen: list[tuple[int, int]] = []
    write_workbook(tmp_path / "ok.xlsx", data.meta(), data.summary(), *generated(data),
                   progress=lambda done, total: seen.append((done, total)))
    total = 1600 + 1601 + 1 + 1600 + 1
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    target = tmp_path / "cancelled.xlsx"
    target.write_bytes(b"previous export")
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3

    before = set(Path(tmp_path).iterdir())
    with pytest.raises(ExportCancelled):
        write_workbook(target, data.meta(), data.summary(), *generated(data), cancelled=cancelled)
    # The earlier file is untouched and no partial file is left next to it, nor in the temp folder.
    assert target.read_bytes() == b"previous export"
    assert set(Path(tmp_path).iterdir()) == before
    assert [f for f in openpyxl_writer.ALL_TEMP_FILES if Path(f).exists()] == []


def test_cancel_of_a_new_file_leaves_nothing(tmp_path: Path) -> None:
    data = make_branch(tickets=1200)
    with pytest.raises(ExportCancelled):
        write_workbook(tmp_path / "new.xlsx", data.meta(), data.summary(), *generated(data),
                       cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_empty_period_still_writes_a_valid_workbook(tmp_path: Path) -> None:
    data = BranchData()
    result = write_workbook(tmp_path / "empty.xlsx", data.meta(), SummaryIndicators(), [], [], [], [], [])
    wb = load_workbook(result.path)
    assert wb["工单"].max_row == 1 and wb["工单"].auto_filter.ref == "A1:Y1"


def test_engines_write_the_same_values(branch: BranchData, export: Export) -> None:
    branch.tickets[1] = replace(branch.tickets[1], fault_text="响\x07铃 & <b>" + "长" * 40000, model=None)
    fast = load_workbook(export(branch, "fast.xlsx").path)
    reference = load_workbook(export(branch, "ref.xlsx", engine="openpyxl").path)
    for spec in DATA_SHEETS:
        title = spec.zh
        a = [[(c.value, c.number_format, c.data_type) for c in row] for row in fast[title].iter_rows()]
        b = [[(c.value, c.number_format, c.data_type) for c in row] for row in reference[title].iter_rows()]
        assert a == b, spec.key
    text = fast["工单"].cell(3, TICKETS.keys.index("fault_text") + 1).value
    assert text.startswith("响铃 & <b>长") and len(text) == 32767


def test_money_keeps_decimal_precision(branch: BranchData, export: Export) -> None:
    with zipfile.ZipFile(export(branch).path) as z:
        xml = z.read("xl/worksheets/sheet3.xml").decode()
    # Decimal is written from its text, so no binary float rounding is introduced on the way.
    assert "<v>80.00</v>" in xml


def test_an_aware_export_time_is_recorded_in_utc(branch: BranchData, export: Export) -> None:
    beijing = timezone(timedelta(hours=8))
    wb = load_workbook(export(branch, exported_at=datetime(2026, 12, 1, 10, 0, tzinfo=beijing)).path)
    assert _meta_rows(wb)["exported_at_utc"] == ["2026-12-01T02:00:00Z"]
    assert wb["工单"].cell(2, TICKETS.keys.index("exported_at") + 1).value == datetime(2026, 12, 1, 2, 0)
