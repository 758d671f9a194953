"""An engineer sees only their own work, enforced in the services: their visits (board, My day, arrival and
result), the tickets and customers of those visits (by any phone), and the callbacks assigned to them."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from desktop.clock import BRANCH_TZ, local_today, utc_now
from desktop.database import Database
from desktop.errors import NotFoundError, PermissionDenied
from desktop.services.callbacks.callback_service import CallbackService
from desktop.services.dispatch.dispatch_print_service import DispatchPrintService
from desktop.services.dispatch.dispatch_service import DispatchService
from desktop.services.dispatch.my_day_service import MyDayService
from desktop.services.dispatch.visit_service import VisitService
from desktop.services.tickets.customer_service import CustomerService
from desktop.services.tickets.ticket_service import TicketService
from tests.conftest import actor_for
from tests.services.dispatch_factories import engineer_id
from tests.services.intake_factories import open_ticket, register


def _tomorrow(hour: int) -> datetime:
    return datetime.combine(local_today() + timedelta(days=1), time(hour), tzinfo=BRANCH_TZ)


@pytest.fixture
def two_visits(db: Database):  # type: ignore[no-untyped-def]
    """One visit for 张师傅 (the demo engineer account) and one for 刘师傅, both tomorrow."""
    clerk, dispatcher = actor_for(db, "clerk"), actor_for(db, "dispatch")
    mine = register(db, clerk, phone="13803720101", name="甲客户", serial="OWN-A-1")
    theirs = register(db, clerk, phone="13803720202", name="乙客户", serial="OWN-B-1", detail="光明路 2 号")
    ticket_mine = open_ticket(db, clerk, mine, phone="13803720101")
    ticket_theirs = open_ticket(db, clerk, theirs, phone="13803720202")
    dispatch = DispatchService(db)
    visit_mine = dispatch.plan_visit(dispatcher, ticket_mine.id, engineer_id(db, "张师傅"), _tomorrow(9),
                                     _tomorrow(10), override_reason="测试", expected_version=ticket_mine.version)
    visit_theirs = dispatch.plan_visit(dispatcher, ticket_theirs.id, engineer_id(db, "刘师傅"), _tomorrow(11),
                                       _tomorrow(12), override_reason="测试", expected_version=ticket_theirs.version)
    return mine, theirs, ticket_mine, ticket_theirs, visit_mine, visit_theirs


def test_an_engineer_sees_only_their_own_visits_and_phones(db: Database, two_visits) -> None:  # type: ignore[no-untyped-def]
    mine, theirs, ticket_mine, ticket_theirs, visit_mine, visit_theirs = two_visits
    engineer, clerk = actor_for(db, "engineer"), actor_for(db, "clerk")

    day = MyDayService(db).visits(engineer)
    assert [v.id for v in day.visits] == [visit_mine.id]
    assert day.visits[0].phone == "138 0372 0101" and day.visits[0].customer_name == "甲客户"
    assert "光明路" not in day.visits[0].address and day.visits[0].address

    board = DispatchService(db).board(engineer, local_today(), 7)
    assert [e.name for e in board.engineers] == ["张师傅"]
    assert {v.id for v in board.visits} == {visit_mine.id}
    # The dispatcher's board still shows both.
    assert {visit_mine.id, visit_theirs.id} <= {v.id for v in DispatchService(db).board(clerk, local_today(), 7).visits}

    customers = CustomerService(db)
    assert [m.customer_id for m in customers.find_by_phone(engineer, "13803720101")] == [mine.customer_id]
    assert customers.find_by_phone(engineer, "13803720202") == []
    assert customers.find_by_phone(engineer, "0372020") == []  # a fragment of the other customer's number
    assert [m.customer_id for m in customers.find_by_phone(clerk, "13803720202")] == [theirs.customer_id]
    assert customers.detail(engineer, mine.customer_id).phones[0].number == "13803720101"
    with pytest.raises(NotFoundError):
        customers.detail(engineer, theirs.customer_id)

    tickets = TicketService(db)
    assert [r.id for r in tickets.list_page(engineer).rows] == [ticket_mine.id]
    assert tickets.list_page(engineer, with_total=True).total == 1
    assert [r.id for r in tickets.search(engineer, "乙客户")] == []
    with pytest.raises(NotFoundError):
        tickets.detail(engineer, ticket_theirs.id)
    assert tickets.detail(engineer, ticket_mine.id).number == ticket_mine.number


def test_an_engineer_acts_only_on_their_own_visits(db: Database, two_visits) -> None:  # type: ignore[no-untyped-def]
    *_, visit_mine, visit_theirs = two_visits
    engineer = actor_for(db, "engineer")
    visits = VisitService(db)
    with pytest.raises(NotFoundError):
        visits.record_arrival(engineer, visit_theirs.id, utc_now(), version=visit_theirs.version)
    with pytest.raises(NotFoundError):
        DispatchService(db).visit(engineer, visit_theirs.id)
    with pytest.raises(NotFoundError):
        DispatchPrintService(db).engineer_day(engineer, engineer_id(db, "刘师傅"), local_today() + timedelta(days=1))
    with pytest.raises(PermissionDenied):
        DispatchService(db).plan_visit(engineer, visit_theirs.ticket_id, engineer_id(db, "张师傅"), _tomorrow(14),
                                       _tomorrow(15), override_reason="x", expected_version=None)
    visits.record_arrival(engineer, visit_mine.id, utc_now(), version=visit_mine.version)
    day = DispatchPrintService(db).engineer_day(engineer, engineer_id(db, "张师傅"), local_today() + timedelta(days=1))
    assert day.visit_ids == (visit_mine.id,)


def test_my_day_is_for_engineers_linked_to_an_engineer_record(db: Database) -> None:
    with pytest.raises(PermissionDenied):
        MyDayService(db).visits(actor_for(db, "clerk"))
    from sqlalchemy import update

    from desktop.models import Engineer

    with db.write.begin() as session:
        session.execute(update(Engineer).values(user_id=None))
    with pytest.raises(NotFoundError) as missing:
        MyDayService(db).visits(actor_for(db, "engineer"))
    assert missing.value.code == "engineer_link_missing"
    # An unlinked engineer account owns nothing: the board shows no lane.
    assert DispatchService(db).board(actor_for(db, "engineer"), local_today(), 7).engineers == ()


def test_an_engineer_queue_holds_only_the_callbacks_assigned_to_them(db: Database) -> None:
    clerk, engineer = actor_for(db, "clerk"), actor_for(db, "engineer")
    from tests.services.callback_factories import make_completed_ticket

    made = make_completed_ticket(db, clerk)
    other = make_completed_ticket(db, clerk)
    service = CallbackService(db)
    assert service.queue(engineer).total == 0
    row = service.queue(clerk).rows
    version = next(r.version for r in row if r.id == made.callback_id)
    service.assign(clerk, made.callback_id, version, engineer.user_id)
    assert [r.id for r in service.queue(engineer).rows] == [made.callback_id]
    with pytest.raises(NotFoundError):
        service.card(engineer, other.callback_id)
