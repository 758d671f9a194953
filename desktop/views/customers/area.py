"""The customer file (客户档案): search, one page per customer, corrections, merges and key accounts."""

from __future__ import annotations

from desktop.views.area_context import AreaContext
from desktop.views.customers.customer_file_view import CustomerFileView


def install(ctx: AreaContext) -> CustomerFileView:
    services, window = ctx.services, ctx.window
    view = CustomerFileView(services.customer_file, services.customers, ctx.actor,
                            region=services.settings.region(ctx.actor))
    window.add_area("customers", lambda: ctx.app.translate("App", "Customer file"), view)
    view.ticket_requested.connect(ctx.open_ticket)
    window.change_watcher.changed.connect(
        lambda tables: view.refresh() if tables & {"customer", "customer_phone", "unit"} else None)
    return view
