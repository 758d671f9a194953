"""Returns and exchanges (调换/退货): claims, adjudication under the 三包 rules, the policy editor."""

from __future__ import annotations

from desktop.views.area_context import AreaContext
from desktop.views.claims.claims_area import ClaimsArea


def install(ctx: AreaContext) -> ClaimsArea:
    area = ClaimsArea(ctx.services.claims, ctx.actor, ctx.language, ctx.runner, ctx.services.signing)
    ctx.window.add_area("claims", lambda: ctx.app.translate("App", "Returns and exchanges"), area)
    area.adjudication_view.raise_quality = lambda claim_id: ctx.raise_quality_feedback("claim", claim_id, area)
    area.adjudication_view.open_signing_key = ctx.open_signing_key
    return area
