"""A changed fact after a decision says the decision must be made again and keeps the old one; the invoice price
registered with the unit prices the 7-day refund; an executed exchange or refund completes the source ticket."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from sqlalchemy import select

from desktop.clock import local_today, utc_now
from desktop.models import Callback, ServiceClock, Ticket, Visit
from desktop.services.callbacks.callback_service import CallbackService
from desktop.services.claims.claim_service import ClaimService
from desktop.services.dispatch.dispatch_service import DispatchService
from desktop.services.tickets.customer_service import CustomerService, NewAddress, NewUnit
from desktop.services.tickets.ticket_service import NewTicket, TicketService
from tests.conftest import actor_for
from tests.services.dispatch_factories import engineer_id, set_onsite_window, ticket_version
from tests.services.intake_factories import fault, line


def sale_and_ticket(db, clerk, *, price_fen: int | None = 268_000):  # type: ignore[no-untyped-def]
    """Sold three days ago at the price on the invoice, registered at intake with a leak reported today (d = 3)."""
    customers = CustomerService(db)
    solar = line(customers, clerk)
    sold = local_today() - timedelta(days=3)
    reg = customers.register(clerk, name="周先生", phone="13603720001", address=NewAddress("文峰区", "光明路 5 号"),
                             unit=NewUnit(solar.models[0].id, "LT-REFUND-1", sold, None, installed_by_us=False,
                                          invoice_price_fen=price_fen))
    opened = TicketService(db).open_ticket(clerk, NewTicket(reg.customer_id, "13603720001", "hotline",
                                                            fault(solar, "leak"), "水箱漏水", unit_id=reg.unit_id))
    return reg, opened


def decided_refund(db, clerk, engineer, opened):  # type: ignore[no-untyped-def]
    claims = ClaimService(db)
    claim = claims.start_claim(clerk, requested_remedy="refund", ticket_id=opened.id)
    claim = claims.record_inspection(engineer, claim.id, claim.version, cause="quality",
                                     fault_category="performance", part="tank", note="内胆渗漏")
    return claims, claims.decide(clerk, claim.id, claim.version)


def test_the_invoice_price_from_intake_prices_the_seven_day_refund(db, clerk, engineer_user) -> None:  # type: ignore[no-untyped-def]
    _reg, opened = sale_and_ticket(db, clerk)
    _claims, claim = decided_refund(db, clerk, engineer_user, opened)
    assert claim.fact("invoice_price") == "2680.00"
    assert next(f for f in claim.facts if f.name == "invoice_price").source["kind"] == "unit"
    assert (claim.decision.rule_id, claim.decision.outcome, claim.decision.refund_amount) == (
        "R-7", "refund", Decimal("2680.00"))


def test_a_fact_changed_after_the_decision_says_decide_again_and_keeps_the_old_decision(db, clerk,
                                                                                         engineer_user) -> None:  # type: ignore[no-untyped-def]
    _reg, opened = sale_and_ticket(db, clerk)
    claims, claim = decided_refund(db, clerk, engineer_user, opened)
    first = claim.decision
    assert first is not None and not claim.decide_again and [d.id for d in claim.history] == [first.id]
    claim = claims.update_facts(clerk, claim.id, claim.version, {"invoice_price": "2500"})
    # The decision no longer stands, it is not silently gone: it is in the history and the claim says so.
    assert claim.decision is None and claim.decide_again and claim.status == "inspected"
    assert [(d.id, d.refund_amount) for d in claim.history] == [(first.id, Decimal("2680.00"))]
    claim = claims.decide(clerk, claim.id, claim.version)
    assert claim.decision.refund_amount == Decimal("2500.00") and not claim.decide_again
    assert [d.refund_amount for d in claim.history] == [Decimal("2500.00"), Decimal("2680.00")]
    # A new inspection after a decision supersedes it the same way.
    claim = claims.record_inspection(engineer_user, claim.id, claim.version, cause="quality",
                                     fault_category="performance", part="tank", note="复查")
    assert claim.decide_again and len(claim.history) == 2


def test_an_executed_refund_completes_the_source_ticket_and_takes_it_off_the_board(db, clerk, engineer_user,
                                                                                     supervisor) -> None:  # type: ignore[no-untyped-def]
    set_onsite_window(db, "solar", 30 * 24 * 60)
    _reg, opened = sale_and_ticket(db, clerk)
    dispatcher = actor_for(db, "dispatch")
    start = (utc_now() + timedelta(days=1)).replace(second=0, microsecond=0)
    visit = DispatchService(db).plan_visit(dispatcher, opened.id, engineer_id(db, "张师傅"), start,
                                           start + timedelta(hours=2), override_reason="测试",
                                           expected_version=ticket_version(db, opened.id))
    claims, claim = decided_refund(db, clerk, engineer_user, opened)
    claim = claims.record_choice(clerk, claim.id, claim.version, "refund")
    claim = claims.approve(supervisor, claim.id, claim.version)
    claim = claims.confirm_hq(supervisor, claim.id, claim.version, "HQ-2026-7")
    claim = claims.execute(clerk, claim.id, claim.version)
    assert claim.status == "executed"
    with db.read.begin() as session:
        ticket = session.get(Ticket, opened.id)
        assert ticket.status == "completed" and ticket.completed_at is not None
        assert session.get(Visit, visit.id).status == "cancelled"
        running = session.scalars(select(ServiceClock).where(ServiceClock.ticket_id == opened.id,
                                                             ServiceClock.met_at.is_(None),
                                                             ServiceClock.cancelled.is_(False))).all()
        assert running == []
        callback = session.scalars(select(Callback).where(Callback.ticket_id == opened.id,
                                                          Callback.kind == "after_return")).one()
        callback_id, version = callback.id, callback.version
    assert opened.id not in {t.id for t in DispatchService(db).waiting_tickets(dispatcher)}
    assert visit.id not in {v.id for v in DispatchService(db).board(dispatcher, start.date()).visits}
    kinds = [e.kind for e in TicketService(db).detail(clerk, opened.id).timeline]
    assert "completed_by_claim" in kinds
    # The after-return call closes the ticket like any completed one.
    assert CallbackService(db).complete(clerk, callback_id, version, {"q3_working": True}, "satisfied").ticket_closed
