"""Schema version 3: the HQ workbook carries the stock movements and payments (read back with openpyxl and the
reader), and hq-merge reads version 1, 2 and 3 workbooks together (the old ones written by the old releases)."""

from __future__ import annotations

import shutil
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop.clock import local_today, utc_now
from desktop.database import Database
from desktop.demo.history import generate_history
from desktop.exports.columns import PAYMENTS, SCHEMA_VERSION, STOCK_MOVEMENTS
from desktop.exports.hq_merge import main as merge_main
from desktop.exports.hq_merge import merge_workbooks
from desktop.exports.workbook_reader import read_workbook
from desktop.models import Payment, StockMovement, Ticket
from desktop.services.exports.export_service import ExportService
from tests.conftest import actor_for

DATA = Path(__file__).resolve().parents[2] / "exports" / "data"
V1, V2 = DATA / "hq-v1-AY09.xlsx", DATA / "hq-v2-HX07.xlsx"


@pytest.fixture
def exported(db: Database, tmp_path: Path) -> Path:
    generate_history(db, tickets=300, seed=5)
    out = tmp_path / "AY01.xlsx"
    today = local_today()
    ExportService(db).export_workbook(actor_for(db, "admin"), today - timedelta(days=400), today, out, "zh")
    return out


def _counts(db: Database) -> tuple[int, int]:
    with db.read.begin() as session:
        return (session.scalar(select(func.count()).select_from(StockMovement)) or 0,
                session.scalar(select(func.count()).select_from(Payment)) or 0)


def test_the_workbook_has_stock_movement_and_payment_sheets_with_labels_not_codes(db: Database,
                                                                                  exported: Path) -> None:
    movements, payments = _counts(db)
    assert movements > 200 and payments > 100
    wb = openpyxl.load_workbook(exported)
    sheet = wb["出入库"]
    header = [c.value for c in sheet[1]]
    assert header == [c.zh for c in STOCK_MOVEMENTS.columns]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == movements
    kinds = {r[header.index("类别")] for r in rows}
    assert kinds == {"入库", "领用", "上门使用", "旧件返还", "返厂/退总部"}
    places = {r[header.index("发出")] for r in rows} | {r[header.index("接收")] for r in rows}
    assert {"库房", "旧件库"} <= places and any(str(p).endswith("车载") for p in places if p)
    use = next(r for r in rows if r[header.index("类别")] == "上门使用")
    assert isinstance(use[header.index("数量")], int) and isinstance(use[header.index("单价")], float | int)
    assert use[header.index("金额")] == pytest.approx(use[header.index("单价")] * use[header.index("数量")])
    assert use[header.index("工单号")].startswith("AY01-") and use[header.index("时间")].year >= 2025
    sent = next(r for r in rows if r[header.index("类别")] == "返厂/退总部")
    assert sent[header.index("接收")] == "生产厂家" and sent[header.index("单据/清单号")].startswith("AY01-F")
    assert sent[header.index("发出")] == "旧件库"
    assert sent[header.index("旧件标签号")].startswith("JX")

    pay = wb["收费"]
    pay_header = [c.value for c in pay[1]]
    assert pay_header == [c.zh for c in PAYMENTS.columns]
    pay_rows = list(pay.iter_rows(min_row=2, values_only=True))
    assert len(pay_rows) == payments
    assert {r[pay_header.index("付款方式")] for r in pay_rows} <= {"现金", "微信", "支付宝", "转账"}
    assert {r[pay_header.index("状态")] for r in pay_rows} <= {"有效", "作废"}
    with db.read.begin() as session:
        total = session.scalar(select(func.sum(Payment.amount_fen))) / 100
    assert sum(r[pay_header.index("金额")] for r in pay_rows) == pytest.approx(total)

    book = read_workbook(exported)
    assert book.meta.schema_version == SCHEMA_VERSION == 3
    first = next(book.dicts("stock_movements"))
    assert first["kind"] in {"receipt", "issue", "use", "old_part_return", "return_out"}
    assert isinstance(first["unit_price"], Decimal)
    assert sum(1 for _ in book.rows("payments")) == payments
    book.close()


def test_payments_follow_their_ticket_and_movements_their_own_time(db: Database, tmp_path: Path) -> None:
    generate_history(db, tickets=300, seed=5)
    admin = actor_for(db, "admin")
    today = local_today()
    out = tmp_path / "week.xlsx"
    result = ExportService(db).export_workbook(admin, today - timedelta(days=6), today, out)
    week_start = utc_now() - timedelta(days=8)
    with db.read.begin() as session:
        tickets = set(session.scalars(select(Ticket.number)))
        moved_in_week = session.scalar(select(func.count()).where(StockMovement.moved_at >= week_start))
    book = read_workbook(out)
    week_tickets = {r["ticket_no"] for r in book.dicts("tickets")}
    paid_tickets = {r["ticket_no"] for r in book.dicts("payments")}
    assert paid_tickets <= week_tickets < tickets
    assert 0 < result.rows["stock_movements"] <= moved_in_week
    book.close()


def test_hq_merge_reads_version_1_2_and_3_workbooks_together(exported: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    old_one, old_two = read_workbook(V1), read_workbook(V2)
    assert (old_one.meta.schema_version, old_two.meta.schema_version) == (1, 2)
    assert old_one.row_count("stock_movements") == 0 and list(old_two.rows("payments")) == []
    old_tickets = old_one.row_count("tickets") + old_two.row_count("tickets")
    old_one.close()
    old_two.close()
    new = read_workbook(exported)
    new_counts = {k: new.row_count(k) for k in ("tickets", "stock_movements", "payments")}
    new.close()

    result = merge_workbooks([V1, V2, exported], tmp_path / "all.xlsx")
    assert result.branches == ("AY01", "AY09", "HX07")
    assert result.rows["tickets"] == old_tickets + new_counts["tickets"]
    assert result.rows["stock_movements"] == new_counts["stock_movements"] > 0
    assert result.rows["payments"] == new_counts["payments"] > 0
    merged = read_workbook(tmp_path / "all.xlsx")
    assert merged.meta.schema_version == 3
    assert {r["branch_code"] for r in merged.dicts("stock_movements")} == {"AY01"}
    merged.close()

    assert merge_main([str(V1), str(V2), str(exported), "--out", str(tmp_path / "cli.xlsx")]) == 0
    out = capsys.readouterr().out
    assert f"出入库 {new_counts['stock_movements']}" in out and f"收费 {new_counts['payments']}" in out


def test_a_later_export_of_the_same_branch_replaces_its_payments_and_keeps_movements_once(db: Database,
                                                                                         exported: Path,
                                                                                         tmp_path: Path) -> None:
    again = tmp_path / "AY01-again.xlsx"
    shutil.copyfile(exported, again)
    book = read_workbook(exported)
    counts = {k: book.row_count(k) for k in ("tickets", "stock_movements", "payments")}
    book.close()
    result = merge_workbooks([exported, again], tmp_path / "twice.xlsx")
    assert (result.rows["tickets"], result.rows["stock_movements"], result.rows["payments"]) == (
        counts["tickets"], counts["stock_movements"], counts["payments"])
