"""Dispatch board and field loop on a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, timedelta

import pytest
from sqlalchemy import func, select

from desktop.clock import utc_now
from desktop.errors import ConcurrentEditError, NotFoundError, PermissionDenied, StateError, ValidationError
from desktop.models import AuditLog, Callback, Escalation, Part, ServiceClock, ServiceReport, Ticket, Visit
from desktop.printing.signature import make_signature, signature_to_json
from desktop.services.dispatch.dispatch_records import PartUse, VisitResult
from desktop.services.dispatch.dispatch_service import DispatchService
from desktop.services.dispatch.engineer_service import EngineerInput, EngineerService
from desktop.services.dispatch.visit_service import VisitService
from tests.conftest import actor_for
from tests.services.dispatch_factories import (
    engineer_id,
    make_ticket,
    next_weekday,
    set_onsite_window,
    ticket_version,
)
from tests.services.stock_factories import stock_van

MONDAY, SATURDAY, SUNDAY = 0, 5, 6


@pytest.fixture
def services(db):  # type: ignore[no-untyped-def]
    set_onsite_window(db, "solar", 30 * 24 * 60)
    set_onsite_window(db, "purifier", 30 * 24 * 60)
    return DispatchService(db), VisitService(db)


def plan(dispatch, actor, db, ticket_id, engineer, start, hours=2, reason=None):  # type: ignore[no-untyped-def]
    return dispatch.plan_visit(actor, ticket_id, engineer, start, start + timedelta(hours=hours),
                               override_reason=reason, expected_version=ticket_version(db, ticket_id))


def sheet(result: str = "resolved", **extra) -> VisitResult:  # type: ignore[no-untyped-def]
    now = utc_now()
    return VisitResult(arrived_at=now - timedelta(hours=2), departed_at=now - timedelta(hours=1), result=result,
                       cause="控制仪损坏", work_done="更换控制仪", **extra)


def test_planning_a_visit_dispatches_the_ticket_and_starts_the_on_site_clock(db, dispatcher, services) -> None:  # type: ignore[no-untyped-def]
    dispatch, _ = services
    ticket = make_ticket(db)
    zhang = engineer_id(db, "张师傅")
    visit = plan(dispatch, dispatcher, db, ticket, zhang, next_weekday(MONDAY, 9))
    assert (visit.status, visit.ticket_status, visit.round, visit.warnings) == ("dispatched", "dispatched", 1, ())
    with db.read.begin() as session:
        assert session.get(Ticket, ticket).engineer_id == zhang
        clock = session.scalars(select(ServiceClock).where(ServiceClock.ticket_id == ticket)).one()
        assert clock.commitment == "on_site" and clock.met_at is None
        assert session.scalar(select(func.count()).where(AuditLog.action == "visit.create")) == 1


def test_the_board_shows_the_visit_with_its_load_and_the_panel_forgets_the_ticket(db, dispatcher, services) -> None:  # type: ignore[no-untyped-def]
    dispatch, _ = services
    ticket = make_ticket(db, customer_name="赵女士")
    other = make_ticket(db, district="殷都区")
    zhang = engineer_id(db, "张师傅")
    start = next_weekday(MONDAY, 9)
    assert {t.id for t in dispatch.waiting_tickets(dispatcher)} >= {ticket, other}
    plan(dispatch, dispatcher, db, ticket, zhang, start, hours=3)
    board = dispatch.board(dispatcher, start.date())
    [block] = [v for v in board.visits if v.ticket_id == ticket]
    assert (block.customer_name, block.district, block.product_line) == ("赵女士", "文峰区", "solar")
    assert board.load(zhang, start.date()).visits == 1 and board.load(zhang, start.date()).minutes == 180
    panel = {t.id for t in dispatch.waiting_tickets(dispatcher)}
    assert ticket not in panel and other in panel
    assert [t.id for t in dispatch.waiting_tickets(dispatcher, area="殷都区")] == [other]
    # Filters: 刘师傅 covers 殷都区 and only solar.
    assert [e.name for e in dispatch.board(dispatcher, start.date(), area="殷都区").engineers] == ["刘师傅"]
    # Under each name the phone as people read it (138 0372 0001), not the stored digits.
    phones = [e.phone for e in board.engineers]
    assert phones and all(" " in p or "-" in p for p in phones), phones
    assert "刘师傅" not in {e.name for e in dispatch.board(dispatcher, start.date(), product_line="purifier").engineers}


def test_warnings_stop_the_save_until_a_reason_is_given(db, dispatcher, services) -> None:  # type: ignore[no-untyped-def]
    dispatch, _ = services
    first, second = make_ticket(db), make_ticket(db, district="汤阴县", line="vending")
    zhang = engineer_id(db, "张师傅")
    monday = next_weekday(MONDAY, 9)
    plan(dispatch, dispatcher, db, first, zhang, monday)
    with pytest.raises(ValidationError) as caught:
        plan(dispatch, dispatcher, db, second, zhang, monday + timedelta(hours=1))
    assert caught.value.code == "dispatch_warnings"
    # vending's window is 2 hours, so next Monday is past the deadline too.
    assert caught.value.params["warnings"] == ["overlap", "area_mismatch", "skill_mismatch", "after_deadline"]
    with db.read.begin() as session:
        assert session.scalar(select(func.count()).select_from(Visit).where(Visit.ticket_id == second)) == 0
    visit = plan(dispatch, dispatcher, db, second, zhang, monday + timedelta(hours=1), reason="急修，客户同意")
    assert visit.override_reason == "急修，客户同意"
    assert "overlap" in visit.warnings


def test_day_off_and_hours_are_warned(db, dispatcher, services) -> None:  # type: ignore[no-untyped-def]
    dispatch, _ = services
    ticket = make_ticket(db)
    zhang = engineer_id(db, "张师傅")  # works Monday to Saturday, 8-18
    sunday = next_weekday(SUNDAY, 10)
    assert dispatch.check_slot(dispatcher, ticket, zhang, sunday, sunday + timedelta(hours=1)) == ["day_off"]
    evening = next_weekday(MONDAY, 17)
    assert dispatch.check_slot(dispatcher, ticket, zhang, evening, evening + timedelta(hours=2)) == ["outside_hours"]


def test_moving_an_agreed_visit_sends_it_back_to_dispatched(db, dispatcher, clerk, services) -> None:  # type: ignore[no-untyped-def]
    dispatch, _ = services
    ticket = make_ticket(db, district="北关区")
    zhang, wu = engineer_id(db, "张师傅"), engineer_id(db, "吴师傅")
    start = next_weekday(MONDAY, 9)
    visit = plan(dispatch, dispatcher, db, ticket, zhang, start)
    agreed = dispatch.agree_time(clerk, visit.id, start + timedelta(hours=1), start + timedelta(hours=2),
                                 version=visit.version)
    assert (agreed.status, agreed.ticket_status) == ("scheduled", "scheduled")
    assert agreed.planned_start == agreed.agreed_start
    moved = dispatch.move_visit(dispatcher, visit.id, wu, start + timedelta(days=1), start + timedelta(days=1, hours=1),
                                expected_version=agreed.version)
    assert (moved.engineer_id, moved.status, moved.ticket_status, moved.agreed_start) == (wu, "dispatched",
                                                                                         "dispatched", None)
    with db.read.begin() as session:
        assert session.scalar(select(func.count()).where(AuditLog.action == "visit.move")) == 1


def test_a_stale_move_by_a_second_dispatcher_is_refused_and_changes_nothing(db, dispatcher, supervisor,
                                                                           services) -> None:  # type: ignore[no-untyped-def]
    dispatch, _ = services
    ticket = make_ticket(db, line="purifier")
    zhang, chen = engineer_id(db, "张师傅"), engineer_id(db, "陈师傅")
    start = next_weekday(MONDAY, 9)
    visit = plan(dispatch, dispatcher, db, ticket, zhang, start)
    # Both dispatchers loaded the board at the same version; the supervisor saves first.
    dispatch.move_visit(supervisor, visit.id, chen, start + timedelta(hours=2), start + timedelta(hours=3),
                        expected_version=visit.version)
    with pytest.raises(ConcurrentEditError):
        dispatch.move_visit(dispatcher, visit.id, zhang, start + timedelta(hours=4), start + timedelta(hours=5),
                            expected_version=visit.version)
    current = dispatch.visit(dispatcher, visit.id)
    assert (current.engineer_id, current.planned_start) == (chen, (start + timedelta(hours=2)).astimezone(UTC))


def test_only_dispatchers_plan(db, clerk, services) -> None:  # type: ignore[no-untyped-def]
    dispatch, _ = services
    ticket = make_ticket(db)
    with pytest.raises(PermissionDenied):
        plan(dispatch, clerk, db, ticket, engineer_id(db, "张师傅"), next_weekday(MONDAY, 9))


def test_resolved_sheet_completes_the_ticket_with_parts_signature_and_a_callback(db, dispatcher, engineer_user,
                                                                                services) -> None:  # type: ignore[no-untyped-def]
    dispatch, visits = services
    ticket = make_ticket(db)
    visit = plan(dispatch, dispatcher, db, ticket, engineer_id(db, "张师傅"), next_weekday(MONDAY, 9))
    parts = visits.parts(engineer_user, "solar")
    controller = next(p for p in parts if p.code == "CTRL-TK8")
    tube = next(p for p in parts if p.code == "TUBE-58-1800")
    stock_van(db, "张师傅", {"CTRL-TK8": 1, "TUBE-58-1800": 2})
    strokes = signature_to_json(make_signature(300, 100, [[(10, 10, 0.5), (50, 40, 0.6)]]))
    # The unit has no dates on file, so nothing is free: leaving the tubes uncharged needs a reason.
    report = visits.record_result(
        engineer_user, visit.id,
        sheet(parts=(PartUse(controller.id, 1, charged=True), PartUse(tube.id, 2, charged=False)),
              labour_charge_fen=5000, satisfaction="satisfied", signature_strokes_json=strokes,
              charge_reason="真空管为赠送"),
        version=visit.version)
    assert (report.result, report.ticket_status, report.signature_kind) == ("resolved", "completed", "strokes")
    assert report.charge_exceptions == ("part_waived",)
    assert report.parts_charged_fen == controller.price_fen and report.total_fen == controller.price_fen + 5000
    assert len(report.content_digest) == 64
    with db.read.begin() as session:
        stored = session.get(ServiceReport, report.id)
        assert len(stored.parts) == 2 and stored.signature_strokes["v"] == 1
        callback = session.scalars(select(Callback).where(Callback.ticket_id == ticket)).one()
        assert (callback.kind, callback.status) == ("after_service", "pending")
        assert callback.due_at > utc_now() - timedelta(hours=1)
        clock = session.scalars(select(ServiceClock).where(ServiceClock.ticket_id == ticket,
                                                           ServiceClock.commitment == "on_site")).one()
        assert clock.met_at is not None
        assert session.get(Part, controller.id).price_fen == controller.price_fen


def test_the_escalation_loop_through_two_rounds(db, dispatcher, engineer_user, services) -> None:  # type: ignore[no-untyped-def]
    dispatch, visits = services
    ticket = make_ticket(db, line="purifier")
    zhang, chen = engineer_id(db, "张师傅"), engineer_id(db, "陈师傅")
    start = next_weekday(MONDAY, 9)
    # Round 1: unresolved, escalated, back on the panel ahead of a fresh new ticket.
    first = plan(dispatch, dispatcher, db, ticket, zhang, start)
    visits.record_arrival(engineer_user, first.id, utc_now() - timedelta(hours=3), version=first.version)
    assert visits.record_result(engineer_user, first.id, sheet("unresolved"), version=first.version + 1
                                ).ticket_status == "unresolved"
    with pytest.raises(StateError):
        plan(dispatch, dispatcher, db, ticket, zhang, start)
    escalation = visits.escalate(dispatcher, ticket, "控制仪需要厂家型号", "order_parts", "订购 TK-8",
                                 expected_version=ticket_version(db, ticket))
    assert escalation.escalation_level == 1
    fresh = make_ticket(db)
    panel = dispatch.waiting_tickets(dispatcher)
    assert panel[0].id == ticket and panel[0].status == "escalated" and fresh in {t.id for t in panel}
    # Round 2: unresolved again, escalated to another engineer; round 3 resolves it.
    second = plan(dispatch, dispatcher, db, ticket, zhang, start + timedelta(days=1))
    assert second.round == 2
    visits.record_result(engineer_user, second.id, sheet("unresolved"), version=second.version)
    visits.escalate(dispatcher, ticket, "需要技术部支持", "another_engineer",
                    expected_version=ticket_version(db, ticket))
    third = plan(dispatch, dispatcher, db, ticket, chen, start + timedelta(days=2))
    assert third.round == 3
    # 陈师傅's visit is not the engineer account's (张师傅): the desk records the returned sheet.
    with pytest.raises(NotFoundError):
        visits.record_result(engineer_user, third.id, sheet(), version=third.version)
    assert visits.record_result(dispatcher, third.id, sheet(), version=third.version).ticket_status == "completed"
    history = visits.history(dispatcher, ticket)
    assert [(h.round, h.result, h.escalation_plan) for h in history] == [
        (1, "unresolved", "order_parts"), (2, "unresolved", "another_engineer"), (3, "resolved", None)]
    with db.read.begin() as session:
        assert session.get(Ticket, ticket).escalation_level == 2
        assert session.scalar(select(func.count()).select_from(Escalation).where(Escalation.ticket_id == ticket)) == 2
        rounds = session.scalars(select(ServiceClock.round).where(
            ServiceClock.ticket_id == ticket, ServiceClock.commitment == "on_site").order_by(ServiceClock.round))
        assert list(rounds) == [1, 2, 3]
    fix, repeats = visits.indicators(dispatcher, utc_now() - timedelta(days=1), utc_now() + timedelta(days=1))
    assert (fix.tickets, fix.fixed_first_time) == (1, 0)
    assert (repeats.tickets, repeats.visits, repeats.repeat_visits) == (1, 3, 2)


def test_first_visit_fix_rate_counts_tickets_fixed_by_their_first_visit(db, dispatcher, engineer_user,
                                                                        services) -> None:  # type: ignore[no-untyped-def]
    dispatch, visits = services
    zhang = engineer_id(db, "张师傅")
    for i, outcome in enumerate(("resolved", "resolved", "unresolved")):
        ticket = make_ticket(db)
        visit = plan(dispatch, dispatcher, db, ticket, zhang, next_weekday(MONDAY, 8 + 2 * i))
        visits.record_result(engineer_user, visit.id, sheet(outcome), version=visit.version)
    fix, repeats = visits.indicators(dispatcher, utc_now() - timedelta(days=1), utc_now() + timedelta(days=1))
    assert (fix.tickets, fix.fixed_first_time) == (3, 2) and fix.rate == pytest.approx(2 / 3)
    assert repeats.per_ticket == 0


def test_bad_sheets_are_refused(db, dispatcher, engineer_user, services) -> None:  # type: ignore[no-untyped-def]
    dispatch, visits = services
    ticket = make_ticket(db)
    visit = plan(dispatch, dispatcher, db, ticket, engineer_id(db, "张师傅"), next_weekday(MONDAY, 9))
    now = utc_now()
    for bad, code in [
        (VisitResult(now - timedelta(hours=1), now - timedelta(hours=2), "resolved"), "departure_before_arrival"),
        (VisitResult(now - timedelta(hours=2), now, "maybe"), "result_invalid"),
        (sheet(satisfaction="so-so"), "satisfaction_invalid"),
        (sheet(parts=(PartUse(999_999),)), "part_not_found"),
        (sheet(labour_charge_fen=-1), "charge_invalid"),
        (sheet(signature_strokes_json="{bad"), "signature_invalid"),
    ]:
        with pytest.raises(ValidationError) as caught:
            visits.record_result(engineer_user, visit.id, bad, version=visit.version)
        assert caught.value.code == code
    assert dispatch.visit(dispatcher, visit.id).status == "dispatched"


def test_engineers_are_maintained_by_the_supervisor(db, supervisor, dispatcher) -> None:  # type: ignore[no-untyped-def]
    service = EngineerService(db)
    created = service.create(supervisor, EngineerInput("孙师傅", "13803720009", ("文峰区", "文峰区"), ("solar",)))
    assert created.areas == ("文峰区",)
    with pytest.raises(ValidationError) as caught:
        service.update(supervisor, created.id, EngineerInput("孙师傅", "13803720009", skills=("rocket",)),
                       version=created.version)
    assert caught.value.code == "unknown_product_line"
    with pytest.raises(ValidationError):
        service.create(supervisor, EngineerInput("孙师傅", "138", working_days="11111"))
    updated = service.update(supervisor, created.id, EngineerInput("孙师傅", "13803720009", ("开发区",), ("purifier",),
                                                                   active=False), version=created.version)
    assert not updated.active and "孙师傅" not in {e.name for e in service.list(dispatcher)}
    assert {e.name for e in service.list(dispatcher, area="开发区", include_inactive=True)} == {"孙师傅", "陈师傅"}
    with pytest.raises(PermissionDenied):
        service.create(dispatcher, EngineerInput("钱师傅", "13803720010"))
    with pytest.raises(ConcurrentEditError):
        service.update(supervisor, created.id, EngineerInput("孙师傅", "13803720009"), version=created.version)


def test_an_engineers_phone_is_read_by_the_one_phone_rule(db, supervisor) -> None:  # type: ignore[no-untyped-def]
    """Admin kept "１３８ ０３７２ ００１１" as typed (the wizard stored digits): the board showed it raw."""
    service = EngineerService(db)
    created = service.create(supervisor, EngineerInput("孙师傅", "１３８ ０３７２ ００１１", ("文峰区",), ("solar",)))
    assert created.phone == "13803720011"
    for typed, code in (("1380", "phone_mobile_length"), ("138-0372-OO11", "phone_characters")):
        with pytest.raises(ValidationError) as caught:
            service.update(supervisor, created.id, EngineerInput("孙师傅", typed, ("文峰区",), ("solar",)),
                           version=created.version)
        assert caught.value.code == code and caught.value.field == "phone"


def test_an_engineers_day_prints_a_slip_and_one_sheet_per_visit(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.dispatch.dispatch_print_service import DispatchPrintService
    from tests.conftest import actor_for

    set_onsite_window(sqlite_db, "solar", 30 * 24 * 60)
    dispatcher = actor_for(sqlite_db, "dispatch")
    dispatch, printing = DispatchService(sqlite_db), DispatchPrintService(sqlite_db)
    zhang = engineer_id(sqlite_db, "张师傅")
    monday = next_weekday(MONDAY, 9)
    for hour in (9, 13):
        ticket = make_ticket(sqlite_db)
        plan(dispatch, dispatcher, sqlite_db, ticket, zhang, monday.replace(hour=hour))
    day = printing.engineer_day(dispatcher, zhang, monday.date())
    assert day.slip.engineer_name == "张师傅" and len(day.slip.lines) == 2 and len(day.sheets) == 2
    assert day.sheets[0].appointment_start.hour == 9 and day.slip.lines[0].deadline is not None
    steps: list[tuple[int, int]] = []
    pdf, visit_ids = printing.render_engineer_day(dispatcher, zhang, monday.date(),
                                                 progress=lambda done, total: steps.append((done, total)))
    assert pdf.startswith(b"%PDF") and len(visit_ids) == 2 and steps[-1] == (3, 3)
    printing.mark_printed(dispatcher, visit_ids)
    with sqlite_db.read.begin() as session:
        assert all(session.get(Visit, v).printed_at is not None for v in visit_ids)


def test_an_engineer_whose_areas_are_towns_matches_addresses_in_those_towns(db, dispatcher, services) -> None:  # type: ignore[no-untyped-def]
    dispatch, _ = services
    engineers = EngineerService(db)
    rural = engineers.create(actor_for(db, "admin"), EngineerInput("郭师傅", "13803720099", areas=("吕村镇", "白璧镇"),
                                                       skills=("solar",), working_days="1111111"))
    in_town = make_ticket(db, district="安阳县", town="吕村镇", customer_name="吕村客户")
    other_town = make_ticket(db, district="安阳县", town="柏庄镇", customer_name="柏庄客户")
    no_town = make_ticket(db, district="安阳县", customer_name="县里客户")
    monday = next_weekday(MONDAY, 9)
    # His town: no warning. Another town of the same county, or no town known: outside his areas.
    assert plan(dispatch, dispatcher, db, in_town, rural.id, monday).warnings == ()
    for ticket in (other_town, no_town):
        with pytest.raises(ValidationError) as caught:
            plan(dispatch, dispatcher, db, ticket, rural.id, monday + timedelta(hours=3))
        assert caught.value.params["warnings"] == ["area_mismatch"]
    # 周师傅 covers the whole county 安阳县: each of its towns is his.
    zhou = engineer_id(db, "周师傅")
    assert plan(dispatch, dispatcher, db, other_town, zhou, monday).warnings == ()
    # The board's filter: a town shows its engineer and the county's; the county shows the town's engineer too.
    day = monday.date()
    assert {e.name for e in dispatch.board(dispatcher, day, area="吕村镇").engineers} == {"郭师傅", "周师傅"}
    assert {"郭师傅", "周师傅"} <= {e.name for e in dispatch.board(dispatcher, day, area="安阳县").engineers}
    assert "郭师傅" not in {e.name for e in dispatch.board(dispatcher, day, area="殷都区").engineers}
    assert {e.name for e in engineers.list(dispatcher, area="白璧镇")} == {"郭师傅", "周师傅"}
    # Waiting tickets by town are those written with it; by county, all of the county's.
    waiting = dispatch.waiting_tickets(dispatcher, area="吕村镇")
    assert [t.id for t in waiting] == []  # planned above
    assert {t.id for t in dispatch.waiting_tickets(dispatcher, area="安阳县")} == {no_town}
    [panel] = [t for t in dispatch.waiting_tickets(dispatcher) if t.id == no_town]
    assert (panel.district, panel.town, panel.place) == ("安阳县", "", "安阳县")
    [block] = [v for v in dispatch.board(dispatcher, day).visits if v.ticket_id == in_town]
    assert (block.town, block.place) == ("吕村镇", "安阳县吕村镇")


def test_the_panel_offers_a_ticket_by_its_town(db, dispatcher, services) -> None:  # type: ignore[no-untyped-def]
    dispatch, _ = services
    ticket = make_ticket(db, district="滑县", town="留固镇")
    make_ticket(db, district="滑县", town="道口镇")
    [panel] = dispatch.waiting_tickets(dispatcher, area="留固镇")
    assert (panel.id, panel.place) == (ticket, "滑县留固镇")


def test_the_printed_day_and_the_my_day_list_read_the_address_with_its_town(db, dispatcher, services) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.dispatch.dispatch_print_service import DispatchPrintService
    from desktop.services.dispatch.my_day_service import MyDayService
    from tests.printing.conftest import pdf_text

    dispatch, _ = services
    zhang = engineer_id(db, "张师傅")
    ticket = make_ticket(db, district="安阳县", town="吕村镇", customer_name="吕村客户")
    monday = next_weekday(MONDAY, 9)
    plan(dispatch, dispatcher, db, ticket, zhang, monday, reason="张师傅顺路")
    printing = DispatchPrintService(db)
    day = printing.engineer_day(dispatcher, zhang, monday.date())
    [line] = [x for x in day.slip.lines if x.customer_name == "吕村客户"]
    assert line.address.startswith("安阳市安阳县吕村镇中华路")
    pdf, _ids = printing.render_engineer_day(dispatcher, zhang, monday.date())
    assert "安阳县吕村镇中华路" in pdf_text(pdf).replace(" ", "").replace("\n", "")
    mine = MyDayService(db).visits(actor_for(db, "engineer"), monday.date())
    assert next(v.address for v in mine.visits if v.ticket_id == ticket).startswith("安阳市安阳县吕村镇中华路")
