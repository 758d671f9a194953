"""What the charges of a visit are judged by, read inside the caller's transaction: the unit's warranty status on
the service day (with R-RW, an earlier charged repair of the same fault still guaranteed) and the fee schedule line
of the ticket's product line and fault category. rules.charges turns these into a proposal."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, exists, null, or_, select
from sqlalchemy.orm import Session

from desktop.models import (
    FeeSchedule,
    LabourFee,
    Part,
    PartUsage,
    ProductLine,
    ProductModel,
    ServiceReport,
    Ticket,
    Unit,
    Visit,
)
from desktop.rules.charges import FeeLine, PartFacts
from desktop.rules.warranty import warranty_status
from desktop.services.core.branch_time import branch_tz
from desktop.services.core.settings_store import load_warranty_policy

# rules.warranty coverage → rules.charges coverage (the same codes; kept explicit so a new warranty code fails here).
_COVERAGE = {"whole_unit": "whole_unit", "main_parts": "main_parts", "out_of_period": "out_of_period",
             "unknown": "unknown"}


@dataclass(frozen=True)
class ChargeBasis:
    coverage: str
    fees: FeeLine
    product_line: str


def fee_line(session: Session, branch_id: int, product_line_id: int, fault_category_id: int | None) -> FeeLine:
    # The schedule line and the fault's own labour fee, if it has one, in one read (a visit's sheet asks each time).
    own = (LabourFee.labour_fen if fault_category_id is not None else null()).label("own")
    query = select(FeeSchedule.call_out_fee_fen, FeeSchedule.labour_fen, own).where(
        FeeSchedule.branch_id == branch_id, FeeSchedule.product_line_id == product_line_id)
    if fault_category_id is not None:
        query = query.outerjoin(LabourFee, and_(LabourFee.fee_schedule_id == FeeSchedule.id,
                                                LabourFee.fault_category_id == fault_category_id))
    row = session.execute(query).first()
    if row is None:
        return FeeLine()
    call_out, labour, own_fen = row
    return FeeLine(call_out, labour if own_fen is None else own_fen)


def _repair_guaranteed(session: Session, ticket: Ticket, day: date, days: int) -> bool:
    """R-RW: the same unit's same fault was repaired for a fee within the repair warranty days."""
    if ticket.unit_id is None or ticket.fault_category_id is None:
        return False
    zone = branch_tz(session, ticket.branch_id)
    since = datetime.combine(day - timedelta(days=days), time(0), tzinfo=zone).astimezone(UTC)
    charged_part = exists().where(PartUsage.report_id == ServiceReport.id, PartUsage.charged.is_(True))
    found = session.scalar(
        select(ServiceReport.id).join(Visit, Visit.id == ServiceReport.visit_id)
        .join(Ticket, Ticket.id == Visit.ticket_id)
        .where(Ticket.unit_id == ticket.unit_id, Ticket.fault_category_id == ticket.fault_category_id,
               Ticket.id != ticket.id, ServiceReport.result == "resolved", ServiceReport.departed_at >= since,
               or_(ServiceReport.labour_charge_fen > 0, ServiceReport.call_out_fee_fen > 0, charged_part))
        .limit(1))
    return found is not None


def coverage_on(session: Session, ticket: Ticket, day: date, line_codes: Sequence[str] | None = None) -> str:
    """`line_codes`: the catalogue's product line codes in id order, when the caller has read them already."""
    policy = load_warranty_policy(session, ticket.branch_id, line_codes)
    coverage = "unknown"
    # The unit with its model in one read.
    row = session.execute(select(Unit, ProductModel).outerjoin(ProductModel, ProductModel.id == Unit.model_id)
                          .where(Unit.id == ticket.unit_id)).first() if ticket.unit_id else None
    if row is not None:
        unit, model = row
        line = session.get(ProductLine, model.product_line_id if model else ticket.product_line_id)
        # After a 三包 exchange the period restarts on the exchange day (S-3), as if sold that day.
        sold = unit.warranty_restart_date or unit.invoice_date
        status = warranty_status(line.code if line else "", unit.usage, sold, unit.installation_date,
                                 unit.production_date, unit.proof, day, policy, unit.installed_by_us)
        coverage = _COVERAGE[status.coverage]
    if coverage != "whole_unit" and _repair_guaranteed(session, ticket, day, policy.repair_warranty_days):
        return "repair_warranty"
    return coverage


def charge_basis(session: Session, ticket: Ticket, day: date) -> ChargeBasis:
    # The catalogue's product lines (a handful) in one read: the ticket's and the unit's line are then in the
    # session, and the policy takes its list of codes from the same rows.
    lines = list(session.scalars(select(ProductLine).order_by(ProductLine.id)))
    line = next((candidate for candidate in lines if candidate.id == ticket.product_line_id), None)
    return ChargeBasis(coverage_on(session, ticket, day, [candidate.code for candidate in lines]),
                       fee_line(session, ticket.branch_id, ticket.product_line_id, ticket.fault_category_id),
                       line.code if line else "")


def part_facts(parts: Sequence[tuple[Part, int]]) -> list[PartFacts]:
    return [PartFacts(p.id, quantity, p.price_fen, p.is_warranty_part, p.is_main_part, p.is_consumable)
            for p, quantity in parts]
