"""Taking a payment for a visit's charges inside the caller's transaction: the charges area records it on its own,
the visit-result dialog together with the returned sheet (money the engineer collected on site), so the sheet and its
payment are saved together or not at all."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.clock import utc_now
from desktop.errors import NotFoundError, ValidationError
from desktop.models import Branch, Customer, Engineer, PartUsage, Payment, ServiceReport, Ticket, Visit
from desktop.models.charges import PAYMENT_METHODS
from desktop.services.charges.charge_records import ChargeDue
from desktop.services.core import audit
from desktop.services.core.actor import Actor
from desktop.services.core.branch_time import branch_tz, local_day
from desktop.services.core.numbering import next_number
from desktop.services.core.validation import clean_text

MAX_PAYMENT_FEN = 10_000_000


def charges_select() -> Any:
    """One row per service report: its fees, charged parts and valid payments.

    The sums are correlated subqueries, one report at a time through ix_part_usage_report_id and
    ix_payment_report_id: grouping the whole part_usage and payment tables first (a long history holds hundreds of
    thousands of each) and then joining took 18 s on 1,000,000 tickets before the first page could show."""
    parts_fen = func.coalesce(
        select(func.sum(PartUsage.quantity * PartUsage.unit_price_fen))
        .where(PartUsage.report_id == ServiceReport.id, PartUsage.charged.is_(True))
        .correlate(ServiceReport).scalar_subquery(), 0)
    paid_fen = func.coalesce(
        select(func.sum(Payment.amount_fen))
        .where(Payment.report_id == ServiceReport.id, Payment.status == "valid")
        .correlate(ServiceReport).scalar_subquery(), 0)
    total = ServiceReport.call_out_fee_fen + ServiceReport.labour_charge_fen + parts_fen
    query = (select(ServiceReport.id, Visit.id, Ticket.id, Ticket.number, Customer.name, Visit.engineer_id,
                    Engineer.name, ServiceReport.departed_at, ServiceReport.call_out_fee_fen,
                    ServiceReport.labour_charge_fen, parts_fen, paid_fen)
             .join(Visit, Visit.id == ServiceReport.visit_id)
             .join(Ticket, Ticket.id == Visit.ticket_id)
             .join(Customer, Customer.id == Ticket.customer_id)
             .join(Engineer, Engineer.id == Visit.engineer_id))
    return query, total, paid_fen


def due_of(row: Any) -> ChargeDue:
    return ChargeDue(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], int(row[8]), int(row[9]),
                     int(row[10]), int(row[11]))


def load_due(session: Session, actor: Actor, report_id: int) -> ChargeDue:
    query, _, _ = charges_select()
    row = session.execute(query.where(ServiceReport.id == report_id, Ticket.branch_id == actor.branch_id)).first()
    if row is None:
        raise NotFoundError("report_not_found", "report_id")
    return due_of(row)


def take_payment(session: Session, actor: Actor, report_id: int, amount_fen: int, method: str, *,
                 paid_at: datetime | None = None, payer_name: str = "", note: str = "",
                 engineer_id: int | None = -1) -> Payment:
    """Money taken for a visit's charges, in the caller's transaction; the receipt number is given here.
    engineer_id -1 (default): the visit's engineer took it; None: paid at the desk. The caller checks the
    permission (payment.record)."""
    if method not in PAYMENT_METHODS:
        raise ValidationError("invalid_choice", "method")
    if isinstance(amount_fen, bool) or not isinstance(amount_fen, int) or not 0 < amount_fen <= MAX_PAYMENT_FEN:
        raise ValidationError("amount_invalid", "amount")
    now = utc_now()
    paid_at = paid_at or now
    if paid_at.tzinfo is None or paid_at > now + timedelta(minutes=5):
        raise ValidationError("paid_in_future", "paid_at")
    payer_name = clean_text(payer_name, "payer_name", max_length=60)
    note = clean_text(note, "note", max_length=500, multiline=True)
    due = load_due(session, actor, report_id)
    if amount_fen > due.outstanding_fen:
        raise ValidationError("payment_exceeds_outstanding", "amount", outstanding=str(
            Decimal(due.outstanding_fen).scaleb(-2).quantize(Decimal("0.01"))))
    if engineer_id == -1:
        engineer_id = due.engineer_id
    elif engineer_id is not None:
        engineer = session.get(Engineer, engineer_id)
        if engineer is None or engineer.branch_id != actor.branch_id:
            raise NotFoundError("engineer_not_found", "engineer_id")
    branch = session.get(Branch, actor.branch_id)
    assert branch is not None
    payment = Payment(
        branch_id=branch.id, ticket_id=due.ticket_id, report_id=due.report_id, engineer_id=engineer_id,
        payer_name=payer_name or due.customer_name, amount_fen=amount_fen, method=method, paid_at=paid_at,
        note=note, recorded_at=now, recorded_by=actor.user_id,
        receipt_no=next_number(session, branch.id, branch.code, "receipt",
                               local_day(paid_at, branch_tz(session, branch.id))))
    session.add(payment)
    session.flush()
    audit.record(session, actor, "payment.record", "payment", payment.id, None, audit.snapshot(payment))
    return payment
