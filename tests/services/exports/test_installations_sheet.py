"""The HQ workbook's installations sheet (schema 3): fed from the installation orders, read back with openpyxl and
the reader, merged by hq-merge together with a workbook of the previous version that has no such sheet."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop.clock import local_date_of
from desktop.database import Database
from desktop.demo.history import generate_history
from desktop.exports.columns import INSTALLATIONS, SCHEMA_VERSION
from desktop.exports.hq_merge import merge_workbooks
from desktop.exports.workbook_reader import read_workbook
from desktop.models import InstallationOrder, InstallationReport, Ticket, Visit
from desktop.services.exports.export_period import Period
from desktop.services.exports.export_service import ExportService
from tests.conftest import actor_for


@pytest.fixture
def history(db: Database) -> Period:
    generate_history(db, tickets=400, seed=7)
    with db.read.begin() as session:
        low, high = session.execute(select(func.min(Ticket.opened_at), func.max(Ticket.opened_at))).one()
    return Period(local_date_of(low), local_date_of(high))


def test_installations_sheet_carries_every_order_with_its_acceptance(db: Database, history: Period, tmp_path) -> None:
    admin = actor_for(db, "admin")
    out = tmp_path / "hq.xlsx"
    result = ExportService(db).export_workbook(admin, history.start, history.end, out, mask=False)
    with db.read.begin() as session:
        orders = session.scalar(select(func.count()).select_from(InstallationOrder)) or 0
        installed = session.scalar(select(func.count()).select_from(InstallationReport)
                                   .where(InstallationReport.result == "installed")) or 0
        sample = session.execute(
            select(Ticket.number, InstallationReport.installed_on, InstallationReport.appearance_defect)
            .join(Visit, Visit.ticket_id == Ticket.id)
            .join(InstallationReport, InstallationReport.visit_id == Visit.id)
            .where(InstallationReport.result == "installed").order_by(Ticket.id).limit(1)).one()
    assert orders > 10 and result.rows["installations"] == orders

    sheet = openpyxl.load_workbook(out)["安装"]
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    assert header[:4] == ["网点编码", "工单号", "预约安装日期", "销售单位"] and header[-1] == "导出时间(UTC)"

    with read_workbook(out) as book:
        assert book.meta.schema_version == SCHEMA_VERSION == 3
        rows = {r["ticket_no"]: r for r in book.dicts("installations")}
    assert len(rows) == orders
    # The reader gives the result's key back; the cell shows its label in the header language.
    assert sum(1 for r in rows.values() if r["result"] == "installed") == installed
    labels = {c.value for c in next(sheet.iter_cols(min_col=12, max_col=12, min_row=2))}
    assert "已安装" in labels and "installed" not in labels
    row = rows[sample[0]]
    # Dates as dates, the result as its label, booleans as booleans; the phone in full (mask=False).
    assert row["installed_on"] == sample[1] and isinstance(row["requested_date"], dt.date)
    assert row["appearance_defect"] is bool(sample[2]) and row["signed"] is True and row["use_explained"] is True
    assert row["phone"].isdigit() and row["items_not_ticked"] in ("", None)
    pending = [r for r in rows.values() if r["result"] == "pending"]
    assert all(r["installed_on"] is None for r in pending)


def test_hq_merges_an_installations_sheet_with_a_previous_version_workbook(db: Database, history: Period,
                                                                           tmp_path) -> None:
    admin = actor_for(db, "admin")
    new = tmp_path / "new.xlsx"
    ExportService(db).export_workbook(admin, history.start, history.end, new)
    # The same branch's earlier export, still on version 2 (no installations sheet at all).
    old = tmp_path / "old.xlsx"
    ExportService(db).export_workbook(admin, history.start, history.start, old)
    wb = openpyxl.load_workbook(old)
    del wb[INSTALLATIONS.zh]
    for row in wb["_meta"].iter_rows():
        if row[0].value == "schema_version":
            row[1].value = "2"
    wb.save(old)
    with read_workbook(old) as book:
        assert book.meta.schema_version == 2 and list(book.rows("installations")) == []
    merged = merge_workbooks([old, new], tmp_path / "all.xlsx")
    with read_workbook(new) as book:
        expected = book.row_count("installations")
    assert merged.rows["installations"] == expected > 0
