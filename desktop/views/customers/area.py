"""The customer file (客户档案): search, one page per customer, corrections, merges and key accounts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.views.area_context import AreaContext

if TYPE_CHECKING:
    from desktop.views.customers.customer_file_view import CustomerFileView


def install(ctx: AreaContext) -> None:
    services, window = ctx.services, ctx.window

    def build() -> CustomerFileView:
        from desktop.views.customers.customer_file_view import CustomerFileView

        view = CustomerFileView(services.customer_file, services.customers, ctx.actor,
                                region=services.settings.region(ctx.actor))
        view.ticket_requested.connect(ctx.open_ticket)
        window.change_watcher.changed.connect(
            lambda tables: view.refresh() if tables & {"customer", "customer_phone", "unit"} else None)
        return view

    window.add_area("customers", lambda: ctx.app.translate("App", "Customer file"), build)
