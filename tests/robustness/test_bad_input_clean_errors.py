"""Clean errors for every bad input (issue 17): lone surrogates in search, sign-in and claim lookup, NUL bytes in
search, amounts beyond a column's range, dates in year 1 or 9999 in list filters, export periods and schedules.
Each is a ValidationError with a translated message, and the database is left exactly as it was (both databases)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.database import Database
from desktop.errors import ValidationError
from desktop.models import User
from desktop.services.admin.auth_service import AuthService
from desktop.services.admin.signing_service import SigningService
from desktop.services.callbacks.callback_service import CallbackService
from desktop.services.claims.claim_service import ClaimService
from desktop.services.dashboard.dashboard_service import DashboardService
from desktop.services.dispatch.dispatch_service import DispatchService
from desktop.services.exports.export_period import parse_period
from desktop.services.exports.export_service import ExportService
from desktop.services.printing.report_print_service import ReportPrintService
from desktop.services.tickets.customer_service import CustomerService, NewAddress, NewUnit
from desktop.services.tickets.ticket_service import TicketFilter, TicketService
from desktop.views.exports import export_messages
from desktop.views.messages import error_message
from tests.conftest import FAST_HASHER, actor_for
from tests.robustness.test_bad_input_services import refused
from tests.services.dispatch_factories import engineer_id, make_ticket
from tests.services.intake_factories import line, open_ticket, register

export_messages.install()  # the export area's codes (period_invalid), as the export dialog registers them

SURROGATE = "x\ud800y"
NUL = "abc\x00def"


def _translated(error: ValidationError) -> None:
    """A sentence of its own, not the generic "The request was refused" for codes without one."""
    text = error_message(error)
    assert error.code not in text and "{" not in text, text
    assert text != error_message(ValidationError("a_code_without_a_sentence")), error.code


def _same(db: Database, call: Any, codes: tuple[str, ...]) -> ValidationError:
    error = refused(db, call, codes)
    _translated(error)
    return error


# ---- lone surrogates and NUL bytes ---------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [SURROGATE, NUL, "\ud83d", "工单\x00"])
def test_search_refuses_impossible_text_cleanly(db: Database, bad: str) -> None:
    clerk = actor_for(db, "clerk")
    tickets = TicketService(db)
    _same(db, lambda: tickets.search(clerk, bad), ("control_characters",))
    _same(db, lambda: tickets.list_page(clerk, TicketFilter(search=bad)), ("control_characters",))
    _same(db, lambda: CustomerService(db).find_by_phone(clerk, f"138{bad}"), ("control_characters",))
    scans = ReportPrintService(db, SigningService(db))
    _same(db, lambda: scans.find_scanned(clerk, bad), ("control_characters",))
    # Ordinary text still searches.
    assert isinstance(tickets.search(clerk, "漏水"), list)


@pytest.mark.parametrize("bad", [SURROGATE, NUL])
def test_claim_lookup_refuses_impossible_text_cleanly(db: Database, bad: str) -> None:
    clerk = actor_for(db, "clerk")
    claims = ClaimService(db)
    _same(db, lambda: claims.find_ticket(clerk, bad), ("control_characters",))
    _same(db, lambda: claims.find_unit(clerk, bad), ("control_characters",))


@pytest.mark.parametrize(("username", "password"), [(SURROGATE, "whatever-1234"), ("admin", SURROGATE),
                                                    ("adm\x00in", "demo1234"), ("admin", "demo\x001234")])
def test_sign_in_refuses_impossible_text_without_counting_a_failure(db: Database, username: str,
                                                                    password: str) -> None:
    auth = AuthService(db, FAST_HASHER)

    def failures() -> int:
        with db.read.begin() as session:
            return int(session.scalar(select(User.failed_attempts).where(User.username == "admin")) or 0)

    before = failures()
    error = _same(db, lambda: auth.login(username, password), ("control_characters",))
    assert error.field in ("username", "password")
    assert failures() == before


# ---- numbers beyond a column's range ---------------------------------------------------------------------------


def test_amounts_beyond_range_are_refused(db: Database) -> None:
    clerk = actor_for(db, "clerk")
    customers = CustomerService(db)
    model = line(customers, clerk).models[0].id
    for fen in (2**63, 2**64 + 5, 10**15):
        _same(db, lambda fen=fen: customers.register(
            clerk, name="金额测试", phone="13900001111", address=NewAddress("文峰区", "金额路 1 号"),
            unit=NewUnit(model, f"FEN{fen % 1000}", date(2025, 5, 1), invoice_price_fen=fen)),
            ("amount_out_of_range",))
    reg = register(db, clerk, phone="13900002222", serial="RANGE-1")
    opened = open_ticket(db, clerk, reg)
    claims = ClaimService(db)
    claim = claims.start_claim(clerk, requested_remedy="repair", ticket_id=opened.id)
    for raw in ("1e30", "1E+30", "99999999999999999999"):
        _same(db, lambda raw=raw: claims.update_facts(clerk, claim.id, claim.version, {"invoice_price": raw}),
              ("amount_out_of_range",))
    boss = actor_for(db, "admin")
    _same(db, lambda: claims.override(boss, claim.id, claim.version, outcome="refund", reason="测试",
                                      refund_amount=Decimal("1e30")), ("amount_out_of_range",))


# ---- dates in year 1 or 9999 ---------------------------------------------------------------------------------


@pytest.mark.parametrize("day", [date(1, 1, 1), date(9999, 12, 31)])
def test_impossible_dates_in_filters_periods_and_schedules(db: Database, day: date, tmp_path: Path) -> None:
    clerk, boss = actor_for(db, "clerk"), actor_for(db, "admin")
    tickets = TicketService(db)
    _same(db, lambda: tickets.list_page(clerk, TicketFilter(opened_from=day)), ("date_out_of_range",))
    _same(db, lambda: tickets.list_page(clerk, TicketFilter(opened_to=day)), ("date_out_of_range",))
    _same(db, lambda: ExportService(db).export_workbook(boss, day, day, tmp_path / "x.xlsx"), ("date_out_of_range",))
    assert not (tmp_path / "x.xlsx").exists()
    _same(db, lambda: DashboardService(db).indicators(boss, day, day), ("date_out_of_range",))
    _same(db, lambda: CallbackService(db).schedule_key_accounts(clerk, today=day), ("date_out_of_range",))
    # Visit windows (the dispatch schedule).
    ticket = make_ticket(db)
    start = datetime.combine(day, datetime.min.time(), UTC) + (timedelta(hours=1) if day.year == 1
                                                                else timedelta(hours=20))
    _same(db, lambda: DispatchService(db).plan_visit(actor_for(db, "dispatch"), ticket, engineer_id(db, "张师傅"),
                                                     start, start + timedelta(hours=2), override_reason="测试",
                                                     expected_version=None), ("date_out_of_range",))


@pytest.mark.parametrize("text", ["0001-01", "9999-12", "0001-01-01", "9999-12-31", "0001-W01", "9999-W52",
                                  "0001-01-01..0001-01-31"])
def test_impossible_export_periods_are_refused(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_period(text, date(2026, 11, 29))
    assert info.value.code in ("date_out_of_range", "period_invalid")
    _translated(info.value)


def test_impossible_dates_in_claim_facts_are_refused(db: Database) -> None:
    clerk = actor_for(db, "clerk")
    opened = open_ticket(db, clerk, register(db, clerk, phone="13900003333", serial="RANGE-2"))
    claims = ClaimService(db)
    claim = claims.start_claim(clerk, requested_remedy="repair", ticket_id=opened.id)
    for raw in ("0001-01-01", "9999-12-31"):
        _same(db, lambda raw=raw: claims.update_facts(clerk, claim.id, claim.version, {"invoice_date": raw}),
              ("date_out_of_range",))


def test_a_driver_level_bad_value_is_a_validation_error_and_rolls_back(db: Database) -> None:
    """The safety net under the services' own checks: whatever slips past them is bad input, not a crash."""
    from desktop.services.core.base import Service

    class Probe(Service):
        def store(self, actor: Any, value: Any) -> None:
            with self._writing(actor, "ticket.update") as session:
                session.execute(select(User.id).where(User.username == value))

    clerk = actor_for(db, "clerk")
    for value in (SURROGATE, 2**70 if db.is_sqlite else NUL):
        with pytest.raises(ValidationError) as info:
            Probe(db).store(clerk, value)
        assert info.value.code in ("invalid_input", "control_characters")
