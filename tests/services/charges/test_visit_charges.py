"""Charges on the returned sheet: proposed from the fee schedule and the warranty status; charging an in-warranty
unit or leaving an out-of-warranty part free needs a reason and is audited; the printed report says what happened."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from desktop.clock import local_today
from desktop.errors import ConcurrentEditError, PermissionDenied, ValidationError
from desktop.models import AuditLog, PartUsage, ServiceReport
from desktop.services.charges.fee_service import FeeService
from desktop.services.dispatch.dispatch_records import PartUse
from desktop.services.dispatch.visit_service import VisitService
from desktop.services.printing.report_print_service import ReportPrintService
from tests.conftest import actor_for
from tests.printing.conftest import pdf_text
from tests.services.stock_factories import part_ids, planned_visit, record_visit, set_unit_dates, stock_van


def _printing(db, tmp_path):  # type: ignore[no-untyped-def]
    from desktop.services.admin.signing_service import SigningService

    return ReportPrintService(db, SigningService(db, folder=tmp_path / "keys"))


def test_the_dialog_is_told_the_warranty_status_and_the_schedule_line(db) -> None:  # type: ignore[no-untyped-def]
    ticket, visit = planned_visit(db, fault="controller")
    visits = VisitService(db)
    engineer = actor_for(db, "engineer")
    basis = visits.charge_basis(engineer, visit.id)
    # The demo schedule: solar call-out 30 yuan, controller labour 40 yuan; no dates on file yet.
    assert (basis.coverage, basis.fees.call_out_fee_fen, basis.fees.labour_fen) == ("unknown", 3000, 4000)
    set_unit_dates(db, ticket, sold=local_today() - timedelta(days=30))
    assert visits.charge_basis(engineer, visit.id).coverage == "whole_unit"
    set_unit_dates(db, ticket, sold=local_today() - timedelta(days=800))
    assert visits.charge_basis(engineer, visit.id).coverage == "main_parts"
    set_unit_dates(db, ticket, sold=local_today() - timedelta(days=2000))
    assert visits.charge_basis(engineer, visit.id).coverage == "out_of_period"


def test_charging_180_plus_50_on_an_in_warranty_unit_needs_a_reason_and_is_audited(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ids = part_ids(db, "CTRL-TK8")
    stock_van(db, "张师傅", {"CTRL-TK8": 2})
    ticket, visit = planned_visit(db, fault="controller")
    set_unit_dates(db, ticket, sold=local_today() - timedelta(days=60))
    charged = [PartUse(ids["CTRL-TK8"], 1, charged=True)]
    with pytest.raises(ValidationError) as caught:
        record_visit(db, visit, charged, labour_charge_fen=5000)
    assert caught.value.code == "charge_reason_required"
    assert caught.value.params == {"exceptions": ["charged_in_warranty"], "coverage": "whole_unit"}

    report = record_visit(db, visit, charged, labour_charge_fen=5000,
                          charge_reason="客户自行拆机导致控制仪进水，不属三包")
    assert report.total_fen == 18000 + 5000 and report.charge_exceptions == ("charged_in_warranty",)
    with db.read.begin() as session:
        stored = session.get(ServiceReport, report.id)
        assert stored.coverage == "whole_unit" and stored.charge_reason.startswith("客户自行拆机")
        assert session.scalars(select(PartUsage.covered).where(PartUsage.report_id == report.id)).one() is True
        audit = session.scalars(select(AuditLog).where(AuditLog.action == "service_report.charge_exception")).one()
        assert audit.after["exceptions"] == ["charged_in_warranty"] and audit.after["reason"].startswith("客户")

    text = pdf_text(_printing(db, tmp_path).render_unsigned_report(actor_for(db, "clerk"), visit.id))
    for expected in ("收费说明", "客户自行拆机导致控制仪进水", "保修期内（免费）", "¥230.00"):
        assert expected in text


def test_following_the_proposal_needs_no_reason(db) -> None:  # type: ignore[no-untyped-def]
    ids = part_ids(db, "CTRL-TK8", "SEAL-58")
    stock_van(db, "张师傅", {"CTRL-TK8": 1, "SEAL-58": 2})
    ticket, visit = planned_visit(db, fault="controller")
    set_unit_dates(db, ticket, sold=local_today() - timedelta(days=60))
    # In warranty: the controller is free, the seals (sundries) are charged, no call-out, no labour.
    report = record_visit(db, visit, [PartUse(ids["CTRL-TK8"], 1, charged=False),
                                      PartUse(ids["SEAL-58"], 2, charged=True)], charge_reason="多余的说明")
    assert report.charge_exceptions == () and report.total_fen == 2 * 300
    with db.read.begin() as session:
        # A reason without an exception is not kept: it would print as if something needed explaining.
        assert session.get(ServiceReport, report.id).charge_reason == ""


def test_an_uncharged_part_on_an_out_of_warranty_unit_prints_as_waived_not_as_covered(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ids = part_ids(db, "CTRL-TK8")
    stock_van(db, "张师傅", {"CTRL-TK8": 1})
    ticket, visit = planned_visit(db, fault="controller")
    set_unit_dates(db, ticket, sold=local_today() - timedelta(days=2000))
    free = [PartUse(ids["CTRL-TK8"], 1, charged=False)]
    with pytest.raises(ValidationError) as caught:
        record_visit(db, visit, free, call_out_fee_fen=3000, labour_charge_fen=4000)
    assert caught.value.params["exceptions"] == ["part_waived"]
    record_visit(db, visit, free, call_out_fee_fen=3000, labour_charge_fen=4000, charge_reason="老用户，配件赠送")
    data = _printing(db, tmp_path).service_report_data(actor_for(db, "clerk"), visit.id)
    [line] = data.parts
    assert (line.covered, line.waived, line.amount) == (False, True, 0)
    assert data.unit.warranty_status == "out_of_warranty" and data.travel_charge == 30 and data.total == 70
    text = pdf_text(_printing(db, tmp_path).render_unsigned_report(actor_for(db, "clerk"), visit.id))
    assert "免收" in text and "保修期外（收费）" in text and "老用户，配件赠送" in text


def test_a_repair_still_guaranteed_by_an_earlier_charged_repair_is_free(db) -> None:  # type: ignore[no-untyped-def]
    ids = part_ids(db, "CTRL-TK8")
    stock_van(db, "张师傅", {"CTRL-TK8": 2})
    first_ticket, first = planned_visit(db, fault="controller")
    set_unit_dates(db, first_ticket, sold=local_today() - timedelta(days=2000))
    record_visit(db, first, [PartUse(ids["CTRL-TK8"], 1, charged=True)], call_out_fee_fen=3000,
                 labour_charge_fen=4000)
    # The same unit calls again about the same fault a few weeks later (R-RW, 90 days by default).
    second_ticket, second = planned_visit(db, fault="controller")
    from desktop.models import Ticket

    with db.write.begin() as session:
        session.get(Ticket, second_ticket).unit_id = session.get(Ticket, first_ticket).unit_id
    basis = VisitService(db).charge_basis(actor_for(db, "engineer"), second.id)
    assert basis.coverage == "repair_warranty"
    with pytest.raises(ValidationError) as caught:
        record_visit(db, second, [PartUse(ids["CTRL-TK8"], 1, charged=True)])
    assert caught.value.params["exceptions"] == ["charged_in_warranty"]
    assert record_visit(db, second, [PartUse(ids["CTRL-TK8"], 1, charged=False)]).total_fen == 0


def test_the_supervisor_edits_the_fee_schedule_and_the_proposal_follows(db) -> None:  # type: ignore[no-untyped-def]
    fees = FeeService(db)
    boss, clerk = actor_for(db, "admin"), actor_for(db, "clerk")
    solar = next(s for s in fees.schedules(clerk) if s.product_line == "solar")
    assert (solar.call_out_fee_fen, solar.labour_fen) == (3000, 5000)
    assert {line.fault_code: line.labour_fen for line in solar.labour}["tube_broken"] == 2000
    with pytest.raises(PermissionDenied):
        fees.save_schedule(clerk, "solar", 0, 0, {}, version=solar.version)
    saved = fees.save_schedule(boss, "solar", 4000, 6000, {"controller": 4500, "tube_broken": None},
                               version=solar.version)
    labour = {line.fault_code: line.labour_fen for line in saved.labour}
    assert (saved.call_out_fee_fen, labour["controller"], labour["tube_broken"], saved.updated_by) == (
        4000, 4500, None, "王主管")
    with pytest.raises(ConcurrentEditError):
        fees.save_schedule(boss, "solar", 1, 1, {}, version=solar.version)
    for bad, code in ((("solar", -1, 0, {}), "charge_invalid"), (("gas", 0, 0, {}), "unknown_product_line"),
                      (("solar", 0, 0, {"boiler": 1}), "unknown_fault_category")):
        with pytest.raises(ValidationError) as caught:
            fees.save_schedule(boss, *bad, version=saved.version)
        assert caught.value.code == code
    _ticket, visit = planned_visit(db, fault="tube_broken")
    basis = VisitService(db).charge_basis(actor_for(db, "engineer"), visit.id)
    assert (basis.fees.call_out_fee_fen, basis.fees.labour_fen) == (4000, 6000)
    with db.read.begin() as session:
        assert session.scalars(select(AuditLog).where(AuditLog.action == "fee_schedule.save")).one()
