"""Installation orders on both databases: opened from a sale, planned on the board, the signed acceptance sets the
unit's warranty start (S-1) and schedules the after-installation callback, which closes the ticket."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from desktop.clock import BRANCH_TZ, local_date_of, local_today, utc_now
from desktop.errors import PermissionDenied, StateError, ValidationError
from desktop.models import AuditLog, Callback, InstallationReport, ServiceClock, Ticket, Unit, Visit
from desktop.services.callbacks.callback_service import CallbackService
from desktop.services.claims.claim_service import ClaimService
from desktop.services.core.branch_time import end_of_local_day
from desktop.services.dispatch.dispatch_service import DispatchService
from desktop.services.dispatch.visit_service import VisitService
from desktop.services.installations.installation_service import InstallationService
from desktop.services.tickets.ticket_service import TicketService
from tests.conftest import actor_for
from tests.services.installation_factories import acceptance, open_order, planned_visit, sold_unit


def test_an_installation_is_its_own_ticket_kind_waiting_on_the_board_with_its_clocks(db, clerk) -> None:  # type: ignore[no-untyped-def]
    reg = sold_unit(db, clerk)
    requested = local_today() + timedelta(days=2)
    opened = open_order(db, clerk, reg, requested=requested)
    with db.read.begin() as session:
        ticket = session.get(Ticket, opened.ticket_id)
        assert (ticket.kind, ticket.status, ticket.fault_category_id, ticket.unit_id) == (
            "installation", "new", None, reg.unit_id)
        clocks = {c.commitment: c for c in session.scalars(select(ServiceClock)
                                                            .where(ServiceClock.ticket_id == ticket.id))}
        # Phone the customer to agree the time (seed 000 上门服务规范 1), on site on the day they asked for.
        assert set(clocks) == {"first_contact", "on_site"}
        assert clocks["on_site"].due_at == end_of_local_day(requested, BRANCH_TZ)
        assert session.scalar(select(func.count()).where(AuditLog.action == "installation.open")) == 1
    dispatcher = actor_for(db, "dispatch")
    [waiting] = [t for t in DispatchService(db).waiting_tickets(dispatcher) if t.id == opened.ticket_id]
    assert waiting.kind == "installation"
    # The one search box finds it like any ticket.
    assert [r.id for r in TicketService(db).search(clerk, "LT-SOLD-0001")] == [opened.ticket_id]
    page = InstallationService(db).list_page(clerk, open_only=True, text="李秀英")
    assert [(r.ticket_number, r.requested_date, r.sold_by) for r in page.rows] == [
        (opened.ticket_number, requested, "文峰区专卖店")]
    assert TicketService(db).detail(clerk, opened.ticket_id).kind == "installation"


def test_a_sale_is_installed_once_and_not_before_today(db, clerk, engineer_user) -> None:  # type: ignore[no-untyped-def]
    reg = sold_unit(db, clerk)
    with pytest.raises(ValidationError) as caught:
        open_order(db, clerk, reg, requested=local_today() - timedelta(days=1))
    assert caught.value.code == "date_in_past"
    open_order(db, clerk, reg)
    with pytest.raises(StateError) as caught:
        open_order(db, clerk, reg)
    assert caught.value.code == "installation_open"
    # The engineer records acceptances but does not take orders at the desk.
    with pytest.raises(PermissionDenied):
        open_order(db, engineer_user, reg)


def test_the_signed_acceptance_sets_the_warranty_start_and_schedules_the_callback(db, clerk, engineer_user) -> None:  # type: ignore[no-untyped-def]
    reg = sold_unit(db, clerk)
    opened = open_order(db, clerk, reg)
    visit = planned_visit(db, opened.ticket_id)
    service = InstallationService(db)
    result = acceptance(visit)
    row = service.record_result(engineer_user, visit.id, result, version=visit.version)
    assert (row.result, row.ticket_status, row.signature_kind, row.installed_on) == (
        "installed", "completed", "strokes", result.installed_on)
    assert len(row.content_digest) == 64
    with db.read.begin() as session:
        unit = session.get(Unit, reg.unit_id)
        # S-1: the warranty starts on the installation day, which the acceptance recorded.
        assert (unit.installation_date, unit.installed_by_us) == (result.installed_on, True)
        ticket = session.get(Ticket, opened.ticket_id)
        assert ticket.completed_at == result.departed_at
        callback = session.get(Callback, row.callback_id)
        assert (callback.kind, callback.ticket_id, callback.status) == ("after_install", ticket.id, "pending")
        # callback.after_install_days (30) after the installation day, end of that local day.
        assert local_date_of(callback.due_at) == result.installed_on + timedelta(days=30)
        onsite = session.scalars(select(ServiceClock).where(ServiceClock.ticket_id == ticket.id,
                                                            ServiceClock.commitment == "on_site")).one()
        assert onsite.met_at == result.arrived_at
        assert session.get(Visit, visit.id).status == "resolved"
        actions = set(session.scalars(select(AuditLog.action).where(AuditLog.entity_id.in_((unit.id, row.id)))))
        assert {"unit.installed", "installation.accept"} <= actions
        callback_id, version = callback.id, callback.version
    # The after-installation call closes the installation ticket (回访完毕，归档).
    outcome = CallbackService(db).complete(clerk, callback_id, version, {"q1_service_satisfied": True,
                                                                         "q1_explained_use": True}, "satisfied")
    assert outcome.ticket_closed
    with db.read.begin() as session:
        assert session.get(Ticket, opened.ticket_id).status == "closed"


@pytest.mark.parametrize(("changes", "code"), [
    ({"signature_strokes_json": None}, "signature_required"),
    ({"use_explained": False}, "use_not_explained"),
    ({"appearance_defect": True, "appearance_note": ""}, "required"),
    ({"installed_on": None}, "required"),
])
def test_an_incomplete_acceptance_is_refused_and_nothing_is_stored(db, clerk, engineer_user, changes, code) -> None:  # type: ignore[no-untyped-def]
    reg = sold_unit(db, clerk)
    opened = open_order(db, clerk, reg)
    visit = planned_visit(db, opened.ticket_id)
    with pytest.raises(ValidationError) as caught:
        InstallationService(db).record_result(engineer_user, visit.id, acceptance(visit, **changes),
                                              version=visit.version)
    assert caught.value.code == code
    with db.read.begin() as session:
        assert session.scalar(select(func.count()).select_from(InstallationReport)) == 0
        assert session.get(Unit, reg.unit_id).installation_date is None


def test_the_installation_day_is_a_day_of_the_visit_and_not_before_the_sale(db, clerk, engineer_user) -> None:  # type: ignore[no-untyped-def]
    reg = sold_unit(db, clerk, sold=local_today())
    opened = open_order(db, clerk, reg)
    visit = planned_visit(db, opened.ticket_id)
    service = InstallationService(db)
    result = acceptance(visit)
    with pytest.raises(ValidationError) as caught:
        service.record_result(engineer_user, visit.id, acceptance(visit, installed_on=result.installed_on
                                                                  + timedelta(days=3)), version=visit.version)
    assert caught.value.code == "installed_on_outside_visit"
    # A visit two days before the invoice date (the sale is dated today) cannot be its installation.
    other = sold_unit(db, clerk, phone="13903729999", name="赵敏", serial="LT-SOLD-0002", sold=local_today(),
                      detail="红旗路 9 号")
    second = open_order(db, clerk, other, phone="13903729999")
    past = planned_visit(db, second.ticket_id, (utc_now() - timedelta(days=2)).replace(second=0, microsecond=0))
    with pytest.raises(ValidationError) as caught:
        service.record_result(engineer_user, past.id, acceptance(past), version=past.version)
    assert caught.value.code == "installed_before_sale"


def test_times_and_early_arrival_are_checked_on_the_acceptance_too(db, clerk, engineer_user) -> None:  # type: ignore[no-untyped-def]
    reg = sold_unit(db, clerk)
    opened = open_order(db, clerk, reg)
    visit = planned_visit(db, opened.ticket_id)
    service = InstallationService(db)
    start = visit.agreed_start
    assert start is not None
    for changes, code in (({"departed_at": start + timedelta(minutes=4)}, "visit_too_short"),
                          ({"departed_at": start - timedelta(minutes=10)}, "departure_before_arrival"),
                          ({"arrived_at": start - timedelta(minutes=20)}, "early_arrival_reason_required")):
        with pytest.raises(ValidationError) as caught:
            service.record_result(engineer_user, visit.id, acceptance(visit, **changes), version=visit.version)
        assert caught.value.code == code
    early = acceptance(visit, arrived_at=start - timedelta(minutes=20), early_arrival_reason="客户来电让提前到")
    row = service.record_result(engineer_user, visit.id, early, version=visit.version)
    with db.read.begin() as session:
        assert session.get(InstallationReport, row.id).early_arrival_reason == "客户来电让提前到"


def test_not_installed_goes_back_for_escalation_and_the_next_visit(db, clerk, engineer_user) -> None:  # type: ignore[no-untyped-def]
    reg = sold_unit(db, clerk)
    opened = open_order(db, clerk, reg)
    visit = planned_visit(db, opened.ticket_id)
    service = InstallationService(db)
    with pytest.raises(ValidationError) as caught:
        service.record_result(engineer_user, visit.id, acceptance(visit, result="not_installed", work_note=""),
                              version=visit.version)
    assert caught.value.code == "not_installed_reason_required"
    row = service.record_result(engineer_user, visit.id, acceptance(
        visit, result="not_installed", work_note="楼顶无承重位置", signature_strokes_json=None), version=visit.version)
    assert (row.result, row.ticket_status, row.callback_id, row.installed_on) == (
        "not_installed", "unresolved", None, None)
    dispatcher = actor_for(db, "dispatch")
    escalated = VisitService(db).escalate(dispatcher, opened.ticket_id, "需物业协调楼顶位置", "same_engineer",
                                          expected_version=row_ticket_version(db, opened.ticket_id))
    assert escalated.escalation_level == 1
    assert opened.ticket_id in {t.id for t in DispatchService(db).waiting_tickets(dispatcher)}
    with db.read.begin() as session:
        assert session.get(Unit, reg.unit_id).installation_date is None


def row_ticket_version(db, ticket_id: int) -> int:  # type: ignore[no-untyped-def]
    with db.read.begin() as session:
        return session.get(Ticket, ticket_id).version


def test_a_repair_visit_cannot_be_recorded_as_an_installation(db, clerk, engineer_user) -> None:  # type: ignore[no-untyped-def]
    from tests.services.dispatch_factories import make_ticket

    ticket = make_ticket(db)
    visit = planned_visit(db, ticket)
    with pytest.raises(StateError) as caught:
        InstallationService(db).record_result(engineer_user, visit.id, acceptance(visit), version=visit.version)
    assert caught.value.code == "not_an_installation"


@pytest.mark.parametrize(("defect", "rule"), [(True, "AP-1"), (False, "AP-2")])
def test_the_acceptance_is_the_fact_behind_ap1_and_ap2(db, clerk, engineer_user, defect, rule) -> None:  # type: ignore[no-untyped-def]
    reg = sold_unit(db, clerk)
    opened = open_order(db, clerk, reg)
    visit = planned_visit(db, opened.ticket_id)
    InstallationService(db).record_result(
        engineer_user, visit.id, acceptance(visit, appearance_defect=defect,
                                            appearance_note="水箱外壳划痕" if defect else ""),
        version=visit.version)
    claims = ClaimService(db)
    claim = claims.start_claim(clerk, requested_remedy="exchange", unit_id=reg.unit_id)
    found = next(f for f in claim.facts if f.name == "found_at_acceptance")
    assert found.value is defect
    assert (found.source["kind"], found.source["ref"]) == ("installation", opened.ticket_number)
    # The installation is not a repair: it neither counts as a prior repair nor occupies repair days.
    assert (claim.fact("prior_repairs_same_fault"), claim.fact("repair_days")) == (0, 0)
    claim = claims.record_inspection(engineer_user, claim.id, claim.version, cause="quality",
                                     fault_category="appearance", part="tank", found_at_acceptance=defect,
                                     note="外观检查")
    assert claims.decide(clerk, claim.id, claim.version).decision.rule_id == rule


def test_the_list_pages_and_filters_in_sql(db, clerk) -> None:  # type: ignore[no-untyped-def]
    service = InstallationService(db)
    for n in range(3):
        reg = sold_unit(db, clerk, phone=f"1390372{n:04d}", name=f"客户{n}", serial=f"LT-PAGE-{n}",
                        detail=f"红旗路 {n + 1} 号")
        open_order(db, clerk, reg, phone=f"1390372{n:04d}")
    first = service.list_page(clerk, limit=2)
    second = service.list_page(clerk, offset=2, limit=2)
    assert first.total == 3 and len(first.rows) == 2 and len(second.rows) == 1
    assert len({r.id for r in first.rows + second.rows}) == 3
    assert [r.customer_name for r in service.list_page(clerk, text="LT-PAGE-1").rows] == ["客户1"]
    assert [r.customer_name for r in service.list_page(clerk, text="03720002").rows] == ["客户2"]
    assert utc_now() - first.rows[0].opened_at < timedelta(minutes=5)
