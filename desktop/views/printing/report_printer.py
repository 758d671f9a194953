"""ReportPrinter: render a ticket's document in the background, show the preview, and record it as printed only
when the printer really took it. Shared by the ticket detail dialog and the call card."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.errors import StateError
from desktop.services.core.actor import Actor
from desktop.views.messages import error_message
from desktop.views.printing import printing_messages, report_print_messages  # noqa: F401  (register texts)
from desktop.views.printing.pdf_preview_dialog import PdfPreviewDialog

if TYPE_CHECKING:
    from desktop.services.printing.report_print_service import ReportPrintService
    from desktop.views.background import BackgroundRunner

# What the user chose when the branch key is locked or missing.
UNLOCK, UNSIGNED, CANCEL = "unlock", "unsigned", "cancel"
KEY_CODES = ("signing_locked", "branch_key_missing")


class ReportPrinter(QObject):
    """`printing` is a ReportPrintService (or a fake); `runner` None renders on the calling thread (tests)."""

    message_changed = Signal(str)
    busy_changed = Signal(bool)
    printed = Signal(str, int)

    def __init__(self, printing: ReportPrintService, runner: BackgroundRunner | None, actor: Actor, parent: QWidget,
                 open_signing_key: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self._printing = printing
        self._runner = runner
        self._actor = actor
        self._parent = parent
        self._open_signing_key = open_signing_key
        self.preview_dialog: PdfPreviewDialog | None = None

    # ---- the three documents ------------------------------------------------------------------------------------

    def print_service_sheet(self, ticket_id: int, number: str) -> None:
        self._render(self._printing.service_sheet, ticket_id, "service_sheet", ticket_id,
                     self.tr("Service sheet {number}").format(number=number),
                     self.tr("{number}-service-sheet.pdf").format(number=number), hand_filled=True)

    def print_signed_report(self, visit_id: int, number: str, round_no: int) -> None:
        self._report(visit_id, number, round_no, signed=True)

    def print_callback_record(self, callback_id: int, number: str) -> None:
        self._render(self._printing.callback_record, callback_id, "callback_record", callback_id,
                     self.tr("Callback record {number}").format(number=number),
                     self.tr("{number}-callback.pdf").format(number=number), working_paper=True)

    def _report(self, visit_id: int, number: str, round_no: int, *, signed: bool) -> None:
        if signed:
            title = self.tr("Signed service report {number} (visit {round})").format(number=number, round=round_no)
            fn = self._printing.render_signed_report
        else:
            title = self.tr("Service report {number} (visit {round}) — NOT digitally signed").format(
                number=number, round=round_no)
            fn = self._printing.render_unsigned_report
        # The file name a clerk is offered is in their language, as the title is.
        name = (self.tr("{number}-report-{round}.pdf") if signed
                else self.tr("{number}-report-{round}-unsigned.pdf")).format(number=number, round=round_no)
        self._render(fn, visit_id, "service_report", visit_id, title, name, signed=signed,
                     on_key_problem=lambda code: self._on_key_problem(code, visit_id, number, round_no))

    # ---- rendering and the preview --------------------------------------------------------------------------------

    def _render(self, fn: Callable[..., bytes], arg: int, document: str, record_id: int, title: str,
                file_name: str, *, signed: bool = False, hand_filled: bool = False, working_paper: bool = False,
                on_key_problem: Callable[[str], None] | None = None) -> None:
        self.busy_changed.emit(True)
        self.message_changed.emit(self.tr("Preparing the document..."))

        def ready(pdf: bytes) -> None:
            self.busy_changed.emit(False)
            self.message_changed.emit("")
            self._show_preview(pdf, title, file_name, document, record_id, signed, hand_filled, working_paper)

        def failed(exc: BaseException) -> None:
            self.busy_changed.emit(False)
            if on_key_problem is not None and isinstance(exc, StateError) and exc.code in KEY_CODES:
                self.message_changed.emit("")
                on_key_problem(exc.code)
                return
            self.message_changed.emit(error_message(exc))

        if self._runner is None:
            try:
                pdf = fn(self._actor, arg)
            except Exception as exc:  # the same path as a failed background task
                failed(exc)
                return
            ready(pdf)
            return
        task = self._runner.run(fn, self._actor, arg)
        task.succeeded.connect(self._guarded(ready))
        task.failed.connect(self._guarded(failed))

    def _guarded(self, slot: Callable[[Any], None]) -> Callable[[Any], None]:
        """A result arriving after the owning dialog closed is dropped, not shown over a deleted widget."""
        def call(value: Any) -> None:
            if shiboken6.isValid(self) and shiboken6.isValid(self._parent):
                slot(value)
        return call

    def _show_preview(self, pdf: bytes, title: str, file_name: str, document: str, record_id: int,
                      signed: bool, hand_filled: bool = False, working_paper: bool = False) -> None:
        self.preview_dialog = PdfPreviewDialog(pdf, title, file_name, self._parent, hand_filled=hand_filled,
                                               working_paper=working_paper)
        self.preview_dialog.printed.connect(lambda: self._on_preview_printed(document, record_id, signed))
        self.preview_dialog.open()

    def _on_preview_printed(self, document: str, record_id: int, signed: bool) -> None:
        try:
            self._printing.mark_printed(self._actor, document, record_id, signed=signed)
        except Exception as exc:
            # The paper is out either way; say that the record of it failed rather than pretend it did not print.
            self.message_changed.emit(self.tr("Printed, but not recorded as printed: {error}").format(
                error=error_message(exc)))
            return
        self.message_changed.emit(self.tr("Printed."))
        self.printed.emit(document, record_id)

    # ---- a locked or missing branch key -------------------------------------------------------------------------

    def _on_key_problem(self, code: str, visit_id: int, number: str, round_no: int) -> None:
        choice = self.ask_when_key_unavailable(code)
        if choice == UNLOCK and self._open_signing_key is not None:
            self._open_signing_key()
            self._report(visit_id, number, round_no, signed=True)
        elif choice == UNSIGNED:
            self._report(visit_id, number, round_no, signed=False)
        else:
            self.message_changed.emit(error_message(StateError(code)))

    def ask_when_key_unavailable(self, code: str) -> str:
        """The user's choice (modal message box); tests replace this method."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Branch signing key"), "", parent=self._parent)
        if code == "branch_key_missing":
            box.setText(self.tr("The branch has no signing key yet, so the report cannot be digitally signed. "
                                "A supervisor can create or import it under Tools → Branch signing key."))
        else:
            box.setText(self.tr("The branch signing key is locked. Unlock it to print a digitally signed report "
                                "that HQ can verify."))
        unlock = box.addButton(self.tr("Open signing key..."), QMessageBox.ButtonRole.AcceptRole)
        unlock.setEnabled(self._open_signing_key is not None)
        unsigned = box.addButton(self.tr("Print unsigned"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setInformativeText(self.tr("An unsigned report cannot be verified as unaltered. Use it only when the "
                                       "customer needs the paper now, and print the signed one later."))
        box.exec()
        clicked = box.clickedButton()
        return UNLOCK if clicked is unlock else UNSIGNED if clicked is unsigned else CANCEL
