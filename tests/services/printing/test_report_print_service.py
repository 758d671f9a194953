"""The printed, signed customer service report and the other print flows, read back from real PDFs."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from desktop.clock import BRANCH_TZ, utc_now
from desktop.errors import NotFoundError, StateError, ValidationError
from desktop.models import AuditLog, Callback, ServiceReport, TicketEvent
from desktop.printing.qr import parse_payload
from desktop.printing.signature import signature_to_json
from desktop.services.admin.signing_service import SigningService
from desktop.services.callbacks.callback_service import CallbackService
from desktop.services.dispatch.dispatch_records import PartUse, VisitResult
from desktop.services.dispatch.dispatch_service import DispatchService
from desktop.services.dispatch.visit_service import VisitService
from desktop.services.printing.report_print_service import ReportPrintService
from tests.conftest import actor_for
from tests.printing.conftest import decode_qr_texts, pdf_text, render_pngs, wavy_signature
from tests.services.dispatch_factories import engineer_id, make_ticket, next_weekday, set_onsite_window, ticket_version
from tests.services.stock_factories import stock_van

PASSPHRASE = "branch-pass-2026"


def record_signed_visit(db, *, local_times: bool = True) -> tuple[int, int, str]:  # type: ignore[no-untyped-def]
    """A resolved visit with parts, labour and the customer's pad signature; returns (ticket, visit, number)."""
    set_onsite_window(db, "solar", 30 * 24 * 60)
    dispatcher, engineer = actor_for(db, "dispatch"), actor_for(db, "engineer")
    ticket = make_ticket(db, customer_name="王建国", opened_at=utc_now() - timedelta(days=1))
    start = next_weekday(0, 9)
    visit = DispatchService(db).plan_visit(dispatcher, ticket, engineer_id(db, "张师傅"), start,
                                           start + timedelta(hours=2), expected_version=ticket_version(db, ticket))
    visits = VisitService(db)
    parts = {p.code: p for p in visits.parts(engineer, "solar")}
    now = utc_now().replace(microsecond=0)
    # The result dialog sends branch-local times; services and tests send UTC. Both must verify.
    arrived = (now - timedelta(hours=2)).astimezone(BRANCH_TZ if local_times else now.tzinfo)
    result = VisitResult(
        arrived_at=arrived, departed_at=arrived + timedelta(hours=1), result="resolved", cause="控制仪损坏",
        work_done="更换控制仪，试机正常",
        parts=(PartUse(parts["CTRL-TK8"].id, 1, charged=True), PartUse(parts["TUBE-58-1800"].id, 2, charged=False)),
        labour_charge_fen=5000, customer_comment="师傅很专业", satisfaction="neutral",
        signature_strokes_json=signature_to_json(wavy_signature()), charge_reason="真空管为赠送")
    stock_van(db, "张师傅", {"CTRL-TK8": 1, "TUBE-58-1800": 2})
    visits.record_result(engineer, visit.id, result, version=visit.version)
    return ticket, visit.id, _ticket_number(db, ticket)


def _ticket_number(db, ticket_id: int) -> str:  # type: ignore[no-untyped-def]
    from desktop.models import Ticket

    with db.read.begin() as session:
        return session.get(Ticket, ticket_id).number


@pytest.fixture
def signing(sqlite_db, tmp_path) -> SigningService:  # type: ignore[no-untyped-def]
    service = SigningService(sqlite_db, folder=tmp_path / "signing")
    service.create_key(actor_for(sqlite_db, "admin"), PASSPHRASE)
    return service


def test_the_signed_report_reads_back_verifies_and_carries_the_ticket_in_its_qr(sqlite_db, signing,
                                                                                 tmp_path) -> None:  # type: ignore[no-untyped-def]
    ticket, visit, number = record_signed_visit(sqlite_db)
    clerk = actor_for(sqlite_db, "clerk")
    printing = ReportPrintService(sqlite_db, signing)
    data = printing.service_report_data(clerk, visit)
    assert data.customer_signature is not None and data.customer_signature.digest == data.content_digest()
    assert (data.satisfaction, data.labour_charge, data.parts_total) == (
        "neutral", 50, data.parts[0].amount)
    assert data.arrival_at.utcoffset() == timedelta(hours=8)

    pdf = printing.render_signed_report(clerk, visit)

    text = pdf_text(pdf)
    for expected in (number, "王建国", "控制仪损坏", "更换控制仪", "师傅很专业", "客户服务报告", "张师傅"):
        assert expected in text
    # The customer's number as people read it, not the stored digits.
    assert data.customer.phone == "139 0000 0000" and "139 0000 0000" in text and "13900000000" not in text
    assert signing.verify(pdf).status == "valid"
    tampered = bytearray(pdf)
    index = tampered.find(number.encode())
    tampered[index] = ord("B") if tampered[index] != ord("B") else ord("C")
    assert signing.verify(bytes(tampered)).status == "altered"
    [page] = render_pngs(pdf, tmp_path)
    [qr] = decode_qr_texts(page)
    assert parse_payload(qr).ticket_no == number
    assert qr.split("|")[2] == data.content_digest()[:16]
    assert [r.visit_id for r in printing.printable_reports(clerk, ticket)] == [visit]


def test_utc_times_verify_too_and_an_edit_after_signing_is_refused(sqlite_db, signing) -> None:  # type: ignore[no-untyped-def]
    _ticket, visit, _number = record_signed_visit(sqlite_db, local_times=False)
    clerk = actor_for(sqlite_db, "clerk")
    printing = ReportPrintService(sqlite_db, signing)
    assert printing.service_report_data(clerk, visit).customer_signature is not None
    with sqlite_db.write.begin() as session:
        session.scalars(select(ServiceReport).where(ServiceReport.visit_id == visit)).one().work_done = "未更换"
    with pytest.raises(ValidationError) as caught:
        printing.render_signed_report(clerk, visit)
    assert caught.value.code == "signature_digest_mismatch"


def test_a_locked_key_is_reported_and_unsigned_printing_is_explicit(sqlite_db, signing) -> None:  # type: ignore[no-untyped-def]
    _ticket, visit, number = record_signed_visit(sqlite_db)
    clerk = actor_for(sqlite_db, "clerk")
    # A new session of the app: the key exists on disk but nobody has unlocked it.
    locked = ReportPrintService(sqlite_db, SigningService(sqlite_db, folder=signing.trust_folder.parent))
    with pytest.raises(StateError) as caught:
        locked.render_signed_report(clerk, visit)
    assert caught.value.code == "signing_locked"
    unsigned = locked.render_unsigned_report(clerk, visit)
    assert number in pdf_text(unsigned) and signing.verify(unsigned).status != "valid"


def test_sheet_callback_record_scan_and_printed_marks(sqlite_db, signing) -> None:  # type: ignore[no-untyped-def]
    ticket, visit, number = record_signed_visit(sqlite_db)
    clerk = actor_for(sqlite_db, "clerk")
    printing = ReportPrintService(sqlite_db, signing)
    sheet = pdf_text(printing.service_sheet(clerk, ticket))
    assert number in sheet and "王建国" in sheet and "客户服务单" in sheet

    # GIVEN the completion callback, done on the phone
    callbacks = CallbackService(sqlite_db)
    with sqlite_db.read.begin() as session:
        callback = session.scalars(select(Callback).where(Callback.ticket_id == ticket)).one()
        callback_id, version = callback.id, callback.version
    with pytest.raises(StateError):
        printing.callback_record(clerk, callback_id)
    callbacks.complete(clerk, callback_id, version, {"q1_service_satisfied": True, "q3_working": True,
                                                     "q4_suggestions": "希望多上门保养"}, "satisfied")
    # WHEN its record is printed
    record = pdf_text(printing.callback_record(clerk, callback_id))
    # THEN it carries the ticket and the answers
    assert number in record and "希望多上门保养" in record

    for scanned in (f"SD1|{number}|0123456789abcdef", f"SD1\\{number.lower()}\\0123456789abcdef\n", number):
        assert printing.find_scanned(clerk, scanned).ticket_id == ticket
    with pytest.raises(NotFoundError):
        printing.find_scanned(clerk, "AY01-19990101-0001")
    with pytest.raises(ValidationError) as caught:
        printing.find_scanned(clerk, "hello world")
    assert caught.value.code == "qr_invalid"

    printing.mark_printed(clerk, "service_report", visit)
    printing.mark_printed(clerk, "callback_record", callback_id)
    with sqlite_db.read.begin() as session:
        events = session.scalars(select(TicketEvent).where(TicketEvent.ticket_id == ticket,
                                                           TicketEvent.kind == "printed")).all()
        assert [e.data["document"] for e in events] == ["service_report", "callback_record"]
        actions = set(session.scalars(select(AuditLog.action)))
        assert {"service_report.print", "callback_record.print"} <= actions
