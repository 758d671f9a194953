"""The facts of a ReturnClaim (docs/domain.md): their kinds, parsing of typed input, and filling them from records.

A claim stores its facts as ``{name: {"value": plain JSON value, "source": {"kind": ..., ...}}}`` so that every
fact shows where it came from. Source kinds (translated by the view):

* ``unit``: the Unit record; ``ticket`` (``ref`` = ticket number): the ticket's intake;
* ``reports`` (``count``): completed service reports of earlier tickets; ``tickets`` (``count``): earlier tickets;
* ``report`` (``ref``): one service report of ticket ``ref``; ``open_ticket`` (``ref``): an open repair ticket;
* ``escalation`` (``ref``): the plan of the latest escalation of ticket ``ref``;
* ``exchange``: the unit replaced another one, its period restarts (S-3); ``claim_date``: the day the claim started;
* ``clerk`` / ``inspection`` / ``customer`` (``user`` = display name): typed by a person; ``default``: not recorded;
* ``assumed``: the engine's default (e.g. a store sale) until the clerk enters the fact;
* ``installation`` (``ref`` = ticket number): the signed installation acceptance (开箱检验) of our installation
  ticket: whether an appearance defect was written on it (AP-1) or none was (AP-2).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.clock import local_date_of
from desktop.errors import ValidationError
from desktop.models import (
    Escalation,
    FaultCategory,
    InstallationOrder,
    InstallationReport,
    PartUsage,
    ProductLine,
    ProductModel,
    ServiceReport,
    Ticket,
    Unit,
    Visit,
)
from desktop.rules.adjudication import (
    CAUSES,
    CLAIM_BASES,
    FAULT_CATEGORIES,
    PARTS,
    PENDING_CAUSES,
    PROOFS,
    REMEDIES,
    SALES_CHANNELS,
    USAGES,
    ClaimFacts,
)
from desktop.rules.lifecycle import OPEN_STATES
from desktop.rules.warranty import WarrantyPolicy, clock_start
from desktop.services.core.validation import check_day, check_yuan

# Fault categories that are not repairs: their tickets neither count as repairs nor occupy repair days.
NOT_A_REPAIR = frozenset({"install", "relocate", "filter_change"})
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class FactSpec:
    """How one fact is typed: kind is enum/bool/optional_bool/date/int/money; values for enums."""

    name: str
    kind: str
    values: tuple[str, ...] = ()
    optional: bool = True
    # Who records it: "records" (filled from the database, correctable by the clerk), "clerk", "inspection".
    entered_by: str = "clerk"


FACT_SPECS: Mapping[str, FactSpec] = {
    s.name: s
    for s in (
        FactSpec("product_line", "text", optional=False, entered_by="records"),
        FactSpec("usage", "enum", USAGES, optional=False, entered_by="records"),
        FactSpec("invoice_date", "date", entered_by="records"),
        FactSpec("installation_date", "date", entered_by="records"),
        FactSpec("production_date", "date", entered_by="records"),
        FactSpec("report_date", "date", optional=False, entered_by="records"),
        FactSpec("proof", "enum", PROOFS, optional=False, entered_by="records"),
        FactSpec("invoice_price", "money", entered_by="records"),
        FactSpec("prior_repairs_same_fault", "int", optional=False, entered_by="records"),
        FactSpec("repair_days", "int", optional=False, entered_by="records"),
        FactSpec("pending_repair_days", "int", optional=False, entered_by="records"),
        FactSpec("pending_cause", "enum", PENDING_CAUSES, entered_by="records"),
        FactSpec("last_paid_repair_date", "date", entered_by="records"),
        FactSpec("requested_remedy", "enum", REMEDIES, optional=False),
        FactSpec("same_model_available", "optional_bool"),
        FactSpec("accepts_other_model", "bool", optional=False),
        FactSpec("claim_basis", "enum", CLAIM_BASES, optional=False),
        FactSpec("sales_channel", "enum", SALES_CHANNELS, optional=False),
        FactSpec("refund_date", "date"),
        FactSpec("card_date", "date"),
        FactSpec("received_date", "date"),
        FactSpec("custom_made", "bool", optional=False),
        FactSpec("cause", "enum", CAUSES, entered_by="inspection"),
        FactSpec("part", "enum", PARTS, entered_by="inspection"),
        FactSpec("fault_category", "enum", FAULT_CATEGORIES, optional=False, entered_by="inspection"),
        FactSpec("voucher_altered_or_mismatch", "bool", optional=False, entered_by="inspection"),
        FactSpec("found_at_acceptance", "bool", optional=False, entered_by="inspection"),
        FactSpec("installed", "bool", optional=False, entered_by="inspection"),
        FactSpec("intact", "bool", optional=False, entered_by="inspection"),
        FactSpec("whole_unit_exchange_needed", "bool", optional=False, entered_by="inspection"),
    )
}
# Facts the clerk may type or correct; inspection facts come only with an engineer's inspection (seeds 003/004).
CLERK_EDITABLE = tuple(name for name, spec in FACT_SPECS.items() if spec.entered_by != "inspection")
INSPECTION_FACTS = tuple(name for name, spec in FACT_SPECS.items() if spec.entered_by == "inspection")

_TRUE = {"true", "yes", "1", "y"}
_FALSE = {"false", "no", "0", "n"}


def parse_fact(name: str, raw: Any) -> Any:
    """Typed or native input -> the plain JSON value stored; ValidationError(code, name) for bad input."""
    spec = FACT_SPECS.get(name)
    if spec is None:
        raise ValidationError("unknown_fact", name)
    if isinstance(raw, str):
        raw = raw.strip()
    if raw is None or raw == "":
        if spec.kind == "bool":
            return False
        if not spec.optional:
            raise ValidationError("required", name)
        return None
    if spec.kind == "enum":
        if raw not in spec.values:
            raise ValidationError("unknown_value", name, value=str(raw))
        return raw
    if spec.kind == "text":
        return str(raw)[:20]
    if spec.kind in ("bool", "optional_bool"):
        if isinstance(raw, bool):
            return raw
        text = str(raw).lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise ValidationError("not_a_boolean", name)
    if spec.kind == "date":
        if isinstance(raw, datetime):
            raise ValidationError("not_a_date", name)
        if isinstance(raw, date):
            check_day(raw, name)
            return raw.isoformat()
        try:
            parsed = date.fromisoformat(str(raw))
        except ValueError as exc:
            raise ValidationError("not_a_date", name) from exc
        check_day(parsed, name)
        return parsed.isoformat()
    if spec.kind == "int":
        if isinstance(raw, bool):
            raise ValidationError("not_an_integer", name)
        try:
            value = int(raw) if isinstance(raw, int) else int(str(raw), 10)
        except ValueError as exc:
            raise ValidationError("not_an_integer", name) from exc
        if value < 0:
            raise ValidationError("negative_count", name)
        if value >= 2**31:
            raise ValidationError("amount_out_of_range", name)
        return value
    # money: yuan with at most two decimals, stored as a string so JSON keeps it exact
    try:
        money = Decimal(str(raw))
    except InvalidOperation as exc:
        raise ValidationError("not_a_decimal", name) from exc
    if not money.is_finite():
        raise ValidationError("not_a_decimal", name)
    if money < 0:
        raise ValidationError("negative_money", name)
    check_yuan(money, name)
    return str(money.quantize(_CENT))


def fact_value(name: str, stored: Any) -> Any:
    """The stored plain value -> the Python value ClaimFacts takes."""
    if stored is None:
        return None
    kind = FACT_SPECS[name].kind
    if kind == "date":
        return date.fromisoformat(stored)
    if kind == "money":
        return Decimal(stored)
    return stored


def claim_facts(facts: Mapping[str, Mapping[str, Any]], *, inspection_on_file: bool) -> ClaimFacts:
    """The engine's input from a claim's stored facts; facts never recorded take ClaimFacts' defaults."""
    known = {f.name for f in fields(ClaimFacts)}
    values = {name: fact_value(name, entry["value"]) for name, entry in facts.items() if name in known}
    if values.get("report_date") is None:
        raise ValidationError("missing_fact", "report_date")
    return ClaimFacts(**values, inspection_on_file=inspection_on_file)


def fact(value: Any, kind: str, **source: Any) -> dict[str, Any]:
    return {"value": value, "source": {"kind": kind, **source}}


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


@dataclass(frozen=True)
class _Report:
    ticket_number: str
    day: date
    resolved: bool
    paid: bool


def gather_facts(
    session: Session, unit: Unit, ticket: Ticket | None, policy: WarrantyPolicy, today: date, requested_remedy: str
) -> dict[str, dict[str, Any]]:
    """Fill every fact the records know, each with its source; the clerk and the engineer complete the rest."""
    line_code = session.scalar(
        select(ProductLine.code).join(ProductModel, ProductModel.product_line_id == ProductLine.id)
        .where(ProductModel.id == unit.model_id)
    )
    invoice_date = unit.invoice_date
    facts: dict[str, dict[str, Any]] = {
        "product_line": fact(line_code, "unit"),
        "usage": fact(unit.usage, "unit"),
        "invoice_date": fact(_iso(invoice_date), "unit"),
        # S-1 counts from installation only when we installed the unit.
        "installation_date": fact(_iso(unit.installation_date if unit.installed_by_us else None), "unit"),
        "production_date": fact(_iso(unit.production_date), "unit"),
        "proof": fact(unit.proof, "unit"),
        # In yuan with two decimals, as a price typed into the fact editor is stored (parse_fact).
        "invoice_price": fact(
            None if unit.invoice_price_fen is None else str((Decimal(unit.invoice_price_fen) / 100).quantize(_CENT)),
            "unit",
        ),
    }
    if unit.warranty_restart_date is not None and (invoice_date is None or unit.warranty_restart_date > invoice_date):
        # S-3: a replacement unit's period starts again on the exchange day, the invoice stamped 更换章.
        facts["invoice_date"] = fact(unit.warranty_restart_date.isoformat(), "exchange")
    if ticket is not None:
        report_date = local_date_of(ticket.opened_at)
        facts["report_date"] = fact(report_date.isoformat(), "ticket", ref=ticket.number)
    else:
        report_date = today
        facts["report_date"] = fact(report_date.isoformat(), "claim_date")
    facts["requested_remedy"] = fact(requested_remedy, "clerk")
    start = clock_start(
        policy,
        proof=unit.proof,
        invoice_date=fact_value("invoice_date", facts["invoice_date"]["value"]),
        installation_date=unit.installation_date,
        production_date=unit.production_date,
        installed_by_us=unit.installed_by_us,
    )
    period_start = start.start_date if start else None
    facts.update(_repair_history(session, unit, ticket, report_date, period_start))
    facts.update(_acceptance(session, unit))
    # The clerk's facts start at the engine's defaults, shown as assumptions until someone enters them;
    # inspection facts stay absent until an engineer has inspected (no cause before inspection).
    defaults = {f.name: f.default for f in fields(ClaimFacts)}
    for name, spec in FACT_SPECS.items():
        if name not in facts and spec.entered_by == "clerk":
            facts[name] = fact(defaults[name], "assumed")
    return facts


def _acceptance(session: Session, unit: Unit) -> dict[str, dict[str, Any]]:
    """The appearance as our signed installation acceptance recorded it: the fact behind AP-1 (a defect written
    on the acceptance) and AP-2 (an acceptance that recorded none). The inspecting engineer may still correct it."""
    row = session.execute(
        select(InstallationReport.appearance_defect, Ticket.number)
        .join(Visit, Visit.id == InstallationReport.visit_id)
        .join(Ticket, Ticket.id == Visit.ticket_id)
        .join(InstallationOrder, InstallationOrder.ticket_id == Ticket.id)
        .where(InstallationOrder.unit_id == unit.id, InstallationReport.result == "installed")
        .order_by(InstallationReport.id.desc()).limit(1)
    ).first()
    if row is None:
        return {}
    return {"found_at_acceptance": fact(bool(row[0]), "installation", ref=row[1])}


def _repair_history(
    session: Session, unit: Unit, ticket: Ticket | None, report_date: date, period_start: date | None
) -> dict[str, dict[str, Any]]:
    current_id = ticket.id if ticket else None
    fault_id = ticket.fault_category_id if ticket else None
    not_repair_ids = set(
        session.scalars(select(FaultCategory.id).where(FaultCategory.code.in_(sorted(NOT_A_REPAIR))))
    )
    earlier = [
        t
        for t in session.scalars(select(Ticket).where(Ticket.unit_id == unit.id).order_by(Ticket.opened_at))
        if t.id != current_id and t.status != "cancelled" and t.kind == "repair"
        and t.fault_category_id not in not_repair_ids and local_date_of(t.opened_at) <= report_date
    ]
    in_period = [t for t in earlier if period_start is None or local_date_of(t.opened_at) >= period_start]
    out: dict[str, dict[str, Any]] = {}

    # Prior repairs: resolved reports of the same fault inside the period; a part swap is a repair too [B11].
    same_fault = [t for t in in_period if fault_id is not None and t.fault_category_id == fault_id]
    reports = _reports(session, [t.id for t in earlier if fault_id is not None and t.fault_category_id == fault_id])
    counted = [
        r for r in reports
        if r.resolved and r.day <= report_date and (period_start is None or r.day >= period_start)
        and r.ticket_number in {t.number for t in same_fault}
    ]
    if fault_id is None:
        out["prior_repairs_same_fault"] = fact(0, "default")
    else:
        out["prior_repairs_same_fault"] = fact(len(counted), "reports", count=len(counted))

    # Repair days: closed repairs occupied the unit from intake to completion (1995 art. 8 extends the period).
    closed = [t for t in in_period if t.completed_at is not None and local_date_of(t.completed_at) <= report_date]
    days = sum((local_date_of(t.completed_at) - local_date_of(t.opened_at)).days
               for t in closed if t.completed_at is not None)
    out["repair_days"] = fact(days, "tickets", count=len(closed))

    # Pending: an earlier repair still open on the report day, counted from the day it was sent for repair.
    visited = set(session.scalars(select(Visit.ticket_id).where(Visit.ticket_id.in_([t.id for t in earlier]))))
    pending = [t for t in earlier if t.status in OPEN_STATES and t.id in visited]
    if pending:
        oldest = pending[0]
        out["pending_repair_days"] = fact(
            (report_date - local_date_of(oldest.opened_at)).days, "open_ticket", ref=oldest.number
        )
        plan = session.scalar(
            select(Escalation.plan).where(Escalation.ticket_id == oldest.id).order_by(Escalation.id.desc()).limit(1)
        )
        if plan == "order_parts":
            out["pending_cause"] = fact("no_parts", "escalation", ref=oldest.number)
        else:
            out["pending_cause"] = fact(None, "default")
    else:
        out["pending_repair_days"] = fact(0, "default")
        out["pending_cause"] = fact(None, "default")

    # Repair warranty (R-RW): the latest paid repair of the same fault.
    paid = [r for r in reports if r.paid and r.day <= report_date]
    if paid:
        last = max(paid, key=lambda r: r.day)
        out["last_paid_repair_date"] = fact(last.day.isoformat(), "report", ref=last.ticket_number)
    else:
        out["last_paid_repair_date"] = fact(None, "default")
    return out


def _reports(session: Session, ticket_ids: list[int]) -> list[_Report]:
    if not ticket_ids:
        return []
    rows = session.execute(
        select(ServiceReport, Ticket.number)
        .join(Visit, Visit.id == ServiceReport.visit_id)
        .join(Ticket, Ticket.id == Visit.ticket_id)
        .where(Ticket.id.in_(ticket_ids))
    ).all()
    charged_reports = set(
        session.scalars(
            select(PartUsage.report_id).where(
                PartUsage.report_id.in_([r.id for r, _ in rows]), PartUsage.charged.is_(True)
            )
        )
    )
    out = []
    for report, number in rows:
        moment = report.departed_at or report.arrived_at or report.recorded_at
        out.append(
            _Report(
                ticket_number=number,
                day=local_date_of(moment),
                resolved=report.result == "resolved",
                paid=report.labour_charge_fen > 0 or report.id in charged_reports,
            )
        )
    return out
