"""The engineer's conduct (seed 000 上门服务规范, seed 003 四不): printed on the dispatch slip, ticked on the visit
result, carried by the customer's signature and printed on the service report."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.clock import BRANCH_TZ, utc_now
from desktop.errors import ValidationError
from desktop.models import ServiceReport
from desktop.printing.signature import signature_to_json
from desktop.rules.conduct import CONDUCT_CODES
from desktop.services.admin.signing_service import SigningService
from desktop.services.dispatch.dispatch_print_service import DispatchPrintService
from desktop.services.dispatch.dispatch_records import VisitResult
from desktop.services.dispatch.dispatch_service import DispatchService
from desktop.services.dispatch.visit_service import VisitService
from desktop.services.printing.report_print_service import ReportPrintService
from tests.conftest import actor_for
from tests.printing.conftest import wavy_signature
from tests.services.dispatch_factories import engineer_id, make_ticket, ticket_version

KEPT = {code: code != "shoe_covers" for code in CONDUCT_CODES}


def _pages(pdf: bytes) -> list[str]:
    return ["".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def _planned(db, line: str = "solar"):  # type: ignore[no-untyped-def]
    dispatcher = actor_for(db, "dispatch")
    ticket = make_ticket(db, line=line, customer_name="孙丽", opened_at=utc_now() - timedelta(days=1))
    start = utc_now() - timedelta(hours=3)
    visit = DispatchService(db).plan_visit(dispatcher, ticket, engineer_id(db, "张师傅"), start,
                                           start + timedelta(hours=2), override_reason="test",
                                           expected_version=ticket_version(db, ticket))
    return ticket, visit, start


def test_the_checklist_goes_from_the_visit_result_to_the_signed_report(sqlite_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    engineer, clerk = actor_for(sqlite_db, "engineer"), actor_for(sqlite_db, "clerk")
    _ticket, visit, start = _planned(sqlite_db)
    result = VisitResult(arrived_at=start, departed_at=start + timedelta(hours=1), result="resolved",
                         work_done="更换电磁阀", satisfaction="satisfied", conduct=KEPT,
                         signature_strokes_json=signature_to_json(wavy_signature()))
    VisitService(sqlite_db).record_result(engineer, visit.id, result, version=visit.version)
    with sqlite_db.read.begin() as session:
        stored = session.scalars(select(ServiceReport.conduct).where(ServiceReport.visit_id == visit.id)).one()
    assert stored == KEPT
    printing = ReportPrintService(sqlite_db, SigningService(sqlite_db, folder=tmp_path / "signing"))
    data = printing.service_report_data(clerk, visit.id)
    # The customer's signature is bound to content that includes the checklist, and still verifies.
    assert data.customer_signature is not None and data.customer_signature.digest == data.content_digest()
    assert dict(data.conduct) == KEPT
    [page] = _pages(printing.render_unsigned_report(clerk, visit.id))
    assert "上门服务规范" in page and "进门前穿好鞋套" in page and "四不" in page
    # Changing the checklist after the customer signed breaks the binding.
    with sqlite_db.write.begin() as session:
        session.scalars(select(ServiceReport).where(ServiceReport.visit_id == visit.id)).one().conduct = {
            code: True for code in CONDUCT_CODES}
    with pytest.raises(ValidationError) as caught:
        printing.render_unsigned_report(clerk, visit.id)
    assert caught.value.code == "signature_digest_mismatch"


def test_a_checklist_must_answer_every_item(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    engineer = actor_for(sqlite_db, "engineer")
    _ticket, visit, start = _planned(sqlite_db)
    result = VisitResult(arrived_at=start, departed_at=start + timedelta(hours=1), result="resolved",
                         conduct={"shoe_covers": True})
    with pytest.raises(ValidationError) as caught:
        VisitService(sqlite_db).record_result(engineer, visit.id, result, version=visit.version)
    assert caught.value.code == "conduct_incomplete"
    with pytest.raises(ValidationError) as caught:
        VisitService(sqlite_db).record_result(engineer, visit.id, VisitResult(
            arrived_at=start, departed_at=start + timedelta(hours=1), result="resolved", satisfaction="perfect"),
            version=visit.version)
    assert caught.value.code == "satisfaction_invalid"


def test_the_dispatch_slip_prints_the_checklist_and_each_sheet_its_lines_name(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    dispatcher = actor_for(sqlite_db, "dispatch")
    _ticket, _visit, start = _planned(sqlite_db, line="purifier")
    day = start.astimezone(BRANCH_TZ).date()
    pdf, _ids = DispatchPrintService(sqlite_db).render_engineer_day(dispatcher, engineer_id(sqlite_db, "张师傅"), day)
    slip, *sheets = _pages(pdf)
    for item in ("上门服务规范", "进门前穿好鞋套", "工完、料净、场地清", "不吃用户一顿饭", "不收受用户红包"):
        assert item in slip, item
    [sheet] = sheets
    # The purifier customer's sheet is headed and worded for purifiers, never 太阳能.
    assert "太阳能" not in sheet and "鸿盛净水器" in sheet
