"""Reports menu: the HQ workbook export and the HQ merge of branch workbooks."""

from __future__ import annotations

from desktop.views.area_context import AreaContext


def install(ctx: AreaContext) -> None:
    window = ctx.window
    window.set_export_allowed(ctx.allowed("export.hq"))

    # The workbook stack (openpyxl) is imported when a dialog first opens, not at start-up.
    def export() -> None:
        from desktop.views.exports.export_dialog import ExportDialog

        ExportDialog(ctx.services.export, ctx.runner, window.actor, window).open()

    def merge() -> None:
        from functools import partial

        from desktop.views.exports.hq_merge_dialog import HqMergeDialog

        # Through the service: the role table decides (hq.merge) and the merge is audited with the user.
        HqMergeDialog(partial(ctx.services.export.merge_workbooks, window.actor), ctx.runner, window).open()

    window.export_requested.connect(export)
    window.hq_merge_requested.connect(merge)
