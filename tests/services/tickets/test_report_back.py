"""反馈 (seed 002 §6.1.1): the department reports back within the hour; it meets the report-back clock."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.errors import PermissionDenied, StateError, ValidationError
from desktop.models import AuditLog, ServiceClock, TicketEvent
from desktop.services.tickets.ticket_service import ReportBack, TicketService
from tests.services.intake_factories import open_ticket, register

REPORT = ReportBack(responsible="张师傅", measures="先关闭进水阀，防止继续漏水", resources="密封圈两个，梯子",
                    readiness="配件已装车，14:00 出发")


def report_back_clock(db, ticket_id: int) -> ServiceClock:  # type: ignore[no-untyped-def]
    with db.read.begin() as session:
        clock = session.scalars(select(ServiceClock).where(ServiceClock.ticket_id == ticket_id,
                                                           ServiceClock.commitment == "report_back")).one()
        session.expunge(clock)
        return clock


def test_report_back_records_the_four_items_and_meets_the_clock(db, clerk) -> None:  # type: ignore[no-untyped-def]
    opened = open_ticket(db, clerk, register(db, clerk))
    tickets = TicketService(db)
    assert "report_back" in tickets.detail(clerk, opened.id).actions
    assert report_back_clock(db, opened.id).met_at is None
    tickets.record_report_back(clerk, opened.id, REPORT)
    clock = report_back_clock(db, opened.id)
    assert clock.met_at is not None and clock.met_at <= clock.due_at
    [entry] = [e for e in tickets.detail(clerk, opened.id).timeline if e.kind == "report_back"]
    assert entry.data == {"responsible": "张师傅", "measures": "先关闭进水阀，防止继续漏水",
                          "resources": "密封圈两个，梯子", "readiness": "配件已装车，14:00 出发", "met_clock": True}
    # A second report adds to the timeline without moving the time the commitment was kept.
    tickets.record_report_back(clerk, opened.id, ReportBack("李主管", "已联系厂家", "", ""))
    assert report_back_clock(db, opened.id).met_at == clock.met_at
    with db.read.begin() as session:
        assert len(session.scalars(select(AuditLog).where(AuditLog.action == "ticket.report_back")).all()) == 2
        assert len(session.scalars(select(TicketEvent).where(TicketEvent.kind == "report_back")).all()) == 2


def test_report_back_needs_a_responsible_person_and_measures(db, clerk, engineer_user) -> None:  # type: ignore[no-untyped-def]
    opened = open_ticket(db, clerk, register(db, clerk))
    tickets = TicketService(db)
    for report, field in ((ReportBack("", "关阀"), "responsible"), (ReportBack("张师傅", "  "), "measures")):
        with pytest.raises(ValidationError) as caught:
            tickets.record_report_back(clerk, opened.id, report)
        assert (caught.value.code, caught.value.field) == ("required", field)
    with pytest.raises(PermissionDenied):
        tickets.record_report_back(engineer_user, opened.id, REPORT)
    assert report_back_clock(db, opened.id).met_at is None


def test_a_finished_ticket_takes_no_report_back(db, clerk) -> None:  # type: ignore[no-untyped-def]
    opened = open_ticket(db, clerk, register(db, clerk), note="电话指导复位")  # resolved by phone
    tickets = TicketService(db)
    assert "report_back" not in tickets.detail(clerk, opened.id).actions
    with pytest.raises(StateError):
        tickets.record_report_back(clerk, opened.id, REPORT)
