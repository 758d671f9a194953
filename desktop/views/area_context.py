"""What every area's builder receives: the window, the services, the signed-in user and the background runner.

Each area has one builder, `desktop/views/<area>/area.py: install(ctx)`, which creates its widgets and dialogs and
connects them to the window. `desktop/app.py` calls them in navigation order; nothing else wires an area."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtWidgets import QApplication, QWidget

from desktop.composition import Services
from desktop.services.core.actor import Actor
from desktop.services.core.permissions import allowed
from desktop.views.background import BackgroundRunner
from desktop.views.main_window import MainWindow


@dataclass
class AreaContext:
    app: QApplication
    window: MainWindow
    services: Services
    actor: Actor
    runner: BackgroundRunner
    language: str
    # Set by the tickets area; other areas (clock watch, scan box, My day, callbacks) open a ticket through it.
    ticket_openers: list[Callable[[int], None]] = field(default_factory=list)
    # Set by the contacts area: opens the quality feedback form (质量问题反馈单) for a ticket, visit, claim or
    # complaint, given as (source, record id, parent widget).
    quality_raisers: list[Callable[[str, int, QWidget | None], None]] = field(default_factory=list)
    # Set by the contacts and callbacks areas: open a consultation or a complaint by id (a clock alert clicked).
    record_openers: dict[str, Callable[[int], None]] = field(default_factory=dict)

    def allowed(self, permission: str) -> bool:
        return allowed(self.window.actor, permission)

    def open_ticket(self, ticket_id: int) -> None:
        for opener in self.ticket_openers:
            opener(ticket_id)
            return

    def open_record(self, kind: str, record_id: int) -> None:
        """A ticket, or a record of another area by its kind ("consultation", "complaint")."""
        if kind == "ticket":
            self.open_ticket(record_id)
            return
        opener = self.record_openers.get(kind)
        if opener is not None:
            opener(record_id)

    def raise_quality_feedback(self, source: str, source_id: int, parent: QWidget | None = None) -> None:
        for raiser in self.quality_raisers:
            raiser(source, source_id, parent)
            return

    def open_signing_key(self) -> None:
        from desktop.views.admin.signing_key_dialog import SigningKeyDialog

        SigningKeyDialog(self.services.signing, self.window.actor, self.window, self.runner).exec()
