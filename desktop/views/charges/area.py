"""The charges area (收费): money to collect, receipts, the daily cash summary, the fee schedule."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.views.area_context import AreaContext

if TYPE_CHECKING:
    from desktop.views.charges.charges_area import ChargesArea

WATCHED = {"payment", "service_report", "fee_schedule"}


def install(ctx: AreaContext) -> None:
    def build() -> ChargesArea:
        from desktop.views.charges.charges_area import ChargesArea

        area = ChargesArea(ctx.services, ctx.runner, ctx.actor, ctx.open_signing_key)
        ctx.reload_when_needed(area, area.reload, WATCHED)
        return area

    ctx.window.add_area("charges", lambda: ctx.app.translate("App", "Charges"), build)
