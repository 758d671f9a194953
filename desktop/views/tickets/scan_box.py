"""ScanBox: the counter's "scan / open ticket" field. A USB barcode scanner types the sheet's QR payload
(`SD1|<ticket no>|<digest>`) or a ticket number followed by Enter; the ticket it names opens."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.services.core.actor import Actor
from desktop.views.intake.tasks import run_task
from desktop.views.messages import error_message
from desktop.views.printing import printing_messages, report_print_messages  # noqa: F401  (register texts)

if TYPE_CHECKING:
    from desktop.services.printing.report_print_service import ReportPrintService
    from desktop.views.background import BackgroundRunner

FOCUS_SHORTCUT = "Ctrl+K"


class ScanBox(QLineEdit):
    ticket_requested = Signal(int)
    message_changed = Signal(str)

    def __init__(self, printing: ReportPrintService | Callable[[], ReportPrintService], runner: BackgroundRunner,
                 actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scan_box")
        # The service, or what gives it on first use: the window's services are built when first used, and a start
        # need not load the printing service for a field that waits for a scan.
        self._printing = printing
        self._runner = runner
        self._actor = actor
        self._busy = False
        self.setPlaceholderText(self.tr("Scan / open ticket (Ctrl+K)"))
        self.setToolTip(self.tr("Scan the QR code of a service sheet, or type a ticket number and press Enter."))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(260)
        # Window-wide, so the clerk can scan from any area without clicking into the field first.
        self.focus_shortcut = QShortcut(QKeySequence(FOCUS_SHORTCUT), self)
        self.focus_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.returnPressed.connect(self._on_return_pressed)
        self.focus_shortcut.activated.connect(self._on_focus_shortcut_activated)
        self.textEdited.connect(self._on_text_edited)

    def set_actor(self, actor: Actor) -> None:
        self._actor = actor

    def _on_focus_shortcut_activated(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def _on_text_edited(self, _text: str) -> None:
        self._show_error(False)

    def _on_return_pressed(self) -> None:
        text = self.text().strip()
        if not text or self._busy:
            return
        self._busy = True
        printing = self._printing() if callable(self._printing) else self._printing
        run_task(self._runner, printing.find_scanned, self._actor, text, on_success=self._on_found,
                 on_failure=self._on_not_found)

    def _on_found(self, scanned: Any) -> None:
        self._busy = False
        self.clear()
        self._show_error(False)
        self.message_changed.emit(self.tr("Opened ticket {number}.").format(number=scanned.number))
        self.ticket_requested.emit(scanned.ticket_id)

    def _on_not_found(self, exc: BaseException) -> None:
        self._busy = False
        # The text stays, selected, so the next scan replaces it.
        self.selectAll()
        self._show_error(True)
        self.message_changed.emit(self.tr("Not opened: {reason}").format(reason=error_message(exc)))

    def _show_error(self, error: bool) -> None:
        self.setProperty("scanError", error)
        self.setStyleSheet("QLineEdit { border: 2px solid #c62828; }" if error else "")
