"""Sheets and columns other areas add to the workbook (schema 3) load without a change to the loader: a sheet HQ
has no table for goes into hq.sheet_row as JSON, a new column of a known sheet into its `extra` column, and the
quality feedback figures are counted from the sheet as it is expected to look (desktop/hq/rollup.QUALITY)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.database import Database
from desktop.exports import columns, workbook_reader, workbook_writer
from desktop.exports.columns import BRANCH, EXPORTED_AT, TICKET_NO, ColumnType, SheetSpec, _c
from desktop.hq.hq_service import HqService
from desktop.hq.loader import HqLoader
from tests.hq.hq_factories import make_export

pytestmark = pytest.mark.postgres

T = ColumnType
# The 质量问题反馈单 sheet as issue 15 describes it (product, model, serials, fault, cases, analysis, state), used
# when the workbook has no such sheet yet; once it has, the test runs on the real one.
EXPECTED_QUALITY_FEEDBACK = SheetSpec("quality_feedback", "质量问题反馈", "Quality feedback", (
    BRANCH,
    _c("feedback_no", "反馈单号", "Feedback no.", T.TEXT, 18),
    TICKET_NO,
    _c("raised_at", "提出时间", "Raised", T.DATETIME, 17),
    _c("product_line", "产品线", "Product line", T.TEXT, 12),
    _c("model", "型号", "Model", T.TEXT, 14),
    _c("serials", "机身编号", "Serial nos.", T.TEXT, 24),
    _c("fault", "故障", "Fault", T.TEXT, 24),
    _c("cases", "数量", "Cases", T.INT, 6),
    _c("status", "状态", "Status", T.TEXT, 10),
    EXPORTED_AT,
), row_key=("branch_code", "feedback_no"), since=3)
TICKETS_WITH_KIND = replace(columns.TICKETS, columns=(
    *columns.TICKETS.columns[:-1], _c("ticket_kind", "工单类型", "Kind", T.TEXT, 10), columns.TICKETS.columns[-1]))


QUALITY_FEEDBACK = columns.SHEETS_BY_KEY.get("quality_feedback", EXPECTED_QUALITY_FEEDBACK)


@pytest.fixture
def schema_with_new_sheets(monkeypatch: pytest.MonkeyPatch) -> None:
    sheets = tuple(TICKETS_WITH_KIND if s.key == "tickets" else s for s in columns.DATA_SHEETS)
    if "quality_feedback" not in columns.SHEETS_BY_KEY:
        sheets = (*sheets, QUALITY_FEEDBACK)
    by_key = {s.key: s for s in sheets}
    for module in (columns, workbook_writer, workbook_reader):
        monkeypatch.setattr(module, "DATA_SHEETS", sheets, raising=False)
    for module in (columns, workbook_reader):
        monkeypatch.setattr(module, "SHEETS_BY_KEY", by_key)
    monkeypatch.setattr(workbook_writer, "TICKETS", TICKETS_WITH_KIND, raising=False)


def _quality_rows(code: str, forms: list[tuple[str, str, int]]) -> list[tuple]:
    """Rows of the quality feedback sheet in its own column order; only the columns HQ reads are filled."""
    rows = []
    for n, (product, model, cases) in enumerate(forms):
        values = {"branch_code": code, "feedback_no": f"{code}-Q{n:03d}", "raised_at": datetime(2026, 11, 3 + n, 9, 0),
                  "product_line": product, "model": model, "serials": f"SN{n:06d}", "fault": "真空管炸裂",
                  "cases": cases}
        rows.append(tuple(values.get(c.key) for c in QUALITY_FEEDBACK.columns if c.key != "exported_at"))
    return rows


def test_a_sheet_without_a_table_and_a_new_column_load_and_quality_is_counted(
        schema_with_new_sheets: None, hq_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = make_export("AY01", tickets=10)
    numbers = [t.ticket_no for t in data.tickets]
    data.extra_sheets["quality_feedback"] = _quality_rows("AY01", [
        ("太阳能热水器", "TY-180", 3), ("太阳能热水器", "TY-180", 2), ("净水器", "RO-50", 1)])
    # The writer takes tickets as records: the new column's value is appended to each record's values.
    ticket_values = workbook_writer._ticket_values
    monkeypatch.setattr(workbook_writer, "_ticket_values",
                        lambda t: (*ticket_values(t), "安装" if t.ticket_no.endswith("0") else "维修"))
    first = data.write(tmp_path / "first.xlsx")
    later = data.later()
    later.extra_sheets["quality_feedback"] = later.extra_sheets["quality_feedback"][:2]
    second = later.write(tmp_path / "second.xlsx")

    loaded = HqLoader(hq_db).load(first)
    assert loaded.rows["quality_feedback"] == 3 and loaded.changes["quality_feedback"].added == 3
    with hq_db.engine.connect() as conn:
        rows = conn.execute(text("SELECT sheet, row_key, ticket_no, data FROM hq.sheet_row ORDER BY row_key")).all()
        kinds = conn.execute(text("SELECT extra ->> 'ticket_kind' FROM hq.tickets ORDER BY ticket_no")).scalars().all()
    assert [(r.sheet, r.row_key) for r in rows] == [("quality_feedback", f"AY01-Q{n:03d}") for n in range(3)]
    assert rows[0].data["model"] == "TY-180" and rows[0].data["cases"] == 3
    assert rows[0].data["raised_at"] == "2026-11-03T09:00:00"
    assert kinds == ["安装" if n.endswith("0") else "维修" for n in sorted(numbers)]
    service = HqService(hq_db)
    months = service.months()
    assert service.quality(months) == (("太阳能热水器", "TY-180", 2, 5), ("净水器", "RO-50", 1, 1))

    replaced = HqLoader(hq_db).load(second)
    assert replaced.changes["quality_feedback"].gone == 1 and replaced.changes["quality_feedback"].unchanged == 2
    assert service.quality(months) == (("太阳能热水器", "TY-180", 2, 5),)
