"""Ad-hoc callbacks (seed 004 「不定期的进行电话或人员回访」): any customer or unit, phone or visit, with a reason."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from desktop.clock import local_today
from desktop.errors import NotFoundError, PermissionDenied, ValidationError
from desktop.models import AuditLog, Callback
from desktop.services.callbacks.callback_service import CallbackService
from tests.conftest import actor_for
from tests.services.callback_factories import make_completed_ticket, make_customer


def test_a_callback_for_a_customers_unit_with_its_reason(db) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(db, "clerk")
    callbacks = CallbackService(db)
    with db.write.begin() as session:
        customer, unit = make_customer(session, 1, name="赵敏", model_code="HS-RO-600G")
        customer_id, unit_id = customer.id, unit.id
    # WHEN the clerk makes a phone callback for next week, for the customer's purifier
    due_on = local_today() + timedelta(days=7)
    row = callbacks.create_ad_hoc(clerk, customer_id, "  换季回访：询问冬季出水量  ", unit_id=unit_id, due_on=due_on)
    # THEN it waits in the queue under its own kind, with the reason
    assert (row.kind, row.status, row.reason, row.ticket_id) == ("ad_hoc_phone", "pending", "换季回访：询问冬季出水量",
                                                                 None)
    upcoming = callbacks.queue(clerk, bucket="upcoming", kind="ad_hoc_phone")
    assert [r.id for r in upcoming.rows] == [row.id]
    card = callbacks.card(clerk, row.id)
    assert card.reason == "换季回访：询问冬季出水量" and card.unit_id == unit_id
    assert card.unit_model.startswith("鸿盛") and card.satisfaction_required
    assert card.script[0].id == "G1" and "净水器" in card.script[0].zh and "太阳能" not in card.script[0].zh
    # AND the call is completed like any other
    outcome = callbacks.complete(clerk, row.id, card.version, {"q1_service_satisfied": True}, "very_satisfied")
    assert outcome.status == "done"
    with db.read.begin() as session:
        assert session.scalar(select(AuditLog.action).where(AuditLog.entity == "callback",
                                                            AuditLog.entity_id == row.id)
                              .order_by(AuditLog.id).limit(1)) == "callback.create"


def test_an_in_person_callback_reads_the_visit_script(db) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(db, "clerk")
    made = make_completed_ticket(db, clerk)
    callbacks = CallbackService(db)
    row = callbacks.create_ad_hoc(clerk, made.customer_id, "上门回访：检查支架", ticket_id=made.ticket_id,
                                  on_site=True)
    card = callbacks.card(clerk, row.id)
    assert row.kind == "ad_hoc_visit" and card.on_site
    assert [line.id for line in card.script] == ["V0", "V1", "V2"] and list(card.closings) == ["V5"]
    with db.read.begin() as session:
        assert session.get(Callback, row.id).unit_id == made.unit_id


def test_bad_requests_are_refused_with_their_field(db) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(db, "clerk")
    callbacks = CallbackService(db)
    made = make_completed_ticket(db, clerk)
    other = make_completed_ticket(db, clerk)
    cases = (
        (dict(reason="   "), "required", "reason"),
        (dict(reason="回访", unit_id=other.unit_id), "unit_not_of_customer", "unit"),
        (dict(reason="回访", ticket_id=other.ticket_id), "ticket_not_of_customer", "ticket"),
        (dict(reason="回访", due_on=local_today() - timedelta(days=1)), "date_in_past", "due_on"),
    )
    for kwargs, code, field in cases:
        reason = kwargs.pop("reason")
        with pytest.raises(ValidationError) as caught:
            callbacks.create_ad_hoc(clerk, made.customer_id, reason, **kwargs)
        assert (caught.value.code, caught.value.field) == (code, field)
    with pytest.raises(NotFoundError):
        callbacks.create_ad_hoc(clerk, 999_999, "回访")
    with pytest.raises(PermissionDenied):
        callbacks.create_ad_hoc(actor_for(db, "engineer"), made.customer_id, "回访")
    with db.read.begin() as session:
        assert session.scalars(select(Callback).where(Callback.kind.like("ad_hoc%"))).all() == []
