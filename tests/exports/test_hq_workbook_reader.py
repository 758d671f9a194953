"""read_workbook(): round trip of every record type, and refusal of wrong files with distinct codes."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from desktop.errors import ValidationError
from desktop.exports.columns import SCHEMA_VERSION
from desktop.exports.records import Address
from desktop.exports.workbook_reader import read_workbook
from tests.exports.conftest import BranchData, Export


def _plain(data: BranchData):
    """The records as the workbook holds them: unmasked addresses become their text."""
    tickets = [t if not isinstance(t.address, Address) else type(t)(**{
        **{f: getattr(t, f) for f in t.__slots__}, "address": str(t.address)}) for t in data.tickets]
    return tickets, data.visits, data.returns, data.callbacks, data.complaints


@pytest.mark.parametrize("engine", ["fast", "openpyxl"])
@pytest.mark.parametrize("language", ["zh", "en"])
def test_round_trip_by_machine_key(branch: BranchData, export: Export, engine: str, language: str) -> None:
    path = export(branch, f"{language}.xlsx", language=language, mask_personal_data=False).path
    tickets, visits, returns, callbacks, complaints = _plain(branch)
    with read_workbook(path, engine=engine) as wb:
        assert wb.meta.branch_code == "ZZ01" and wb.meta.language == language
        assert wb.meta.sheets["tickets"].rows == len(tickets)
        assert list(wb.tickets()) == tickets
        assert list(wb.visits()) == visits
        assert list(wb.returns()) == returns
        assert list(wb.callbacks()) == callbacks
        assert list(wb.complaints()) == complaints


def test_masked_export_reads_back_masked(branch: BranchData, export: Export) -> None:
    with read_workbook(export(branch).path) as wb:
        first = next(wb.tickets())
        assert (first.phone, first.address) == ("138****5678", "河南省郑州市金水区")
        assert wb.meta.masked_columns == ("tickets.phone", "tickets.address", "complaints.phone",
                                          "installations.phone", "installations.address", "consultations.phone")


def _error(path: Path) -> ValidationError:
    with pytest.raises(ValidationError) as info, read_workbook(path) as wb:
        for sheet in wb.meta.sheets:
            list(wb.rows(sheet))
    assert info.value.params["file"] == str(path)
    return info.value


def _edit(path: Path, change) -> Path:
    wb = load_workbook(path)
    change(wb)
    wb.save(path)
    return path


def test_refuses_missing_corrupt_and_non_xlsx_files(tmp_path: Path, branch: BranchData, export: Export) -> None:
    assert _error(tmp_path / "absent.xlsx").code == "workbook_not_found"
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04 this is not really a zip")
    assert _error(junk).code == "workbook_corrupt"
    csv = tmp_path / "tickets.csv"
    csv.write_text("a,b\n1,2\n")
    assert _error(csv).code == "workbook_corrupt"
    good = export(branch).path
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert _error(truncated).code == "workbook_corrupt"


def test_refuses_a_foreign_workbook(tmp_path: Path) -> None:
    path = tmp_path / "foreign.xlsx"
    wb = Workbook()
    wb.active.append(["工单号", "客户"])
    wb.save(path)
    assert _error(path).code == "workbook_foreign"
    wb.create_sheet("_meta").append(["format_id", "someone-else/report"])
    wb.save(path)
    error = _error(path)
    assert error.code == "workbook_foreign" and error.params["found"] == "someone-else/report"


def test_refuses_another_schema_version(branch: BranchData, export: Export) -> None:
    path = _edit(export(branch).path, lambda wb: wb["_meta"].cell(2, 2, str(SCHEMA_VERSION + 1)))
    error = _error(path)
    assert error.code == "workbook_schema_version"
    assert error.params["found"] == str(SCHEMA_VERSION + 1) and error.params["expected"] == SCHEMA_VERSION


def test_refuses_missing_or_shifted_columns(branch: BranchData, export: Export, tmp_path: Path) -> None:
    def drop_key(wb) -> None:
        ws = wb["_meta"]
        for row in ws.iter_rows():
            if row[0].value == "columns" and row[1].value == "visits":
                row[5].value = "something_else"

    error = _error(_edit(export(branch, "a.xlsx").path, drop_key))
    assert error.code == "workbook_columns" and error.params["sheet"] == "visits"
    assert error.params["missing"] == ["engineer"]

    shifted = _edit(export(branch, "b.xlsx").path, lambda wb: wb["工单"].insert_cols(3))
    error = _error(shifted)
    assert error.code == "workbook_columns" and error.params["sheet"] == "tickets"


def test_rows_added_by_hand_are_detected(branch: BranchData, export: Export) -> None:
    path = _edit(export(branch).path, lambda wb: wb["回访"].append(["ZZ01", "ZZ01-2611-9999", 1]))
    error = _error(path)
    assert error.code == "workbook_corrupt" and error.params["sheet"] == "callbacks"


def test_a_value_of_the_wrong_type_names_its_cell(branch: BranchData, export: Export) -> None:
    path = _edit(export(branch).path, lambda wb: wb["工单"].cell(3, 3, "next tuesday"))
    error = _error(path)
    assert error.code == "workbook_value"
    assert (error.params["sheet"], error.params["row"], error.params["column"]) == ("tickets", 3, "opened_at")


def test_reads_a_workbook_resaved_by_openpyxl_with_shared_strings(branch: BranchData, export: Export) -> None:
    original = export(branch, "orig.xlsx", mask_personal_data=False).path
    with read_workbook(original) as wb:
        expected = {s: list(wb.rows(s)) for s in wb.meta.sheets}
    resaved = _edit(export(branch, "resaved.xlsx", mask_personal_data=False).path, lambda wb: None)
    for engine in ("fast", "openpyxl"):
        with read_workbook(resaved, engine=engine) as wb:
            assert {s: list(wb.rows(s)) for s in wb.meta.sheets} == expected


def test_a_row_without_its_key_is_refused(branch: BranchData, export: Export) -> None:
    def clear(wb) -> None:
        wb["上门记录"].cell(4, 2).value = None

    path = _edit(export(branch).path, clear)
    error = _error(path)
    assert (error.code, error.params["sheet"], error.params["row"], error.params["column"]) == (
        "workbook_value", "visits", 4, "ticket_no")


def _rewrite_part(path: Path, part: str, change) -> None:
    with zipfile.ZipFile(path) as source:
        items = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in items:
            target.writestr(info, change(data.decode()).encode() if info.filename == part else data)


@pytest.mark.parametrize("engine", ["fast", "openpyxl"])
def test_cells_in_other_shapes_than_ours_are_read(branch: BranchData, export: Export, engine: str) -> None:
    """Rich text with a phonetic guide, a formula's cached value, CDATA and entities (as other programs write)."""
    path = export(branch, mask_personal_data=False).path

    def change(xml: str) -> str:
        xml = re.sub(r'<c r="J2"[^>]*>.*?</c>', '<c r="J2" t="inlineStr"><is><r><t>张</t></r><r><t>三 &amp; 李</t></r>'
                     '<rPh sb="0" eb="1"><t>zhang</t></rPh></is></c>', xml, count=1)
        xml = re.sub(r'<c r="W2"[^>]*>.*?</c>', '<c r="W2">\n  <f>1+1</f>\n  <v>2</v>\n</c>', xml, count=1)
        return re.sub(r'<c r="H3"[^>]*>.*?</c>', '<c r="H3" t="inlineStr"><is><t><![CDATA[KFR<35>]]></t></is></c>',
                      xml, count=1)

    _rewrite_part(path, "xl/worksheets/sheet2.xml", change)
    with read_workbook(path, engine=engine) as wb:
        tickets = list(wb.tickets())
    assert (tickets[0].customer_name, tickets[0].visit_count) == ("张三 & 李", 2)
    assert tickets[1].model == "KFR<35>"
    assert tickets[2:] == _plain(branch)[0][2:]
