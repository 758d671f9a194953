"""Composition root: command line, logging, QApplication, translators, database, services, main window."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from sqlalchemy.engine import URL

from desktop import __version__, paths
from desktop.database import Database, as_url, migrate, open_database, sqlite_url
from desktop.errors import DatabaseUnavailableError, DomainError
from desktop.services.admin.auth_service import AuthService
from desktop.services.admin.maintenance_service import MaintenanceService
from desktop.services.admin.settings_service import SettingsService
from desktop.services.admin.signing_service import SigningService
from desktop.services.callbacks.callback_service import CallbackService
from desktop.services.callbacks.complaint_service import ComplaintService
from desktop.services.claims.claim_service import ClaimService
from desktop.services.core.change_feed import ChangeFeedService
from desktop.services.dashboard.dashboard_service import DashboardService
from desktop.services.dispatch.dispatch_print_service import DispatchPrintService
from desktop.services.dispatch.dispatch_service import DispatchService
from desktop.services.dispatch.engineer_service import EngineerService
from desktop.services.dispatch.visit_service import VisitService
from desktop.services.exports.export_service import ExportService
from desktop.services.printing.report_print_service import ReportPrintService
from desktop.services.tickets.customer_service import CustomerService
from desktop.services.tickets.ticket_service import TicketService
from desktop.sqlite_backup import RestoreRecovery

log = logging.getLogger(__name__)

# Console sub-commands; anything else starts the window.
COMMANDS = ("verify", "export", "hq-merge", "audit-check")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="service-desk", description="Branch Service Desk / 网点售后服务台")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="database URL, e.g. postgresql+psycopg://user:pw@server/servicedesk "
        "(default: the SQLite file in the user data folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="use the demo database (created with a demo branch and data on first run) "
        "and sign in as the demo supervisor",
    )
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="user interface language (default zh_CN)")
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="open and migrate the database, load translations and the font, then exit",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(list(argv))


def database_url(args: argparse.Namespace) -> URL:
    if args.database:
        return as_url(args.database)
    if args.demo:
        return sqlite_url(paths.user_data_dir() / "demo.sqlite3")
    return sqlite_url(paths.default_database_path())


def prepare_database(url: str | URL, *, demo: bool) -> Database:
    """Open, back up and migrate; seed a new branch on first use. Raises DatabaseUnavailableError, and then holds
    no handle on the file (a restore offered next must be able to replace it, which Windows refuses while open)."""
    from desktop.demo.seed import seed_branch
    from desktop.sqlite_backup import guard_new_database

    parsed = as_url(url)
    path = Path(parsed.database) if parsed.get_backend_name() == "sqlite" and parsed.database else None
    if path is not None:
        guard_new_database(path)
    database = open_database(parsed)
    try:
        migrate(database)
        created = seed_branch(database, demo=demo)
    except BaseException:
        database.dispose()
        raise
    if path is not None:
        for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            paths.make_private_file(file)
    if created and demo:
        from desktop.demo.history import generate_history

        generate_history(database, tickets=1500, seed=2026)
    return database


def recover_restore(url: URL) -> RestoreRecovery | None:
    """Before anything opens the file: finish or undo a restore that a kill or power cut interrupted."""
    from desktop.sqlite_backup import recover_interrupted_restore

    if url.get_backend_name() != "sqlite" or not url.database:
        return None
    return recover_interrupted_restore(Path(url.database))


def self_check(args: argparse.Namespace) -> int:
    """Used by the frozen build in CI: everything the window needs, without a window."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.i18n import install_cjk_font, install_translators

    app = QApplication.instance() or QApplication([sys.argv[0]])
    url = as_url(args.database) if args.database else sqlite_url(paths.user_data_dir() / "self-check.sqlite3")
    database = prepare_database(url, demo=False)
    translated = install_translators(app, args.lang or "zh_CN")
    family = install_cjk_font()
    from desktop.printing.fonts import register_cjk_font

    pdf_font = register_cjk_font()
    print(f"database: {database.url} (migrated)")
    print(f"translations: {'ok' if translated else 'missing'}")
    print(f"ui font: {family}")
    print(f"pdf font: {pdf_font}")
    database.dispose()
    return 0 if translated and family and pdf_font else 1


def _console_command(argv: list[str]) -> int:
    command, rest = argv[0], argv[1:]
    if command == "verify":
        from desktop.printing.verify_cli import main as verify_main

        return verify_main(rest)
    if command == "hq-merge":
        from desktop.exports.hq_merge import main as merge_main

        return merge_main(rest)
    if command == "export":
        from desktop.services.exports.export_service import main as export_main

        return export_main(rest)
    if command == "audit-check":
        return _audit_check(rest)
    raise SystemExit(2)


def _audit_check(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="service-desk audit-check")
    parser.add_argument("--database", metavar="URL")
    args = parser.parse_args(argv)
    from desktop.services.core.audit import verify_chain

    database = open_database(args.database)
    with database.read.begin() as session:
        result = verify_chain(session)
    if result.ok:
        print(f"audit log intact: {result.records} records")
        return 0
    print(f"audit log BROKEN at record {result.first_bad_id}: {result.problem} (after {result.records} records)")
    return 1


def _install_excepthook(log_file: Path) -> None:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is not None:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                QApplication.translate("App", "Unexpected error"),
                QApplication.translate(
                    "App",
                    "An unexpected error occurred. Your data is saved up to the last "
                    "confirmed save. Details are in the log file:\n{path}",
                ).format(path=log_file),
            )
            box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
            box.exec()

    sys.excepthook = hook


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in COMMANDS:
        return _console_command(argv)
    args = parse_args(argv)
    from desktop.logging_setup import setup_logging

    log_file = setup_logging()
    if args.self_check:
        return self_check(args)
    _install_excepthook(log_file)
    try:
        return run_gui(args, log_file)
    except DatabaseUnavailableError:
        log.exception("database unavailable at start")
        return 2


@dataclass(frozen=True)
class Services:
    """Every service, built once here and handed to the views that need them."""

    database: Database
    auth: AuthService
    settings: SettingsService
    maintenance: MaintenanceService
    change_feed: ChangeFeedService
    signing: SigningService
    claims: ClaimService
    callbacks: CallbackService
    complaints: ComplaintService
    customers: CustomerService
    tickets: TicketService
    engineers: EngineerService
    dispatch: DispatchService
    visits: VisitService
    dispatch_printing: DispatchPrintService
    report_printing: ReportPrintService
    export: ExportService
    dashboard: DashboardService


def build_services(database: Database, auth: AuthService | None = None) -> Services:
    signing = SigningService(database)
    return Services(
        database=database,
        auth=auth or AuthService(database),
        settings=SettingsService(database),
        maintenance=MaintenanceService(database),
        change_feed=ChangeFeedService(database),
        signing=signing,
        claims=ClaimService(database),
        callbacks=CallbackService(database),
        complaints=ComplaintService(database),
        customers=CustomerService(database),
        tickets=TicketService(database),
        engineers=EngineerService(database),
        dispatch=DispatchService(database),
        visits=VisitService(database),
        dispatch_printing=DispatchPrintService(database),
        report_printing=ReportPrintService(database, signing),
        export=ExportService(database),
        dashboard=DashboardService(database),
    )


def build_main_window(app, services: Services, actor, language: str, database_label: str):  # type: ignore[no-untyped-def]
    """The window with one area per capability; each area gets exactly the services it uses."""
    from desktop.views.background import BackgroundRunner
    from desktop.views.change_watcher import ChangeWatcher
    from desktop.views.login_dialog import LoginDialog
    from desktop.views.main_window import MainWindow, install_idle_watcher

    runner = BackgroundRunner(app)
    branch = services.settings.branch(actor)
    window = MainWindow(actor, branch.name, database_label, language)
    idle_minutes = int(services.settings.get(actor, "security.idle_lock_minutes"))
    watcher = install_idle_watcher(app, idle_minutes)

    locked = [False]

    def lock() -> None:
        # The window stays open underneath with every form as it was; only the same user may continue.
        if locked[0]:
            # Already locked (idle again in front of the lock dialog, or Lock chosen twice): one dialog is enough.
            return
        locked[0] = True
        try:
            dialog = LoginDialog(services.auth, locked_username=window.actor.username, parent=window)
            while dialog.exec() != dialog.DialogCode.Accepted:
                pass
        finally:
            locked[0] = False

    window.lock_requested.connect(lock)
    watcher.idle_timeout.connect(lock)
    window.watcher = watcher  # keep a reference for the window's lifetime
    # Areas connect their refresh to window.change_watcher.changed (tables changed by other PCs).
    window.change_watcher = ChangeWatcher(services.change_feed, runner, actor, parent=window)
    _connect_administration(app, window, services, runner)
    _add_intake_and_ticket_areas(app, window, services, actor, runner)
    _add_dispatch_area(app, window, services, actor, runner)
    _add_claims_area(app, window, services, actor, language, runner)
    queue = _add_callback_areas(app, window, services, actor, runner)
    _add_reports(app, window, services, actor, runner)
    runner.run(services.maintenance.daily_backup_if_due, actor)
    _schedule_key_account_callbacks(services, actor, runner, queue)
    return window, runner


def _add_intake_and_ticket_areas(app, window, services: Services, actor, runner) -> None:  # type: ignore[no-untyped-def]
    """Intake (受理) first, the ticket list, and the clock watch in the status bar."""
    from desktop.views.intake.intake_view import IntakeView
    from desktop.views.tickets.clock_watch_widget import ClockWatchWidget
    from desktop.views.tickets.scan_box import ScanBox
    from desktop.views.tickets.ticket_detail_dialog import TicketDetailDialog
    from desktop.views.tickets.ticket_list_view import TicketListView

    intake = IntakeView(services.customers, services.tickets, runner, actor)
    tickets = TicketListView(services.tickets, runner, actor)
    window.add_area("intake", lambda: app.translate("App", "Intake"), intake)
    window.add_area("tickets", lambda: app.translate("App", "Tickets"), tickets)
    clock_watch = ClockWatchWidget(services.tickets, runner, actor, window)
    window.add_status_widget(clock_watch)

    def open_signing_key() -> None:
        from desktop.views.signing_key_dialog import SigningKeyDialog

        SigningKeyDialog(services.signing, window.actor, window).exec()

    def open_ticket(ticket_id: int) -> None:
        dialog = TicketDetailDialog(services.tickets, runner, actor, ticket_id, window,
                                    printing=services.report_printing, open_signing_key=open_signing_key)
        dialog.ticket_changed.connect(lambda _id: (tickets.refresh(), clock_watch.refresh()))
        dialog.show()

    intake.ticket_opened.connect(lambda _id: (tickets.refresh(), clock_watch.refresh()))
    tickets.ticket_activated.connect(open_ticket)
    clock_watch.ticket_requested.connect(open_ticket)
    # The counter's scanner: a sheet's QR code (or a typed ticket number) opens the ticket from any area.
    scan_box = ScanBox(services.report_printing, runner, actor, window)
    window.add_tool_widget(scan_box)
    scan_box.ticket_requested.connect(open_ticket)
    scan_box.message_changed.connect(lambda text: window.statusBar().showMessage(text, 10_000))
    window.change_watcher.changed.connect(
        lambda tables: tickets.refresh() if "ticket" in tables else None)


def _add_dispatch_area(app, window, services: Services, actor, runner) -> None:  # type: ignore[no-untyped-def]
    """The dispatch board (派单): engineers × days, waiting tickets, visits and their results."""
    from desktop.views.dispatch.dispatch_area import DispatchArea

    area = DispatchArea(services.dispatch, services.visits, services.engineers, runner, actor,
                        services.dispatch_printing)
    window.add_area("dispatch", lambda: app.translate("App", "Dispatch board"), area)
    window.change_watcher.changed.connect(
        lambda tables: area.refresh() if tables & {"visit", "ticket", "engineer"} else None)
    window.engineers_changed.connect(area.refresh)


def _add_claims_area(app, window, services: Services, actor, language: str, runner) -> None:  # type: ignore[no-untyped-def]
    from desktop.views.claims.claims_area import ClaimsArea

    area = ClaimsArea(services.claims, actor, language, runner, services.signing)
    window.add_area("claims", lambda: app.translate("App", "Returns and exchanges"), area)


def _add_callback_areas(app, window, services: Services, actor, runner=None):  # type: ignore[no-untyped-def]
    """Callback queue (badge: due today and overdue) and complaints (badge: overdue)."""
    from desktop.services.core.permissions import allowed
    from desktop.views.callbacks.callback_queue_view import CallbackQueueView
    from desktop.views.callbacks.complaint_list_view import ComplaintListView
    from desktop.views.callbacks.new_complaint_dialog import NewComplaintDialog

    def new_complaint(parent):  # type: ignore[no-untyped-def]
        # Only a supervisor may list the branch's accounts; everyone else opens complaints they own.
        users = services.auth.list_users(window.actor) if allowed(window.actor, "user.manage") else []
        owners = [(u.id, u.display_name) for u in users if u.active and u.role != "engineer"]
        return NewComplaintDialog(services.complaints, services.customers, services.settings, window.actor,
                                  owners, parent)

    queue = CallbackQueueView(services.callbacks, actor, printing=services.report_printing, runner=runner)
    complaints = ComplaintListView(services.complaints, actor,
                                   new_dialog=new_complaint if allowed(actor, "complaint.work") else None)
    window.add_area("callbacks", lambda: app.translate("App", "Callbacks"), queue)
    window.add_area("complaints", lambda: app.translate("App", "Complaints"), complaints)
    queue.counts_changed.connect(lambda count: window.set_area_badge("callbacks", count))
    complaints.counts_changed.connect(lambda count: window.set_area_badge("complaints", count))
    queue.call_finished.connect(lambda _id: complaints.refresh())
    window.set_area_badge("callbacks", queue.model.counts.due_now if queue.model.counts else 0)

    def on_changed(tables: frozenset) -> None:  # type: ignore[type-arg]
        if tables & {"callback", "ticket"}:
            queue.refresh()
        if "complaint" in tables:
            complaints.refresh()

    window.change_watcher.changed.connect(on_changed)
    return queue


def _schedule_key_account_callbacks(services: Services, actor, runner, queue) -> None:  # type: ignore[no-untyped-def]
    """Seed 003 (6): weekly/monthly key-account callbacks, created once per start; the service creates only the
    missing ones, so every PC may run it. A failure is logged, never shown: the queue works without it."""
    from desktop.clock import local_today
    from desktop.services.core.permissions import allowed

    if not allowed(actor, "callback.work"):
        return
    task = runner.run(services.callbacks.schedule_key_accounts, actor, local_today())
    task.succeeded.connect(lambda created: queue.refresh() if created else None)
    task.failed.connect(lambda exc: log.warning("key-account callbacks not scheduled: %s", exc))


def _add_reports(app, window, services: Services, actor, runner) -> None:  # type: ignore[no-untyped-def]
    """The dashboard area, and the HQ export and merge dialogs from the Reports menu."""
    from desktop.exports.hq_merge import merge_workbooks
    from desktop.services.core.permissions import allowed
    from desktop.views.dashboard.dashboard_view import DashboardView
    from desktop.views.exports.export_dialog import ExportDialog
    from desktop.views.exports.hq_merge_dialog import HqMergeDialog

    if allowed(actor, "dashboard.read"):
        dashboard = DashboardView(services.dashboard, runner, actor)
        window.add_area("dashboard", lambda: app.translate("App", "Dashboard"), dashboard)
        window.change_watcher.changed.connect(
            lambda tables: dashboard.refresh() if dashboard.isVisible() and tables & {
                "ticket", "visit", "service_report", "callback", "return_claim", "decision"} else None)
    window.set_export_allowed(allowed(actor, "export.hq"))
    window.export_requested.connect(lambda: ExportDialog(services.export, runner, window.actor, window).open())
    window.hq_merge_requested.connect(lambda: HqMergeDialog(merge_workbooks, runner, window).open())


def _connect_administration(app, window, services: Services, runner) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from desktop.views.engineers_dialog import EngineersDialog
    from desktop.views.messages import error_message
    from desktop.views.settings_dialog import SettingsDialog
    from desktop.views.users_dialog import UsersDialog

    def users() -> None:
        UsersDialog(services.auth, window.actor, window).exec()

    def settings() -> None:
        SettingsDialog(services.settings, window.actor, window).exec()

    def engineers() -> None:
        dialog = EngineersDialog(services.engineers, services.dispatch, services.auth, window.actor, window)
        dialog.engineer_saved.connect(lambda _id: window.engineers_changed.emit())
        dialog.exec()

    def backup() -> None:
        task = runner.run(services.maintenance.backup_now, window.actor)
        task.succeeded.connect(
            lambda path: window.statusBar().showMessage(
                app.translate("App", "Backup saved: {path}").format(path=path), 10_000
            )
        )
        task.failed.connect(lambda exc: QMessageBox.warning(window, app.translate("App", "Backup"), error_message(exc)))

    def restore() -> None:
        try:
            backups = services.maintenance.backups(window.actor)
        except Exception as exc:
            QMessageBox.warning(window, app.translate("App", "Restore"), error_message(exc))
            return
        if not backups:
            QMessageBox.information(
                window, app.translate("App", "Restore"), app.translate("App", "There are no backups yet.")
            )
            return
        names = [f"{b.taken_at:%Y-%m-%d %H:%M}  {b.path.name}" for b in backups]
        name, ok = QInputDialog.getItem(
            window,
            app.translate("App", "Restore a backup"),
            app.translate("App", "Backup to restore (newest first):"),
            names,
            0,
            False,
        )
        if not ok:
            return
        answer = QMessageBox.question(
            window,
            app.translate("App", "Restore"),
            app.translate(
                "App",
                "Replace the current database with this backup? The current file is kept beside it. "
                "The application closes afterwards.",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        runner.wait_for_done(30_000)
        services.maintenance.restore(window.actor, backups[names.index(name)].path)
        QMessageBox.information(
            window,
            app.translate("App", "Restore"),
            app.translate("App", "The backup was restored. Please start the application again."),
        )
        app.quit()

    def audit_check() -> None:
        task = runner.run(services.maintenance.check_audit_chain, window.actor)

        def show(result) -> None:  # type: ignore[no-untyped-def]
            if result.ok:
                QMessageBox.information(
                    window,
                    app.translate("App", "Audit log"),
                    app.translate("App", "The audit log is intact ({count} records).").format(count=result.records),
                )
            else:
                QMessageBox.critical(
                    window,
                    app.translate("App", "Audit log"),
                    app.translate("App", "The audit log has been tampered with at record {id} ({problem}).").format(
                        id=result.first_bad_id, problem=result.problem
                    ),
                )

        task.succeeded.connect(show)
        task.failed.connect(
            lambda exc: QMessageBox.warning(window, app.translate("App", "Audit log"), error_message(exc))
        )

    window.users_requested.connect(users)
    window.settings_requested.connect(settings)
    window.engineers_requested.connect(engineers)
    window.backup_requested.connect(backup)
    window.restore_requested.connect(restore)
    window.audit_check_requested.connect(audit_check)

    def verify() -> None:
        from desktop.views.printing.verify_dialog import VerifyDialog

        VerifyDialog(services.signing.trusted(), window).exec()

    def signing_key() -> None:
        from desktop.views.signing_key_dialog import SigningKeyDialog

        SigningKeyDialog(services.signing, window.actor, window).exec()

    window.verify_requested.connect(verify)
    window.signing_key_requested.connect(signing_key)


def _open_with_recovery(app, url: URL, demo: bool) -> Database | None:  # type: ignore[no-untyped-def]
    """Start-up never crashes on a bad database: explain, offer to restore a backup, or quit."""
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from desktop.sqlite_backup import kept_copies, list_backups, restore_sqlite
    from desktop.views.messages import error_message

    target = Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None
    recovered = recover_restore(url)
    if recovered is not None:
        text = (app.translate("App", "The restore that was interrupted last time has been completed: the database "
                                     "is now the backup {backup}.")
                if recovered.outcome == "completed" else
                app.translate("App", "The restore that was interrupted last time has been undone: the database is "
                                     "as it was before."))
        QMessageBox.information(None, app.translate("App", "Restore"), text.format(backup=Path(recovered.backup).name))
    while True:
        try:
            return prepare_database(url, demo=demo)
        except DatabaseUnavailableError as exc:
            log.error("cannot open database %s: %s", url, exc)
            copies = (kept_copies(target) + list_backups(stem=target.stem)) if target is not None else []
            box = QMessageBox(QMessageBox.Icon.Critical, app.translate("App", "Database problem"), error_message(exc))
            retry = box.addButton(app.translate("App", "Retry"), QMessageBox.ButtonRole.AcceptRole)
            restore = None
            if copies:
                restore = box.addButton(app.translate("App", "Restore a backup..."), QMessageBox.ButtonRole.ActionRole)
            box.addButton(app.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is retry:
                continue
            if restore is not None and target is not None and box.clickedButton() is restore:
                names = [p.name for p in copies]
                name, ok = QInputDialog.getItem(
                    None,
                    app.translate("App", "Restore a backup"),
                    app.translate("App", "Backup to restore (newest first):"),
                    names,
                    0,
                    False,
                )
                if ok:
                    try:
                        restore_sqlite(copies[names.index(name)], target)
                    except DomainError as restore_exc:
                        QMessageBox.warning(None, app.translate("App", "Restore"), error_message(restore_exc))
                continue
            return None


def run_gui(args: argparse.Namespace, log_file: Path) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QDialog

    from desktop.i18n import install_cjk_font, install_translators
    from desktop.views.login_dialog import LoginDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("BranchServiceDesk")
    app.setApplicationName("BranchServiceDesk")
    app.setApplicationVersion(__version__)
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "app.png")))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    language = args.lang or str(QSettings().value("ui/language", "zh_CN"))
    install_cjk_font()
    install_translators(app, language)
    url = database_url(args)
    if not args.database and not args.demo:
        stored = QSettings().value("database/url")
        url = as_url(str(stored)) if stored else url
    database = _open_with_recovery(app, url, args.demo)
    if database is None:
        return 2
    auth = AuthService(database)
    if args.demo:
        from desktop.demo.seed import DEMO_PASSWORD

        actor = auth.login("admin", DEMO_PASSWORD)
    else:
        first = auth.first_run_supervisor() if auth.needs_first_run() else None
        dialog = LoginDialog(auth, first_run_username=first.username if first else None)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
            return 0
        actor = dialog.actor
    services = build_services(database, auth)
    window, runner = build_main_window(app, services, actor, language, database.url)
    window.show()
    code = app.exec()
    # Let running saves finish before the engine goes away.
    runner.wait_for_done(30_000)
    database.dispose()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
