"""Printing from the ticket detail and the call card, and the counter's scan box, on a real database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from desktop.database import Database
from desktop.models import Callback, TicketEvent
from desktop.services.admin.signing_service import SigningService
from desktop.services.callbacks.callback_service import CallbackService
from desktop.services.printing.report_print_service import ReportPrintService
from desktop.services.tickets.ticket_service import TicketService
from desktop.views.callbacks.call_card_dialog import CallCardDialog
from desktop.views.main_window import MainWindow
from desktop.views.printing.pdf_preview_dialog import PdfPreviewDialog
from desktop.views.printing.report_printer import UNLOCK, UNSIGNED, ReportPrinter
from desktop.views.tickets.scan_box import ScanBox
from desktop.views.tickets.ticket_detail_dialog import TicketDetailDialog
from tests.conftest import actor_for
from tests.services.printing.test_report_print_service import PASSPHRASE, record_signed_visit


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[PdfPreviewDialog]:
    """Preview dialogs the views opened (never shown: open() is replaced)."""
    opened: list[PdfPreviewDialog] = []
    monkeypatch.setattr(PdfPreviewDialog, "open", lambda self: opened.append(self))
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: pytest.fail("modal exec in a test"))
    return opened


def _signing(db: Database, tmp_path, *, unlocked: bool) -> SigningService:  # type: ignore[no-untyped-def]
    SigningService(db, folder=tmp_path / "signing").create_key(actor_for(db, "admin"), PASSPHRASE)
    # A fresh service is a new session of the app: locked until someone types the passphrase.
    service = SigningService(db, folder=tmp_path / "signing")
    if unlocked:
        service.unlock(actor_for(db, "clerk"), PASSPHRASE)
    return service


def _printed(db: Database, ticket_id: int) -> list[dict]:  # type: ignore[type-arg]
    with db.read.begin() as session:
        return [e.data for e in session.scalars(select(TicketEvent).where(TicketEvent.ticket_id == ticket_id,
                                                                          TicketEvent.kind == "printed"))]


def _detail(qtbot, db: Database, runner, ticket_id: int, signing: SigningService) -> TicketDetailDialog:  # type: ignore[no-untyped-def]
    dialog = TicketDetailDialog(TicketService(db), runner, actor_for(db, "clerk"), ticket_id,
                                printing=ReportPrintService(db, signing))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        pass
    return dialog


def test_the_signed_report_button_previews_and_records_only_a_real_print(  # type: ignore[no-untyped-def]
        qtbot, sqlite_db: Database, runner, previews, tmp_path) -> None:
    ticket, visit, _number = record_signed_visit(sqlite_db)
    signing = _signing(sqlite_db, tmp_path, unlocked=True)
    dialog = _detail(qtbot, sqlite_db, runner, ticket, signing)
    button = dialog.findChild(QPushButton, f"print_report_button_{visit}")
    assert button is not None and button.isEnabled() and dialog.ui.print_sheet_button.isEnabled()

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=5000)
    assert signing.verify(previews[0]._pdf_bytes).status == "valid"
    assert _printed(sqlite_db, ticket) == []  # shown is not printed

    previews[0].printed.emit()
    qtbot.waitUntil(lambda: len(_printed(sqlite_db, ticket)) == 1, timeout=3000)
    assert _printed(sqlite_db, ticket)[0] == {"document": "service_report", "record_id": visit, "signed": True}

    qtbot.mouseClick(dialog.ui.print_sheet_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(previews) == 2, timeout=5000)
    assert previews[1].document.pageCount() == 1


def test_a_locked_key_offers_an_unsigned_print(qtbot, sqlite_db: Database, runner, previews, tmp_path,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    ticket, visit, _number = record_signed_visit(sqlite_db)
    asked: list[str] = []
    monkeypatch.setattr(ReportPrinter, "ask_when_key_unavailable", lambda self, code: asked.append(code) or UNSIGNED)
    dialog = _detail(qtbot, sqlite_db, runner, ticket, _signing(sqlite_db, tmp_path, unlocked=False))
    qtbot.mouseClick(dialog.findChild(QPushButton, f"print_report_button_{visit}"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=5000)
    assert asked == ["signing_locked"]
    assert previews[0]._suggested_file_name.endswith("-unsigned.pdf")
    previews[0].printed.emit()
    qtbot.waitUntil(lambda: len(_printed(sqlite_db, ticket)) == 1, timeout=3000)
    assert _printed(sqlite_db, ticket)[0]["signed"] is False


def test_the_call_card_prints_a_done_callback(qtbot, sqlite_db: Database, previews, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ticket, _visit, _number = record_signed_visit(sqlite_db)
    clerk = actor_for(sqlite_db, "clerk")
    callbacks = CallbackService(sqlite_db)
    with sqlite_db.read.begin() as session:
        callback = session.scalars(select(Callback).where(Callback.ticket_id == ticket)).one()
        callback_id, version = callback.id, callback.version
    printing = ReportPrintService(sqlite_db, _signing(sqlite_db, tmp_path, unlocked=False))
    card = CallCardDialog(callbacks, clerk, callback_id, printing=printing)
    qtbot.addWidget(card)
    assert not card.ui.print_record_button.isEnabled()  # still pending
    callbacks.complete(clerk, callback_id, version, {"q1_service_satisfied": True, "q3_working": True}, "satisfied")
    card.load()
    assert card.ui.print_record_button.isEnabled()
    qtbot.mouseClick(card.ui.print_record_button, Qt.MouseButton.LeftButton)
    assert len(previews) == 1 and previews[0].document.pageCount() == 1


def test_scanning_a_sheet_opens_its_ticket_and_an_unknown_code_says_so(qtbot, sqlite_db: Database,  # type: ignore[no-untyped-def]
                                                                      runner, tmp_path) -> None:
    ticket, _visit, number = record_signed_visit(sqlite_db)
    clerk = actor_for(sqlite_db, "clerk")
    window = MainWindow(clerk, "网点", "sqlite", "zh_CN")
    qtbot.addWidget(window)
    box = ScanBox(ReportPrintService(sqlite_db, SigningService(sqlite_db, folder=tmp_path / "none")), runner,
                  clerk, window)
    window.add_tool_widget(box)
    window.show()
    qtbot.waitExposed(window)

    # Ctrl+K from anywhere in the window; sent to the QWindow so that it passes Qt's shortcut map like a real key.
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert box.hasFocus()
    # GIVEN a USB scanner on a keyboard layout that turns "|" into "\"
    qtbot.keyClicks(box, f"SD1\\{number}\\0123456789abcdef")
    # WHEN it sends Enter
    with qtbot.waitSignal(box.ticket_requested, timeout=5000) as opened:
        qtbot.keyClick(box, Qt.Key.Key_Return)
    # THEN the ticket opens and the box is ready for the next scan
    assert opened.args == [ticket] and box.text() == ""

    qtbot.keyClicks(box, "AY01-19990101-0001")
    with qtbot.waitSignal(box.message_changed, timeout=5000):
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.property("scanError") is True and box.text() == "AY01-19990101-0001"
    box.setText("扫码内容")  # Chinese text from a misconfigured scanner: refused, not crashed
    with qtbot.waitSignal(box.message_changed, timeout=5000):
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.property("scanError") is True


def test_unlocking_from_the_message_prints_the_signed_report(qtbot, sqlite_db: Database, runner, previews,  # type: ignore[no-untyped-def]
                                                             tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    ticket, visit, _number = record_signed_visit(sqlite_db)
    signing = _signing(sqlite_db, tmp_path, unlocked=False)
    monkeypatch.setattr(ReportPrinter, "ask_when_key_unavailable", lambda self, code: UNLOCK)
    dialog = TicketDetailDialog(TicketService(sqlite_db), runner, actor_for(sqlite_db, "clerk"), ticket,
                                printing=ReportPrintService(sqlite_db, signing),
                                # Stands in for the signing-key dialog: the clerk types the passphrase there.
                                open_signing_key=lambda: signing.unlock(actor_for(sqlite_db, "clerk"), PASSPHRASE))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.findChild(QPushButton, f"print_report_button_{visit}") is not None, timeout=5000)
    qtbot.mouseClick(dialog.findChild(QPushButton, f"print_report_button_{visit}"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=5000)
    assert signing.verify(previews[0]._pdf_bytes).status == "valid"


def test_a_chinese_clerk_is_offered_a_chinese_file_name(qtbot, qapp, sqlite_db: Database, runner, previews,  # type: ignore[no-untyped-def]
                                                         tmp_path) -> None:
    """Saving a sheet from the preview offered "AY01-…-service-sheet.pdf" in the Chinese window."""
    from desktop.i18n import install_translators

    ticket, _visit, number = record_signed_visit(sqlite_db)
    install_translators(qapp, "zh_CN")
    try:
        dialog = _detail(qtbot, sqlite_db, runner, ticket, _signing(sqlite_db, tmp_path, unlocked=True))
        qtbot.mouseClick(dialog.ui.print_sheet_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(previews) == 1, timeout=5000)
        assert previews[0]._suggested_file_name == f"{number}-服务单.pdf"
    finally:
        install_translators(qapp, "en")


def test_the_blank_service_sheet_is_told_apart_from_an_unsigned_report(  # type: ignore[no-untyped-def]
        qtbot, sqlite_db: Database, runner, previews, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pre-filled sheet, a form filled in by hand and never signed, carried the red "not digitally signed"
    warning meant for reports, and neither said what to do."""
    ticket, visit, _number = record_signed_visit(sqlite_db)
    monkeypatch.setattr(ReportPrinter, "ask_when_key_unavailable", lambda self, code: UNSIGNED)
    dialog = _detail(qtbot, sqlite_db, runner, ticket, _signing(sqlite_db, tmp_path, unlocked=False))
    qtbot.mouseClick(dialog.ui.print_sheet_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=5000)
    sheet = previews[0].unsigned_label
    assert sheet.isVisibleTo(previews[0]) and "by hand" in sheet.text() and "#b3261e" not in sheet.styleSheet()
    qtbot.mouseClick(dialog.findChild(QPushButton, f"print_report_button_{visit}"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(previews) == 2, timeout=5000)
    report = previews[1].unsigned_label
    assert "#b3261e" in report.styleSheet() and "Tools → Branch signing key" in report.text()
