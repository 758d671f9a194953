"""Field facts on both databases: the times on a returned sheet, the early arrival, the same-day callback counted
from the departure, and a callback promise that only a reached customer keeps."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import select

from desktop.clock import BRANCH_TZ, local_date_of, local_today, utc_now
from desktop.errors import ValidationError
from desktop.models import Callback, ServiceClock, ServiceReport, Ticket, TicketEvent
from desktop.services.callbacks.callback_service import CallbackService
from desktop.services.core.branch_time import end_of_local_day
from desktop.services.core.clocks import start_clock
from desktop.services.dispatch.dispatch_records import VisitResult
from desktop.services.dispatch.dispatch_service import DispatchService
from desktop.services.dispatch.visit_service import VisitService
from tests.services.dispatch_factories import engineer_id, make_ticket, set_onsite_window, ticket_version


@pytest.fixture
def agreed(db, dispatcher):  # type: ignore[no-untyped-def]
    """A repair visit agreed with the customer for the window 09:00-11:00 yesterday (branch time)."""
    set_onsite_window(db, "solar", 30 * 24 * 60)
    ticket = make_ticket(db, opened_at=utc_now() - timedelta(days=2))
    dispatch = DispatchService(db)
    # Yesterday in 安阳 whatever the hour now: "now minus a day" is still today there from 23:00 on.
    start = datetime.combine(local_today() - timedelta(days=1), time(9, 0), tzinfo=BRANCH_TZ).astimezone(UTC)
    visit = dispatch.plan_visit(dispatcher, ticket, engineer_id(db, "张师傅"), start, start + timedelta(hours=2),
                                override_reason="测试", expected_version=ticket_version(db, ticket))
    return ticket, dispatch.agree_time(dispatcher, visit.id, start, start + timedelta(hours=2), version=visit.version)


def sheet(visit, arrived_offset: timedelta = timedelta(0), minutes: int = 60, **extra) -> VisitResult:  # type: ignore[no-untyped-def]
    arrived = visit.agreed_start + arrived_offset
    return VisitResult(arrived_at=arrived, departed_at=arrived + timedelta(minutes=minutes), result="resolved",
                       cause="密封圈老化", work_done="更换密封圈", **extra)


def test_a_visit_under_five_minutes_or_ending_before_it_starts_is_refused(db, engineer_user, agreed) -> None:  # type: ignore[no-untyped-def]
    _ticket, visit = agreed
    visits = VisitService(db)
    for minutes, code in ((4, "visit_too_short"), (0, "visit_too_short"), (-30, "departure_before_arrival")):
        with pytest.raises(ValidationError) as caught:
            visits.record_result(engineer_user, visit.id, sheet(visit, minutes=minutes), version=visit.version)
        assert caught.value.code == code
    assert visits.record_result(engineer_user, visit.id, sheet(visit, minutes=5), version=visit.version).result \
        == "resolved"


def test_an_arrival_before_the_agreed_window_needs_a_reason(db, engineer_user, agreed) -> None:  # type: ignore[no-untyped-def]
    _ticket, visit = agreed
    visits = VisitService(db)
    early = timedelta(minutes=-15)
    with pytest.raises(ValidationError) as caught:
        visits.record_result(engineer_user, visit.id, sheet(visit, early), version=visit.version)
    assert (caught.value.code, caught.value.field) == ("early_arrival_reason_required", "early_arrival_reason")
    report = visits.record_result(engineer_user, visit.id, sheet(visit, early, early_arrival_reason="客户要求早点来"),
                                  version=visit.version)
    with db.read.begin() as session:
        assert session.get(ServiceReport, report.id).early_arrival_reason == "客户要求早点来"


def test_an_arrival_phoned_in_early_needs_a_reason_too(db, engineer_user, agreed) -> None:  # type: ignore[no-untyped-def]
    ticket, visit = agreed
    visits = VisitService(db)
    at = visit.agreed_start - timedelta(minutes=30)
    with pytest.raises(ValidationError) as caught:
        visits.record_arrival(engineer_user, visit.id, at, version=visit.version)
    assert caught.value.code == "early_arrival_reason_required"
    visits.record_arrival(engineer_user, visit.id, at, version=visit.version, early_reason="顺路先到")
    with db.read.begin() as session:
        event = session.scalars(select(TicketEvent).where(TicketEvent.ticket_id == ticket,
                                                          TicketEvent.to_status == "on_site")).one()
        assert event.data["early_arrival_reason"] == "顺路先到"
    # On time: no reason asked.
    VisitService(db).record_result(engineer_user, visit.id, sheet(visit), version=visit.version + 1)


def test_the_same_day_callback_is_due_from_the_departure_not_from_typing_the_sheet(db, engineer_user, agreed) -> None:  # type: ignore[no-untyped-def]
    ticket, visit = agreed
    result = sheet(visit)  # the work finished yesterday; the sheet is typed in today
    report = VisitService(db).record_result(engineer_user, visit.id, result, version=visit.version)
    with db.read.begin() as session:
        from zoneinfo import ZoneInfo

        zone = ZoneInfo("Asia/Shanghai")
        callback = session.get(Callback, report.callback_id)
        assert callback.due_at == end_of_local_day(local_date_of(result.departed_at), zone)
        assert local_date_of(callback.due_at) < local_date_of(utc_now())  # due yesterday: already late
        assert session.get(Ticket, ticket).completed_at == result.departed_at
        clock = session.scalars(select(ServiceClock).where(ServiceClock.ticket_id == ticket,
                                                           ServiceClock.commitment == "callback")).one()
        assert clock.due_at == callback.due_at and clock.met_at is None


@pytest.mark.parametrize("outcome", ["no_answer", "refused"])
def test_an_unanswered_or_refused_call_does_not_keep_the_callback_promise(db, clerk, engineer_user, agreed,
                                                                           outcome) -> None:  # type: ignore[no-untyped-def]
    ticket, visit = agreed
    now = utc_now()
    report = VisitService(db).record_result(engineer_user, visit.id, VisitResult(
        arrived_at=now - timedelta(hours=2), departed_at=now - timedelta(hours=1), result="resolved"),
        version=visit.version)
    callbacks = CallbackService(db)

    def callback_clock() -> ServiceClock:
        with db.read.begin() as session:
            clock = session.scalars(select(ServiceClock).where(ServiceClock.ticket_id == ticket,
                                                               ServiceClock.commitment == "callback")).one()
            session.expunge(clock)
            return clock

    with db.read.begin() as session:
        version = session.get(Callback, report.callback_id).version
    attempt = callbacks.record_attempt(clerk, report.callback_id, version, outcome)
    assert callback_clock().met_at is None
    if outcome == "no_answer":
        # A later call that reaches the customer keeps it.
        callbacks.complete(clerk, report.callback_id, attempt.version, {"q3_working": True}, "satisfied")
        assert callback_clock().met_at is not None


def test_a_returned_sheet_stops_a_contact_clock_nobody_marked(db, engineer_user, agreed) -> None:  # type: ignore[no-untyped-def]
    """The clerk never pressed "contact made", the engineer went and fixed it: the contact clock stops at the
    arrival (late, as it was), not overdue for ever in the alert bar of a completed ticket."""
    ticket, visit = agreed
    with db.write.begin() as session:
        opened = session.get(Ticket, ticket).opened_at
        start_clock(session, ticket, "first_contact", opened, opened + timedelta(minutes=10))
    VisitService(db).record_result(engineer_user, visit.id, sheet(visit), version=visit.version)
    with db.read.begin() as session:
        contact = session.scalars(select(ServiceClock).where(ServiceClock.ticket_id == ticket,
                                                             ServiceClock.commitment == "first_contact")).one()
        assert contact.met_at is not None and contact.met_at == visit.agreed_start.replace(tzinfo=contact.met_at.tzinfo)
        assert contact.met_at > contact.due_at  # counted late, not on time


def test_agreeing_the_time_by_phone_is_the_first_contact(db, dispatcher) -> None:  # type: ignore[no-untyped-def]
    """Agreeing the visit is a call with the customer (seed 000 上门服务规范 1): a contact clock still open stopped
    only at the engineer's arrival, and stayed overdue in the alert bar until then."""
    set_onsite_window(db, "solar", 30 * 24 * 60)
    ticket = make_ticket(db)
    with db.write.begin() as session:
        opened = session.get(Ticket, ticket).opened_at
        start_clock(session, ticket, "first_contact", opened, opened + timedelta(minutes=10))
    dispatch = DispatchService(db)
    start = datetime.combine(local_today() + timedelta(days=1), time(9, 0), tzinfo=BRANCH_TZ).astimezone(UTC)
    visit = dispatch.plan_visit(dispatcher, ticket, engineer_id(db, "张师傅"), start, start + timedelta(hours=2),
                                expected_version=ticket_version(db, ticket))
    with db.read.begin() as session:
        assert session.scalars(select(ServiceClock.met_at).where(
            ServiceClock.ticket_id == ticket, ServiceClock.commitment == "first_contact")).one() is None
    before = utc_now()
    dispatch.agree_time(dispatcher, visit.id, start, start + timedelta(hours=2), version=visit.version)
    with db.read.begin() as session:
        met = session.scalars(select(ServiceClock.met_at).where(
            ServiceClock.ticket_id == ticket, ServiceClock.commitment == "first_contact")).one()
    assert met is not None and met.replace(tzinfo=UTC) >= before.replace(microsecond=0) - timedelta(seconds=1)


def _report_back(db, ticket) -> ServiceClock:  # type: ignore[no-untyped-def]
    with db.read.begin() as session:
        clock = session.scalars(select(ServiceClock).where(ServiceClock.ticket_id == ticket,
                                                           ServiceClock.commitment == "report_back")).one()
        session.expunge(clock)
        return clock


def test_a_returned_sheet_stops_a_report_back_nobody_recorded(db, engineer_user, agreed) -> None:  # type: ignore[no-untyped-def]
    """seed 002 §6.1.1: who handles the request and what is done reaches the service centre within the hour. A
    clerk who never recorded it left the clock open, counted as missed for ever on a completed ticket; the sheet
    is that report at the latest, so it stops when the sheet is recorded: late here, as it was."""
    ticket, visit = agreed
    with db.write.begin() as session:
        opened = session.get(Ticket, ticket).opened_at
        start_clock(session, ticket, "report_back", opened, opened + timedelta(minutes=60))
    before = utc_now()
    VisitService(db).record_result(engineer_user, visit.id, sheet(visit), version=visit.version)
    clock = _report_back(db, ticket)
    assert clock.met_at is not None
    met = clock.met_at.replace(tzinfo=UTC)
    assert met >= before.replace(microsecond=0) - timedelta(seconds=1)  # when the centre heard, not the arrival
    assert met > clock.due_at.replace(tzinfo=UTC)


def test_the_engineers_call_from_the_door_is_the_report_back(db, engineer_user, dispatcher) -> None:  # type: ignore[no-untyped-def]
    """Within the hour, the call from the door (who is there, what is being done) keeps the report-back."""
    set_onsite_window(db, "solar", 30 * 24 * 60)
    now = utc_now()
    ticket = make_ticket(db, opened_at=now - timedelta(minutes=40))
    with db.write.begin() as session:
        start_clock(session, ticket, "report_back", now - timedelta(minutes=40), now + timedelta(minutes=20))
    dispatch = DispatchService(db)
    start = now - timedelta(minutes=30)
    visit = dispatch.plan_visit(dispatcher, ticket, engineer_id(db, "张师傅"), start, start + timedelta(hours=2),
                                override_reason="测试", expected_version=ticket_version(db, ticket))
    visit = dispatch.agree_time(dispatcher, visit.id, start, start + timedelta(hours=2), version=visit.version)
    at = now - timedelta(minutes=5)
    VisitService(db).record_arrival(engineer_user, visit.id, at, version=visit.version)
    clock = _report_back(db, ticket)
    assert clock.met_at is not None and clock.met_at.replace(tzinfo=UTC) == at.replace(microsecond=at.microsecond)
    assert clock.met_at.replace(tzinfo=UTC) <= clock.due_at.replace(tzinfo=UTC)  # on time
