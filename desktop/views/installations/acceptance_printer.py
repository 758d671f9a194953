"""AcceptancePrinter: the installation acceptance form rendered in the background, signed with the branch key like
the service report, previewed, and recorded as printed only when the printer took it (ReportPrinter's path)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QWidget

from desktop.errors import StateError
from desktop.views.printing.report_printer import UNLOCK, UNSIGNED, ReportPrinter

if TYPE_CHECKING:
    from desktop.services.core.actor import Actor
    from desktop.services.installations.installation_print_service import InstallationPrintService
    from desktop.services.printing.report_print_service import ReportPrintService
    from desktop.views.background import BackgroundRunner

DOCUMENT = "installation_acceptance"


class AcceptancePrinter(ReportPrinter):
    """`printing` is an InstallationPrintService (or a fake with the same three methods)."""

    def __init__(self, printing: InstallationPrintService, runner: BackgroundRunner | None, actor: Actor,
                 parent: QWidget, open_signing_key: Callable[[], None] | None = None) -> None:
        # ReportPrinter's path uses only mark_printed, which both services have; the rendering is this class's.
        super().__init__(cast("ReportPrintService", printing), runner, actor, parent, open_signing_key)
        self._acceptances = printing

    def print_acceptance(self, report_id: int, number: str, *, signed: bool = True) -> None:
        if signed:
            title = self.tr("Installation acceptance {number}").format(number=number)
            fn = self._acceptances.render_signed_acceptance
        else:
            title = self.tr("Installation acceptance {number} — NOT digitally signed").format(number=number)
            fn = self._acceptances.render_unsigned_acceptance
        name = (self.tr("{number}-installation.pdf") if signed
                else self.tr("{number}-installation-unsigned.pdf")).format(number=number)
        self._render(fn, report_id, DOCUMENT, report_id, title, name, signed=signed,
                     on_key_problem=lambda code: self._on_acceptance_key_problem(code, report_id, number))

    def _on_acceptance_key_problem(self, code: str, report_id: int, number: str) -> None:
        choice = self.ask_when_key_unavailable(code)
        if choice == UNLOCK and self._open_signing_key is not None:
            self._open_signing_key()
            self.print_acceptance(report_id, number, signed=True)
        elif choice == UNSIGNED:
            self.print_acceptance(report_id, number, signed=False)
        else:
            from desktop.views.messages import error_message

            self.message_changed.emit(error_message(StateError(code)))
