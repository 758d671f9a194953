"""Returns and exchanges (调换/退货): claims, adjudication under the 三包 rules, the policy editor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.views.area_context import AreaContext

if TYPE_CHECKING:
    from desktop.views.claims.claims_area import ClaimsArea


def install(ctx: AreaContext) -> None:
    def build() -> ClaimsArea:
        from desktop.views.claims.claims_area import ClaimsArea

        area = ClaimsArea(ctx.services.claims, ctx.actor, ctx.language, ctx.runner, ctx.services.signing)
        area.adjudication_view.raise_quality = lambda claim_id: ctx.raise_quality_feedback("claim", claim_id, area)
        area.adjudication_view.open_signing_key = ctx.open_signing_key
        return area

    ctx.window.add_area("claims", lambda: ctx.app.translate("App", "Returns and exchanges"), build)
