"""The supervisor's dashboard of indicators."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.views.area_context import AreaContext

if TYPE_CHECKING:
    from desktop.views.dashboard.dashboard_view import DashboardView

REFRESH_ON = {"ticket", "visit", "service_report", "callback", "return_claim", "decision"}


def install(ctx: AreaContext) -> None:
    if not ctx.allowed("dashboard.read"):
        return

    def build() -> DashboardView:
        from desktop.views.dashboard.dashboard_view import DashboardView

        dashboard = DashboardView(ctx.services.dashboard, ctx.runner, ctx.actor)
        ctx.window.change_watcher.changed.connect(
            lambda tables: dashboard.refresh() if dashboard.isVisible() and tables & REFRESH_ON else None)
        return dashboard

    ctx.window.add_area("dashboard", lambda: ctx.app.translate("App", "Dashboard"), build)
