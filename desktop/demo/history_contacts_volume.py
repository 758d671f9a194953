"""Consultations (咨询) and quality feedback (质量问题反馈单) in the numbers a busy branch has over a long history, for
the benchmarks (bench_exports_db.py): the demo's own few (history_contacts.py) show the lists, these give the HQ
export's sheets their realistic weight.

Rates: a branch taking ~270 service orders a day answers ~70 hotline questions (one for every four tickets: usage,
filters, prices, warranty), and raises a quality problem with HQ a few times a month (one for every 1,500 tickets).
Questions are spread over the tickets' days in working hours; quality feedback rides on closed repair tickets."""

from __future__ import annotations

import random
from datetime import timedelta

from sqlalchemy import func, insert, select

from desktop.clock import BRANCH_TZ
from desktop.database import Database
from desktop.demo.history_contacts import QUALITY_CASES, QUESTIONS
from desktop.models import (
    Branch,
    Consultation,
    Customer,
    CustomerPhone,
    ProductLine,
    QualityFeedback,
    Ticket,
    Unit,
    User,
)
from desktop.services.core.numbering import next_number

TICKETS_PER_CONSULTATION = 4
TICKETS_PER_QUALITY_FEEDBACK = 1500
CHUNK = 5000


def add_contact_volume(database: Database, seed: int) -> tuple[int, int]:
    """Add consultations and quality feedback in proportion to the tickets already there; returns their counts."""
    rng = random.Random(f"contact-volume-{seed}")
    with database.write.begin() as session:
        branch = session.scalars(select(Branch).order_by(Branch.id).limit(1)).one()
        users = {u.username: u.id for u in session.scalars(select(User).where(User.branch_id == branch.id))}
        clerk, supervisor = users["clerk"], users["admin"]
        lines = {line.code: line.id for line in session.scalars(select(ProductLine))}
        tickets, low, high = session.execute(select(func.count(), func.min(Ticket.opened_at),
                                                    func.max(Ticket.opened_at))
                                             .where(Ticket.branch_id == branch.id)).one()
        if not tickets:
            return 0, 0
        phones = session.execute(select(Customer.id, Customer.name, CustomerPhone.number)
                                 .join(CustomerPhone, CustomerPhone.customer_id == Customer.id)
                                 .where(Customer.branch_id == branch.id).limit(50_000)).all()
        span = (high - low).total_seconds()
        rows = []
        for _ in range(tickets // TICKETS_PER_CONSULTATION):
            local = (low + timedelta(seconds=rng.uniform(0, span))).astimezone(BRANCH_TZ)
            created = local.replace(hour=rng.randint(8, 18), minute=rng.randrange(60), second=0, microsecond=0)
            topic, line, question, answer = rng.choice(QUESTIONS)
            customer_id, name, phone = rng.choice(phones) if rng.random() < 0.7 else \
                (None, rng.choice(("王先生", "李女士", "赵先生")), f"13{rng.randrange(10**9):09d}")
            rows.append(dict(
                branch_id=branch.id, customer_id=customer_id, caller_name=name, phone=phone,
                product_line_id=lines.get(line) if line else None,
                channel=rng.choice(("hotline", "hotline", "walk_in")),
                topic=topic, question=question, answer=answer, status="closed", reply_due_at=None,
                replied_at=created, replied_by=clerk, closed_at=created, ticket_id=None, created_at=created,
                created_by=clerk, version=1,
                number=next_number(session, branch.id, branch.code, "consult", created.date())))
            if len(rows) >= CHUNK:
                session.execute(insert(Consultation), rows)
                rows.clear()
        if rows:
            session.execute(insert(Consultation), rows)
        consultations = tickets // TICKETS_PER_CONSULTATION
        wanted = max(1, tickets // TICKETS_PER_QUALITY_FEEDBACK)
        candidates = session.execute(
            select(Ticket.id, Ticket.opened_at, Ticket.product_line_id, Unit.model_id, Unit.serial)
            .join(Unit, Unit.id == Ticket.unit_id)
            .where(Ticket.branch_id == branch.id, Ticket.kind == "repair", Ticket.status.in_(("closed", "completed")))
            .order_by(Ticket.id).limit(wanted * 20)).all()
        picked = rng.sample(candidates, min(wanted, len(candidates)))
        feedback = []
        for ticket in picked:
            fault, analysis, corrective, preventive = rng.choice(QUALITY_CASES)[1:]
            answered_yet = bool(analysis)
            created = ticket.opened_at + timedelta(days=rng.uniform(1, 10))
            sent = created + timedelta(hours=rng.uniform(1, 24))
            answered = sent + timedelta(days=rng.uniform(2, 6)) if answered_yet else None
            closed = answered + timedelta(days=1) if answered else None
            feedback.append(dict(
                branch_id=branch.id, source="ticket", ticket_id=ticket.id, product_line_id=ticket.product_line_id,
                model_id=ticket.model_id, batch=f"{ticket.opened_at.astimezone(BRANCH_TZ):%Y%m}-{rng.randint(1, 9)}",
                serials=[ticket.serial], fault=fault, cases=rng.randint(1, 4),
                analysis=analysis, corrective_action=corrective, preventive_action=preventive,
                hq_responder="总部技术部 刘工" if answered_yet else "", status="closed" if answered_yet else "sent",
                sent_at=sent, sent_by=supervisor, answered_at=answered, answered_by=supervisor if answered else None,
                closed_at=closed, closed_by=supervisor if closed else None, created_at=created, created_by=clerk,
                number=next_number(session, branch.id, branch.code, "quality",
                                   created.astimezone(BRANCH_TZ).date())))
        if feedback:
            session.execute(insert(QualityFeedback), feedback)
    return consultations, len(feedback)
