"""File → Import (the records a branch kept in Excel) and the reminder while the branch has no signing key."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from desktop.views.area_context import AreaContext
from desktop.views.setup import setup_messages

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.services.admin.signing_service import SigningStatus

log = logging.getLogger(__name__)


def install(ctx: AreaContext) -> None:
    setup_messages.register()
    window = ctx.window
    window.set_import_allowed(ctx.allowed("records.import"))

    def import_records() -> None:
        from desktop.views.setup.import_dialog import ImportDialog

        ImportDialog(ctx.services.records, ctx.runner, window.actor, ctx.language, window).open()

    window.import_requested.connect(import_records)
    window.after_first_paint(lambda: _remind_about_signing_key(ctx))


def _remind_about_signing_key(ctx: AreaContext) -> None:
    """Setup may skip the key; until a supervisor creates or imports one, the status bar says so."""
    window = ctx.window
    if not ctx.allowed("print.documents"):
        return
    task = ctx.runner.run(ctx.services.signing.status, window.actor)
    reminder: list[QWidget] = []

    def show(status: SigningStatus) -> None:
        if status.has_key or reminder:
            return
        if ctx.allowed("signing.manage"):
            text = ctx.app.translate("Setup", "No branch signing key yet: printed reports are not signed. Set it up…")

            def open_key() -> None:
                ctx.open_signing_key()
                check = ctx.runner.run(ctx.services.signing.status, window.actor)
                check.succeeded.connect(lambda s: reminder[0].hide() if s.has_key and reminder else None)

            reminder.append(window.add_reminder(text, open_key))
        else:
            text = ctx.app.translate("Setup", "No branch signing key yet: ask the supervisor to set it up.")
            reminder.append(window.add_reminder(text))

    task.succeeded.connect(show)
    task.failed.connect(lambda exc: log.warning("signing key status unknown: %s", exc))
