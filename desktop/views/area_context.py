"""What every area's builder receives: the window, the services, the signed-in user and the background runner.

Each area has one builder, `desktop/views/<area>/area.py: install(ctx)`, which adds its navigation entries with a
factory (the widgets are built when first shown, see MainWindow.add_area) and connects menus and dialogs to the
window. `desktop/app.py` calls them in navigation order; nothing else wires an area."""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from PySide6.QtWidgets import QApplication, QWidget

from desktop.composition import Services
from desktop.services.core.actor import Actor
from desktop.services.core.permissions import allowed
from desktop.views.background import BackgroundRunner
from desktop.views.main_window import MainWindow

log = logging.getLogger(__name__)


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
    # The background recount of each badge (see badge()), for areas not built yet.
    recounts: dict[str, Callable[[], None]] = field(default_factory=dict)

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

    def badge(self, key: str, count: Callable[[], int], tables: Collection[str]) -> Callable[[], None]:
        """The navigation count of an area that is not built yet: `count()` runs in the background after the first
        paint and again when another PC changes one of `tables`. Once the area is built, its own refresh keeps the
        count (the area's counts_changed). Returns the recount, for the area's own wiring."""
        window = self.window

        def show(value: object) -> None:
            if window.area_widget(key) is None:
                window.set_area_badge(key, int(value))  # type: ignore[call-overload]

        def recount() -> None:
            if window.area_widget(key) is not None:
                return
            task = self.runner.run(count)
            task.succeeded.connect(show)
            task.failed.connect(lambda exc: log.warning("%s count not shown: %s", key, exc))

        watched = frozenset(tables)
        window.after_first_paint(recount)
        window.change_watcher.changed.connect(lambda changed: recount() if changed & watched else None)
        self.recounts[key] = recount
        return recount

    def reload_when_needed(self, area: QWidget, reload: Callable[[], None], tables: Collection[str]) -> None:
        """Reload a built area when another PC changes one of `tables`, and each time it is shown again."""
        watched = frozenset(tables)
        stack = self.window.ui.area_stack
        self.window.change_watcher.changed.connect(lambda changed: reload() if changed & watched else None)
        stack.currentChanged.connect(lambda _index: reload() if stack.currentWidget() is area else None)

    def refresh(self, key: str) -> None:
        """After a save on this PC that concerns an area: the area reloads if it is built, else its badge is
        counted again (nothing is built for it)."""
        widget = self.window.area_widget(key)
        if widget is not None:
            widget.refresh()  # type: ignore[attr-defined]
        elif key in self.recounts:
            self.recounts[key]()

    def open_signing_key(self) -> None:
        from desktop.views.admin.signing_key_dialog import SigningKeyDialog

        SigningKeyDialog(self.services.signing, self.window.actor, self.window, self.runner).exec()
