"""Every product line of the catalogue has a 三包 policy: claims on vending machines and campus units are decided,
also for a branch whose stored policy predates those lines; the editor lists every line by its catalogue name."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.rules.warranty import PeriodRule, WarrantyPolicy
from desktop.services.claims.claim_service import ClaimService
from tests.services.claim_factories import make_ticket, make_unit


@pytest.mark.parametrize("model_code", ["HS-V-200", "HS-C-60"])
def test_a_claim_on_a_water_line_is_decided(db, clerk, supervisor, model_code: str) -> None:  # type: ignore[no-untyped-def]
    service = ClaimService(db)
    # A policy saved before the water lines were in the catalogue names only solar and purifier.
    old = WarrantyPolicy(periods={"solar": {"household": PeriodRule(12, 36), "commercial": PeriodRule(6, 36)},
                                  "purifier": {"household": PeriodRule(12, 12)}},
                         main_parts={"solar": frozenset({"tank"})}, consumable_parts={"purifier": frozenset()})
    info = service.get_policy(supervisor)
    service.save_policy(supervisor, old, info.version)
    unit = make_unit(db, invoice_date=date(2026, 6, 1), installed_by_us=False, model_code=model_code)
    ticket_id, _ = make_ticket(db, unit, opened=date(2026, 6, 5), fault="leak")
    claim = service.start_claim(clerk, requested_remedy="repair", ticket_id=ticket_id)
    claim = service.record_inspection(clerk, claim.id, claim.version, cause="quality", fault_category="performance",
                                      part="pump", note="增压泵不启动")
    decided = service.decide(clerk, claim.id, claim.version)
    assert decided.decision is not None and decided.decision.rule_id == "R-7"


def test_the_editor_gets_every_catalogue_line_with_its_name(db, supervisor) -> None:  # type: ignore[no-untyped-def]
    info = ClaimService(db).get_policy(supervisor)
    assert set(info.policy.periods) == {"solar", "purifier", "vending", "campus"}
    assert info.line_names["vending"] == ("自动售水机", "Water vending machine")
    assert info.policy.period_for("solar", "commercial") == PeriodRule(6, 6)
    # HQ may still give commercial users the main-part years: it is a setting.
    custom = replace(info.policy, periods={**info.policy.periods,
                                           "solar": {**info.policy.periods["solar"],
                                                     "commercial": PeriodRule(6, 36)}})
    saved = ClaimService(db).save_policy(supervisor, custom, info.version)
    assert saved.policy.period_for("solar", "commercial") == PeriodRule(6, 36)
