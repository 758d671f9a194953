"""The window's entry point (`service-desk`): language, sign-in, database (with recovery), then every area.

The sign-in dialog is painted first; the database (SQLAlchemy, the models, the migration check, the services) is
opened right after, while the user types (`_Start`). Console commands live in desktop/cli.py (`service-desk-cli`);
`service-desk verify …` is still passed on to it, so scripts written for the single command keep working where
there is a console."""

from __future__ import annotations

import argparse
import functools
import logging
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, cast

from desktop import __version__, paths
from desktop.errors import DatabaseUnavailableError, DomainError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication
    from sqlalchemy.engine import URL

    from desktop.composition import Services
    from desktop.database import Database
    from desktop.password_helper import HelperHasher
    from desktop.services.core.actor import Actor
    from desktop.views.background import BackgroundRunner
    from desktop.views.login_dialog import LoginDialog
    from desktop.views.main_window import MainWindow

log = logging.getLogger(__name__)

__all__ = ["build_main_window", "main"]
# Also re-exported for scripts and tests (`from desktop.app import build_services`) and loaded on first use, so that
# importing this module does not import the database stack.
_FROM_COMPOSITION = ("Services", "build_services", "prepare_database", "recover_restore")


def __getattr__(name: str) -> Any:
    if name in _FROM_COMPOSITION:
        from desktop import composition

        return getattr(composition, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="service-desk", description="Branch Service Desk / 网点售后服务台",
        epilog="Console commands (verify, export, hq-merge, audit-check): see service-desk-cli --help.")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="database URL, e.g. postgresql+psycopg://user@server/servicedesk, or a SQLite file "
        "(default: the SQLite file in the user data folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="use the demo database (created with a demo branch and data on first run); the sign-in dialog lists "
        "the four demo accounts",
    )
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="user interface language (default zh_CN)")
    parser.add_argument("--hq", action="store_true",
                        help="HQ mode: compare the branches in the HQ database given with --database "
                        "(postgresql+psycopg://user@server/hq)")
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="open and migrate the database, load translations and the font, then exit",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(list(argv))


def database_url(args: argparse.Namespace) -> URL:
    from desktop.database import as_url, sqlite_url

    if args.database:
        return as_url(args.database)
    if args.demo:
        return sqlite_url(paths.user_data_dir() / "demo.sqlite3")
    return sqlite_url(paths.default_database_path())


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
    from desktop import cli

    if argv and argv[0] in cli.COMMANDS:
        return cli.main(argv)
    args = parse_args(argv)
    if args.self_check:
        return cli.main(argv)
    from desktop.views import pyside_source_check

    # A window (the branch's or HQ's) from here on: first, so that no module imported from now on is kept in
    # memory as source text (see the module).
    pyside_source_check.install()
    from desktop.logging_setup import setup_logging

    log_file = setup_logging()
    _install_excepthook(log_file)
    if args.hq:
        from desktop.views.hq.hq_app import run_hq

        return run_hq(args, log_file)
    try:
        return run_gui(args, log_file)
    except DatabaseUnavailableError:
        log.exception("database unavailable at start")
        return 2


def build_main_window(app: QApplication, services: Services, actor: Actor, language: str,
                      database_label: str) -> tuple[MainWindow, BackgroundRunner]:
    """The window with one area per capability; each area's builder gets exactly the context it needs."""
    from desktop.views.admin import area as admin_area
    from desktop.views.area_context import AreaContext
    from desktop.views.background import BackgroundRunner
    from desktop.views.change_watcher import ChangeWatcher
    from desktop.views.main_window import MainWindow, install_idle_watcher
    from desktop.views.screen_lock import install_screen_lock
    from desktop.views.shortcuts import install_tab_moves_focus

    runner = BackgroundRunner(app)
    branch = services.settings.branch(actor)
    window = MainWindow(actor, branch.name, database_label, language)
    idle_minutes = int(services.settings.get(actor, "security.idle_lock_minutes"))
    # Both filters see every event of the application, each through a call into Python: from the first paint on,
    # not for the thousands of events of building and drawing the window (there is no input before it is shown).
    watcher = install_idle_watcher(app, idle_minutes, from_first_paint_of=window)

    def tab_moves_focus() -> None:
        if not window.leaving:
            window.tab_filter = install_tab_moves_focus(app)

    window.after_first_paint(tab_moves_focus)

    window.watcher = watcher  # keep a reference for the window's lifetime
    # Locked means hidden: every open window is covered until the same user signs in again (or signs out).
    install_screen_lock(window, services.auth)
    # Areas connect their refresh to window.change_watcher.changed (tables changed by other PCs).
    window.change_watcher = ChangeWatcher(services.change_feed, runner, actor, parent=window)
    ctx = AreaContext(app, window, services, actor, runner, language)
    from desktop.views.callbacks import area as callbacks_area
    from desktop.views.charges import area as charges_area
    from desktop.views.claims import area as claims_area
    from desktop.views.contacts import area as contacts_area
    from desktop.views.customers import area as customers_area
    from desktop.views.dashboard import area as dashboard_area
    from desktop.views.dispatch import area as dispatch_area
    from desktop.views.exports import area as exports_area
    from desktop.views.installations import area as installations_area
    from desktop.views.intake import area as intake_area
    from desktop.views.setup import area as setup_area
    from desktop.views.stock import area as stock_area
    from desktop.views.tickets import area as tickets_area

    # Navigation entries in this order; each area is built when first shown (only the start area now).
    admin_area.install(ctx)
    intake_area.install(ctx)
    tickets_area.install(ctx)
    dispatch_area.install(ctx)
    installations_area.install(ctx)
    customers_area.install(ctx)
    stock_area.install(ctx)
    charges_area.install(ctx)
    claims_area.install(ctx)
    callbacks_area.install(ctx)
    contacts_area.install(ctx)
    dashboard_area.install(ctx)
    exports_area.install(ctx)
    setup_area.install(ctx)
    window.show_start_area()
    # The day's backup (and audit anchor) once the window is on screen. On a large file it is also the day's
    # page-by-page check (a start reads only the header and schema): a damaged copy is reported, never silent.
    def daily_backup() -> None:
        task = runner.run(services.maintenance.daily_backup_if_due, actor)
        task.failed.connect(lambda exc: _report_backup_problem(window, exc))

    window.after_first_paint(daily_backup)

    def branch_area_code() -> None:
        # Phone hints and messages give examples in the branch's own area code (not 安阳's 0372).
        from desktop.views import phone_examples

        runner.run(services.settings.area_code, actor).succeeded.connect(phone_examples.set_area_code)

    window.after_first_paint(branch_area_code)
    return window, runner


def _report_backup_problem(window: MainWindow, exc: BaseException) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.views.messages import error_message

    log.error("daily backup failed: %s", exc)
    if isinstance(exc, DomainError):
        # The live file failing the day's page-by-page check is not a backup hiccup: the clerk must stop.
        damaged = exc.code == "live_database_damaged"
        box = QMessageBox(QMessageBox.Icon.Critical if damaged else QMessageBox.Icon.Warning,
                          QApplication.translate("App", "Database problem") if damaged
                          else QApplication.translate("App", "Backup"),
                          error_message(exc), QMessageBox.StandardButton.Ok, window)
        box.setObjectName("daily_backup_problem")
        box.open()  # not modal: nothing is lost by reading it later than the work in hand


def _open_with_recovery(app: QApplication, url: URL, demo: bool) -> Database | None:
    """Start-up never crashes on a bad database: explain, offer to restore a backup, or quit."""
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from desktop.composition import prepare_database, recover_restore, sqlite_path_of
    from desktop.sqlite_backup import kept_copies, list_backups, restore_sqlite
    from desktop.views.messages import error_message

    target = sqlite_path_of(url)
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
            if exc.code == "database_newer":
                # Nothing to retry or restore: an older backup would drop what the newer program saved since.
                QMessageBox.critical(None, app.translate("App", "Database problem"), error_message(exc))
                return None
            copies = (kept_copies(target) + list_backups(stem=target.stem)) if target is not None else []
            box = QMessageBox(QMessageBox.Icon.Critical, app.translate("App", "Database problem"), error_message(exc))
            retry = box.addButton(app.translate("App", "Retry"), QMessageBox.ButtonRole.AcceptRole)
            restore = None
            if copies:
                restore = box.addButton(app.translate("App", "Restore a backup..."), QMessageBox.ButtonRole.ActionRole)
            box.addButton(app.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is retry:
                if target is None:
                    # A server: the refusal may be the password (changed on the server, or mistyped).
                    url = _ask_password(app, url) or url
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


def _instance_key(url: URL) -> str:
    """The same database however it was named: a file by its resolved path (any case on Windows), a server by its
    address without the password."""
    from desktop.composition import sqlite_path_of
    from desktop.database import display_url

    path = sqlite_path_of(url)
    if path is None:
        return display_url(url)
    return _path_key(path)


def _path_key(path: Path) -> str:
    resolved = str(path.resolve())
    return resolved.casefold() if sys.platform == "win32" else resolved


def _start_key(args: argparse.Namespace, stored: object) -> str:
    """The single-instance key, from the command line alone when it names a file (no URL parsing, so no database
    stack before the sign-in dialog); a URL is parsed as before. Equal to _instance_key of the same database."""
    if not stored and (not args.database or "://" not in str(args.database)):
        if args.database:
            return _path_key(Path(str(args.database).strip()))
        return _path_key(paths.user_data_dir() / "demo.sqlite3" if args.demo else paths.default_database_path())
    from desktop.database import as_url

    return _instance_key(as_url(str(stored)) if stored and not args.database and not args.demo
                         else database_url(args))


def _password_out_of_settings(url: URL) -> URL:
    """A server password saved in the settings file by an older version moves to the OS keyring (or, without one,
    is asked for at each start): the file then keeps only the server, the user and the database."""
    if url.get_backend_name() == "sqlite" or not url.password:
        return url
    from PySide6.QtCore import QSettings

    from desktop import credentials

    credentials.store_password(url, url.password)
    QSettings().setValue("database/url", credentials.settings_text(url))
    return url


def _ask_password(app: QApplication, url: URL) -> URL | None:
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from desktop.database import display_url

    password, ok = QInputDialog.getText(
        None, app.translate("App", "Database password"),
        app.translate("App", "Password of {user} on the database server {server}:").format(
            user=url.username or "", server=display_url(url)),
        QLineEdit.EchoMode.Password)
    return url.set(password=password) if ok else None


def _with_password(app: QApplication, url: URL) -> URL | None:
    """The server password from the URL, else the OS keyring, else asked for; None when the user cancels."""
    from desktop import credentials

    url = credentials.with_stored_password(url)
    return _ask_password(app, url) if credentials.needs_password(url) else url


def _remember_password(url: URL) -> None:
    """A server password that worked goes to the OS keyring (only once it worked: a typo is never kept)."""
    from desktop import credentials

    if url.get_backend_name() != "sqlite" and url.password and credentials.stored_password(url) != url.password:
        credentials.store_password(url, url.password)


class _Start:
    """The database side of a start: parse the URL, ask for a server password if needed, open with recovery, check
    the schema (and migrate), compose the services (each built on first use), start the password helper process.
    Run once, right after the sign-in dialog's first paint, or when OK is pressed first; afterwards it signs people
    in (`login`), for that dialog and every later one."""

    def __init__(self, app: QApplication, args: argparse.Namespace, stored: object) -> None:
        self._app, self._args, self._stored = app, args, stored
        self.database: Database | None = None
        self.services: Services | None = None
        # The exit code when the start gave up (the user cancelled a password or quit at a database problem).
        self.exit_code: int | None = None
        self.wants_setup = False
        self._done = False
        self._window_loaded = False
        self.hasher: HelperHasher | None = None

    def prepare(self) -> bool:
        if not self._done:
            self._done = True
            from desktop.password_helper import HelperHasher

            # Sign-ins hash in a helper process (see the module): the window's peak RSS never holds Argon2's
            # 64 MiB. Started first, so that it boots (on another core) while the database opens and the user types.
            self.hasher = HelperHasher()
            self.hasher.start()
            self.exit_code = self._open()
        return self.exit_code is None

    def _open(self) -> int | None:
        from desktop.database import as_url

        url = database_url(self._args)
        if self._stored:
            url = _password_out_of_settings(as_url(str(self._stored)))
        with_password = _with_password(self._app, url)
        if with_password is None:
            return 0
        database = _open_with_recovery(self._app, with_password, self._args.demo)
        if database is None:
            return 2
        _remember_password(database.engine.url)
        from desktop.composition import build_services
        from desktop.services.admin.auth_service import AuthService
        from desktop.services.core.permissions import setup_actor

        assert self.hasher is not None, "prepare() first"
        services = build_services(database, AuthService(database, self.hasher))
        if self._args.demo and not services.auth.is_demo_database():
            # Never try the published password on a real branch: it would count as a failed sign-in.
            from PySide6.QtWidgets import QMessageBox

            from desktop.errors import StateError
            from desktop.views.messages import error_message

            QMessageBox.critical(None, self._app.translate("App", "Demo"),
                                 error_message(StateError("not_a_demo_database")))
            database.dispose()
            return 2
        self.database, self.services = database, services
        self.wants_setup = not self._args.demo and services.setup.needs_setup(setup_actor())
        return None

    def load_window_modules(self) -> None:
        """While the sign-in dialog waits for the user (not when OK came first: then the window imports only what
        its home area needs, on the way to its first paint)."""
        if self.exit_code is None and not self._window_loaded:
            self._window_loaded = True
            _load_window_modules()

    def login(self, username: str, password: str) -> Actor:
        assert self.services is not None, "prepare() first"
        if not self._window_loaded and self.hasher is not None:
            # OK came before the modules were loaded (the user was quicker than the start): they load while the
            # helper process hashes the password, in the time this process would otherwise only wait. Imports
            # only, the same for every user: nothing is built, queried or shown before the password is right.
            self._window_loaded = True
            self.hasher.meanwhile(_window_module_steps(_WHILE_HASHING))
        return self.services.auth.login(username, password)

    def ready_for_sign_in(self) -> bool:
        return self.prepare() and not self.wants_setup

    def dispose(self) -> None:
        if self.hasher is not None:
            self.hasher.close()
        if self.database is not None:
            self.database.dispose()


# What the main window is built from: the window, every area's builder, then the views the four roles start in
# (the clerk's and the supervisor's first). Imports only: nothing is built or queried; the other areas' views load
# when they are first shown. The costly dependencies come as steps of their own just before the module that needs
# them, so that a step under way when the password hash answers (HelperHasher.meanwhile) delays the sign-in little.
_WINDOW_MODULES = (
    "desktop.views.main_window", "desktop.views.area_context", "desktop.views.change_watcher",
    "desktop.views.background", "desktop.views.screen_lock", "desktop.views.shortcuts", "desktop.views.admin.area",
    "desktop.views.intake.area", "phonenumbers", "desktop.rules.phones", "desktop.services.tickets.ticket_queries",
    "desktop.services.tickets.ticket_service", "desktop.views.tickets.clock_watch_widget", "desktop.views.tickets.area",
    "desktop.views.dispatch.area", "desktop.views.installations.area", "desktop.views.customers.area",
    "desktop.views.stock.area", "desktop.views.charges.area", "desktop.views.claims.area",
    "desktop.views.callbacks.area", "desktop.views.contacts.area", "desktop.views.dashboard.area",
    "desktop.views.exports.area", "desktop.views.setup.area", "desktop.services.tickets.customer_service",
    "desktop.services.setup.record_import_service", "desktop.services.contacts.consultation_records",
    "desktop.views.intake.intake_view", "desktop.services.dashboard.dashboard_service",
    "desktop.views.dashboard.dashboard_view", "desktop.services.dispatch.dispatch_records",
    "desktop.views.dispatch.dispatch_area", "desktop.views.dispatch.my_day_view")
# While the hash runs (OK came first) the dispatcher's and engineer's views are left out: the child hashes on the
# same cores, and a module imported for a role other than the one signing in is CPU beside Argon2 for nothing
# (the clerk's and the supervisor's are the sign-ins of a counter PC; theirs load in the hash's time).
_WHILE_HASHING = _WINDOW_MODULES[:_WINDOW_MODULES.index("desktop.services.dispatch.dispatch_records")]


def _window_module_steps(modules: Sequence[str] = _WINDOW_MODULES) -> Iterator[Callable[[], object]]:
    import importlib

    for module in modules:
        yield functools.partial(importlib.import_module, module)


def _load_window_modules() -> None:
    """Import what the main window is built from while the user is still typing, so that pressing OK costs only
    the password hash and the first area."""
    for step in _window_module_steps():
        step()


def run_gui(args: argparse.Namespace, log_file: Path) -> int:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from desktop.i18n import install_cjk_font, install_translators
    from desktop.views.sign_in_session import SignInSession

    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setOrganizationName("BranchServiceDesk")
    app.setApplicationName("BranchServiceDesk")
    app.setApplicationVersion(__version__)
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "app.png")))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    language = args.lang or str(QSettings().value("ui/language", "zh_CN"))
    install_cjk_font()
    install_translators(app, language)
    from desktop.views.look import apply_look

    apply_look(app)
    stored = QSettings().value("database/url") if not args.database and not args.demo else None
    # One window per user and database: a second start brings the first one forward and quits.
    import getpass

    from desktop.views.single_instance import SingleInstance, bring_forward, server_name

    instance = SingleInstance(server_name(getpass.getuser(), _start_key(args, stored)), app)
    if not instance.claim():
        log.info("already running for this user and database: brought that window forward")
        return 0
    start = _Start(app, args, stored)
    demo_accounts: tuple[tuple[str, str, str], ...] = ()
    demo_password = ""
    if args.demo:
        from desktop.demo.accounts import DEMO_PASSWORD, DEMO_USERS

        demo_accounts, demo_password = tuple(DEMO_USERS), DEMO_PASSWORD

    def build(who: Actor) -> tuple[MainWindow, BackgroundRunner]:
        assert start.services is not None and start.database is not None
        return build_main_window(app, start.services, who, language, start.database.url)

    session = SignInSession(app, start, build, demo_accounts=demo_accounts, demo_password=demo_password)
    # The main window once someone has signed in (a switch of user replaces it): brought forward by a second start.
    instance.activation_requested.connect(lambda: bring_forward(session.window))
    actor: Actor | None = None
    if not args.demo and _no_branch_yet(args, stored):
        # A new installation: the setup wizard comes first, no sign-in dialog.
        start.prepare()
    else:
        dialog = session.login_dialog(ready=start.ready_for_sign_in)

        def prepare_or_close(shown: LoginDialog = dialog) -> None:
            if not start.ready_for_sign_in():
                shown.reject()
            elif shown.isVisible():
                start.load_window_modules()

        dialog.painted.connect(prepare_or_close)
        # Also when nothing was painted (no screen to draw on): the start must not wait for a paint forever.
        QTimer.singleShot(1000, dialog, prepare_or_close)
        accepted = session.run_dialog(dialog) == QDialog.DialogCode.Accepted
        actor = dialog.actor if accepted else None
    if start.exit_code is not None:
        start.dispose()
        return start.exit_code
    if start.wants_setup:
        # First start of a real branch: the wizard creates it and signs the supervisor in.
        from desktop.views.setup.setup_wizard import run_setup_wizard

        assert start.services is not None
        actor = run_setup_wizard(start.services, language)
    if actor is None:
        start.dispose()
        return 0
    session.start(actor)
    code = app.exec()
    # Let running saves finish before the engine goes away.
    session.shutdown()
    start.dispose()
    return code


def _no_branch_yet(args: argparse.Namespace, stored: object) -> bool:
    """A SQLite file that does not exist yet: nobody can sign in before the setup wizard has run."""
    if stored or (args.database and "://" in str(args.database)):
        return False
    path = Path(str(args.database).strip()) if args.database else paths.default_database_path()
    return not path.exists()


if __name__ == "__main__":
    raise SystemExit(main())
