"""The HQ summary workbook read back with openpyxl: the figures of the database, numerators and denominators that
add up, real Excel types, and branch names that stay text."""

from __future__ import annotations

import csv
import os
import shutil
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from desktop.database import Database
from desktop.hq import summary_cli
from desktop.hq.hq_service import HqService
from desktop.hq.loader import HqLoader
from desktop.hq.summary_workbook import write_summary
from tests.exports.test_hq_libreoffice import CSV_FILTER, _soffice
from tests.hq.hq_factories import make_export

pytestmark = pytest.mark.postgres


@pytest.fixture
def service(hq_db: Database, tmp_path: Path) -> HqService:
    loader = HqLoader(hq_db)
    for code, name in (("AY01", "安阳网点"), ("ZZ02", "=HYPERLINK(\"http://x\",\"y\")")):
        nov = make_export(code, tickets=16, name=name)
        loader.load(nov.write(tmp_path / f"{code}-11.xlsx"))
        loader.load(make_export(code, tickets=8, name=name, installation_id=nov.installation_id,
                                start=date(2026, 12, 1), end=date(2026, 12, 31),
                                exported_at=datetime(2027, 1, 1)).write(tmp_path / f"{code}-12.xlsx"))
    return HqService(hq_db)


def _rows(ws) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    values = list(ws.iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def test_the_summary_holds_the_figures_side_by_side_with_their_bases(service: HqService, tmp_path: Path) -> None:
    months = service.months()
    result = write_summary(service, tmp_path / "汇总.xlsx", months)
    assert result.branches == 2 and result.rows["branch_months"] == 4

    wb = openpyxl.load_workbook(result.path)
    assert wb.sheetnames == ["说明", "网点对比", "月度趋势", "网点月度", "排名", "三包退换", "满意度", "质量反馈"]
    branches = _rows(wb["网点对比"])
    view = service.network(months)
    for row, b in zip(branches[:2], sorted(view.branches, key=lambda b: b.code), strict=True):
        assert row["网点编码"] == b.code and row["网点名称"] == b.name
        assert row["工单"] == b.get("tickets").count == 24
        assert (row["按时联系客户 达成"], row["按时联系客户 基数"]) == (b.get("contact").count, b.get("contact").base)
        assert row["按时联系客户 比率"] == pytest.approx(b.get("contact").rate)
        assert row["退换货申请 退款金额"] == float(b.get("returns").amount)
    total = branches[2]
    assert total["网点编码"] == "全网"
    for column in ("工单", "满意度 达成", "满意度 基数", "一次修复率 达成", "投诉"):
        assert total[column] == branches[0][column] + branches[1][column]
    # "投诉超期 3/3" beside "投诉已答复 3/3" read as three complaints still open: the figure counts those answered
    # late too, and its heading says so.
    assert "投诉未按时答复 达成" in branches[0] and not any(k.startswith("投诉超期") for k in branches[0])
    ws = wb["网点对比"]
    assert ws.freeze_panes == "C2" and ws.auto_filter.ref.startswith("A1:")
    header = [c.value for c in ws[1]]
    assert ws.cell(2, header.index("满意度 比率") + 1).number_format == "0.0%"
    evil = ws.cell(3, 2)
    assert evil.value.startswith("=HYPERLINK") and evil.data_type == "s"  # text, never a formula
    trend = wb["月度趋势"]
    assert [trend.cell(r, 1).value.date() for r in (2, 3)] == list(months)
    assert trend.cell(2, 1).number_format == "yyyy-mm"
    returns = _rows(wb["三包退换"])
    network_refund = sum(r["退款金额"] for r in returns if r["网点编码"] == "全网")
    assert network_refund == sum(r["退款金额"] for r in returns if r["网点编码"] != "全网") == 1280 * 4


def test_hq_summary_command_writes_english_for_a_range(service: HqService, hq_url: str, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "summary.xlsx"
    assert summary_cli.main(["--database", hq_url, "--out", str(out), "--from", "2026-12", "--lang", "en"]) == 0
    assert "2026-12..2026-12, 2 branches" in capsys.readouterr().out
    wb = openpyxl.load_workbook(out)
    rows = _rows(wb["Branches"])
    assert [r["Tickets"] for r in rows] == [8, 8, 16]
    assert summary_cli.main(["--database", hq_url, "--out", str(out), "--from", "2027-13"]) == 2
    assert "2027-13" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("soffice") is None and not os.environ.get("CI"),
                    reason="LibreOffice (soffice) is not installed on this machine")
def test_a_spreadsheet_program_opens_the_summary(service: HqService, tmp_path: Path) -> None:
    path = write_summary(service, tmp_path / "summary.xlsx", service.months()).path
    done = _soffice("--convert-to", CSV_FILTER, "--outdir", str(tmp_path / "csv"), str(path), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    files = {f.stem: f for f in (tmp_path / "csv").glob("*.csv")}
    branches = next(f for name, f in files.items() if name.endswith("网点对比"))
    with branches.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [r[0] for r in rows[1:]] == ["AY01", "ZZ02", "全网"]
    assert rows[2][1] == "=HYPERLINK(\"http://x\",\"y\")"  # the text, not a link or an error
    text = "\n".join(f.read_text(encoding="utf-8") for f in files.values())
    assert "Err:" not in text and "#NAME?" not in text and "#VALUE!" not in text
