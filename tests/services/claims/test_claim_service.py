"""ClaimService on both databases: facts from records, inspection, decision, choice, approval, execution, policy."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.clock import local_today
from desktop.errors import ConcurrentEditError, PermissionDenied, StateError, ValidationError
from desktop.models import AuditLog, Unit
from desktop.rules.warranty import PeriodRule
from desktop.services.claims.claim_service import ClaimService
from tests.services.claim_factories import add_report, make_ticket, make_unit


def _r7_claim(db, clerk, requested: str = "repair"):  # type: ignore[no-untyped-def]
    """Sold 1 June, reported 5 June (d = 4): R-7, every remedy allowed."""
    unit = make_unit(db, invoice_date=date(2026, 6, 1), installed_by_us=False)
    ticket_id, _ = make_ticket(db, unit, opened=date(2026, 6, 5))
    service = ClaimService(db)
    return service, service.start_claim(clerk, requested_remedy=requested, ticket_id=ticket_id), unit


def _inspect(service, engineer, claim, cause: str = "quality"):  # type: ignore[no-untyped-def]
    return service.record_inspection(engineer, claim.id, claim.version, cause=cause, fault_category="performance",
                                     part="tank", note="内胆焊缝渗漏，照片已存")


def test_facts_fill_themselves_from_the_records_with_their_sources(db, clerk) -> None:  # type: ignore[no-untyped-def]
    # GIVEN a unit installed by us, two resolved repairs of the same leak, one other fault and a paid repair
    unit = make_unit(db, invoice_date=date(2026, 1, 10), installation_date=date(2026, 1, 12))
    first, _ = make_ticket(db, unit, opened=date(2026, 3, 1), status="closed", completed=date(2026, 3, 4))
    add_report(db, first, day=date(2026, 3, 1), result="unresolved")
    add_report(db, first, day=date(2026, 3, 3))
    second, _ = make_ticket(db, unit, opened=date(2026, 5, 1), status="closed", completed=date(2026, 5, 2))
    add_report(db, second, day=date(2026, 5, 2), labour_fen=5000)
    other, _ = make_ticket(db, unit, opened=date(2026, 5, 10), fault="controller", status="closed",
                           completed=date(2026, 5, 10))
    add_report(db, other, day=date(2026, 5, 10))
    current, number = make_ticket(db, unit, opened=date(2026, 6, 1))
    # WHEN a claim starts from the current ticket
    claim = ClaimService(db).start_claim(clerk, requested_remedy="exchange", ticket_id=current)
    facts = {f.name: f for f in claim.facts}
    # THEN every fact carries its value and where it came from
    assert claim.number.startswith("AY01-R")
    assert (facts["report_date"].value, dict(facts["report_date"].source)) == (
        "2026-06-01", {"kind": "ticket", "ref": number})
    assert facts["invoice_date"].value == "2026-01-10" and facts["invoice_date"].source["kind"] == "unit"
    assert facts["installation_date"].value == "2026-01-12"
    assert facts["product_line"].value == "solar"
    assert Decimal(facts["invoice_price"].value) == Decimal("3000")
    assert facts["prior_repairs_same_fault"].value == 2
    assert dict(facts["prior_repairs_same_fault"].source) == {"kind": "reports", "count": 2}
    assert facts["repair_days"].value == 3 + 1 + 0
    assert facts["last_paid_repair_date"].value == "2026-05-02"
    assert facts["pending_repair_days"].value == 0
    assert facts["requested_remedy"].source == {"kind": "clerk", "user": clerk.display_name}


def test_cause_based_refusal_needs_an_inspection(db, clerk, engineer_user) -> None:  # type: ignore[no-untyped-def]
    service, claim, _ = _r7_claim(db, clerk)
    with pytest.raises(ValidationError) as refused:
        service.update_facts(clerk, claim.id, claim.version, {"cause": "misuse"})
    assert refused.value.code == "inspection_fact"
    with pytest.raises(StateError) as pending:
        service.decide(clerk, claim.id, claim.version)
    assert pending.value.code == "inspection_required"
    claim = _inspect(service, engineer_user, claim, cause="misuse")
    assert claim.status == "inspected" and claim.fact("cause") == "misuse"
    claim = service.decide(clerk, claim.id, claim.version)
    assert claim.status == "decided"
    assert (claim.decision.outcome, claim.decision.rule_id) == ("refuse", "X-MIS")
    assert claim.decision.approvals_required == ("supervisor",)
    assert "charged_repair_offered" in {r.code for r in claim.decision.explanation}


def test_unknown_values_are_refused_with_codes(db, clerk, engineer_user) -> None:  # type: ignore[no-untyped-def]
    service, claim, _ = _r7_claim(db, clerk)
    for changes, code in (({"sales_channel": "shop"}, "unknown_value"), ({"refund_date": "2026-13-01"}, "not_a_date"),
                          ({"repair_days": "-3"}, "negative_count"), ({"colour": "red"}, "unknown_fact")):
        with pytest.raises(ValidationError) as err:
            service.update_facts(clerk, claim.id, claim.version, changes)
        assert err.value.code == code
    with pytest.raises(ValidationError):
        service.record_inspection(engineer_user, claim.id, claim.version, cause="aliens", fault_category="performance")
    with pytest.raises(ValidationError):
        service.start_claim(clerk, requested_remedy="money_back", unit_id=claim.unit_id)


def test_customer_choice_then_supervisor_and_hq_approval(db, clerk, engineer_user, supervisor) -> None:  # type: ignore[no-untyped-def]
    service, claim, unit = _r7_claim(db, clerk)
    claim = service.decide(clerk, claim.id, _inspect(service, engineer_user, claim).version)
    # the customer's choice, the engine did not default to anything but the request
    assert claim.decision.rule_id == "R-7"
    assert claim.decision.allowed == ("refund", "exchange", "repair")
    with pytest.raises(StateError) as no_choice:
        service.approve(supervisor, claim.id, claim.version)
    assert no_choice.value.code == "customer_choice_required"
    claim = service.record_choice(clerk, claim.id, claim.version, "refund")
    assert claim.customer_choice == "refund"
    assert claim.decision.outcome == "refund" and claim.decision.refund_amount == Decimal("3000.00")
    assert claim.decision.approvals_required == ("supervisor", "hq")
    with pytest.raises(PermissionDenied):
        service.approve(clerk, claim.id, claim.version)
    claim = service.approve(supervisor, claim.id, claim.version)
    assert claim.status == "decided" and claim.decision.approvals_missing == ("hq",)
    claim = service.confirm_hq(supervisor, claim.id, claim.version, "总部售后部 孙经理")
    assert claim.status == "approved" and claim.decision.approved_by == supervisor.display_name
    claim = service.execute(clerk, claim.id, claim.version)
    assert claim.status == "executed" and claim.decision.executed_at is not None
    with db.read.begin() as session:
        assert session.get(Unit, unit.unit_id).status == "returned"
        actions = set(session.scalars(select(AuditLog.action).where(AuditLog.action.like("claim.%"))))
    assert {"claim.start", "claim.inspect", "claim.decide", "claim.customer_choice", "claim.approve",
            "claim.confirm_hq", "claim.execute"} <= actions


def test_a_choice_outside_the_allowed_remedies_is_refused(db, clerk, engineer_user) -> None:  # type: ignore[no-untyped-def]
    unit = make_unit(db, invoice_date=date(2026, 1, 10), installed_by_us=False)
    ticket_id, _ = make_ticket(db, unit, opened=date(2026, 6, 1))
    service = ClaimService(db)
    claim = service.start_claim(clerk, requested_remedy="refund", ticket_id=ticket_id)
    claim = service.decide(clerk, claim.id, _inspect(service, engineer_user, claim).version)
    assert (claim.decision.rule_id, claim.decision.outcome) == ("R-WU", "repair")
    assert claim.decision.requested_denied
    with pytest.raises(ValidationError) as err:
        service.record_choice(clerk, claim.id, claim.version, "refund")
    assert err.value.code == "remedy_not_allowed"


def test_override_needs_a_written_reason_and_is_audited(db, clerk, engineer_user, supervisor) -> None:  # type: ignore[no-untyped-def]
    service, claim, _ = _r7_claim(db, clerk)
    claim = service.decide(clerk, claim.id, _inspect(service, engineer_user, claim, cause="misuse").version)
    with pytest.raises(ValidationError) as err:
        service.override(supervisor, claim.id, claim.version, outcome="repair", reason="  ")
    assert (err.value.code, err.value.field) == ("required", "override_reason")
    with pytest.raises(PermissionDenied):
        service.override(clerk, claim.id, claim.version, outcome="repair", reason="老客户")
    claim = service.override(supervisor, claim.id, claim.version, outcome="repair", reason="老客户，善意免费修理")
    assert claim.decision.overridden and claim.decision.override_reason == "老客户，善意免费修理"
    assert claim.decision.rule_id == "X-MIS"
    # Stronger than the engine's refusal: beyond policy, so HQ must confirm as well.
    assert claim.decision.approvals_missing == ("hq",)
    with db.read.begin() as session:
        row = session.scalars(select(AuditLog).where(AuditLog.action == "claim.override")).one()
    assert row.before["engine_outcome"] == "refuse" and row.after["override_reason"] == "老客户，善意免费修理"


def test_exchange_registers_the_replacement_with_a_restarted_period(db, clerk, engineer_user, supervisor) -> None:  # type: ignore[no-untyped-def]
    unit = make_unit(db, invoice_date=date(2026, 6, 1), installed_by_us=False)
    ticket_id, _ = make_ticket(db, unit, opened=date(2026, 6, 12))
    service = ClaimService(db)
    claim = service.start_claim(clerk, requested_remedy="exchange", ticket_id=ticket_id)
    claim = service.update_facts(clerk, claim.id, claim.version, {"same_model_available": "true"})
    claim = service.decide(clerk, claim.id, _inspect(service, engineer_user, claim).version)
    assert (claim.decision.rule_id, claim.decision.outcome) == ("R-15", "exchange")
    claim = service.record_choice(clerk, claim.id, claim.version, "exchange")
    claim = service.approve(supervisor, claim.id, claim.version)
    claim = service.confirm_hq(supervisor, claim.id, claim.version, "HQ-2026-118")
    with pytest.raises(ValidationError):
        service.execute(clerk, claim.id, claim.version, new_serial="")
    claim = service.execute(clerk, claim.id, claim.version, new_serial="LT2026NEW01")
    assert claim.decision.replacement_serial == "LT2026NEW01"
    with db.read.begin() as session:
        old = session.get(Unit, unit.unit_id)
        new = session.scalars(select(Unit).where(Unit.serial == "LT2026NEW01")).one()
        assert old.status == "replaced"
        assert (new.customer_id, new.replaces_unit_id, new.status) == (old.customer_id, old.id, "active")
        assert new.warranty_restart_date == local_today()
        new_id = new.id
        # The customer is called back after the exchange (issue 7).
        from desktop.models import Callback

        kinds = session.scalars(select(Callback.kind).where(Callback.customer_id == old.customer_id)).all()
        assert "after_return" in kinds
    # S-3: a claim on the replacement counts its period from the exchange day
    second = service.start_claim(clerk, requested_remedy="repair", unit_id=new_id)
    assert second.fact("invoice_date") == local_today().isoformat()
    assert next(f for f in second.facts if f.name == "invoice_date").source["kind"] == "exchange"


def test_refund_with_depreciation_after_the_seventh_day(db, clerk, engineer_user, supervisor) -> None:  # type: ignore[no-untyped-def]
    unit = make_unit(db, invoice_date=date(2026, 6, 1), installed_by_us=False)
    ticket_id, _ = make_ticket(db, unit, opened=date(2026, 6, 12))
    service = ClaimService(db)
    claim = service.start_claim(clerk, requested_remedy="refund", ticket_id=ticket_id)
    claim = service.update_facts(clerk, claim.id, claim.version,
                                 {"same_model_available": True, "refund_date": "2026-06-12"})
    claim = service.decide(clerk, claim.id, _inspect(service, engineer_user, claim).version)
    d = claim.decision
    assert (d.outcome, d.rule_label) == ("refund", "R-15+R-DEP")
    # 3000 × 0.05 % × 11 days = 16.50
    assert (d.depreciation_days, d.depreciation, d.refund_amount) == (11, Decimal("16.50"), Decimal("2983.50"))


def test_optimistic_locking_refuses_a_stale_copy(db, clerk, engineer_user) -> None:  # type: ignore[no-untyped-def]
    service, claim, _ = _r7_claim(db, clerk)
    newer = service.update_facts(clerk, claim.id, claim.version, {"sales_channel": "remote"})
    assert newer.version > claim.version
    with pytest.raises(ConcurrentEditError):
        service.update_facts(clerk, claim.id, claim.version, {"sales_channel": "store"})


def test_reject_and_refusal_open_a_charged_repair(db, clerk, engineer_user, supervisor) -> None:  # type: ignore[no-untyped-def]
    service, claim, _ = _r7_claim(db, clerk)
    claim = service.decide(clerk, claim.id, _inspect(service, engineer_user, claim, cause="third_party").version)
    with pytest.raises(PermissionDenied):
        service.reject(clerk, claim.id, claim.version, "no")
    claim = service.approve(supervisor, claim.id, claim.version)
    assert claim.status == "approved"
    number = service.open_charged_repair(clerk, claim.id)
    assert service.detail(clerk, claim.id).charged_repair_ticket == number
    claim = service.execute(clerk, claim.id, service.detail(clerk, claim.id).version)
    assert service.close(clerk, claim.id, claim.version).status == "closed"


def test_policy_editor_is_for_supervisors_and_validated(db, clerk, supervisor, engineer_user) -> None:  # type: ignore[no-untyped-def]
    service = ClaimService(db)
    info = service.get_policy(clerk)
    assert info.version == 0 and info.policy.failed_repairs_before_exchange == 2
    stricter = replace(info.policy, failed_repairs_before_exchange=3)
    with pytest.raises(PermissionDenied):
        service.save_policy(clerk, stricter, info.version)
    bad = replace(info.policy, periods={**info.policy.periods, "solar": {"household": PeriodRule(-1, 36)}})
    with pytest.raises(ValidationError) as err:
        service.save_policy(supervisor, bad, info.version)
    assert err.value.code == "negative_period"
    saved = service.save_policy(supervisor, stricter, info.version)
    assert saved.policy.failed_repairs_before_exchange == 3 and saved.version >= 1
    with pytest.raises(ConcurrentEditError):
        service.save_policy(supervisor, stricter, info.version)


def test_claim_list_pages_and_filters(db, clerk) -> None:  # type: ignore[no-untyped-def]
    service, claim, _ = _r7_claim(db, clerk)
    _r7_claim(db, clerk)
    page = service.list_page(clerk, offset=0, limit=1)
    assert page.total == 2 and len(page.rows) == 1
    found = service.list_page(clerk, text=claim.number)
    assert [r.id for r in found.rows] == [claim.id]
    assert service.list_page(clerk, status="approved").total == 0
