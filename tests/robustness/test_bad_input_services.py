"""Bad input through the real field services: each entry is stored verbatim (legitimate text) or refused with a
ValidationError code and the database left exactly as it was (row counts and the audit head); hypothesis fuzz."""

from __future__ import annotations

import io
import itertools
import json
import os
import struct
import zlib
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from sqlalchemy import func, select

from desktop.clock import local_today, utc_now
from desktop.database import Database
from desktop.errors import DomainError, ValidationError
from desktop.models import (
    AuditHead,
    AuditLog,
    Callback,
    Complaint,
    Customer,
    CustomerAddress,
    CustomerPhone,
    NumberCounter,
    PartUsage,
    ReturnClaim,
    ServiceReport,
    Ticket,
    Unit,
    Visit,
)
from desktop.services.callbacks.callback_service import CallbackService
from desktop.services.callbacks.complaint_service import ComplaintService
from desktop.services.claims.claim_service import ClaimService
from desktop.services.dispatch.dispatch_records import PartUse, VisitResult
from desktop.services.dispatch.dispatch_service import DispatchService
from desktop.services.dispatch.visit_service import VisitService
from desktop.services.tickets.customer_service import CustomerService, NewAddress, NewUnit
from desktop.services.tickets.ticket_service import NewTicket, TicketService
from tests.conftest import actor_for
from tests.robustness.bad_inputs import TEXT_CORPUS
from tests.services.callback_factories import make_completed_ticket
from tests.services.dispatch_factories import engineer_id, make_ticket, next_weekday, set_onsite_window
from tests.services.intake_factories import fault, line, open_ticket, register
from tests.services.stock_factories import stock_van

GOOD = {"q1_service_satisfied": True, "q1_explained_use": True, "q2_manual_read": True, "q3_working": True}
_phones = itertools.count(1)
TABLES = (Customer, CustomerPhone, CustomerAddress, Unit, Ticket, Visit, ServiceReport, PartUsage, Callback,
          Complaint, ReturnClaim, AuditLog)


def state(db: Database) -> tuple[Any, ...]:
    """Everything a refused save could have left behind: row counts, issued numbers, the audit head, versions."""
    with db.read.begin() as session:
        counts = tuple(session.scalar(select(func.count()).select_from(t)) for t in TABLES)
        numbers = session.scalar(select(func.coalesce(func.sum(NumberCounter.last_seq), 0)))
        head = session.scalar(select(AuditHead.last_digest).where(AuditHead.id == 1))
        versions = (session.scalar(select(func.coalesce(func.sum(Ticket.version), 0))),
                    session.scalar(select(func.coalesce(func.sum(Visit.version), 0))),
                    session.scalar(select(func.coalesce(func.sum(Callback.version), 0))))
        return (*counts, numbers, head, *versions)


def refused(db: Database, call: Callable[[], Any], codes: tuple[str, ...] | None = None) -> ValidationError:
    before = state(db)
    with pytest.raises(ValidationError) as info:
        call()
    if codes is not None:
        assert info.value.code in codes, info.value
    assert state(db) == before, "a refused save changed the database"
    return info.value


def _phone() -> str:
    return f"1390371{next(_phones):04d}"


# ---- fixtures: one of each thing the bad input goes into -------------------------------------------------------


@pytest.fixture
def desk(sqlite_db: Database) -> dict[str, Any]:
    set_onsite_window(sqlite_db, "solar", 30 * 24 * 60)
    clerk = actor_for(sqlite_db, "clerk")
    customers = CustomerService(sqlite_db)
    solar = line(customers, clerk)
    return {"db": sqlite_db, "clerk": clerk, "dispatcher": actor_for(sqlite_db, "dispatch"),
            "engineer": actor_for(sqlite_db, "engineer"), "customers": customers, "solar": solar,
            "model": solar.models[0].id, "leak": fault(solar, "leak")}


def _open_visit(desk: dict[str, Any]) -> Any:
    db = desk["db"]
    ticket = make_ticket(db)
    with db.read.begin() as session:
        version = session.get(Ticket, ticket).version
    start = next_weekday(1, 9)
    return DispatchService(db).plan_visit(desk["dispatcher"], ticket, engineer_id(db, "张师傅"), start,
                                          start + timedelta(hours=2), override_reason="测试", expected_version=version)


def _sheet(**changes: Any) -> VisitResult:
    now = utc_now()
    base: dict[str, Any] = {"arrived_at": now - timedelta(hours=2), "departed_at": now - timedelta(hours=1),
                            "result": "resolved", "cause": "控制仪损坏", "work_done": "更换控制仪"}
    return VisitResult(**{**base, **changes})


# ---- the text corpus through every free-text field of the field loop ------------------------------------------

CORPUS_IDS = [c[0] for c in TEXT_CORPUS]


@pytest.mark.parametrize(("label", "text", "must_refuse"), TEXT_CORPUS, ids=CORPUS_IDS)
def test_corpus_through_customer_registration(desk: dict[str, Any], label: str, text: str, must_refuse: bool) -> None:
    db, clerk, customers = desk["db"], desk["clerk"], desk["customers"]
    for field in ("name", "address"):
        name = text if field == "name" else f"客户{label}"
        detail = text if field == "address" else f"测试路 {label} 号"
        call = lambda name=name, detail=detail: customers.register(  # noqa: E731
            clerk, name=name, phone=_phone(), address=NewAddress("文峰区", detail))
        if must_refuse:
            error = refused(db, call, ("too_long", "control_characters"))
            assert error.field in ("name", "detail", "address")
        else:
            reg = call()
            with db.read.begin() as session:
                assert session.get(Customer, reg.customer_id).name == name
                assert session.get(CustomerAddress, reg.address_id).detail == detail


@pytest.mark.parametrize(("label", "text", "must_refuse"), TEXT_CORPUS, ids=CORPUS_IDS)
def test_corpus_through_ticket_visit_callback_and_complaint(desk: dict[str, Any], label: str, text: str,
                                                             must_refuse: bool) -> None:
    db, clerk, engineer = desk["db"], desk["clerk"], desk["engineer"]
    reg = register(db, clerk, phone=_phone(), serial=f"BAD-{label}"[:40])
    visit = _open_visit(desk)
    made = make_completed_ticket(db, clerk)
    assert made.callback_id is not None
    tickets, visits = TicketService(db), VisitService(db)
    calls: dict[str, tuple[Callable[[], Any], Callable[[Any], str]]] = {
        "fault_text": (lambda: tickets.open_ticket(clerk, NewTicket(reg.customer_id, "13803720001", "hotline",
                                                                    desk["leak"], text, unit_id=reg.unit_id)),
                       lambda opened: _get(db, Ticket, opened.id).fault_text),
        "ticket_update": (lambda: tickets.update(clerk, made.ticket_id, _get(db, Ticket, made.ticket_id).version,
                                                 fault_text=text),
                          lambda _v: _get(db, Ticket, made.ticket_id).fault_text),
        "report": (lambda: visits.record_result(engineer, visit.id, _sheet(cause=text, work_done=text,
                                                                           customer_comment=text),
                                                version=visit.version),
                   lambda row: _get(db, ServiceReport, row.id).customer_comment),
        "callback": (lambda: CallbackService(db).complete(clerk, made.callback_id, 1,
                                                          {**GOOD, "q4_suggestions": text}, "satisfied", notes=text),
                     lambda _o: _get(db, Callback, made.callback_id).notes),
        "complaint": (lambda: ComplaintService(db).open(clerk, customer_id=reg.customer_id, source="phone",
                                                        concerns="staff", description=text),
                      lambda detail: _get(db, Complaint, detail.id).description),
    }
    for name, (call, stored) in calls.items():
        if must_refuse:
            error = refused(db, call, ("too_long", "control_characters"))
            assert error.field, name
        else:
            assert stored(call()) == text, name


def _get(db: Database, model: type, key: int) -> Any:
    with db.read.begin() as session:
        row = session.get(model, key)
        assert row is not None
        session.expunge(row)
        return row


# ---- impossible dates ---------------------------------------------------------------------------------------------


def test_impossible_unit_dates_are_refused(desk: dict[str, Any]) -> None:
    db, clerk, customers, model = desk["db"], desk["clerk"], desk["customers"], desk["model"]
    today = local_today()
    cases = {
        "future purchase": (NewUnit(model, "DATE-1", today + timedelta(days=1)), "date_in_future"),
        "future installation": (NewUnit(model, "DATE-2", today, today + timedelta(days=30)), "date_in_future"),
        "future production": (NewUnit(model, "DATE-3", date(2025, 5, 1), production_date=date(2099, 1, 1)),
                              "date_in_future"),
        "installed before sale": (NewUnit(model, "DATE-4", date(2025, 5, 10), date(2025, 5, 1)),
                                  "installed_before_sale"),
    }
    for label, (unit, code) in cases.items():
        error = refused(db, lambda unit=unit, label=label: customers.register(
            clerk, name="日期测试", phone=_phone(), address=NewAddress("文峰区", f"日期路 {label}"), unit=unit),
            (code,))
        assert error.field in ("invoice_date", "installation_date", "production_date"), label


@pytest.mark.parametrize("raw", ["2026-02-30", "2025-13-01", "2025-00-10", "昨天", "2025/05/01 12:00",
                                 "0000-01-01"])
def test_impossible_date_strings_in_claim_facts_are_refused(desk: dict[str, Any], raw: str) -> None:
    db, clerk = desk["db"], desk["clerk"]
    opened = open_ticket(db, clerk, register(db, clerk, phone=_phone(), serial=f"CLM{abs(hash(raw)) % 10**6}"))
    claims = ClaimService(db)
    claim = claims.start_claim(clerk, requested_remedy="repair", ticket_id=opened.id)
    refused(db, lambda: claims.update_facts(clerk, claim.id, claim.version, {"invoice_date": raw}), ("not_a_date",))


def test_impossible_visit_times_are_refused(desk: dict[str, Any]) -> None:
    db, engineer, clerk = desk["db"], desk["engineer"], desk["clerk"]
    visit = _open_visit(desk)
    visits, dispatch = VisitService(db), DispatchService(db)
    now = utc_now()
    for sheet, code in [
        (_sheet(arrived_at=now + timedelta(hours=1), departed_at=now + timedelta(hours=2)), "arrival_in_future"),
        (_sheet(arrived_at=now - timedelta(hours=1), departed_at=now - timedelta(hours=2)), "departure_before_arrival"),
        (_sheet(arrived_at=datetime(2025, 5, 1, 9), departed_at=datetime(2025, 5, 1, 10)), "window_invalid"),
    ]:
        refused(db, lambda sheet=sheet: visits.record_result(engineer, visit.id, sheet, version=visit.version),
                (code,))
    refused(db, lambda: visits.record_arrival(engineer, visit.id, now + timedelta(days=1), version=visit.version),
            ("arrival_in_future",))
    start = next_weekday(2, 9)
    refused(db, lambda: dispatch.agree_time(clerk, visit.id, start, start - timedelta(hours=1), version=visit.version),
            ("window_invalid",))
    refused(db, lambda: dispatch.agree_time(clerk, visit.id, start.replace(tzinfo=None),
                                            start.replace(tzinfo=None) + timedelta(hours=2), version=visit.version),
            ("window_invalid",))


# ---- negative quantities and prices, unknown enum values ------------------------------------------------------


def test_negative_and_absurd_quantities_and_prices_are_refused(desk: dict[str, Any]) -> None:
    db, engineer = desk["db"], desk["engineer"]
    visit = _open_visit(desk)
    part = VisitService(db).parts(engineer, "solar")[0]
    visits = VisitService(db)
    for sheet, code in [
        (_sheet(parts=(PartUse(part.id, -1),)), "quantity_invalid"),
        (_sheet(parts=(PartUse(part.id, 0),)), "quantity_invalid"),
        (_sheet(parts=(PartUse(part.id, 1000),)), "quantity_invalid"),
        (_sheet(parts=(PartUse(part.id, 1, charged=True, unit_price_fen=-100),)), "charge_invalid"),
        (_sheet(parts=(PartUse(part.id, 1, charged=True, unit_price_fen=10**12),)), "charge_invalid"),
        (_sheet(parts=(PartUse(part.id, 1), PartUse(10**9, 1))), "part_not_found"),
        (_sheet(labour_charge_fen=-1), "charge_invalid"),
        (_sheet(labour_charge_fen=10**10), "charge_invalid"),
        (_sheet(call_out_fee_fen=-1), "charge_invalid"),
        (_sheet(follow_up="x" * 1001), "too_long"),
        (_sheet(charge_reason="坏\x00字符"), "control_characters"),
        (_sheet(engineer_signature_strokes_json="{not json"), "signature_invalid"),
        # The engineer's van holds none of this part yet.
        (_sheet(parts=(PartUse(part.id, 1, charged=True),)), "stock_insufficient"),
    ]:
        refused(db, lambda sheet=sheet: visits.record_result(engineer, visit.id, sheet, version=visit.version),
                (code,))
    # The same visit still takes a good sheet afterwards.
    stock_van(db, "张师傅", {part.code: 2})
    assert visits.record_result(engineer, visit.id, _sheet(parts=(PartUse(part.id, 2, charged=True),)),
                                version=visit.version).result == "resolved"


def test_unknown_enum_values_are_refused(desk: dict[str, Any]) -> None:
    db, clerk, engineer, customers = desk["db"], desk["clerk"], desk["engineer"], desk["customers"]
    reg = register(db, clerk, phone=_phone(), serial="ENUM-1")
    tickets = TicketService(db)

    def new(**changes: Any) -> NewTicket:
        base: dict[str, Any] = {"customer_id": reg.customer_id, "contact_phone": "13803720001", "channel": "hotline",
                                "fault_category_id": desk["leak"], "fault_text": "漏水", "unit_id": reg.unit_id}
        return NewTicket(**{**base, **changes})

    refused(db, lambda: tickets.open_ticket(clerk, new(channel="fax")), ("unknown_value",))
    refused(db, lambda: tickets.open_ticket(clerk, new(channel="HOTLINE")), ("unknown_value",))
    refused(db, lambda: tickets.open_ticket(clerk, new(priority="asap")), ("unknown_value",))
    refused(db, lambda: tickets.open_ticket(clerk, new(fault_category_id=10**9)), ("fault_not_of_product_line",))
    refused(db, lambda: customers.register(clerk, name="外星人", phone=_phone(), kind="alien"), ("unknown_value",))
    visit = _open_visit(desk)
    visits = VisitService(db)
    refused(db, lambda: visits.record_result(engineer, visit.id, _sheet(result="fixed"), version=visit.version),
            ("result_invalid",))
    refused(db, lambda: visits.record_result(engineer, visit.id, _sheet(satisfaction="happy"), version=visit.version),
            ("satisfaction_invalid",))
    made = make_completed_ticket(db, clerk)
    callbacks = CallbackService(db)
    refused(db, lambda: callbacks.complete(clerk, made.callback_id, 1, GOOD, "happy"), ("invalid_choice",))
    refused(db, lambda: callbacks.complete(clerk, made.callback_id, 1, {**GOOD, "q9_mood": True}, "satisfied"),
            ("unknown_answer",))
    refused(db, lambda: callbacks.complete(clerk, made.callback_id, 1, GOOD, "satisfied", closing_line="Z9"),
            ("invalid_choice",))
    complaints = ComplaintService(db)
    refused(db, lambda: complaints.open(clerk, customer_id=reg.customer_id, source="pigeon", concerns="staff",
                                        description="态度差"), ("invalid_choice",))
    refused(db, lambda: complaints.open(clerk, customer_id=reg.customer_id, source="phone", concerns="weather",
                                        description="态度差"), ("invalid_choice",))
    claims = ClaimService(db)
    refused(db, lambda: claims.start_claim(clerk, requested_remedy="money_back", ticket_id=made.ticket_id),
            ("unknown_value",))


# ---- huge and hostile signatures ------------------------------------------------------------------------------


def _noise_png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.frombytes("RGB", (width, height), os.urandom(width * height * 3)).save(out, format="PNG", compress_level=0)
    return out.getvalue()


def _bomb_png(width: int, height: int) -> bytes:
    """A PNG header announcing a huge 1-bit image over a tiny compressed stream (a decompression bomb)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = zlib.compress(b"\0" * 1_000_000, 9)  # the start of the bitmap; never decoded if the size is checked
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))
            + chunk(b"IDAT", rows) + chunk(b"IEND", b""))


def test_huge_signatures_are_refused(desk: dict[str, Any]) -> None:
    db, engineer = desk["db"], desk["engineer"]
    visit = _open_visit(desk)
    visits = VisitService(db)
    twenty_mb = _noise_png(2600, 2600)
    assert len(twenty_mb) > 20_000_000
    bomb = _bomb_png(40_000, 40_000)  # a few hundred KB that would decode to 1.6 gigapixels
    assert len(bomb) < 4 * 1024 * 1024
    too_many_points = json.dumps({"v": 1, "w": 300, "h": 100,
                                  "strokes": [[[1, 1, 0.5]] * 1000 for _ in range(100)]})
    over_bytes = json.dumps({"v": 1, "w": 300, "h": 100, "strokes": [[[1.123456789, 1.123456789, 0.5]] * 30_000]})
    assert len(over_bytes) > 512 * 1024
    cases: list[tuple[dict[str, Any], tuple[str, ...]]] = [
        ({"signature_scan": twenty_mb}, ("signature_image_too_large",)),
        ({"signature_scan": bomb}, ("signature_image_too_large", "signature_image_unreadable")),
        # Under Pillow's own bomb limit, but over the pad's: the header check refuses it before decoding.
        ({"signature_scan": _bomb_png(8000, 100)}, ("signature_image_too_large",)),
        ({"signature_scan": _bomb_png(5000, 5000)}, ("signature_image_too_large",)),
        ({"signature_scan": b"GIF89a" + b"\0" * 100}, ("signature_image_unreadable", "signature_image_format")),
        ({"signature_scan": b"\x89PNG\r\n\x1a\n" + b"\0" * 64}, ("signature_image_unreadable",)),
        ({"signature_strokes_json": over_bytes}, ("signature_too_large",)),
        ({"signature_strokes_json": too_many_points}, ("signature_too_large", "signature_invalid")),
        ({"signature_strokes_json": "{" * 100_000}, ("signature_invalid", "signature_too_large")),
        ({"signature_strokes_json": '{"v": 1, "w": 1e999, "h": 100, "strokes": []}'}, ("signature_invalid",)),
    ]
    for changes, codes in cases:
        refused(db, lambda changes=changes: visits.record_result(
            engineer, visit.id, _sheet(**changes), version=visit.version), codes)


# ---- hypothesis fuzz of intake: a DomainError or a stored ticket, nothing else ----------------------------------

_text = st.one_of(st.text(max_size=300), st.sampled_from([t for _, t, _ in TEXT_CORPUS]))
_phone_like = st.one_of(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True), st.text(max_size=30),
                        st.from_regex(r"0372-?[0-9]{7,8}", fullmatch=True))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(phone=_phone_like, text=_text, channel=st.one_of(st.sampled_from(["hotline", "walk_in", "x"]), st.text()),
       priority=st.one_of(st.sampled_from(["normal", "urgent"]), st.text(max_size=10)),
       fault_id=st.one_of(st.none(), st.integers(-5, 10**6)), customer_id=st.integers(-5, 10**6))
def test_fuzz_open_ticket(desk: dict[str, Any], phone: str, text: str, channel: str, priority: str,
                          fault_id: int | None, customer_id: int) -> None:
    db, clerk = desk["db"], desk["clerk"]
    tickets = TicketService(db)
    for cid in (customer_id, 1):
        before = state(db)
        try:
            opened = tickets.open_ticket(clerk, NewTicket(cid, phone, channel, fault_id, text, priority=priority))
        except DomainError:
            assert state(db) == before
            continue
        stored = _get(db, Ticket, opened.id)
        assert stored.fault_text == text.strip().replace("\r\n", "\n").replace("\r", "\n")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=_text, phone=_phone_like, district=_text, detail=_text, kind=st.sampled_from(["person", "company", "?"]),
       serial=st.text(max_size=60), invoice=st.one_of(st.none(), st.dates(date(1900, 1, 1), date(2100, 1, 1))),
       installed=st.one_of(st.none(), st.dates(date(1900, 1, 1), date(2100, 1, 1))),
       model_id=st.integers(-3, 10**6))
def test_fuzz_register(desk: dict[str, Any], name: str, phone: str, district: str, detail: str, kind: str,
                       serial: str, invoice: date | None, installed: date | None, model_id: int) -> None:
    db, clerk, customers = desk["db"], desk["clerk"], desk["customers"]
    for unit in (NewUnit(model_id, serial, invoice, installed), NewUnit(desk["model"], serial, invoice, installed)):
        before = state(db)
        try:
            customers.register(clerk, name=name, phone=phone, address=NewAddress(district, detail), unit=unit,
                               kind=kind, confirm_similar=True)
        except DomainError:
            assert state(db) == before
