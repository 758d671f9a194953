"""PdfPreviewDialog: shows the pages, prints through QPrinter (PDF output here), saves, and reports failures."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from desktop.views.printing.pdf_preview_dialog import PdfPreviewDialog


@pytest.fixture(scope="module")
def sheet_pdf() -> bytes:
    import datetime as dt

    from desktop.printing.documents import BranchHeader, CustomerInfo, ServiceSheetData, UnitInfo
    from desktop.printing.service_sheet import render_service_sheets
    from tests.printing.conftest import wavy_signature  # noqa: F401 - ensures the printing fixtures import cleanly

    header = BranchHeader("AY01", "龙田太阳能安阳文峰区售后服务网点", "安阳市", "0372-2108187")
    customer = CustomerInfo("张建国", "138", "安阳")
    sheets = [ServiceSheetData(f"AY01-20261122-{n:04d}", dt.datetime(2026, 11, 22, 9), customer, UnitInfo("净水器"),
                               "漏水") for n in (1, 2)]
    return render_service_sheets(header, sheets)


@pytest.fixture
def dialog(qtbot, sheet_pdf: bytes, monkeypatch: pytest.MonkeyPatch) -> PdfPreviewDialog:
    warnings: list[str] = []
    dialog = PdfPreviewDialog(sheet_pdf, "客户服务单", "sheets.pdf")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "_show_warning", warnings.append)
    dialog.warnings = warnings  # type: ignore[attr-defined]
    return dialog


def test_document_is_loaded_for_preview(dialog: PdfPreviewDialog) -> None:
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() == 2
    assert dialog.pdf_view.document() is dialog.document
    assert dialog.print_button.isEnabled()


def test_print_to_a_printer_emits_printed(qtbot, dialog: PdfPreviewDialog, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    with qtbot.waitSignal(dialog.printed, timeout=10000):
        assert dialog.print_to(printer) is True
    from pypdf import PdfReader

    assert len(PdfReader(str(target)).pages) == 2
    assert dialog.warnings == []  # type: ignore[attr-defined]


def test_no_printer_gives_a_message_and_no_printed_signal(qtbot, dialog: PdfPreviewDialog,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialog, "printer_available", lambda: False)
    monkeypatch.setattr(dialog, "_ask_print_settings", lambda printer: pytest.fail("no dialog without a printer"))
    with qtbot.assertNotEmitted(dialog.printed):
        dialog.print_button.click()
    assert len(dialog.warnings) == 1  # type: ignore[attr-defined]


def test_failed_print_is_reported_and_not_marked_printed(qtbot, dialog: PdfPreviewDialog,
                                                         tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "no-such-folder" / "x.pdf"))  # QPainter.begin fails
    with qtbot.assertNotEmitted(dialog.printed):
        assert dialog.print_to(printer) is False
    assert len(dialog.warnings) == 1  # type: ignore[attr-defined]


def test_cancelled_print_dialog_prints_nothing(qtbot, dialog: PdfPreviewDialog,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialog, "printer_available", lambda: True)
    monkeypatch.setattr(dialog, "_ask_print_settings", lambda printer: False)
    with qtbot.assertNotEmitted(dialog.printed):
        dialog.print_button.click()


def test_save_as_pdf(qtbot, dialog: PdfPreviewDialog, sheet_pdf: bytes, tmp_path: Path,
                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialog, "_ask_save_path", lambda: str(tmp_path / "copy"))
    with qtbot.waitSignal(dialog.saved, timeout=1000) as blocker:
        dialog.save_button.click()
    assert blocker.args == [str(tmp_path / "copy.pdf")]
    assert (tmp_path / "copy.pdf").read_bytes() == sheet_pdf


def test_unreadable_pdf_disables_printing(qtbot) -> None:
    dialog = PdfPreviewDialog(b"not a pdf")
    qtbot.addWidget(dialog)
    assert not dialog.print_button.isEnabled()
    assert dialog.status_label.text()
