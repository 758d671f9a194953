"""The dispatch board (派单): engineers × days, waiting tickets, visits and their results; the engineers dialog;
and, for an engineer, My day (their own visits for today and tomorrow)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from desktop.errors import DomainError
from desktop.views.area_context import AreaContext

if TYPE_CHECKING:
    from desktop.views.dispatch.dispatch_area import DispatchArea
    from desktop.views.dispatch.my_day_view import MyDayView

log = logging.getLogger(__name__)


def install(ctx: AreaContext) -> None:
    services, window = ctx.services, ctx.window
    if ctx.allowed("my_day.read"):
        def build_my_day() -> MyDayView:
            from desktop.views.dispatch.my_day_view import MyDayView

            my_day = MyDayView(services.my_day, services.visits, services.dispatch, services.dispatch_printing,
                               ctx.runner, ctx.actor)
            window.change_watcher.changed.connect(
                lambda tables: my_day.refresh() if tables & {"visit", "ticket"} else None)
            return my_day

        window.add_area("my_day", lambda: ctx.app.translate("App", "My day"), build_my_day)

    def build() -> DispatchArea:
        from desktop.views.dispatch.dispatch_area import DispatchArea

        try:
            region = services.settings.region(ctx.actor)
            # Districts and their towns: an engineer may cover a town only, and tickets are filtered by either.
            places = region.place_names
        except DomainError as exc:
            log.warning("region not loaded for the board's filter: %s", exc)
            places = ()
        area = DispatchArea(services.dispatch, services.visits, services.engineers, ctx.runner, ctx.actor,
                            services.dispatch_printing, region_places=places)
        area.quality_requested.connect(lambda visit_id: ctx.raise_quality_feedback("visit", visit_id, area))
        window.change_watcher.changed.connect(
            lambda tables: area.refresh() if tables & {"visit", "ticket", "engineer"} else None)
        window.engineers_changed.connect(area.refresh)
        return area

    window.add_area("dispatch", lambda: ctx.app.translate("App", "Dispatch board"), build)

    def engineers() -> None:
        from desktop.views.dispatch.engineers_dialog import EngineersDialog

        # The districts and towns an engineer may cover are ticked from the branch's region (read when the dialog
        # opens).
        try:
            region = services.settings.region(ctx.actor)
            places, districts = region.place_names, region.district_names
        except DomainError as exc:
            log.warning("region not loaded for the engineers dialog: %s", exc)
            places = districts = ()
        dialog = EngineersDialog(services.engineers, services.dispatch, services.auth, window.actor, window,
                                 region_places=places, region_districts=districts)
        dialog.engineer_saved.connect(lambda _id: window.engineers_changed.emit())
        dialog.exec()

    window.engineers_requested.connect(engineers)
