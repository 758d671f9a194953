"""The demo branch's day played through the services, so that every record a person reads exists: a history of
tickets, then a callback that finds the unit still broken (the ticket is reopened, closing line E2), a decided and
approved refund (its certificate), a complaint, an open consultation, a quality feedback form, old parts handed in
and sent back on a return list, and the engineer's day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desktop.composition import Services
from desktop.database import Database
from desktop.demo.history import generate_history
from desktop.models import Callback, InstallationReport, Payment, ProductLine, Visit
from desktop.services.callbacks.callback_service import CallbackService
from desktop.services.contacts.consultation_records import NewConsultation
from desktop.services.contacts.quality_records import QualityFields
from tests.conftest import actor_for
from tests.services.callback_factories import make_completed_ticket
from tests.services.claims.test_claim_history_and_source_ticket import decided_refund, sale_and_ticket

GOOD = {"reached": True, "q1_service_satisfied": True, "q1_explained_use": True, "q2_manual_read": True,
        "q3_working": True, "q4_suggestions": ""}


@dataclass(frozen=True)
class Flow:
    reopened_ticket_id: int
    callback_id: int
    claim_id: int
    complaint_id: int
    consultation_id: int
    feedback_id: int
    return_list_id: int | None
    payment_id: int
    acceptance_report_id: int
    engineer_id: int
    engineer_day: date


def play(database: Database, services: Services, tickets: int = 400) -> Flow:
    generate_history(database, tickets=tickets, seed=2026)
    clerk, boss, engineer = (actor_for(database, name) for name in ("clerk", "admin", "engineer"))
    # A callback: the unit still does not heat, so the ticket is reopened (a new round) with the E2 closing line.
    made = make_completed_ticket(database, clerk)
    version = _callback_version(database, made.callback_id)
    CallbackService(database).complete(clerk, made.callback_id, version, {**GOOD, "q3_working": False}, "neutral",
                                       notes="还是不出热水")
    # A refund under R-7, decided, chosen by the customer and approved: the certificate can be printed.
    _reg, opened = sale_and_ticket(database, clerk)
    claims, claim = decided_refund(database, clerk, engineer, opened)
    claim = claims.record_choice(clerk, claim.id, claim.version, "refund")
    claim = claims.approve(boss, claim.id, claim.version)
    complaint = services.complaints.open(clerk, customer_id=made.customer_id, source="phone", concerns="staff",
                                         description="师傅迟到两小时", ticket_id=made.ticket_id)
    consultation = services.consultations.open(clerk, NewConsultation(phone="13803729999",
                                                                      question="滤芯多久换一次？",
                                                                      caller_name="赵女士", topic="maintenance"))
    with database.read.begin() as session:
        solar = session.scalar(select(ProductLine.id).where(ProductLine.code == "solar"))
        payment_id = session.scalar(select(Payment.id).order_by(Payment.id).limit(1))
        report_id = session.scalar(select(InstallationReport.id).order_by(InstallationReport.id).limit(1))
        visit = session.scalars(select(Visit).order_by(Visit.planned_start.desc()).limit(1)).one()
        engineer_id, day = visit.engineer_id, visit.planned_start.astimezone(_zone()).date()
    feedback = services.quality.raise_feedback(clerk, "ticket", made.ticket_id, QualityFields(
        product_line_id=solar, fault="真空管批量炸管", batch="2026-10", serials=("LT2026100001",), cases=3))
    return_list_id = _return_list(services, boss)
    return Flow(made.ticket_id, made.callback_id, claim.id, complaint.id, consultation.id, feedback.id,
                return_list_id, payment_id, report_id, engineer_id, day)


def _zone():  # type: ignore[no-untyped-def]
    from desktop.clock import BRANCH_TZ

    return BRANCH_TZ


def _callback_version(database: Database, callback_id: int) -> int:
    with database.read.begin() as session:
        return session.scalar(select(Callback.version).where(Callback.id == callback_id))


def _return_list(services: Services, boss) -> int | None:  # type: ignore[no-untyped-def]
    """Old parts handed in with tags, then sent back to HQ on one return list; the last one due stays due (the
    hand-in dialog needs one)."""
    due = services.returns.old_parts_due(boss)[:-1][:2]
    for n, part in enumerate(due):
        services.returns.return_old_part(boss, part.part_usage_id, f"T-{n + 1:04d}")
    shelf = services.returns.old_parts_on_shelf(boss)
    if not shelf:
        return None
    return services.returns.create_return_list(boss, "hq", [p.movement_id for p in shelf]).id
