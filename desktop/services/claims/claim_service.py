"""ReturnClaim use cases (docs/domain.md, 三包): start, complete the facts, inspect, decide, the customer's choice,
approve / confirm for HQ / reject / override, execute, close; the branch warranty policy.

Sub-lifecycle: claimed -> inspected -> decided -> approved | rejected -> executed -> closed. Editing facts or the
inspection after a decision takes the claim back (the stored decision is superseded by the next `decide`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from desktop.clock import local_date_of, local_today, to_local, utc_now
from desktop.errors import NotFoundError, StateError, ValidationError
from desktop.models import (
    Branch,
    Customer,
    CustomerAddress,
    CustomerPhone,
    FaultCategory,
    ProductLine,
    ProductModel,
    ReturnClaim,
    Setting,
    Ticket,
    Unit,
    User,
    Visit,
)
from desktop.models import Decision as DecisionRow
from desktop.printing.documents import BranchHeader, CertificateData, CustomerInfo, UnitInfo
from desktop.rules.addresses import address_line
from desktop.rules.adjudication import REMEDIES, Decision, adjudicate, remedy_strength
from desktop.rules.lifecycle import OPEN_STATES
from desktop.rules.rule_catalogue import RULES
from desktop.rules.warranty import WarrantyPolicy
from desktop.services.callbacks.callback_hooks import create_after_return
from desktop.services.claims.claim_facts import CLERK_EDITABLE, FACT_SPECS, claim_facts, fact, gather_facts, parse_fact
from desktop.services.claims.claim_records import (
    ClaimDetail,
    ClaimPage,
    ClaimRow,
    DecisionInfo,
    EnginePreview,
    FactRow,
    PolicyInfo,
    ReasonRow,
)
from desktop.services.core import audit, clocks, own_work, ticket_events
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service, check_version
from desktop.services.core.branch_time import branch_tz
from desktop.services.core.numbering import next_number
from desktop.services.core.permissions import require
from desktop.services.core.product_words import line_words
from desktop.services.core.settings_store import load_setting, load_warranty_policy
from desktop.services.core.validation import check_yuan, clean_query, clean_text

__all__ = ["ClaimDetail", "ClaimPage", "ClaimRow", "ClaimService", "DecisionInfo", "EnginePreview", "FactRow",
           "PolicyInfo", "ReasonRow"]

POLICY_KEY = "policy.warranty"
# Printed on the certificate in the branch's print language (printing labels carry no role names).
_SUPERVISOR_TITLE = {"zh": "主管", "en": "Supervisor"}
EDITABLE_STATES = ("claimed", "inspected", "decided")
SORT_COLUMNS = {"number": ReturnClaim.number, "created_at": ReturnClaim.created_at, "status": ReturnClaim.status}


def load_policy(session: Session, branch_id: int) -> WarrantyPolicy:
    # Every product line of the catalogue has a period, so no unit's first claim meets "unknown product line".
    return load_warranty_policy(session, branch_id)


def _fen(amount: Decimal | None) -> int | None:
    return None if amount is None else int((amount * 100).to_integral_value())


def _yuan(fen: int | None) -> Decimal | None:
    return None if fen is None else (Decimal(fen) / 100).quantize(Decimal("0.01"))


def _ordered(remedies: Any) -> tuple[str, ...]:
    return tuple(sorted(remedies, key=remedy_strength, reverse=True))


def _reasons(decision: Decision) -> list[dict[str, Any]]:
    return [{"rule_id": r.rule_id, "code": r.code, "params": dict(r.params)} for r in decision.explanation]


class ClaimService(Service):
    # --- reading ------------------------------------------------------------------------------------------------

    def list_page(self, actor: Actor, *, offset: int = 0, limit: int = 200, status: str | None = None,
                  text: str = "", sort: str = "created_at", descending: bool = True) -> ClaimPage:
        with self._reading(actor, "claim.read") as session:
            query = (
                select(ReturnClaim, Customer.name, Unit.serial, ProductModel.code, Ticket.number)
                .join(Unit, Unit.id == ReturnClaim.unit_id)
                .join(Customer, Customer.id == Unit.customer_id)
                .join(ProductModel, ProductModel.id == Unit.model_id)
                .outerjoin(Ticket, Ticket.id == ReturnClaim.ticket_id)
                .where(Customer.branch_id == actor.branch_id)
            )
            if status:
                query = query.where(ReturnClaim.status == status)
            text = text.strip()
            if text:
                like = f"%{text}%"
                query = query.where(or_(ReturnClaim.number.ilike(like), Unit.serial.ilike(like),
                                        Customer.name.ilike(like), Ticket.number.ilike(like)))
            column = SORT_COLUMNS.get(sort, ReturnClaim.created_at)
            # The default order walks ix_return_claim_created and stops after the page. No count over every claim
            # ever made on each opening: `total` is the rows so far, plus one when more follow.
            query = query.order_by(column.desc() if descending else column.asc(),
                                   ReturnClaim.id.desc() if descending else ReturnClaim.id.asc())
            rows = session.execute(query.offset(offset).limit(limit + 1)).all()
            more = len(rows) > limit
            rows = rows[:limit]
            total = offset + len(rows) + (1 if more else 0)
            decisions = self._latest_decisions(session, [claim.id for claim, *_ in rows])
            out = []
            for claim, customer, serial, model, ticket_no in rows:
                d = decisions.get(claim.id) if claim.status not in ("claimed", "inspected") else None
                label = "" if d is None else (f"{d.rule_id}+{d.money_rule_id}" if d.money_rule_id else d.rule_id)
                out.append(ClaimRow(claim.id, claim.number, claim.status, claim.created_at, customer, serial, model,
                                    ticket_no or "", claim.requested_remedy, d.outcome if d else None, label))
            return ClaimPage(tuple(out), total)

    @staticmethod
    def _latest_decisions(session: Session, claim_ids: list[int]) -> dict[int, DecisionRow]:
        if not claim_ids:
            return {}
        latest = (select(func.max(DecisionRow.id)).where(DecisionRow.claim_id.in_(claim_ids))
                  .group_by(DecisionRow.claim_id))
        return {d.claim_id: d for d in session.scalars(select(DecisionRow).where(DecisionRow.id.in_(latest)))}

    def detail(self, actor: Actor, claim_id: int) -> ClaimDetail:
        with self._reading(actor, "claim.read") as session:
            return self._detail(session, self._load(session, actor, claim_id))

    def preview(self, actor: Actor, claim_id: int) -> EnginePreview:
        """Run the engine on the current facts without storing anything (the view shows it live)."""
        with self._reading(actor, "claim.read") as session:
            claim = self._load(session, actor, claim_id)
            decision = self._adjudicate(session, actor, claim)
            return EnginePreview(decision.outcome, decision.rule_id, decision.rule_label, _ordered(decision.allowed),
                                 tuple(ReasonRow(r.rule_id, r.code, dict(r.params)) for r in decision.explanation))

    def find_ticket(self, actor: Actor, number: str) -> int:
        require(actor, "claim.read")
        number = clean_query(number, "ticket", max_length=40)
        with self._reading(actor, "claim.read") as session:
            ticket_id = session.scalar(select(Ticket.id).where(Ticket.number == number.strip().upper(),
                                                               Ticket.branch_id == actor.branch_id))
            if ticket_id is None:
                raise NotFoundError("ticket_not_found", "ticket", number=number)
            return ticket_id

    def find_unit(self, actor: Actor, serial: str) -> int:
        require(actor, "claim.read")
        serial = clean_query(serial, "unit", max_length=40)
        with self._reading(actor, "claim.read") as session:
            ids = session.scalars(
                select(Unit.id).join(Customer, Customer.id == Unit.customer_id)
                .where(Unit.serial == serial.strip(), Customer.branch_id == actor.branch_id)
                .order_by(Unit.id.desc())
            ).all()
            if not ids:
                raise NotFoundError("unit_not_found", "unit", serial=serial)
            return ids[0]

    # --- starting and completing ---------------------------------------------------------------------------------

    def start_claim(self, actor: Actor, *, requested_remedy: str, ticket_id: int | None = None,
                    unit_id: int | None = None) -> ClaimDetail:
        """From a ticket (its unit, its intake date as report date) or from a unit; the facts fill themselves."""
        require(actor, "claim.create")
        if requested_remedy not in REMEDIES:
            raise ValidationError("unknown_value", "requested_remedy", value=requested_remedy)
        if ticket_id is None and unit_id is None:
            raise ValidationError("required", "ticket")
        with self._writing(actor, "claim.create") as session:
            ticket = None
            if ticket_id is not None:
                ticket = session.get(Ticket, ticket_id)
                if ticket is None or ticket.branch_id != actor.branch_id:
                    raise NotFoundError("ticket_not_found", "ticket")
                if ticket.unit_id is None:
                    raise ValidationError("ticket_has_no_unit", "ticket")
                unit_id = ticket.unit_id
            unit = self._unit(session, actor, unit_id)
            if unit.status != "active":
                raise StateError("unit_not_active", "unit", status=unit.status)
            branch = session.get(Branch, actor.branch_id)
            assert branch is not None
            today = local_today()
            policy = load_policy(session, actor.branch_id)
            facts = gather_facts(session, unit, ticket, policy, today, requested_remedy)
            facts["requested_remedy"] = fact(requested_remedy, "clerk", user=actor.display_name)
            claim = ReturnClaim(
                number=next_number(session, branch.id, branch.code, "claim", today),
                ticket_id=ticket.id if ticket else None, unit_id=unit.id, status="claimed",
                requested_remedy=requested_remedy, facts=facts, created_at=utc_now(), created_by=actor.user_id,
            )
            session.add(claim)
            session.flush()
            audit.record(session, actor, "claim.start", "return_claim", claim.id, None, audit.snapshot(claim))
            return self._detail(session, claim)

    def update_facts(self, actor: Actor, claim_id: int, version: int, changes: Mapping[str, Any]) -> ClaimDetail:
        """The clerk completes or corrects facts; each then reads "entered by <clerk>". Inspection facts refused."""
        parsed = {}
        for name, raw in changes.items():
            if name not in FACT_SPECS:
                raise ValidationError("unknown_fact", name)
            if name not in CLERK_EDITABLE:
                raise ValidationError("inspection_fact", name)
            parsed[name] = parse_fact(name, raw)
        with self._writing(actor, "claim.create") as session:
            claim = self._load(session, actor, claim_id, version)
            self._require_editable(claim)
            if "product_line" in parsed:
                load_policy(session, actor.branch_id).period_for(parsed["product_line"], "household")
            before = audit.snapshot(claim)
            facts = dict(claim.facts)
            for name, value in parsed.items():
                facts[name] = fact(value, "clerk", user=actor.display_name)
            claim.facts = facts
            if "requested_remedy" in parsed:
                claim.requested_remedy = parsed["requested_remedy"]
            self._supersede_decision(claim)
            session.flush()
            audit.record(session, actor, "claim.update_facts", "return_claim", claim.id, before, audit.snapshot(claim))
            return self._detail(session, claim)

    def record_inspection(self, actor: Actor, claim_id: int, version: int, *, cause: str, fault_category: str,
                          part: str | None = None, voucher_altered_or_mismatch: bool = False,
                          found_at_acceptance: bool = False, installed: bool = False, intact: bool = False,
                          whole_unit_exchange_needed: bool = False, note: str = "") -> ClaimDetail:
        """The engineer's diagnosis on file: only then may a cause-based refusal (X-*) be decided."""
        require(actor, "claim.inspect")
        values = {
            "cause": parse_fact("cause", cause),
            "fault_category": parse_fact("fault_category", fault_category),
            "part": parse_fact("part", part),
            "voucher_altered_or_mismatch": parse_fact("voucher_altered_or_mismatch", voucher_altered_or_mismatch),
            "found_at_acceptance": parse_fact("found_at_acceptance", found_at_acceptance),
            "installed": parse_fact("installed", installed),
            "intact": parse_fact("intact", intact),
            "whole_unit_exchange_needed": parse_fact("whole_unit_exchange_needed", whole_unit_exchange_needed),
        }
        if values["cause"] is None:
            # Seeds 003/004: no inspection without an established cause.
            raise ValidationError("required", "cause")
        note = clean_text(note, "inspection_note", max_length=2000, multiline=True)
        with self._writing(actor, "claim.inspect") as session:
            claim = self._load(session, actor, claim_id, version)
            self._require_editable(claim)
            before = audit.snapshot(claim)
            facts = dict(claim.facts)
            for name, value in values.items():
                facts[name] = fact(value, "inspection", user=actor.display_name)
            claim.facts = facts
            claim.inspection_note = note
            claim.inspected_by = actor.user_id
            claim.inspected_at = utc_now()
            # A new inspection after a decision supersedes it like any changed fact (kept in the history).
            self._supersede_decision(claim)
            claim.status = "inspected"
            session.flush()
            audit.record(session, actor, "claim.inspect", "return_claim", claim.id, before, audit.snapshot(claim))
            return self._detail(session, claim)

    # --- deciding -------------------------------------------------------------------------------------------------

    def decide(self, actor: Actor, claim_id: int, version: int) -> ClaimDetail:
        """Run the engine with the branch policy and store its Decision; refuses while an inspection is missing."""
        with self._writing(actor, "claim.decide") as session:
            claim = self._load(session, actor, claim_id, version)
            self._require_editable(claim)
            decision = self._adjudicate(session, actor, claim)
            if decision.outcome == "inspection_required":
                pending = next((r.rule_id for r in decision.explanation if r.code in
                                ("inspection_required", "cause_not_established")), decision.rule_id)
                raise StateError("inspection_required", "inspection", rule_id=pending)
            before = audit.snapshot(claim)
            row = self._store_decision(session, actor, claim, decision)
            claim.status = "decided"
            if claim.customer_choice not in row.allowed:
                claim.customer_choice = None
            session.flush()
            audit.record(session, actor, "claim.decide", "decision", row.id, before,
                         {**audit.snapshot(row), "claim_status": claim.status})
            return self._detail(session, claim)

    def record_choice(self, actor: Actor, claim_id: int, version: int, choice: str) -> ClaimDetail:
        """The customer chooses among the allowed remedies (1995 art. 9/10: theirs to choose, never defaulted)."""
        require(actor, "claim.decide")
        if choice not in REMEDIES:
            raise ValidationError("unknown_value", "customer_choice", value=choice)
        with self._writing(actor, "claim.decide") as session:
            claim = self._load(session, actor, claim_id, version)
            if claim.status != "decided":
                raise StateError("bad_state", "status", status=claim.status)
            current = self._current_decision(session, claim)
            if current is None or choice not in current.allowed:
                raise ValidationError("remedy_not_allowed", "customer_choice", value=choice)
            before = audit.snapshot(claim)
            facts = dict(claim.facts)
            facts["requested_remedy"] = fact(choice, "customer", user=actor.display_name)
            claim.facts = facts
            claim.requested_remedy = choice
            claim.customer_choice = choice
            if choice != current.outcome and not current.overridden:
                # Money and approvals depend on the remedy, so the engine prices the chosen one.
                decision = self._adjudicate(session, actor, claim)
                self._store_decision(session, actor, claim, decision)
            session.flush()
            audit.record(session, actor, "claim.customer_choice", "return_claim", claim.id, before,
                         audit.snapshot(claim))
            return self._detail(session, claim)

    # --- approval (docs/domain.md) ------------------------------------------------------------------------------------

    def approve(self, actor: Actor, claim_id: int, version: int) -> ClaimDetail:
        with self._writing(actor, "claim.approve") as session:
            claim, row = self._decided(session, actor, claim_id, version)
            if row.approved_at is not None:
                raise StateError("already_approved", "decision")
            if len(row.allowed) > 1 and claim.customer_choice is None:
                raise StateError("customer_choice_required", "customer_choice")
            before = audit.snapshot(row)
            row.approved_by = actor.user_id
            row.approved_at = utc_now()
            self._settle_approval(claim, row)
            session.flush()
            audit.record(session, actor, "claim.approve", "decision", row.id, before,
                         {**audit.snapshot(row), "claim_status": claim.status})
            return self._detail(session, claim)

    def confirm_hq(self, actor: Actor, claim_id: int, version: int, confirmed_by: str) -> ClaimDetail:
        """Record HQ's confirmation (who at HQ confirmed, e.g. a name or a reference) where the policy asks."""
        confirmed_by = clean_text(confirmed_by, "hq_confirmed_by", max_length=60, required=True)
        with self._writing(actor, "claim.approve") as session:
            claim, row = self._decided(session, actor, claim_id, version)
            if "hq" not in row.approvals_required:
                raise StateError("hq_not_required", "decision")
            before = audit.snapshot(row)
            row.hq_confirmed_by = confirmed_by
            row.hq_confirmed_at = utc_now()
            self._settle_approval(claim, row)
            session.flush()
            audit.record(session, actor, "claim.confirm_hq", "decision", row.id, before,
                         {**audit.snapshot(row), "claim_status": claim.status})
            return self._detail(session, claim)

    def reject(self, actor: Actor, claim_id: int, version: int, reason: str) -> ClaimDetail:
        reason = clean_text(reason, "rejected_reason", max_length=2000, required=True, multiline=True)
        with self._writing(actor, "claim.approve") as session:
            claim, row = self._decided(session, actor, claim_id, version)
            before = audit.snapshot(row)
            row.rejected_reason = reason
            claim.status = "rejected"
            session.flush()
            audit.record(session, actor, "claim.reject", "decision", row.id, before,
                         {**audit.snapshot(row), "claim_status": claim.status})
            return self._detail(session, claim)

    def override(self, actor: Actor, claim_id: int, version: int, *, outcome: str, reason: str,
                 refund_amount: Decimal | None = None) -> ClaimDetail:
        """A supervisor replaces the engine's outcome (goodwill, extension) with a written reason; audited."""
        require(actor, "claim.override")
        if outcome not in ("refund", "exchange", "repair", "refuse"):
            raise ValidationError("unknown_value", "outcome", value=outcome)
        reason = clean_text(reason, "override_reason", max_length=2000, required=True, multiline=True)
        if refund_amount is not None and (not refund_amount.is_finite() or refund_amount < 0):
            raise ValidationError("negative_money", "refund_amount")
        if refund_amount is not None:
            check_yuan(refund_amount, "refund_amount")
        with self._writing(actor, "claim.override") as session:
            claim = self._load(session, actor, claim_id, version)
            if claim.status not in ("decided", "rejected", "approved"):
                raise StateError("bad_state", "status", status=claim.status)
            current = self._current_decision(session, claim)
            assert current is not None
            # Compare with what the engine decided, not with an earlier override: overriding twice must not
            # shed the HQ confirmation the first override needed.
            engine = session.scalar(
                select(DecisionRow).where(DecisionRow.claim_id == claim.id, DecisionRow.overridden.is_(False))
                .order_by(DecisionRow.id.desc()).limit(1)) or current
            policy = load_policy(session, actor.branch_id)
            price = claim.facts.get("invoice_price", {}).get("value")
            if outcome == "refund" and refund_amount is None:
                refund_amount = (_yuan(engine.refund_amount_fen) if engine.outcome == "refund"
                                 else Decimal(price) if price is not None else None)
            # Beyond what the engine allowed, or a refund/exchange the policy sends to HQ: HQ must confirm.
            needs_hq = (remedy_strength(outcome) > remedy_strength(engine.outcome)
                        or (outcome == "refund" and policy.hq_confirms_refund)
                        or (outcome == "exchange" and policy.hq_confirms_exchange))
            now = utc_now()
            row = DecisionRow(
                claim_id=claim.id, outcome=outcome, rule_id=engine.rule_id, money_rule_id=None,
                allowed=[outcome] if outcome != "refuse" else [], requested_denied=False,
                refund_amount_fen=_fen(refund_amount) if outcome == "refund" else None,
                depreciation_fen=None, depreciation_days=None,
                explanation=[*engine.explanation,
                             {"rule_id": engine.rule_id, "code": "overridden", "params": {"outcome": outcome}}],
                approvals_required=["supervisor", "hq"] if needs_hq else ["supervisor"],
                overridden=True, override_reason=reason, decided_at=now, decided_by=actor.user_id,
                approved_by=actor.user_id, approved_at=now,
            )
            session.add(row)
            before = audit.snapshot(claim)
            claim.status = "decided"
            if outcome in REMEDIES:
                claim.customer_choice = outcome
            self._settle_approval(claim, row)
            session.flush()
            audit.record(session, actor, "claim.override", "decision", row.id,
                         {**before, "engine_outcome": engine.outcome, "engine_rule_id": engine.rule_id},
                         {**audit.snapshot(row), "claim_status": claim.status})
            return self._detail(session, claim)

    # --- acting on the outcome --------------------------------------------------------------------------------------

    def execute(self, actor: Actor, claim_id: int, version: int, *, new_serial: str = "",
                replacement_model_id: int | None = None) -> ClaimDetail:
        """Exchange: register the replacement (same customer, new serial, period restarts, S-3), old unit replaced.
        Refund: the decided amount is paid, the unit is returned. Repair / refuse: recorded as done."""
        with self._writing(actor, "claim.execute") as session:
            claim = self._load(session, actor, claim_id, version)
            row = self._current_decision(session, claim)
            ready = claim.status == "approved" or (
                claim.status == "decided" and row is not None and not row.approvals_required)
            if row is None or not ready:
                raise StateError("not_approved", "status", status=claim.status)
            unit = self._unit(session, actor, claim.unit_id)
            before = {"claim": audit.snapshot(claim), "unit": audit.snapshot(unit)}
            today = local_today()
            if row.outcome == "exchange" and "part" not in {r.get("params", {}).get("scope")
                                                             for r in row.explanation}:
                replacement = self._register_replacement(session, actor, unit, new_serial, replacement_model_id,
                                                         today)
                row.replacement_unit_id = replacement.id
                unit.status = "replaced"
            elif row.outcome == "refund":
                if row.refund_amount_fen is None:
                    raise ValidationError("refund_amount_unknown", "refund_amount")
                unit.status = "returned"
                facts = dict(claim.facts)
                facts["refund_date"] = fact(today.isoformat(), "clerk", user=actor.display_name)
                claim.facts = facts
            row.executed_at = utc_now()
            claim.status = "executed"
            if row.outcome in ("exchange", "refund") and claim.ticket_id is not None:
                _complete_source_ticket(session, actor, claim, row.outcome)
            session.flush()
            # The customer is called back after an exchange or refund (issue 7: after a return decision).
            create_after_return(session, claim, actor.branch_id, actor, row.executed_at)
            audit.record(session, actor, "claim.execute", "return_claim", claim.id, before,
                         {"claim": audit.snapshot(claim), "unit": audit.snapshot(unit),
                          "decision": audit.snapshot(row)})
            return self._detail(session, claim)

    def _register_replacement(self, session: Session, actor: Actor, old: Unit, serial: str, model_id: int | None,
                              today: date) -> Unit:
        serial = clean_text(serial, "new_serial", max_length=40, required=True)
        model_id = model_id or old.model_id
        if session.get(ProductModel, model_id) is None:
            raise ValidationError("unknown_value", "replacement_model", value=model_id)
        if session.scalar(select(Unit.id).where(Unit.model_id == model_id, Unit.serial == serial)) is not None:
            raise ValidationError("serial_taken", "new_serial", serial=serial)
        new = Unit(
            customer_id=old.customer_id, model_id=model_id, address_id=old.address_id, serial=serial,
            invoice_date=old.invoice_date,
            installation_date=today if old.installed_by_us else None, production_date=None, proof=old.proof,
            usage=old.usage, installed_by_us=old.installed_by_us, invoice_price_fen=old.invoice_price_fen,
            status="active", replaces_unit_id=old.id, warranty_restart_date=today, created_at=utc_now(),
        )
        session.add(new)
        session.flush()
        audit.record(session, actor, "unit.replace", "unit", new.id, None, audit.snapshot(new))
        return new

    def open_charged_repair(self, actor: Actor, claim_id: int) -> str:
        """After a refusal: a charged repair (收费修理) ticket through the intake service; returns its number."""
        from desktop.services.tickets.ticket_service import NewTicket, TicketService

        with self._reading(actor, "claim.read") as session:
            claim = self._load(session, actor, claim_id)
            row = self._current_decision(session, claim)
            if row is None or row.outcome != "refuse" or claim.status not in ("approved", "executed", "closed"):
                raise StateError("bad_state", "status", status=claim.status)
            if any(item.get("code") == "charged_repair_ticket" for item in row.explanation or []):
                # A second click must not open a second charged-repair ticket.
                raise StateError("charged_repair_exists", "status")
            unit = self._unit(session, actor, claim.unit_id)
            ticket = session.get(Ticket, claim.ticket_id) if claim.ticket_id else None
            fault_id = ticket.fault_category_id if ticket else None
            if fault_id is None:
                # A claim started from the unit has no reported fault: file the repair under the product
                # line's first fault category; the engineer's sheet carries the inspection note.
                fault_id = session.scalar(
                    select(FaultCategory.id).join(ProductModel, ProductModel.product_line_id
                                                  == FaultCategory.product_line_id)
                    .where(ProductModel.id == unit.model_id).order_by(FaultCategory.id).limit(1))
            phone = ticket.contact_phone if ticket else session.scalar(
                select(CustomerPhone.number).where(CustomerPhone.customer_id == unit.customer_id)
                .order_by(CustomerPhone.id).limit(1)) or ""
            new = NewTicket(customer_id=unit.customer_id, contact_phone=phone,
                            channel=ticket.channel if ticket else "walk_in", fault_category_id=fault_id,
                            fault_text=ticket.fault_text if ticket else claim.inspection_note, unit_id=unit.id)
        opened = TicketService(self._db).open_ticket(actor, new)
        with self._writing(actor, "claim.execute") as session:
            claim = self._load(session, actor, claim_id)
            row = self._current_decision(session, claim)
            assert row is not None
            row.explanation = [*row.explanation, {"rule_id": row.rule_id, "code": "charged_repair_ticket",
                                                  "params": {"ticket": opened.number}}]
            audit.record(session, actor, "claim.charged_repair", "return_claim", claim.id, None,
                         {"ticket": opened.number})
        return opened.number

    def close(self, actor: Actor, claim_id: int, version: int) -> ClaimDetail:
        with self._writing(actor, "claim.execute") as session:
            claim = self._load(session, actor, claim_id, version)
            if claim.status not in ("executed", "rejected"):
                raise StateError("bad_state", "status", status=claim.status)
            before = audit.snapshot(claim)
            claim.status = "closed"
            session.flush()
            audit.record(session, actor, "claim.close", "return_claim", claim.id, before, audit.snapshot(claim))
            return self._detail(session, claim)

    # --- the certificate (退换货凭证, 1995 art. 14) ------------------------------------------------------------------

    def certificate_header(self, actor: Actor, claim_id: int | None = None) -> BranchHeader:
        """The branch as the certificate's header; with the claim, under the name its product line's customers
        know (core.product_words), never a branch name that names another line."""
        with self._reading(actor, "print.documents") as session:
            branch = session.get(Branch, actor.branch_id)
            if branch is None:
                raise NotFoundError("branch_not_found")
            language = str(load_setting(session, actor.branch_id, "print.language"))
            name = branch.name
            if claim_id is not None:
                claim = self._load(session, actor, claim_id)
                line_id = session.scalar(select(ProductModel.product_line_id)
                                         .join(Unit, Unit.model_id == ProductModel.id)
                                         .where(Unit.id == claim.unit_id))
                if line_id is not None:
                    name = line_words(session, line_id, actor.branch_id).company or name
            return BranchHeader(branch.code, name, branch.address, branch.hotline, branch.logo_png, language,
                                timezone=branch.timezone or "Asia/Shanghai")

    def certificate_data(self, actor: Actor, claim_id: int, language: str = "zh") -> CertificateData:
        """The decided (and, where needed, approved) claim as the printed certificate's dataclass."""
        with self._reading(actor, "print.documents") as session:
            claim = self._load(session, actor, claim_id)
            row = self._current_decision(session, claim)
            if row is None:
                raise StateError("not_decided", "status", status=claim.status)
            unit = self._unit(session, actor, claim.unit_id)
            # The certificate carries the customer's phone: an engineer prints only their own customers'.
            own_work.require_own_customer(session, actor, unit.customer_id)
            customer = session.get(Customer, unit.customer_id)
            assert customer is not None
            model = session.get(ProductModel, unit.model_id)
            line = session.get(ProductLine, model.product_line_id) if model else None
            phone = session.scalar(select(CustomerPhone.number).where(CustomerPhone.customer_id == customer.id)
                                   .order_by(CustomerPhone.id).limit(1)) or ""
            address = session.get(CustomerAddress, unit.address_id) if unit.address_id else None
            ticket_no = session.scalar(select(Ticket.number).where(Ticket.id == claim.ticket_id)) \
                if claim.ticket_id else ""
            names = _user_names(session)
            policy = load_policy(session, actor.branch_id)
            zh = language.startswith("zh")
            facts = {name: entry["value"] for name, entry in claim.facts.items()}
            invoice = date.fromisoformat(facts["invoice_date"]) if facts.get("invoice_date") else None
            refund_on = date.fromisoformat(facts["refund_date"]) if facts.get("refund_date") else None
            label = f"{row.rule_id}+{row.money_rule_id}" if row.money_rule_id else row.rule_id
            texts = [RULES[r] for r in label.split("+") if r in RULES]
            explanation = "".join(t.text_zh for t in texts) if zh else " ".join(t.text_en for t in texts)
            if row.overridden:
                explanation = row.override_reason
            replacement = session.get(Unit, row.replacement_unit_id) if row.replacement_unit_id else None
            price = facts.get("invoice_price")
            return CertificateData(
                ticket_no=ticket_no or "", claim_no=claim.number, claim_date=local_date_of(claim.created_at),
                customer=CustomerInfo(customer.name, phone,
                                      address_line(address)),
                unit=UnitInfo(product=line_words(session, line.id, actor.branch_id).product("zh" if zh else "en")
                              if line else "",
                              model=model.code if model else "", serial=unit.serial,
                              purchase_date=unit.invoice_date, install_date=unit.installation_date),
                outcome=row.outcome, rule_id=label, rule_explanation=explanation,
                allowed_remedies=tuple(row.allowed), requested_remedy=claim.requested_remedy,
                requested_denied=row.requested_denied, invoice_date=invoice,
                price=Decimal(price) if price is not None else None,
                days_used=(refund_on - invoice).days if refund_on and invoice else None,
                repair_days=facts.get("repair_days"), depreciation_days=row.depreciation_days,
                depreciation_rate=policy.depreciation_rate_per_day if row.money_rule_id == "R-DEP" else None,
                depreciation_amount=_yuan(row.depreciation_fen), refund_amount=_yuan(row.refund_amount_fen),
                exchange_model=f"{model.code if model else ''} {replacement.serial}" if replacement else "",
                approver_name=names.get(row.approved_by or 0, ""),
                approver_role=_SUPERVISOR_TITLE["zh" if zh else "en"] if row.approved_by else "",
                # Branch time, as the app shows it (the decision row keeps UTC).
                approved_at=to_local(row.approved_at, branch_tz(session, actor.branch_id)) if row.approved_at else None,
                hq_confirmation=row.hq_confirmed_by, override_reason=row.override_reason,
            )

    # --- the warranty policy (supervisors) ---------------------------------------------------------------------------

    def get_policy(self, actor: Actor) -> PolicyInfo:
        """The branch's policy with every catalogue product line in it (a line HQ has not set shows its default
        until the supervisor saves), and the lines' names for the editor."""
        with self._reading(actor, "claim.read") as session:
            row = self._policy_row(session, actor.branch_id)
            return PolicyInfo(load_policy(session, actor.branch_id), row.version if row is not None else 0,
                              _line_names(session))

    def save_policy(self, actor: Actor, policy: WarrantyPolicy, version: int) -> PolicyInfo:
        require(actor, "policy.manage")
        policy.validate()
        value = policy.to_dict()
        with self._writing(actor, "policy.manage") as session:
            row = self._policy_row(session, actor.branch_id)
            check_version(row.version if row is not None else 0, version)
            before = None if row is None else {"value": row.value}
            if row is None:
                row = Setting(branch_id=actor.branch_id, key=POLICY_KEY, value=value)
                session.add(row)
            else:
                row.value = value
            session.flush()
            audit.record(session, actor, "policy.save", "setting", row.id, before, {"key": POLICY_KEY,
                                                                                       "value": value})
            return PolicyInfo(load_policy(session, actor.branch_id), row.version, _line_names(session))

    @staticmethod
    def _policy_row(session: Session, branch_id: int) -> Setting | None:
        return session.scalar(select(Setting).where(Setting.branch_id == branch_id, Setting.key == POLICY_KEY))

    # --- helpers ------------------------------------------------------------------------------------------------

    @staticmethod
    def _load(session: Session, actor: Actor, claim_id: int, version: int | None = None) -> ReturnClaim:
        claim = session.get(ReturnClaim, claim_id)
        if claim is None:
            raise NotFoundError("claim_not_found", "claim")
        branch_id = session.scalar(select(Customer.branch_id).join(Unit, Unit.customer_id == Customer.id)
                                   .where(Unit.id == claim.unit_id))
        if branch_id != actor.branch_id:
            raise NotFoundError("claim_not_found", "claim")
        check_version(claim.version, version)
        if version is not None:
            # Every write through a versioned load moves the claim's version, even one that only changes its
            # Decision row (approve, HQ confirmation), so a second clerk's stale copy is always refused.
            flag_modified(claim, "status")
        return claim

    @staticmethod
    def _unit(session: Session, actor: Actor, unit_id: int | None) -> Unit:
        unit = session.get(Unit, unit_id) if unit_id is not None else None
        if unit is None:
            raise NotFoundError("unit_not_found", "unit")
        customer = session.get(Customer, unit.customer_id)
        if customer is None or customer.branch_id != actor.branch_id:
            raise NotFoundError("unit_not_found", "unit")
        return unit

    @staticmethod
    def _require_editable(claim: ReturnClaim) -> None:
        if claim.status not in EDITABLE_STATES:
            raise StateError("bad_state", "status", status=claim.status)

    @staticmethod
    def _supersede_decision(claim: ReturnClaim) -> None:
        # New facts make the stored decision stale: the claim goes back until someone decides again.
        if claim.status == "decided":
            claim.status = "inspected" if claim.inspected_at is not None else "claimed"
            claim.customer_choice = None

    def _adjudicate(self, session: Session, actor: Actor, claim: ReturnClaim) -> Decision:
        facts = claim_facts(claim.facts, inspection_on_file=claim.inspected_at is not None)
        return adjudicate(facts, load_policy(session, actor.branch_id))

    @staticmethod
    def _store_decision(session: Session, actor: Actor, claim: ReturnClaim, decision: Decision) -> DecisionRow:
        scope_reason = [{"rule_id": decision.rule_id, "code": "scope", "params": {"scope": decision.scope}}] \
            if decision.scope else []
        row = DecisionRow(
            claim_id=claim.id, outcome=decision.outcome, rule_id=decision.rule_id,
            money_rule_id=decision.money_rule_id, allowed=list(_ordered(decision.allowed)),
            requested_denied=decision.requested_denied, refund_amount_fen=_fen(decision.refund_amount),
            depreciation_fen=_fen(decision.depreciation), depreciation_days=decision.depreciation_days,
            explanation=_reasons(decision) + scope_reason, approvals_required=list(decision.approvals),
            decided_at=utc_now(), decided_by=actor.user_id,
        )
        session.add(row)
        session.flush()
        return row

    @staticmethod
    def _current_decision(session: Session, claim: ReturnClaim) -> DecisionRow | None:
        if claim.status in ("claimed", "inspected"):
            return None
        return session.scalar(select(DecisionRow).where(DecisionRow.claim_id == claim.id)
                              .order_by(DecisionRow.id.desc()).limit(1))

    def _decided(self, session: Session, actor: Actor, claim_id: int, version: int) -> tuple[ReturnClaim,
                                                                                              DecisionRow]:
        claim = self._load(session, actor, claim_id, version)
        if claim.status != "decided":
            raise StateError("bad_state", "status", status=claim.status)
        row = self._current_decision(session, claim)
        assert row is not None
        return claim, row

    @staticmethod
    def _settle_approval(claim: ReturnClaim, row: DecisionRow) -> None:
        supervisor_ok = "supervisor" not in row.approvals_required or row.approved_at is not None
        hq_ok = "hq" not in row.approvals_required or row.hq_confirmed_at is not None
        if supervisor_ok and hq_ok:
            claim.status = "approved"

    def _detail(self, session: Session, claim: ReturnClaim) -> ClaimDetail:
        session.flush()
        unit = session.get(Unit, claim.unit_id)
        assert unit is not None
        customer = session.get(Customer, unit.customer_id)
        model = session.get(ProductModel, unit.model_id)
        ticket_no = session.scalar(select(Ticket.number).where(Ticket.id == claim.ticket_id)) \
            if claim.ticket_id else None
        names = _user_names(session)
        facts = tuple(
            FactRow(name, claim.facts[name]["value"], dict(claim.facts[name]["source"]), spec.entered_by)
            for name, spec in FACT_SPECS.items() if name in claim.facts
        )
        row = self._current_decision(session, claim)
        decision = None
        charged = ""
        if row is not None:
            decision = _decision_info(session, row, names)
            charged = next((r.params.get("ticket", "") for r in decision.explanation
                            if r.code == "charged_repair_ticket"), "")
        history = tuple(_decision_info(session, d, names) for d in session.scalars(
            select(DecisionRow).where(DecisionRow.claim_id == claim.id).order_by(DecisionRow.id.desc())))
        return ClaimDetail(
            id=claim.id, number=claim.number, status=claim.status, version=claim.version, ticket_id=claim.ticket_id,
            ticket_number=ticket_no or "", unit_id=unit.id, serial=unit.serial, model=model.code if model else "",
            customer_name=customer.name if customer else "", requested_remedy=claim.requested_remedy,
            customer_choice=claim.customer_choice, facts=facts, inspection_note=claim.inspection_note,
            inspected_by=names.get(claim.inspected_by or 0, ""), inspected_at=claim.inspected_at,
            created_at=claim.created_at, decision=decision, charged_repair_ticket=charged, history=history,
            line_names=_line_names(session),
        )


def _line_names(session: Session) -> dict[str, tuple[str, str]]:
    return {code: (zh, en) for code, zh, en in session.execute(
        select(ProductLine.code, ProductLine.name_zh, ProductLine.name_en).order_by(ProductLine.id))}
def _decision_info(session: Session, row: DecisionRow, names: dict[int, str]) -> DecisionInfo:
    replacement = session.get(Unit, row.replacement_unit_id) if row.replacement_unit_id else None
    reasons = tuple(ReasonRow(r["rule_id"], r["code"], dict(r.get("params") or {})) for r in row.explanation)
    return DecisionInfo(
        id=row.id, outcome=row.outcome, rule_id=row.rule_id, money_rule_id=row.money_rule_id,
        allowed=tuple(row.allowed), requested_denied=row.requested_denied,
        refund_amount=_yuan(row.refund_amount_fen), depreciation=_yuan(row.depreciation_fen),
        depreciation_days=row.depreciation_days, explanation=reasons,
        approvals_required=tuple(row.approvals_required), overridden=row.overridden,
        override_reason=row.override_reason, decided_at=row.decided_at,
        decided_by=names.get(row.decided_by, ""), approved_by=names.get(row.approved_by or 0, ""),
        approved_at=row.approved_at, hq_confirmed_by=row.hq_confirmed_by, hq_confirmed_at=row.hq_confirmed_at,
        rejected_reason=row.rejected_reason, replacement_serial=replacement.serial if replacement else "",
        executed_at=row.executed_at,
    )


def _complete_source_ticket(session: Session, actor: Actor, claim: ReturnClaim, outcome: str) -> None:
    """An exchange or refund carried out ends the request it came from: the ticket is completed, its clocks stop,
    its planned visits leave the board; the after-return callback closes it (回访完毕，归档)."""
    ticket = session.get(Ticket, claim.ticket_id)
    if ticket is None or ticket.status not in OPEN_STATES:
        return
    for visit in session.scalars(select(Visit).where(Visit.ticket_id == ticket.id,
                                                     Visit.status.in_(("dispatched", "scheduled")))):
        audit.record(session, actor, "visit.cancel", "visit", visit.id, {"status": visit.status},
                     {"status": "cancelled", "claim": claim.number})
        visit.status = "cancelled"
    clocks.cancel_open_clocks(session, ticket.id)
    ticket_events.transition(session, actor, ticket, "completed", kind="completed_by_claim", note=claim.number,
                             data={"claim_id": claim.id, "outcome": outcome})


def _user_names(session: Session) -> dict[int, str]:
    return {user_id: name for user_id, name in session.execute(select(User.id, User.display_name))}
