"""ExportService on a generated branch history: workbook read back with openpyxl, summary against SQL, CLI, audit."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from sqlalchemy import delete, func, select

from desktop.clock import local_date_of, utc_now
from desktop.database import Database
from desktop.demo.history import generate_history
from desktop.errors import PermissionDenied, ValidationError
from desktop.exports.records import summarize
from desktop.exports.workbook_reader import read_workbook
from desktop.models import (
    AuditLog,
    Callback,
    Customer,
    Decision,
    ReturnClaim,
    ServiceClock,
    ServiceReport,
    Ticket,
    User,
    Visit,
)
from desktop.services.exports.export_period import Period, parse_period
from desktop.services.exports.export_service import ExportService, main
from tests.conftest import actor_for

EVIL = '=HYPERLINK("http://x","y")'


@pytest.fixture
def history(db: Database) -> Period:
    """200 generated tickets, one customer with a formula for a name, one decided return claim."""
    generate_history(db, tickets=200, seed=1)
    with db.write.begin() as session:
        # The history may hold a claim of its own; the assertions below count exactly the one made here.
        session.execute(delete(Decision))
        session.execute(delete(ReturnClaim))
        first = session.scalars(select(Ticket).order_by(Ticket.opened_at, Ticket.id)).first()
        session.get(Customer, first.customer_id).name = EVIL
        clerk = session.scalars(select(User).where(User.username == "admin")).one()
        claim = ReturnClaim(number="RC-TEST-0001", ticket_id=first.id, unit_id=first.unit_id, status="decided",
                            requested_remedy="exchange", created_at=utc_now(), created_by=clerk.id)
        session.add(claim)
        session.flush()
        session.add(Decision(claim_id=claim.id, outcome="exchange", rule_id="R-15", decided_at=utc_now(),
                             decided_by=clerk.id, approved_by=clerk.id, approved_at=utc_now()))
        low, high = session.execute(select(func.min(Ticket.opened_at), func.max(Ticket.opened_at))).one()
    return Period(local_date_of(low), local_date_of(high))


def test_workbook_reads_back_with_types_keys_masking_and_formula_safety(db: Database, history: Period,
                                                                       tmp_path) -> None:
    admin = actor_for(db, "admin")
    out = tmp_path / "hq.xlsx"
    result = ExportService(db).export_workbook(admin, history.start, history.end, out)

    assert result.masked is True  # the branch setting's default
    assert result.rows["tickets"] == 200 and result.rows["returns"] == 1
    wb = openpyxl.load_workbook(out)
    assert wb["_meta"].sheet_state == "hidden"
    tickets = wb["工单"]
    header = [c.value for c in tickets[1]]
    rows = list(tickets.iter_rows(min_row=2, values_only=True))
    row = dict(zip(header, rows[0], strict=True))
    assert row["客户姓名"] == EVIL
    assert tickets.cell(2, header.index("客户姓名") + 1).data_type == "s"
    assert "****" in row["联系电话"]
    assert row["受理时间"].year >= 2026 and isinstance(row["上门次数"], int)
    assert all(isinstance(r[header.index("重复维修")], bool) for r in rows)
    visits = wb["上门记录"]
    labour = [r[8] for r in visits.iter_rows(min_row=2, values_only=True)]
    assert labour and all(isinstance(v, int | float) for v in labour)
    assert wb["汇总"]._charts
    with read_workbook(out) as book:
        assert book.meta.branch_code == "AY01"
        assert book.meta.period_start == history.start
        assert "tickets.phone" in book.meta.masked_columns
        assert book.meta.sheets["tickets"].keys[:2] == ("branch_code", "ticket_no")
        back = summarize(book.tickets(), book.visits(), book.returns(), book.callbacks(), book.complaints())
    # The SQL summary is what HQ recomputes from the rows when it merges.
    assert back == result.summary


def test_summary_equals_independent_sql_counts(db: Database, history: Period, tmp_path) -> None:
    result = ExportService(db).export_workbook(actor_for(db, "admin"), history.start, history.end,
                                               tmp_path / "hq.xlsx", language="en", mask=False)
    s = result.summary
    with db.read.begin() as session:
        tickets = session.scalar(select(func.count(Ticket.id)))
        repeats = session.scalar(select(func.count(Ticket.id)).where(Ticket.is_repeat.is_(True)))
        reported = session.scalar(select(func.count(Visit.id)).join(ServiceReport, ServiceReport.visit_id == Visit.id)
                                  .where(Visit.status != "cancelled"))
        callbacks = session.scalar(select(func.count(Callback.id)).where(
            Callback.status != "cancelled", Callback.ticket_id.is_not(None)))
        done = session.scalar(select(func.count(Callback.id)).where(
            Callback.status != "cancelled", Callback.ticket_id.is_not(None), Callback.done_at.is_not(None)))
        closed = session.scalar(select(func.count(Ticket.id)).where(Ticket.status == "closed"))
    assert s.tickets_total == tickets == result.rows["tickets"]
    assert s.tickets_by_status["Closed"] == closed
    assert s.repeat_repairs == repeats
    assert s.visits_total == reported == result.rows["visits"]
    assert (s.callbacks_done.numerator, s.callbacks_done.denominator) == (done, callbacks)
    assert s.returns_by_rule == {"R-15": 1} and s.returns_by_outcome == {"Exchange": 1}
    assert result.masked_columns == ()


def test_commitments_sheet_holds_every_clock_with_its_result(db: Database, history: Period, tmp_path) -> None:
    """Schema 3: every clock of the period's tickets, all rounds, so HQ can count report-back and callback."""
    out = tmp_path / "hq.xlsx"
    result = ExportService(db).export_workbook(actor_for(db, "admin"), history.start, history.end, out, mask=False)
    with db.read.begin() as session:
        clocks = session.execute(select(Ticket.number, ServiceClock.commitment, ServiceClock.round,
                                        ServiceClock.met_at, ServiceClock.due_at)
                                 .join(Ticket, Ticket.id == ServiceClock.ticket_id)).all()
    assert {c[1] for c in clocks} >= {"first_contact", "report_back", "on_site", "callback"}
    with read_workbook(out) as book:
        assert book.meta.schema_version == 3
        rows = {(r["ticket_no"], r["commitment"], r["round"]): r for r in book.dicts("commitments")}
        tickets = {t.ticket_no: t for t in book.tickets()}
    assert result.rows["commitments"] == len(clocks) == len(rows)
    for number, commitment, round_, met_at, due_at in clocks:
        row = rows[(number, commitment, round_)]
        if met_at is not None:
            assert row["met"] is (met_at <= due_at)
    # Round one of contact and on-site is what the tickets sheet already says.
    for (number, commitment, round_), row in rows.items():
        if round_ == 1 and commitment == "first_contact":
            assert row["met"] == tickets[number].first_contact_met
        if round_ == 1 and commitment == "on_site":
            assert row["met"] == tickets[number].onsite_met
    wb = openpyxl.load_workbook(out)
    labels = {r[2] for r in wb["服务承诺"].iter_rows(min_row=2, values_only=True)}
    assert labels <= {"联系客户", "反馈服务中心", "上门", "回访"} and "report_back" not in labels


def test_export_is_audited_with_period_and_counts(db: Database, history: Period, tmp_path) -> None:
    ExportService(db).export_workbook(actor_for(db, "admin"), history.start, history.end, tmp_path / "a.xlsx")
    with db.read.begin() as session:
        entry = session.scalars(select(AuditLog).where(AuditLog.action == "export.hq")).one()
        assert entry.after["period_start"] == history.start.isoformat()
        assert entry.after["rows"]["tickets"] == 200
        assert entry.user_id is not None


def test_engineer_cannot_export(db: Database, tmp_path) -> None:
    with pytest.raises(PermissionDenied):
        ExportService(db).export_workbook(actor_for(db, "engineer"), date(2026, 11, 1), date(2026, 11, 30),
                                          tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_command_line_export_runs_as_the_signed_in_user(db: Database, history: Period, tmp_path,
                                                        monkeypatch) -> None:
    from desktop import cli
    from desktop.demo.seed import DEMO_PASSWORD

    out = tmp_path / f"cli-{history.start:%Y%m%d}.xlsx"
    url = db.engine.url.render_as_string(hide_password=False)
    monkeypatch.setenv(cli.PASSWORD_ENV, DEMO_PASSWORD)
    code = cli.main(["export", "--user", "admin", "--period", f"{history.start}..{history.end}",
                     "--out", str(tmp_path / "cli-{start}.xlsx"), "--database", url, "--lang", "en", "--no-mask"])
    assert code == 0 and out.exists()
    with read_workbook(out) as book:
        assert book.meta.language == "en" and book.meta.masked_columns == ()
        assert book.row_count("tickets") == 200
    with db.read.begin() as session:
        entry = session.scalars(select(AuditLog).where(AuditLog.action == "export.hq")).one()
        assert entry.user_id == actor_for(db, "admin").user_id and entry.after["run_as"] == "admin"
    # Without the console entry's sign-in, the module's own main exports nothing.
    assert main(["--user", "admin", "--period", "2026-11", "--out", str(tmp_path / "x.xlsx")]) == 2


@pytest.mark.parametrize(("text", "start", "end"), [
    ("2026-11", date(2026, 11, 1), date(2026, 11, 30)),
    ("2026-W47", date(2026, 11, 16), date(2026, 11, 22)),
    ("2026-11-25", date(2026, 11, 25), date(2026, 11, 25)),
    ("2026-11-01..2026-11-15", date(2026, 11, 1), date(2026, 11, 15)),
    ("last-month", date(2026, 10, 1), date(2026, 10, 31)),
    ("last-week", date(2026, 11, 16), date(2026, 11, 22)),
    ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
])
def test_periods(text: str, start: date, end: date) -> None:
    assert parse_period(text, date(2026, 11, 25)) == Period(start, end)


@pytest.mark.parametrize("text", ["2026-13", "2026-11-31", "2026-11-15..2026-11-01", "November"])
def test_bad_periods(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_period(text, date(2026, 11, 25))


def test_the_address_text_carries_the_town_and_masking_drops_it(db: Database, history: Period, tmp_path) -> None:
    from desktop.models import CustomerAddress

    admin = actor_for(db, "admin")
    with db.read.begin() as session:
        expected = {number: (p, c, d, town, detail) for number, p, c, d, town, detail in session.execute(
            select(Ticket.number, CustomerAddress.province, CustomerAddress.city, CustomerAddress.district,
                   CustomerAddress.town, CustomerAddress.detail)
            .join(CustomerAddress, CustomerAddress.id == Ticket.address_id))}
    # The generated history places its village addresses in their towns (乡镇), its city ones in none.
    assert any(parts[3] for parts in expected.values()) and any(not parts[3] for parts in expected.values())
    for mask, out in ((False, tmp_path / "open.xlsx"), (True, tmp_path / "masked.xlsx")):
        ExportService(db).export_workbook(admin, history.start, history.end, out, mask=mask)
        sheet = openpyxl.load_workbook(out)["工单"]
        header = [c.value for c in sheet[1]]
        number_at, address_at = header.index("工单号"), next(i for i, h in enumerate(header) if "地址" in str(h))
        shown = {r[number_at]: r[address_at] for r in sheet.iter_rows(min_row=2, values_only=True)}
        with_town = [n for n in shown if n in expected and expected[n][3]]
        assert with_town
        for number in with_town:
            province, city, district, town, detail = expected[number]
            assert shown[number] == (f"{province}{city}{district}" if mask
                                     else f"{province}{city}{district}{town}{detail}")
