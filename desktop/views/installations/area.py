"""Installations (安装单): the list with new orders and acceptances; installation visits on the dispatch board open
the acceptance dialog instead of the service report."""

from __future__ import annotations

from desktop.views.area_context import AreaContext
from desktop.views.dispatch.dispatch_area import DispatchArea
from desktop.views.installations.installation_list_view import InstallationListView


def install(ctx: AreaContext, dispatch: DispatchArea | None = None) -> InstallationListView:
    services, window = ctx.services, ctx.window
    view = InstallationListView(services.installations, services.customers, services.installation_printing,
                                ctx.runner, ctx.actor, open_signing_key=ctx.open_signing_key,
                                region=services.settings.region(ctx.actor))
    window.add_area("installations", lambda: ctx.app.translate("App", "Installations"), view)
    view.ticket_requested.connect(ctx.open_ticket)
    if dispatch is not None:
        dispatch.installation_result_dialog = view.result_dialog
        view.installation_changed.connect(lambda _id: dispatch.refresh())
    window.change_watcher.changed.connect(
        lambda tables: view.refresh() if tables & {"installation_order", "installation_report", "ticket"} else None)
    return view
