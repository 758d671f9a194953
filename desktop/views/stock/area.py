"""The parts stock area (配件库存): on hand, ledger, old parts, parts for visits, the catalogue."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.views.area_context import AreaContext

if TYPE_CHECKING:
    from desktop.views.stock.stock_area import StockArea

WATCHED = {"stock_movement", "part", "return_list", "visit", "visit_part", "service_report"}


def install(ctx: AreaContext) -> None:
    def build() -> StockArea:
        from desktop.views.stock.stock_area import StockArea

        area = StockArea(ctx.services, ctx.runner, ctx.actor, ctx.language)
        ctx.reload_when_needed(area, area.reload, WATCHED)
        return area

    ctx.window.add_area("stock", lambda: ctx.app.translate("App", "Parts stock"), build)
