"""The intake area (受理): phone-first search, customer card, new ticket."""

from __future__ import annotations

from desktop.views.area_context import AreaContext
from desktop.views.intake.intake_view import IntakeView


def install(ctx: AreaContext) -> IntakeView | None:
    """Intake is for the desk (clerk, dispatcher, supervisor): an engineer opens no tickets."""
    if not ctx.allowed("ticket.create"):
        return None
    services = ctx.services
    intake = IntakeView(services.customers, services.tickets, ctx.runner, ctx.actor,
                        region=services.settings.region(ctx.actor), past_services=services.records.past_services)
    ctx.window.add_area("intake", lambda: ctx.app.translate("App", "Intake"), intake)
    return intake
