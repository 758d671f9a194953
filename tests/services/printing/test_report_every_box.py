"""The signed 客户服务报告 fills every box: 需客户继续配合的事宜, 上门费 and 工程师签字 (signed on the pad like the
customer), and both signatures stay bound to the content; a report signed before these boxes existed still verifies."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from desktop.clock import local_today
from desktop.errors import ValidationError
from desktop.models import ServiceReport
from desktop.printing.signature import content_digest, signature_to_json
from desktop.services.admin.signing_service import SigningService
from desktop.services.dispatch.dispatch_records import VisitResult
from desktop.services.dispatch.visit_service import report_content
from desktop.services.printing.report_print_service import ReportPrintService
from tests.conftest import actor_for
from tests.printing.conftest import pdf_text, render_pngs, wavy_signature
from tests.services.stock_factories import planned_visit, record_visit, set_unit_dates

PASSPHRASE = "branch-pass-2026"


@pytest.fixture
def printing(sqlite_db, tmp_path) -> ReportPrintService:  # type: ignore[no-untyped-def]
    signing = SigningService(sqlite_db, folder=tmp_path / "signing")
    signing.create_key(actor_for(sqlite_db, "admin"), PASSPHRASE)
    return ReportPrintService(sqlite_db, signing)


def _signed_report(db, *, engineer_signs: bool = True):  # type: ignore[no-untyped-def]
    ticket, visit = planned_visit(db, fault="no_hot_water")
    set_unit_dates(db, ticket, sold=local_today() - timedelta(days=2000))
    record_visit(db, visit, call_out_fee_fen=3000, labour_charge_fen=5000, satisfaction="satisfied",
                 follow_up="请客户每半年清洗一次真空管，冬季夜间排空管路防冻",
                 signature_strokes_json=signature_to_json(wavy_signature()),
                 engineer_signature_strokes_json=signature_to_json(wavy_signature(1.3)) if engineer_signs else None)
    return visit.id


def test_follow_up_call_out_fee_and_the_engineers_signature_are_printed(sqlite_db, printing, tmp_path) -> None:  # type: ignore[no-untyped-def]
    visit = _signed_report(sqlite_db)
    clerk = actor_for(sqlite_db, "clerk")
    data = printing.service_report_data(clerk, visit)
    assert data.follow_up.startswith("请客户每半年清洗") and data.travel_charge == 30 and data.total == 80
    assert data.engineer_signature is not None and data.customer_signature is not None
    assert data.engineer_signature.signer_name == "张师傅"
    assert data.engineer_signature.digest == data.customer_signature.digest == data.content_digest()

    pdf = printing.render_signed_report(clerk, visit)
    text = pdf_text(pdf).replace("\n", "")
    for expected in ("请客户每半年清洗一次真空管", "上门费", "¥30.00", "¥80.00", "工程师签字"):
        assert expected in text
    # The same report without the engineer's signature differs on paper only in the engineer's box (the right
    # half of the signature row at the bottom), where the handwriting appears.
    unsigned = printing.render_signed_report(clerk, _signed_report(sqlite_db, engineer_signs=False))
    from PIL import Image, ImageChops

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    [with_ink] = render_pngs(pdf, tmp_path / "a", dpi=60)
    [without] = render_pngs(unsigned, tmp_path / "b", dpi=60)
    a, b = Image.open(with_ink).convert("L"), Image.open(without).convert("L")
    width, height = a.size
    diff = ImageChops.difference(a, b).point(lambda v: 255 if v > 60 else 0)

    def changed(box: tuple[int, int, int, int]) -> int:
        return diff.crop(box).histogram()[255]

    row = (int(height * 0.74), int(height * 0.86))  # the signature row, below the digest line
    assert changed((width // 2, row[0], width, row[1])) > 100
    assert changed((0, row[0], width // 2, row[1])) < 20


def test_an_edit_after_signing_unbinds_both_signatures(sqlite_db, printing) -> None:  # type: ignore[no-untyped-def]
    visit = _signed_report(sqlite_db)
    clerk = actor_for(sqlite_db, "clerk")
    with sqlite_db.write.begin() as session:
        session.scalars(select(ServiceReport).where(ServiceReport.visit_id == visit)).one().call_out_fee_fen = 0
    with pytest.raises(ValidationError) as caught:
        printing.render_signed_report(clerk, visit)
    assert caught.value.code == "signature_digest_mismatch"
    with sqlite_db.write.begin() as session:
        report = session.scalars(select(ServiceReport).where(ServiceReport.visit_id == visit)).one()
        report.call_out_fee_fen = 3000
        report.follow_up = "无"
    with pytest.raises(ValidationError):
        printing.render_signed_report(clerk, visit)


def test_only_the_engineer_signed_still_binds_the_content(sqlite_db, printing) -> None:  # type: ignore[no-untyped-def]
    _ticket, visit = planned_visit(sqlite_db)
    record_visit(sqlite_db, visit, follow_up="客户外出，回来后试用",
                 engineer_signature_strokes_json=signature_to_json(wavy_signature()))
    clerk = actor_for(sqlite_db, "clerk")
    data = printing.service_report_data(clerk, visit.id)
    assert data.customer_signature is None and data.engineer_signature is not None
    with sqlite_db.write.begin() as session:
        session.scalars(select(ServiceReport).where(ServiceReport.visit_id == visit.id)).one().follow_up = "改过"
    with pytest.raises(ValidationError):
        printing.service_report_data(clerk, visit.id)


def test_a_report_signed_before_the_new_boxes_existed_still_verifies(sqlite_db, printing) -> None:  # type: ignore[no-untyped-def]
    """Reports recorded before migration 0006 carry content_version 1: their digest covers the old fields."""
    visit = _signed_report(sqlite_db)
    clerk = actor_for(sqlite_db, "clerk")
    with sqlite_db.write.begin() as session:
        report = session.scalars(select(ServiceReport).where(ServiceReport.visit_id == visit)).one()
        ticket_no = printing.service_report_data(clerk, visit).ticket_no
        report.follow_up, report.call_out_fee_fen, report.engineer_signature_strokes = "", 0, None
        report.content_version = 1
        old = VisitResult(arrived_at=report.arrived_at, departed_at=report.departed_at, result=report.result,
                          cause=report.cause, work_done=report.work_done, labour_charge_fen=report.labour_charge_fen,
                          customer_comment=report.customer_comment, satisfaction=report.satisfaction)
        report.content_digest = content_digest(report_content(ticket_no, visit, old, [], version=1))
    data = printing.service_report_data(clerk, visit)
    assert data.customer_signature is not None and data.follow_up == "" and data.travel_charge == 0
