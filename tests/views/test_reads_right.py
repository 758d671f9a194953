"""Reads right: after the demo flow (a callback that reopens a ticket, a decided and approved refund, a complaint, a
consultation, a quality feedback form, a return list), no identifier, raw script line id, code, JSON, developer
reference or UTC reaches a person: not on any screen (labels, buttons, tooltips, table cells) or dialog in either
language, not in any printed form, not in the HQ workbook's visible cells."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import select

from desktop.app import build_main_window
from desktop.clock import local_today
from desktop.composition import build_services
from desktop.database import Database
from desktop.i18n import install_translators
from desktop.models import ServiceReport
from desktop.services.admin.auth_service import AuthService
from desktop.services.admin.settings_service import SettingsService
from desktop.views.claims.adjudication_view import certificate_pdf
from desktop.views.tickets.ticket_detail_dialog import TicketDetailDialog
from scripts import ui_catalogue as catalogue
from tests.conftest import FAST_HASHER, actor_for
from tests.views.demo_flow import Flow, play
from tests.views.text_scan import problems
from tests.views.ui_walk import readable_texts

# The status bar names the database file for the supervisor: a path, not a code.
NOT_TEXT = ("database_label",)
# The script editor edits templates: {公司} and {company} are the placeholders the supervisor types.
TEMPLATE_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


@pytest.fixture
def flow(sqlite_db: Database) -> Flow:
    return play(sqlite_db, build_services(sqlite_db), tickets=300)


@pytest.fixture(params=["zh_CN", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    install_translators(app, request.param)
    yield request.param
    install_translators(app, "en")


def _scan(widget: QWidget, where: str, chinese: bool) -> list[str]:
    found = []
    for place, text in readable_texts(widget):
        if any(name in place for name in NOT_TEXT):
            continue
        if "script_table" in place:
            text = TEMPLATE_PLACEHOLDER.sub("", text)
        found += [f"{where} {place}: {problem} in {text[:120]!r}" for problem in problems(text, chinese)]
    return found


def _settle(runner) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        runner.wait_for_done(10_000)
        QApplication.processEvents()


def test_no_code_on_any_screen_or_dialog(qtbot, sqlite_db, flow, language) -> None:  # type: ignore[no-untyped-def]
    chinese = language == "zh_CN"
    app = QApplication.instance()
    found: list[str] = []
    for username in ("admin", "engineer"):
        services = build_services(sqlite_db, auth=AuthService(sqlite_db, hasher=FAST_HASHER))
        window, runner = build_main_window(app, services, actor_for(sqlite_db, username), language, "sqlite")
        qtbot.addWidget(window)
        try:
            for key in window.area_keys():
                area = window.show_area(key)
                _settle(runner)
                if key == "claims":
                    # The claim of the flow on screen: its facts (product line and all), decision and rule.
                    area.adjudication_view.load(flow.claim_id)
                    for index in range(area.adjudication_view.ui.fact_combo.count()):
                        area.adjudication_view.ui.fact_combo.setCurrentIndex(index)
                        found += _scan(area, f"{username}/{key}/fact {index}", chinese)
                found += _scan(area, f"{username}/{key}", chinese)
            found += _scan(window, f"{username}/window", chinese)
        finally:
            window.watcher._timer.stop()
            app.removeEventFilter(window.watcher)
            runner.wait_for_done(10_000)
            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
                window.close()
    services = build_services(sqlite_db, auth=AuthService(sqlite_db, hasher=FAST_HASHER))
    actors = {username: actor_for(sqlite_db, username) for username in catalogue.AREA_USERS}
    with catalogue.windows(app, services, actors, language) as envs:
        for entry, dialog in catalogue.open_dialogs(envs):
            found += _scan(dialog, entry.name, chinese)
        # The ticket the callback reopened: its history says so in words.
        env = envs["admin"]
        dialog = TicketDetailDialog(services.tickets, env.runner, env.actor, flow.reopened_ticket_id, env.window)
        env.settle()
        history = [text for place, text in readable_texts(dialog) if "timeline_tree" in place]
        assert any(t.startswith(("Reopened after the callback", "回访后重新处理")) for t in history), history
        found += _scan(dialog, "reopened ticket", chinese)
    assert found == [], "\n".join(found)


def _forms(db: Database, flow: Flow) -> Iterator[tuple[str, bytes]]:
    services = build_services(db)
    boss = actor_for(db, "admin")
    with db.read.begin() as session:
        visit_id = session.scalar(select(ServiceReport.visit_id).order_by(ServiceReport.id.desc()).limit(1))
    yield "service sheet", services.report_printing.service_sheet(boss, flow.reopened_ticket_id)
    yield "service report", services.report_printing.render_unsigned_report(boss, visit_id)
    yield "callback record", services.report_printing.callback_record(boss, flow.callback_id)
    yield "dispatch slip", services.dispatch_printing.render_engineer_day(boss, flow.engineer_id,
                                                                          flow.engineer_day)[0]
    yield "receipt", services.payments.render_unsigned_receipt(boss, flow.payment_id)
    yield "installation acceptance", services.installation_printing.render_unsigned_acceptance(
        boss, flow.acceptance_report_id)
    yield "quality feedback form", services.quality.printable(boss, flow.feedback_id)[1]
    assert flow.return_list_id is not None
    yield "return list", services.returns.return_list_pdf(boss, flow.return_list_id)
    yield "certificate", certificate_pdf(services.claims, None, boss, flow.claim_id)[1]


@pytest.mark.parametrize("print_language", ["zh", "en"])
def test_no_code_in_any_printed_form(sqlite_db, flow, print_language) -> None:  # type: ignore[no-untyped-def]
    SettingsService(sqlite_db).set(actor_for(sqlite_db, "admin"), "print.language", print_language)
    found = []
    for name, pdf in _forms(sqlite_db, flow):
        text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
        assert len(text) > 100, name
        found += [f"{name}: {problem}" for problem in problems(text, print_language == "zh", whole=False)]
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("workbook_language", ["zh", "en"])
def test_no_code_json_or_utc_in_the_hq_workbook(sqlite_db, flow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                workbook_language) -> None:
    out = tmp_path / "hq.xlsx"
    build_services(sqlite_db).export.export_workbook(actor_for(sqlite_db, "admin"),
                                                     local_today() - timedelta(days=180), local_today(), out,
                                                     language=workbook_language)
    found, answers = [], []
    book = openpyxl.load_workbook(out)
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            continue
        hidden = {letter for letter, dim in sheet.column_dimensions.items() if dim.hidden}
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and get_column_letter(cell.column) not in hidden:
                    found += [f"{sheet.title}!{cell.coordinate}: {problem}"
                              for problem in problems(cell.value, workbook_language == "zh")]
                    if "\n" in cell.value:
                        answers.append(cell.value)
    assert found == [], "\n".join(found[:40])
    # The callback answers are there, as lines a person reads.
    assert answers
