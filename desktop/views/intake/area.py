"""The intake area (受理): phone-first search, customer card, new ticket."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.views.area_context import AreaContext

if TYPE_CHECKING:
    from desktop.views.intake.intake_view import IntakeView


def install(ctx: AreaContext) -> None:
    """Intake is for the desk (clerk, dispatcher, supervisor): an engineer opens no tickets. Other areas wire
    themselves to the view with ctx.window.when_built("intake", ...)."""
    if not ctx.allowed("ticket.create"):
        return
    services = ctx.services

    def build() -> IntakeView:
        from desktop.views.intake.intake_view import IntakeView

        return IntakeView(services.customers, services.tickets, ctx.runner, ctx.actor,
                          region=services.settings.region(ctx.actor), past_services=services.records.past_services)

    ctx.window.add_area("intake", lambda: ctx.app.translate("App", "Intake"), build)
