"""Installations (安装单): the list with new orders and acceptances; installation visits on the dispatch board open
the acceptance dialog instead of the service report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.views.area_context import AreaContext

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

    from desktop.views.installations.installation_list_view import InstallationListView


def install(ctx: AreaContext) -> None:
    services, window = ctx.services, ctx.window

    def build() -> InstallationListView:
        from desktop.views.installations.installation_list_view import InstallationListView

        view = InstallationListView(services.installations, services.customers, services.installation_printing,
                                    ctx.runner, ctx.actor, open_signing_key=ctx.open_signing_key,
                                    region=services.settings.region(ctx.actor))
        view.ticket_requested.connect(ctx.open_ticket)

        def board_changed(_id: int) -> None:
            board = window.area_widget("dispatch")
            if board is not None:
                board.refresh()  # type: ignore[attr-defined]

        view.installation_changed.connect(board_changed)
        window.change_watcher.changed.connect(
            lambda tables: view.refresh() if tables & {"installation_order", "installation_report", "ticket"}
            else None)
        return view

    window.add_area("installations", lambda: ctx.app.translate("App", "Installations"), build)

    def result_dialog(visit_id: int, parent: QWidget) -> QDialog:
        # The acceptance dialog belongs to the installations list: built (not shown) when the board needs it.
        view = window.built_area("installations")
        assert view is not None
        return view.result_dialog(visit_id, parent)  # type: ignore[attr-defined]

    window.when_built("dispatch", lambda board: setattr(board, "installation_result_dialog", result_dialog))
