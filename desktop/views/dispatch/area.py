"""The dispatch board (派单): engineers × days, waiting tickets, visits and their results; the engineers dialog."""

from __future__ import annotations

from desktop.views.area_context import AreaContext
from desktop.views.dispatch.dispatch_area import DispatchArea
from desktop.views.dispatch.engineers_dialog import EngineersDialog


def install(ctx: AreaContext) -> DispatchArea:
    services, window = ctx.services, ctx.window
    area = DispatchArea(services.dispatch, services.visits, services.engineers, ctx.runner, ctx.actor,
                        services.dispatch_printing)
    window.add_area("dispatch", lambda: ctx.app.translate("App", "Dispatch board"), area)
    area.quality_requested.connect(lambda visit_id: ctx.raise_quality_feedback("visit", visit_id, area))
    window.change_watcher.changed.connect(
        lambda tables: area.refresh() if tables & {"visit", "ticket", "engineer"} else None)
    window.engineers_changed.connect(area.refresh)

    def engineers() -> None:
        dialog = EngineersDialog(services.engineers, services.dispatch, services.auth, window.actor, window)
        dialog.engineer_saved.connect(lambda _id: window.engineers_changed.emit())
        dialog.exec()

    window.engineers_requested.connect(engineers)
    return area
