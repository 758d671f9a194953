"""Unsigned output warns before it is printed: every form's preview says so when its PDF carries no branch signature
(and says nothing when it does), and the return certificate, like the service report, asks before an unsigned copy
is made when the branch key is locked or missing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.composition import build_services
from desktop.database import Database
from desktop.services.admin.signing_service import SigningService
from desktop.views.claims.adjudication_view import AdjudicationView
from desktop.views.printing.pdf_preview_dialog import PdfPreviewDialog
from desktop.views.printing.signed_output import CANCEL, UNSIGNED, is_signed
from tests.conftest import actor_for
from tests.views.demo_flow import Flow, play

PASSPHRASE = "branch-pass-2026"


@pytest.fixture
def flow(sqlite_db: Database) -> Flow:
    return play(sqlite_db, build_services(sqlite_db), tickets=200)


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[PdfPreviewDialog]:
    opened: list[PdfPreviewDialog] = []
    monkeypatch.setattr(PdfPreviewDialog, "open", lambda self: opened.append(self))
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: pytest.fail("modal exec in a test"))
    return opened


def _signing(db: Database, tmp_path: Path, *, key: bool, unlocked: bool) -> SigningService:
    if key:
        SigningService(db, folder=tmp_path / "signing").create_key(actor_for(db, "admin"), PASSPHRASE)
    service = SigningService(db, folder=tmp_path / "signing")
    if unlocked:
        service.unlock(actor_for(db, "clerk"), PASSPHRASE)
    return service


def _every_unsigned_form(db: Database, flow: Flow) -> Iterator[tuple[str, bytes]]:
    services = build_services(db)
    boss = actor_for(db, "admin")
    yield "service sheet", services.report_printing.service_sheet(boss, flow.reopened_ticket_id)
    yield "callback record", services.report_printing.callback_record(boss, flow.callback_id)
    yield "dispatch slip", services.dispatch_printing.render_engineer_day(boss, flow.engineer_id,
                                                                          flow.engineer_day)[0]
    yield "receipt", services.payments.render_unsigned_receipt(boss, flow.payment_id)
    yield "installation acceptance", services.installation_printing.render_unsigned_acceptance(
        boss, flow.acceptance_report_id)
    yield "quality feedback form", services.quality.printable(boss, flow.feedback_id)[1]
    assert flow.return_list_id is not None
    yield "return list", services.returns.return_list_pdf(boss, flow.return_list_id)


def test_every_unsigned_form_says_so_in_its_preview(qtbot, sqlite_db, flow) -> None:  # type: ignore[no-untyped-def]
    for name, pdf in _every_unsigned_form(sqlite_db, flow):
        assert not is_signed(pdf), name
        dialog = PdfPreviewDialog(pdf, name)
        qtbot.addWidget(dialog)
        assert dialog.unsigned_label.isVisibleTo(dialog), name
        assert dialog.unsigned_label.text()


def test_a_signed_form_carries_no_warning(qtbot, sqlite_db, flow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    signing = _signing(sqlite_db, tmp_path, key=True, unlocked=True)
    pdf = build_services(sqlite_db).report_printing.callback_record(actor_for(sqlite_db, "admin"), flow.callback_id)
    dialog = PdfPreviewDialog(signing.sign(actor_for(sqlite_db, "clerk"), pdf, "test"), "signed")
    qtbot.addWidget(dialog)
    assert dialog.signed and not dialog.unsigned_label.isVisibleTo(dialog)


@pytest.mark.parametrize("key", [False, True], ids=["no key yet", "locked key"])
def test_the_certificate_asks_before_an_unsigned_copy(qtbot, sqlite_db, flow, tmp_path, previews,
                                                      key) -> None:  # type: ignore[no-untyped-def]
    signing = _signing(sqlite_db, tmp_path, key=key, unlocked=False)
    view = AdjudicationView(build_services(sqlite_db).claims, actor_for(sqlite_db, "clerk"), "zh_CN",
                            signing=signing)
    qtbot.addWidget(view)
    view.load(flow.claim_id)
    asked: list[str] = []
    answers = [CANCEL, UNSIGNED]
    view.ask_when_key_unavailable = lambda code: (asked.append(code), answers.pop(0))[1]  # type: ignore[method-assign]
    view.ui.print_button.click()
    # Cancelled: nothing was rendered for printing, and the message says why.
    assert asked == ["signing_locked" if key else "branch_key_missing"] and previews == []
    assert view.ui.message_label.text()
    view.ui.print_button.click()
    assert len(previews) == 1 and not previews[0].signed and previews[0].unsigned_label.isVisibleTo(previews[0])


def test_with_the_key_unlocked_the_certificate_is_signed_without_asking(qtbot, sqlite_db, flow, tmp_path,
                                                                        previews) -> None:  # type: ignore[no-untyped-def]
    signing = _signing(sqlite_db, tmp_path, key=True, unlocked=True)
    view = AdjudicationView(build_services(sqlite_db).claims, actor_for(sqlite_db, "clerk"), "zh_CN",
                            signing=signing)
    qtbot.addWidget(view)
    view.load(flow.claim_id)
    view.ask_when_key_unavailable = lambda code: pytest.fail("asked although the key is unlocked")  # type: ignore[method-assign]
    view.ui.print_button.click()
    assert len(previews) == 1 and previews[0].signed
    assert not previews[0].unsigned_label.isVisibleTo(previews[0])


def test_a_working_paper_says_it_is_never_signed_without_advising_a_key(qtbot, sqlite_db, flow,
                                                                        previews) -> None:  # type: ignore[no-untyped-def]
    """The callback record is never signed, key or not: the red warning told the clerk to set up the key and print
    the signed one, which never comes. It now says what the paper is, in the muted colour."""
    from PySide6.QtWidgets import QWidget

    from desktop.views.printing.report_printer import ReportPrinter

    parent = QWidget()
    qtbot.addWidget(parent)
    printer = ReportPrinter(build_services(sqlite_db).report_printing, None, actor_for(sqlite_db, "clerk"), parent)
    printer.print_callback_record(flow.callback_id, "AY01-TEST")
    assert len(previews) == 1 and previews[0].working_paper
    label = previews[0].unsigned_label
    assert label.isVisibleTo(previews[0]) and "working paper" in label.text()
    assert "#b3261e" not in label.styleSheet() and "Tools" not in label.text()
