"""merge_workbooks() and `service-desk hq-merge`: validation first, latest export wins, same schema out."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.errors import ValidationError
from desktop.exports.hq_merge import main, merge_workbooks
from desktop.exports.workbook_reader import read_workbook
from desktop.exports.workbook_writer import ExportCancelled, write_workbook
from tests.exports.conftest import BranchData, make_branch


def _write(tmp_path: Path, data: BranchData, name: str, exported_at: datetime, **changes: object) -> Path:
    path = tmp_path / name
    write_workbook(path, data.meta(exported_at=exported_at, **changes), data.summary(), *data.all())
    return path


@pytest.fixture
def three(tmp_path: Path) -> tuple[Path, Path, Path]:
    """Branch A exported twice (the later export has ticket 0001 closed and one more visit), and branch B."""
    a_old = make_branch("A01", tickets=5, status="dispatched", name="甲网点")
    a_new = make_branch("A01", tickets=5, status="closed", name="甲网点（新名）")
    a_new.tickets = [replace(t, engineer="新工程师") for t in a_new.tickets]
    b = make_branch("B02", tickets=4, name="乙网点")
    return (_write(tmp_path, a_new, "a_new.xlsx", datetime(2026, 12, 2, 3, 0)),
            _write(tmp_path, b, "b.xlsx", datetime(2026, 12, 1, 9, 0)),
            _write(tmp_path, a_old, "a_old.xlsx", datetime(2026, 12, 1, 3, 0)))


def test_duplicate_tickets_latest_export_wins(three: tuple[Path, Path, Path], tmp_path: Path) -> None:
    out = tmp_path / "all.xlsx"
    result = merge_workbooks(three, out, "zh")
    assert result.branches == ("A01", "B02")
    assert result.replaced == 5
    assert result.rows["tickets"] == 9
    with read_workbook(out) as wb:
        tickets = {(t.branch_code, t.ticket_no): t for t in wb.tickets()}
        assert len(tickets) == 9
        assert {t.status for k, t in tickets.items() if k[0] == "A01"} == {"closed"}
        assert {t.engineer for k, t in tickets.items() if k[0] == "A01"} == {"新工程师"}
        # Child rows come once, from the winning export.
        visits = [(v.branch_code, v.ticket_no, v.visit_no) for v in wb.visits()]
        assert len(visits) == len(set(visits)) == 5 + 1 + 4 + 1
        assert wb.meta.kind == "consolidated"
        assert {s.branch_code for s in wb.meta.sources} == {"A01", "B02"}
        assert len(wb.meta.sources) == 3
        assert wb.meta.masked_columns == ("tickets.phone", "tickets.address", "complaints.phone",
                                          "installations.phone", "installations.address", "consultations.phone")


def test_consolidated_workbook_has_branch_comparison_and_can_be_merged_again(
        three: tuple[Path, Path, Path], tmp_path: Path) -> None:
    first = tmp_path / "first.xlsx"
    merge_workbooks(three[1:], first, "en")
    summary = load_workbook(first)["Summary"]
    rows = [r for r in summary.iter_rows(values_only=True) if r[0] in ("A01", "B02")]
    assert [(r[0], r[1], r[2]) for r in rows] == [("A01", "甲网点", 5), ("B02", "乙网点", 4)]
    # The older consolidated file must not win over the newer branch export just because it was merged later.
    again = tmp_path / "again.xlsx"
    result = merge_workbooks([three[0], first], again, "zh")
    assert result.rows["tickets"] == 9
    with read_workbook(again) as wb:
        assert {t.status for t in wb.tickets() if t.branch_code == "A01"} == {"closed"}
    summary = load_workbook(again)["汇总"]
    names = {r[0]: r[1] for r in summary.iter_rows(values_only=True) if r[0] in ("A01", "B02")}
    assert names == {"A01": "甲网点（新名）", "B02": "乙网点"}


@pytest.mark.parametrize("case", ["schema", "foreign", "corrupt"])
def test_one_bad_file_refuses_the_whole_merge(three: tuple[Path, Path, Path], tmp_path: Path, case: str) -> None:
    bad = tmp_path / f"bad_{case}.xlsx"
    if case == "schema":
        wb = load_workbook(three[1])
        wb["_meta"]["B2"] = "0"
        wb.save(bad)
    elif case == "foreign":
        wb = load_workbook(three[1])
        del wb["_meta"]
        wb.save(bad)
    else:
        bad.write_bytes(three[1].read_bytes()[:3000])
    out = tmp_path / "all.xlsx"
    with pytest.raises(ValidationError) as info:
        merge_workbooks([three[0], bad, three[2]], out, "zh")
    expected = {"schema": "workbook_schema_version", "foreign": "workbook_foreign", "corrupt": "workbook_corrupt"}
    assert info.value.code == expected[case]
    assert info.value.params["file"] == str(bad)
    assert not out.exists()


def test_cancel_during_merge_leaves_no_file(tmp_path: Path) -> None:
    paths = [_write(tmp_path, make_branch(f"C{i}", tickets=700), f"c{i}.xlsx", datetime(2026, 12, 1, i))
             for i in range(2)]
    out = tmp_path / "all.xlsx"
    polls = []
    with pytest.raises(ExportCancelled):
        merge_workbooks(paths, out, "zh", cancelled=lambda: polls.append(1) or len(polls) > 2)
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c0.xlsx", "c1.xlsx"]


def test_command_line(three: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ALL.xlsx"
    assert main([*map(str, three), "--out", str(out), "--lang", "en"]) == 0
    printed = capsys.readouterr().out
    assert "Merged 3 workbooks from 2 branches" in printed and "5 replaced" in printed and str(out) in printed
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a workbook")
    assert main(["hq-merge", str(three[0]), str(junk), "--out", str(tmp_path / "x.xlsx")]) == 2
    error = capsys.readouterr().err
    assert str(junk) in error and "不是可读取的 .xlsx 工作簿" in error
    assert not (tmp_path / "x.xlsx").exists()
    assert main([str(three[0]), "--out", str(three[0])]) == 2
