"""The one catalogue of every window and dialog of the application, opened over demo data the way the application
opens it: what scripts/screenshots.py renders and what the view tests check (tests/views/test_layout_fits.py: fits
1280×680; test_keyboard.py: keys and Tab; test_reads_right.py: no code on screen). A new dialog is added here, once.

Each dialog is built the way its area builds it (same services, same kind of record, the signed-in main window as
its parent), picked from the demo history with a small query, and never shown modally: the caller shows it, looks
at it and closes it. `every_dialog_class()` lists the dialog classes in desktop/views, so a dialog added without an
entry here makes tests/views/test_keyboard.py fail instead of silently going unchecked.

It lives with the scripts (a plain script imports it; the tests import `scripts.ui_catalogue`), never in `desktop`:
the wheel does not carry it, and it imports nothing of the tests."""

from __future__ import annotations

import contextlib
import importlib
import inspect
import pkgutil
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `desktop` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlalchemy import func, select

from desktop.clock import local_today
from desktop.composition import Services, build_services, prepare_database
from desktop.database import Database, sqlite_url
from desktop.services.core.actor import Actor

# 1280×680 logical pixels: a 1366×768 screen, or 1920×1080 at 150 %, less the taskbar and the title bar.
FIT_WIDTH, FIT_HEIGHT = 1280, 680
SCREENSHOT_SIZE = (1366, 768)


@dataclass
class Env:
    """What a dialog builder gets: a signed-in main window and everything its areas were given."""

    app: QApplication
    services: Services
    actor: Actor
    window: Any  # desktop.views.main_window.MainWindow: the dialogs' parent, as in the application
    runner: Any
    language: str

    def first(self, statement: Any) -> Any:
        with self.services.database.read.begin() as session:
            return session.execute(statement.limit(1)).scalar()

    def settle(self, rounds: int = 6, draw_ms: int = 0) -> None:
        settle(self.app, self.runner, rounds, draw_ms)


@dataclass(frozen=True)
class DialogEntry:
    # The dialog's name: docs/screenshots/<language>/dialog-<name>.png (the guide links to some) and in test output.
    name: str
    # The class `build` returns (checked when it opens); every QDialog subclass must be one entry's, or be listed
    # in NOT_OPENED_DIRECTLY.
    dialog: str
    build: Callable[[Env], QDialog]
    # The demo account whose window opens it (the supervisor sees every menu; an engineer has My day).
    user: str = "admin"
    # Time for what draws itself in the background (a PDF's pages) before a screenshot.
    draw_ms: int = 0
    # The setup wizard: screenshots.py and the fits test take it page by page over an empty branch instead
    # (setup_wizard_pages); the keyboard and text tests open this entry.
    by_page: bool = False


def open_demo_database(path: Path) -> Database:
    """The demo branch with its generated history (created on first use, reused afterwards)."""
    return prepare_database(sqlite_url(path), demo=True)


def sign_in(services: Services, username: str) -> Actor:
    """A demo account signed in with the demo password."""
    from desktop.demo.seed import DEMO_PASSWORD

    return services.auth.login(username, DEMO_PASSWORD)


def open_window(app: QApplication, services: Services, actor: Actor, language: str,
                database_label: str = "demo.sqlite3") -> Env:
    """The window the application builds for `actor`; the status bar names the database `database_label` (not a
    temporary path)."""
    from desktop.app import build_main_window

    window, runner = build_main_window(app, services, actor, language, database_label)
    return Env(app, services, actor, window, runner, language)


def close_window(env: Env) -> None:
    """Close a window of open_window once its background work is done, without asking (nobody is there)."""
    env.runner.wait_for_done(20_000)
    env.window.watcher._timer.stop()
    env.app.removeEventFilter(env.window.watcher)
    env.window.leaving = True
    env.window.close()
    env.window.deleteLater()


@contextlib.contextmanager
def windows(app: QApplication, services: Services, actors: Mapping[str, Actor],
            language: str) -> Iterator[dict[str, Env]]:
    """One signed-in window per account of `actors` (by demo user name: an entry's `user`), closed afterwards."""
    opened: dict[str, Env] = {}
    try:
        for user, actor in actors.items():
            opened[user] = open_window(app, services, actor, language)
        yield opened
    finally:
        for env in opened.values():
            close_window(env)


def settle(app: QApplication, runner: Any = None, rounds: int = 6, draw_ms: int = 0) -> None:
    """Let background loads finish and their results reach the widgets (and, for `draw_ms`, let what renders
    in a thread of its own finish drawing)."""
    for _ in range(rounds):
        app.processEvents()
        if runner is not None:
            runner.wait_for_done(10_000)
        app.processEvents()
    deadline = time.monotonic() + draw_ms / 1000
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def minimum_size(widget: QWidget) -> tuple[int, int]:
    """What the window cannot be made smaller than: its layout's minimum or a minimum set on it (a wizard)."""
    hint, fixed = widget.minimumSizeHint(), widget.minimumSize()
    return max(hint.width(), fixed.width()), max(hint.height(), fixed.height())


# ---- picking records from the demo history ------------------------------------------------------------------------

def _visit(env: Env, *, kind: str = "repair", statuses: tuple[str, ...] = ("scheduled", "dispatched")) -> int:
    from desktop.models import Engineer, Ticket, Visit

    query = (select(Visit.id).join(Ticket, Ticket.id == Visit.ticket_id)
             .where(Visit.status.in_(statuses), Ticket.kind == kind).order_by(Visit.id.desc()))
    if env.actor.role == "engineer":  # an engineer sees only their own visits
        query = query.join(Engineer, Engineer.id == Visit.engineer_id).where(Engineer.user_id == env.actor.user_id)
    return env.first(query)


def _ticket(env: Env) -> int:
    """The ticket with the longest history (visits, a report, a callback that reopened it): its timeline shows the
    most kinds of entry."""
    from desktop.models import TicketEvent

    return env.first(select(TicketEvent.ticket_id).group_by(TicketEvent.ticket_id)
                     .order_by(func.count().desc(), TicketEvent.ticket_id))


def _customer(env: Env) -> Any:
    from desktop.models import Customer, Unit

    customer_id = env.first(select(Customer.id).join(Unit, Unit.customer_id == Customer.id).order_by(Customer.id))
    return env.services.customer_file.page(env.actor, customer_id)


def _parts(env: Env) -> list[Any]:
    return env.services.parts.parts(env.actor)


def _engineers(env: Env) -> list[Any]:
    return env.services.engineers.list(env.actor)


def _region(env: Env) -> Any:
    return env.services.settings.region(env.actor)


def _sample_pdf(env: Env) -> bytes:
    from desktop.models import Callback

    callback_id = env.first(select(Callback.id).where(Callback.status == "done").order_by(Callback.id.desc()))
    return env.services.report_printing.callback_record(env.actor, callback_id)


# ---- the dialogs ----------------------------------------------------------------------------------------------------

def _login(env: Env) -> QDialog:
    from desktop.demo.seed import DEMO_PASSWORD, DEMO_USERS
    from desktop.views.login_dialog import LoginDialog

    return LoginDialog(env.services.auth, demo_accounts=tuple(DEMO_USERS), demo_password=DEMO_PASSWORD)


def _lock(env: Env) -> QDialog:
    from desktop.views.screen_lock import ScreenLock

    return ScreenLock(env.window, env.services.auth).dialog()


def _about(env: Env) -> QDialog:
    from desktop.views.about_dialog import AboutDialog

    return AboutDialog(env.window)


def _help(env: Env) -> QDialog:
    from desktop.views.help_dialog import HelpDialog

    return HelpDialog(env.language, env.window)


def _ticket_detail(env: Env) -> QDialog:
    from desktop.views.tickets.ticket_detail_dialog import TicketDetailDialog

    # The application passes these too: the print and quality buttons show as they do for a clerk.
    return TicketDetailDialog(env.services.tickets, env.runner, env.actor, _ticket(env), env.window,
                              printing=env.services.report_printing, open_signing_key=lambda: None,
                              raise_quality=lambda *_: None)


def _report_back(env: Env) -> QDialog:
    from desktop.models import Ticket
    from desktop.views.tickets.report_back_dialog import ReportBackDialog

    ticket_id, number = 0, ""
    with env.services.database.read.begin() as session:
        ticket_id, number = session.execute(select(Ticket.id, Ticket.number).where(Ticket.status == "on_site")
                                            .limit(1)).one()
    return ReportBackDialog(env.services.tickets, env.actor, ticket_id, number, env.window)


def _plan_visit(env: Env) -> QDialog:
    from desktop.views.dispatch.plan_visit_dialog import PlanVisitDialog

    today = local_today()
    waiting = env.services.dispatch.waiting_tickets(env.actor)
    board = env.services.dispatch.board(env.actor, today - timedelta(days=today.weekday()))
    return PlanVisitDialog(waiting[0], board.engineers, today, env.window)


def _override(env: Env) -> QDialog:
    from desktop.views.dispatch.override_dialog import OverrideDialog

    warnings = ["overlap", "day_off", "outside_hours", "area_mismatch", "skill_mismatch", "after_deadline",
                "inactive_engineer"]
    return OverrideDialog(warnings, env.window)


def _agree_time(env: Env) -> QDialog:
    from desktop.views.dispatch.agree_time_dialog import AgreeTimeDialog

    row = env.services.dispatch.visit(env.actor, _visit(env))
    return AgreeTimeDialog(env.services.dispatch, env.actor, row, env.window)


def _visit_result(tab: int) -> Callable[[Env], QDialog]:
    def build(env: Env) -> QDialog:
        from desktop.views.dispatch.visit_result_dialog import VisitResultDialog

        row = env.services.dispatch.visit(env.actor, _visit(env))
        dialog = VisitResultDialog(env.services.visits, env.actor, row, "solar", env.window)
        tabs = getattr(dialog.ui, "tabs", None)
        if tabs is not None:
            tabs.setCurrentIndex(min(tab, tabs.count() - 1))
        return dialog

    return build


def _escalation(env: Env) -> QDialog:
    from desktop.views.dispatch.escalation_dialog import EscalationDialog

    row = env.services.dispatch.visit(env.actor, _visit(env, statuses=("unresolved",)))
    return EscalationDialog(env.services.visits, env.actor, row.ticket_id, row.ticket_number, row.ticket_version,
                            env.window)


def _engineers_dialog(env: Env) -> QDialog:
    from desktop.views.dispatch.engineers_dialog import EngineersDialog

    return EngineersDialog(env.services.engineers, env.services.dispatch, env.services.auth, env.actor, env.window,
                           region_places=_region(env).place_names,
                           region_districts=_region(env).district_names)


def _new_installation(env: Env) -> QDialog:
    from desktop.views.installations.new_installation_dialog import NewInstallationDialog

    return NewInstallationDialog(env.services.customers, env.services.installations, env.actor, env.window,
                                 region=_region(env))


def _installation_result(env: Env) -> QDialog:
    from desktop.views.installations.installation_result_dialog import InstallationResultDialog

    visit = env.services.installations.visit(env.actor, _visit(env, kind="installation"))
    return InstallationResultDialog(env.services.installations, env.actor, visit, env.window)


def _customer_edit(env: Env) -> QDialog:
    from desktop.views.customers.customer_edit_dialog import CustomerEditDialog

    return CustomerEditDialog(env.services.customer_file, env.actor, _customer(env), env.window,
                              region=_region(env))


def _unit_edit(env: Env) -> QDialog:
    from desktop.views.customers.unit_edit_dialog import UnitEditDialog

    customer = _customer(env)
    return UnitEditDialog(env.services.customer_file, env.actor, customer.units[0],
                          env.services.customers.catalogue(env.actor), env.window)


def _merge_customers(env: Env) -> QDialog:
    from desktop.views.customers.merge_customers_dialog import MergeCustomersDialog

    return MergeCustomersDialog(env.services.customer_file, env.actor, _customer(env), env.window)


def _stock_move(mode: str) -> Callable[[Env], QDialog]:
    def build(env: Env) -> QDialog:
        from desktop.views.stock.stock_move_dialog import StockMoveDialog

        return StockMoveDialog(env.services.stock, env.actor, mode, _parts(env), _engineers(env), env.language,
                               env.window)

    return build


def _return_list(env: Env) -> QDialog:
    from desktop.views.stock.return_list_dialog import ReturnListDialog

    return ReturnListDialog(env.services.returns, env.actor, env.services.returns.old_parts_on_shelf(env.actor),
                            _parts(env), env.window)


def _old_part(env: Env) -> QDialog:
    from desktop.views.stock.old_part_dialog import OldPartDialog

    return OldPartDialog(env.services.returns, env.actor, env.services.returns.old_parts_due(env.actor)[0],
                         env.window)


def _visit_parts(env: Env) -> QDialog:
    from desktop.views.stock.visit_parts_dialog import VisitPartsDialog

    needs = env.services.stock.visits_needing_parts(env.actor, local_today())
    return VisitPartsDialog(env.services.stock, env.actor, needs[0], _parts(env), env.window)


def _part(env: Env) -> QDialog:
    from desktop.views.stock.part_dialog import PartDialog

    lines = [(code, zh if env.language != "en" else en) for code, zh, en in env.services.parts.product_lines(env.actor)]
    return PartDialog(env.services.parts, env.actor, lines, _parts(env)[0], env.window)


def _payment(env: Env) -> QDialog:
    from desktop.views.charges.payment_dialog import PaymentDialog

    due = env.services.payments.charges_due(env.actor).rows[0]
    return PaymentDialog(env.services.payments, env.actor, due, _engineers(env), env.window)


def _policy_editor(env: Env) -> QDialog:
    from desktop.views.claims.policy_editor_dialog import PolicyEditorDialog

    return PolicyEditorDialog(env.services.claims, env.actor, env.window)


def _call_card(env: Env) -> QDialog:
    from desktop.models import Callback
    from desktop.views.callbacks.call_card_dialog import CallCardDialog

    callback_id = env.first(select(Callback.id).where(Callback.status == "pending").order_by(Callback.id))
    return CallCardDialog(env.services.callbacks, env.actor, callback_id, env.window,
                          printing=env.services.report_printing, runner=env.runner, care=env.services.care)


def _ad_hoc_callback(env: Env) -> QDialog:
    from desktop.views.callbacks.ad_hoc_callback_dialog import AdHocCallbackDialog

    return AdHocCallbackDialog(env.services.callbacks, env.services.customers, env.actor, env.window)


def _line_words(env: Env) -> QDialog:
    from desktop.views.callbacks.line_words_dialog import LineWordsDialog

    return LineWordsDialog(env.services.scripts, env.services.care, env.actor, env.window)


def _complaint(env: Env) -> QDialog:
    from desktop.models import Complaint
    from desktop.views.callbacks.complaint_dialog import ComplaintDialog

    complaint_id = env.first(select(Complaint.id).order_by(Complaint.id.desc()))
    return ComplaintDialog(env.services.complaints, env.actor, complaint_id, env.window,
                           raise_quality=lambda *_: None)


def _new_complaint(env: Env) -> QDialog:
    from desktop.views.callbacks.new_complaint_dialog import NewComplaintDialog

    owners = [(u.id, u.display_name) for u in env.services.auth.list_users(env.actor) if u.role != "engineer"]
    return NewComplaintDialog(env.services.complaints, env.services.customers, env.services.settings, env.actor,
                              owners, env.window)


def _consultation(env: Env) -> QDialog:
    from desktop.models import Consultation
    from desktop.views.contacts.consultation_dialog import ConsultationDialog

    consultation_id = env.first(select(Consultation.id).order_by(Consultation.id.desc()))
    return ConsultationDialog(env.services.consultations, env.services.customers, env.actor, consultation_id,
                              env.window, open_ticket=lambda _id: None)


def _new_consultation(env: Env) -> QDialog:
    from desktop.views.contacts.new_consultation_dialog import NewConsultationDialog

    return NewConsultationDialog(env.services.consultations, env.services.customers, env.actor, None, env.window)


def _quality(env: Env) -> QDialog:
    from desktop.models import QualityFeedback
    from desktop.views.contacts.quality_feedback_dialog import QualityFeedbackDialog

    feedback_id = env.first(select(QualityFeedback.id).order_by(QualityFeedback.id.desc()))
    return QualityFeedbackDialog(env.services.quality, env.actor, feedback_id=feedback_id, runner=env.runner,
                                 parent=env.window)


def _new_quality(env: Env) -> QDialog:
    from desktop.views.contacts.quality_feedback_dialog import QualityFeedbackDialog

    return QualityFeedbackDialog(env.services.quality, env.actor, source="ticket", source_id=_ticket(env),
                                 runner=env.runner, parent=env.window)


def _users(env: Env) -> QDialog:
    from desktop.views.admin.users_dialog import UsersDialog

    return UsersDialog(env.services.auth, env.actor, env.window)


def _settings(env: Env) -> QDialog:
    from desktop.views.admin.settings_dialog import SettingsDialog

    return SettingsDialog(env.services.settings, env.actor, env.window)


def _region_dialog(env: Env) -> QDialog:
    from desktop.views.admin.region_dialog import RegionDialog

    return RegionDialog(env.services.settings, env.actor, env.window)


def _onsite_windows(env: Env) -> QDialog:
    from desktop.views.admin.onsite_windows_dialog import OnsiteWindowsDialog

    return OnsiteWindowsDialog(env.services.settings, env.actor, env.window)


def _signing_key(env: Env) -> QDialog:
    from desktop.views.admin.signing_key_dialog import SigningKeyDialog

    return SigningKeyDialog(env.services.signing, env.actor, env.window, env.runner)


def _replace_key(env: Env) -> QDialog:
    from desktop.views.admin.replace_key_dialog import ReplaceKeyDialog

    return ReplaceKeyDialog(env.services.signing, env.actor, env.runner, env.window)


def _replace_key_done(env: Env) -> QDialog:
    """The last page, with the words a supervisor reads after a replacement (sample fingerprints)."""
    from pathlib import Path

    from desktop.services.admin.signing_service import KeyReplacement, SigningStatus

    dialog = _replace_key(env)
    status = SigningStatus(True, True, "CN=Branch", "b" * 64, False)
    folder = Path.home() / "AppData" / "Local" / "BranchServiceDesk" / "signing" / "retired" / "2026-11-29_101500"
    dialog._on_replaced(KeyReplacement(status, "a" * 64, "b" * 64, folder))  # type: ignore[attr-defined]
    return dialog


def _verify(env: Env) -> QDialog:
    from desktop.views.printing.verify_dialog import VerifyDialog

    return VerifyDialog(env.services.signing.trusted(), env.window)


def _pdf_preview(env: Env) -> QDialog:
    from desktop.views.printing.pdf_preview_dialog import PdfPreviewDialog

    return PdfPreviewDialog(_sample_pdf(env), "callback-record", "callback-record.pdf", env.window)


def _export(env: Env) -> QDialog:
    from desktop.views.exports.export_dialog import ExportDialog

    return ExportDialog(env.services.export, env.runner, env.actor, env.window)


def _hq_merge(env: Env) -> QDialog:
    from functools import partial

    from desktop.views.exports.hq_merge_dialog import HqMergeDialog

    return HqMergeDialog(partial(env.services.export.merge_workbooks, env.actor), env.runner, env.window)


def _import(env: Env) -> QDialog:
    from desktop.views.setup.import_dialog import ImportDialog

    return ImportDialog(env.services.records, env.runner, env.actor, env.language, env.window)


def _progress(env: Env) -> QDialog:
    from desktop.views.background import Task
    from desktop.views.widgets.task_progress import TaskProgressDialog

    task = Task(0)  # never finishes: the dialog stays up to be looked at
    return TaskProgressDialog(task, env.app.translate("App", "Writing the HQ workbook..."),
                              env.app.translate("App", "Cancel"), env.window)


def _my_day_result(env: Env) -> QDialog:
    return _visit_result(0)(env)


def _shortcuts(env: Env) -> QDialog:
    from desktop.views.shortcuts_dialog import ShortcutsDialog

    return ShortcutsDialog(env.window)


def _setup_wizard(env: Env) -> QDialog:
    """Over the demo branch (a supervisor may reopen it); setup_wizard_pages shows each page over an empty one."""
    from desktop.views.setup.setup_wizard import SetupWizard

    return SetupWizard(env.services.setup, env.services.signing, env.language, env.window)


DIALOGS: tuple[DialogEntry, ...] = (
    DialogEntry("login", "LoginDialog", _login),
    DialogEntry("lock", "LoginDialog", _lock),
    DialogEntry("about", "AboutDialog", _about),
    DialogEntry("help", "HelpDialog", _help),
    DialogEntry("shortcuts", "ShortcutsDialog", _shortcuts),
    DialogEntry("ticket_detail", "TicketDetailDialog", _ticket_detail),
    DialogEntry("report_back", "ReportBackDialog", _report_back),
    DialogEntry("plan_visit", "PlanVisitDialog", _plan_visit),
    DialogEntry("override", "OverrideDialog", _override),
    DialogEntry("agree_time", "AgreeTimeDialog", _agree_time),
    DialogEntry("visit_result", "VisitResultDialog", _visit_result(0)),
    DialogEntry("visit_result_work", "VisitResultDialog", _visit_result(1)),
    DialogEntry("visit_result_sign", "VisitResultDialog", _visit_result(2)),
    DialogEntry("escalation", "EscalationDialog", _escalation),
    DialogEntry("engineers", "EngineersDialog", _engineers_dialog),
    DialogEntry("new_installation", "NewInstallationDialog", _new_installation),
    DialogEntry("installation_result", "InstallationResultDialog", _installation_result),
    DialogEntry("customer_edit", "CustomerEditDialog", _customer_edit),
    DialogEntry("unit_edit", "UnitEditDialog", _unit_edit),
    DialogEntry("merge_customers", "MergeCustomersDialog", _merge_customers),
    DialogEntry("stock_receive", "StockMoveDialog", _stock_move("receipt")),
    DialogEntry("stock_issue", "StockMoveDialog", _stock_move("issue")),
    DialogEntry("stock_van_return", "StockMoveDialog", _stock_move("van_return")),
    DialogEntry("return_list", "ReturnListDialog", _return_list),
    DialogEntry("old_part", "OldPartDialog", _old_part),
    DialogEntry("visit_parts", "VisitPartsDialog", _visit_parts),
    DialogEntry("part", "PartDialog", _part),
    DialogEntry("payment", "PaymentDialog", _payment),
    DialogEntry("policy_editor", "PolicyEditorDialog", _policy_editor),
    DialogEntry("call_card", "CallCardDialog", _call_card),
    DialogEntry("ad_hoc_callback", "AdHocCallbackDialog", _ad_hoc_callback),
    DialogEntry("line_words", "LineWordsDialog", _line_words),
    DialogEntry("complaint", "ComplaintDialog", _complaint),
    DialogEntry("new_complaint", "NewComplaintDialog", _new_complaint),
    DialogEntry("consultation", "ConsultationDialog", _consultation),
    DialogEntry("new_consultation", "NewConsultationDialog", _new_consultation),
    DialogEntry("quality_feedback", "QualityFeedbackDialog", _quality),
    DialogEntry("new_quality_feedback", "QualityFeedbackDialog", _new_quality),
    DialogEntry("users", "UsersDialog", _users),
    DialogEntry("settings", "SettingsDialog", _settings),
    DialogEntry("region", "RegionDialog", _region_dialog),
    DialogEntry("onsite_windows", "OnsiteWindowsDialog", _onsite_windows),
    DialogEntry("signing_key", "SigningKeyDialog", _signing_key),
    DialogEntry("replace_key", "ReplaceKeyDialog", _replace_key),
    DialogEntry("replace_key_done", "ReplaceKeyDialog", _replace_key_done),
    DialogEntry("verify", "VerifyDialog", _verify),
    DialogEntry("pdf_preview", "PdfPreviewDialog", _pdf_preview, draw_ms=1500),
    DialogEntry("export", "ExportDialog", _export),
    DialogEntry("hq_merge", "HqMergeDialog", _hq_merge),
    DialogEntry("import", "ImportDialog", _import),
    DialogEntry("progress", "TaskProgressDialog", _progress),
    DialogEntry("my_day_result", "VisitResultDialog", _my_day_result, user="engineer"),
    DialogEntry("setup_wizard", "SetupWizard", _setup_wizard, by_page=True),
)
DIALOG_NAMES = {entry.name: entry for entry in DIALOGS}

# The demo accounts whose windows open the dialogs and show the areas (the supervisor's has all but the engineer's
# own day).
AREA_USERS = ("admin", "engineer")

# Dialog classes the catalogue does not open (each with its reason): none at present.
NOT_OPENED_DIRECTLY: dict[str, str] = {}


def every_dialog_class() -> set[str]:
    """The names of every QDialog subclass defined in desktop/views (the HQ window's own package included)."""
    import desktop.views

    names: set[str] = set()
    for info in pkgutil.walk_packages(desktop.views.__path__, "desktop.views."):
        if ".ui." in info.name or info.name.endswith(".ui"):
            continue
        module = importlib.import_module(info.name)
        for name, obj in inspect.getmembers(module, inspect.isclass):
            if obj.__module__ == module.__name__ and issubclass(obj, QDialog):
                names.add(name)
    return names


def open_dialogs(envs: Mapping[str, Env], names: Iterable[str] | None = None,
                 rounds: int = 6) -> Iterator[tuple[DialogEntry, QDialog]]:
    """Each catalogue dialog (or those named), built in the window of its entry's user with its background loads
    done; closed and deleted when the caller moves on."""
    for entry in DIALOGS if names is None else [DIALOG_NAMES[name] for name in names]:
        env = envs[entry.user]
        dialog = entry.build(env)
        try:
            if type(dialog).__name__ != entry.dialog:
                raise AssertionError(f"{entry.name} builds a {type(dialog).__name__}, not the {entry.dialog} it says")
            env.settle(rounds)
            yield entry, dialog
        finally:
            with contextlib.suppress(RuntimeError):  # already deleted with its parent
                dialog.close()
                dialog.deleteLater()
            env.settle(1)


def setup_wizard_pages(app: QApplication, path: Path, language: str) -> Iterator[tuple[str, QWidget]]:
    """The first-start wizard over an empty branch database, once per page."""
    from desktop.composition import build_services as services_for
    from desktop.views.setup.setup_wizard import SetupWizard

    database = prepare_database(sqlite_url(path), demo=False)
    try:
        services = services_for(database)
        for index in range(6):
            wizard = SetupWizard(services.setup, services.signing, language)
            wizard.setStartId(index)
            wizard.restart()
            yield f"setup_wizard_{index + 1}", wizard
            with contextlib.suppress(RuntimeError):
                wizard.deleteLater()
    finally:
        database.dispose()


def hq_pages(app: QApplication, services: Services, hq_url: str, folder: Path,
             language: str) -> Iterator[tuple[str, QWidget]]:
    """The HQ mode's window over an HQ database holding the demo branch's last two months (exported from the demo
    database and loaded as HQ loads a branch's workbooks): the network, one branch's drill-down, the loads."""
    from desktop.clock import local_today
    from desktop.demo.seed import DEMO_PASSWORD
    from desktop.hq.hq_connection import connect_hq
    from desktop.services.exports.export_period import month
    from desktop.views.background import BackgroundRunner
    from desktop.views.hq import hq_messages
    from desktop.views.hq.hq_window import HqWindow

    actor = services.auth.login("admin", DEMO_PASSWORD)
    this = month(local_today())
    last = month(this.start - timedelta(days=1))
    books = []
    for period in (last, this):
        path = folder / f"AY01-{period.start:%Y%m}.xlsx"
        services.export.export_workbook(actor, period.start, period.end, path)
        books.append(str(path))
    connection = connect_hq(hq_url)
    runner = BackgroundRunner()
    try:
        connection.load(books)
        hq_messages.install()
        window = HqWindow(connection, runner, language)
        window.start()
        window.show()
        settle(app, runner, 8)
        yield "hq_network", window
        window.network_view.open_row(0)
        settle(app, runner, 8)
        yield "hq_branch", window
        window.ui.tabs.setCurrentWidget(window.ui.loads_tab)
        settle(app, runner, 6)
        yield "hq_loads", window
        runner.wait_for_done(20_000)
        window.close()
        window.deleteLater()
    finally:
        runner.wait_for_done(20_000)
        connection.dispose()


__all__ = ["AREA_USERS", "DIALOGS", "DIALOG_NAMES", "FIT_HEIGHT", "FIT_WIDTH", "NOT_OPENED_DIRECTLY",
           "SCREENSHOT_SIZE", "DialogEntry", "Env", "build_services", "close_window", "every_dialog_class", "hq_pages",
           "minimum_size", "open_demo_database", "open_dialogs", "open_window", "settle", "setup_wizard_pages",
           "sign_in", "windows"]
