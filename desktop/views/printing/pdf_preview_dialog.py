"""PdfPreviewDialog: shows a generated PDF (QPdfView) and prints it through the system dialog or saves it.

`printed` is emitted only after every page reached the printer without error, so a caller may mark a sheet as
printed in its slot. Rendering pages for the printer happens on the GUI thread: one document takes well under a
second; batches are rendered to one PDF by the background runner first (views/background.py) and then shown here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views import file_dialogs, window_state
from desktop.views.look import MUTED
from desktop.views.printing.signed_output import is_signed

# Rasterising above 300 dpi makes A4 pages of 100+ MB for no visible gain on office printers.
MAX_PRINT_DPI = 300


class PdfPreviewDialog(QDialog):
    printed = Signal()
    saved = Signal(str)

    def __init__(self, pdf_bytes: bytes, title: str = "", suggested_file_name: str = "document.pdf",
                 parent: QWidget | None = None, *, hand_filled: bool = False, working_paper: bool = False) -> None:
        """`hand_filled`: a form filled in by hand at the visit (the pre-filled service sheet, the engineer's day of
        sheets; docs/domain.md). The branch never signs those digitally: what it signs for HQ is the service report
        printed from what is recorded after the visit. `working_paper`: a paper the branch never signs either (the
        callback record, the quality feedback form, the parts return list): no key would change it, so the advice
        to set one up and print again would be wrong."""
        super().__init__(parent)
        window_state.keep(self)
        self.setObjectName("pdf_preview_dialog")
        self.setWindowTitle(title or self.tr("Print preview"))
        self.resize(900, 1000)
        self._pdf_bytes = pdf_bytes
        self._title = title
        self._suggested_file_name = suggested_file_name

        # The buffer must outlive the document: QPdfDocument reads from it lazily.
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf_bytes))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.pdf_view = QPdfView(self)
        self.pdf_view.setObjectName("pdf_view")
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setDocument(self.document)

        # An unsigned paper says so before it is printed or saved, with what that means and what to do: a
        # document the branch signs is a warning; a form filled in by hand is only told apart from one.
        self.signed = is_signed(pdf_bytes)
        self.hand_filled = hand_filled
        self.working_paper = working_paper
        muted = hand_filled or working_paper
        self.unsigned_label = QLabel(self.tr(
            "A form to fill in by hand: it is not digitally signed and need not be. The branch signs the report "
            "printed from what is recorded afterwards.") if hand_filled else self.tr(
            "A working paper: the branch does not sign it digitally. The papers it signs are service reports, "
            "receipts, acceptance reports and certificates.") if working_paper else self.tr(
            "Not digitally signed by the branch: HQ cannot check that this paper is unaltered. Give it only when "
            "the customer needs the paper now; once the branch signing key is set up or unlocked (Tools → Branch "
            "signing key), print the signed one."), self)
        self.unsigned_label.setObjectName("unsigned_label")
        self.unsigned_label.setWordWrap(True)
        self.unsigned_label.setStyleSheet(f"color: {MUTED.name()};" if muted else
                                          "color: #b3261e; font-weight: bold;")
        self.unsigned_label.setVisible(not self.signed)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("print_button")
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_button.setObjectName("save_button")
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("close_button")

        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.unsigned_label)
        layout.addWidget(self.pdf_view, 1)
        layout.addLayout(buttons)
        self._connect_signals()

        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() == 0:
            self.status_label.setText(self.tr("The document cannot be displayed."))
            self.print_button.setEnabled(False)

    def _connect_signals(self) -> None:
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.close_button.clicked.connect(self.reject)

    # ---- printing --------------------------------------------------------------------------------------------

    def _on_print_button_clicked(self) -> None:
        if not self.printer_available():
            self._show_warning(self.tr("No printer is installed on this computer. Install a printer, or save the "
                                       "document as PDF and print it elsewhere."))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._title or self._suggested_file_name)
        printer.setFromTo(1, self.document.pageCount())
        if not self._ask_print_settings(printer):
            return
        self.print_to(printer)

    def printer_available(self) -> bool:
        return bool(QPrinterInfo.availablePrinterNames())

    def _ask_print_settings(self, printer: QPrinter) -> bool:
        """The system print dialog (modal); tests replace this method."""
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def print_to(self, printer: QPrinter) -> bool:
        """Render each page to `printer`; True and `printed` only when the whole job was handed over."""
        page_count = self.document.pageCount()
        first = max(printer.fromPage(), 1) if printer.fromPage() else 1
        last = min(printer.toPage(), page_count) if printer.toPage() else page_count
        painter = QPainter()
        if page_count == 0 or not painter.begin(printer):
            self._print_failed()
            return False
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        ok = True
        for index, page in enumerate(range(first - 1, last)):
            if index and not printer.newPage():
                ok = False
                break
            points = self.document.pagePointSize(page)
            image = self.document.render(page, QSize(round(points.width() * dpi / 72),
                                                     round(points.height() * dpi / 72)))
            if image.isNull():
                ok = False
                break
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(QRect(target.x(), target.y(), scaled.width(), scaled.height()))
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(target)
            painter.setWindow(QRect(0, 0, target.width(), target.height()))
        ended = painter.end()
        if not ok or not ended or printer.printerState() == QPrinter.PrinterState.Error:
            self._print_failed()
            return False
        self.status_label.setText(self.tr("Sent to the printer."))
        self.printed.emit()
        return True

    def _print_failed(self) -> None:
        self._show_warning(self.tr("Printing failed. Check that the printer is switched on and has paper, then try "
                                   "again. The document was not marked as printed."))

    # ---- saving ----------------------------------------------------------------------------------------------

    def _on_save_button_clicked(self) -> None:
        path = self._ask_save_path()
        if path:
            self.save_to(Path(path))

    def _ask_save_path(self) -> str:
        """The system save dialog (modal); tests replace this method."""
        path = file_dialogs.save_file(self, self.tr("Save as PDF"), self._suggested_file_name,
                                      self.tr("PDF documents (*.pdf)"))
        return path

    def save_to(self, path: Path) -> bool:
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            path.write_bytes(self._pdf_bytes)
        except OSError as exc:
            self._show_warning(self.tr("The file could not be saved: {error}").format(error=exc.strerror or str(exc)))
            return False
        self.status_label.setText(self.tr("Saved to {path}").format(path=str(path)))
        self.saved.emit(str(path))
        return True

    def _show_warning(self, text: str) -> None:
        self.status_label.setText(text)
        QMessageBox.warning(self, self.windowTitle(), text)
