"""Regressions found in review: phone fixes reach the callback queue; cancelling a ticket frees its slots."""

from __future__ import annotations

from sqlalchemy import select

from desktop.models import Callback, Ticket, Visit
from desktop.services.callbacks.callback_service import CallbackService
from desktop.services.dispatch.dispatch_service import DispatchService
from desktop.services.tickets.ticket_service import TicketService
from tests.conftest import actor_for
from tests.services.dispatch_factories import engineer_id, make_ticket, next_weekday, ticket_version
from tests.services.intake_factories import open_ticket, register


def test_a_ticket_resolved_by_phone_gets_its_callback_task_and_can_be_closed(db) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(db, "clerk")
    opened = open_ticket(db, clerk, register(db, clerk), note="复位后恢复正常")
    with db.read.begin() as session:
        tasks = session.scalars(select(Callback).where(Callback.ticket_id == opened.id)).all()
        assert [(t.kind, t.status) for t in tasks] == [("after_service", "pending")]
        task_id, version = tasks[0].id, tasks[0].version
    queue = CallbackService(db).queue(clerk)
    assert task_id in [row.id for row in queue.rows]
    CallbackService(db).complete(clerk, task_id, version, {"reached": True, "q1_service_satisfied": True,
                                                           "q1_explained_use": True, "q2_manual_read": True,
                                                           "q3_working": True}, "satisfied", "E1")
    with db.read.begin() as session:
        assert session.get(Ticket, opened.id).status == "closed"


def test_cancelling_a_ticket_takes_its_visits_off_the_board(db) -> None:  # type: ignore[no-untyped-def]
    dispatcher = actor_for(db, "dispatch")
    ticket_id = make_ticket(db)
    engineer = engineer_id(db, "张师傅")
    start = next_weekday(1, 9)
    end = start.replace(hour=start.hour + 2)
    dispatch = DispatchService(db)
    dispatch.plan_visit(dispatcher, ticket_id, engineer, start, end, override_reason="客户约在下周",
                        expected_version=ticket_version(db, ticket_id))
    TicketService(db).cancel(dispatcher, ticket_id, ticket_version(db, ticket_id), "客户已自行修好")
    with db.read.begin() as session:
        assert session.scalars(select(Visit.status).where(Visit.ticket_id == ticket_id)).all() == ["cancelled"]
    # The engineer's slot is free again: another ticket there raises no overlap warning.
    other = make_ticket(db)
    assert "overlap" not in dispatch.check_slot(dispatcher, other, engineer, start, end)
