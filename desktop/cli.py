"""The console commands (`service-desk-cli`): verify, export, hq-merge, audit-check and the start-up self-check.

A separate entry point from the window: the windowed Windows build has no console to print to, and a scheduled
export must never wait behind a modal dialog."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import __version__, paths

if TYPE_CHECKING:  # the commands import what they need when they run: a console start stays fast
    from desktop.database import Database
    from desktop.exports.hq_merge import MergeResult
    from desktop.services.core.actor import Actor

# Sub-commands, each handled by the module that owns it; `--self-check` is an option, not a sub-command.
COMMANDS: dict[str, str] = {
    "verify": "check the digital signature of a printed PDF",
    "export": "write the HQ workbook of a period (for a scheduled task)",
    "hq-merge": "HQ: merge branch workbooks into one",
    "audit-check": "verify the hash chain of the audit log",
    "hq-load": "HQ: load branch workbooks into the HQ PostgreSQL database",
    "hq-summary": "HQ: write the summary workbook of the HQ database's figures",
    "move-to-server": "copy this PC's branch database onto an empty PostgreSQL server",
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="service-desk-cli", description="Branch Service Desk / 网点售后服务台 — console commands",
        epilog="Each command has its own --help, e.g. service-desk-cli export --help.")
    parser.add_argument("--self-check", action="store_true",
                        help="open and migrate the database, load translations and the font, then exit")
    parser.add_argument("--database", metavar="URL", help="database URL or SQLite file (with --self-check)")
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="language of the self-check (default zh_CN)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, summary in COMMANDS.items():
        sub.add_parser(name, help=summary, add_help=False)
    return parser


def self_check(database_arg: str | None, language: str | None) -> int:
    """Used by the frozen build in CI: everything the window needs, without a window."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.composition import prepare_database
    from desktop.database import as_url, sqlite_url
    from desktop.i18n import install_cjk_font, install_translators
    from desktop.printing.fonts import register_cjk_font

    app = QApplication.instance() or QApplication([sys.argv[0]])
    url = as_url(database_arg) if database_arg else sqlite_url(paths.user_data_dir() / "self-check.sqlite3")
    database = prepare_database(url, demo=False)
    translated = install_translators(app, language or "zh_CN")
    family = install_cjk_font()
    pdf_font = register_cjk_font()
    # The committed notices (Qt/PySide6, the font) and the third-party list must travel with every install.
    notices = sorted(p.name for p in paths.licenses_dir().glob("*.txt"))
    print(f"database: {database.url} (migrated)")
    print(f"resources: {paths.resources_dir()}")
    print(f"translations: {'ok' if translated else 'missing'}")
    print(f"ui font: {family}")
    print(f"pdf font: {pdf_font}")
    print(f"licence notices: {', '.join(notices) or 'missing'} in {paths.licenses_dir()}")
    database.dispose()
    # Sign-ins hash in a spawned child (desktop/password_helper.py): a frozen build needs freeze_support for it. When
    # it cannot, the app still hashes in its own process, so this is reported, not a failure.
    from desktop.password_helper import HelperHasher

    hasher = HelperHasher()
    try:
        print("password helper: " + ("ok (a child process hashes)" if hasher.answers()
                                     else "unavailable (the app hashes in its own process)"))
    finally:
        hasher.close()
    return 0 if translated and family and pdf_font and len(notices) >= 2 else 1


# The anchor file keeps codes; the console says them in words.
ANCHOR_REASONS = {"backup": "written at a backup", "export": "written at an HQ export", "daily": "written daily",
                  "restore": "written at a restore", "migration": "written at a database upgrade"}
UNSIGNED_REASONS = {"no_signer": "no branch key yet", "signing_locked": "the branch key was locked",
                    "branch_key_missing": "no branch key yet", "keyring_unavailable": "no password store on this PC"}


def audit_check(argv: list[str]) -> int:
    """Walk the hash chain and compare it with the latest anchor kept outside the database. Exit 0 intact, 1 not."""
    parser = argparse.ArgumentParser(
        prog="service-desk-cli audit-check",
        description="Verify the audit log: every record's digest, each chain's head, and the latest anchor written "
                    "outside the database at backups, exports and daily (desktop/audit_anchors.py).")
    parser.add_argument("--database", metavar="URL", help="database URL or SQLite file (default: this PC's)")
    parser.add_argument("--anchors", metavar="FOLDER", type=Path,
                        help="folder holding the anchor file (default: beside the SQLite file / the data folder)")
    args = parser.parse_args(argv)
    from desktop.clock import to_local
    from desktop.database import open_existing_database
    from desktop.services.admin.signing_service import SigningService
    from desktop.services.core.audit_anchoring import check

    database = open_existing_database(args.database)
    try:
        result = check(database, SigningService(database).verify_anchor, args.anchors)
    finally:
        database.dispose()
    for problem in result.anchor_problems:
        print(f"anchor file: {problem} (skipped)")
    anchor = result.anchor
    if anchor is None:
        print("no anchor of this database found outside it: only the chain itself was checked")
    else:
        why = UNSIGNED_REASONS.get(anchor.unsigned_reason, "the branch key could not sign")
        signed = {"valid": "signed with the branch key", "invalid": "SIGNATURE INVALID",
                  "unknown_signer": "signed by a certificate this PC does not trust",
                  "unsigned": f"unsigned ({why})"}.get(result.signature, result.signature)
        # Branch time, as everywhere a person reads a time (the anchor file keeps UTC).
        print(f"latest anchor: {ANCHOR_REASONS.get(anchor.reason, 'saved')} at {to_local(anchor.at):%Y-%m-%d %H:%M} "
              f"(branch time), record {anchor.last_id}, {signed}")
    chain = result.chain
    if result.ok:
        print(f"audit log intact: {chain.records} records")
        return 0
    if not chain.ok:
        where = f" ({chain.detail})" if chain.detail else ""
        at = f"record {chain.first_bad_id}" if chain.first_bad_id is not None else "the chain heads"
        print(f"audit log BROKEN at {at}: {chain.problem}{where} (after {chain.records} records)")
    else:
        print("audit log BROKEN: the latest anchor's signature does not verify")
    return 1


# ---- console commands act as a signed-in user ------------------------------------------------------------------

# A scheduled task has no one to type the password: it is set in this variable of the task (documented in
# docs/operations.md, "Console commands act as a signed-in user"). Otherwise it is asked for on the console.
PASSWORD_ENV = "SERVICE_DESK_PASSWORD"


def read_password(username: str) -> str:
    import getpass
    import os

    from desktop.errors import AuthenticationError

    password = os.environ.get(PASSWORD_ENV)
    if password is not None:
        return password
    if sys.stdin is None or not sys.stdin.isatty():
        raise AuthenticationError("password_required", "password")
    return getpass.getpass(f"Password for {username} / {username} 的密码: ")


def console_sign_in(database: Database, username: str, permission: str) -> Actor:
    """Sign in as the window does (lock-out, audit of failures) and check the role table for the command."""
    from desktop.services.admin.auth_service import AuthService
    from desktop.services.core.permissions import require

    actor = AuthService(database).login(username, read_password(username))
    require(actor, permission)
    return actor


def console_message(error: Exception) -> str:
    from desktop.exports.hq_merge import describe

    return describe(error, "en") if hasattr(error, "code") else str(error)  # type: ignore[arg-type]


def _export(rest: list[str]) -> int:
    from desktop.composition import build_services
    from desktop.services.exports.export_service import ConsoleHooks
    from desktop.services.exports.export_service import main as export_main

    hooks = ConsoleHooks(sign_in=console_sign_in, service=lambda database: build_services(database).export,
                         describe=console_message)
    return export_main(rest, hooks)


def _hq_merge(rest: list[str]) -> int:
    from desktop.exports.hq_merge import MergeHooks
    from desktop.exports.hq_merge import main as merge_main

    opened: list[Database] = []

    def sign_in(database_arg: str | None, username: str) -> Actor:
        from desktop.database import open_database, refuse_newer

        database = open_database(database_arg)
        opened.append(database)
        refuse_newer(database)  # an older program never signs in (a write) to a database a newer one upgraded
        return console_sign_in(database, username, "hq.merge")

    def merged(actor: Actor, result: MergeResult) -> None:
        from desktop.services.core import audit

        with opened[0].write.begin() as session:
            audit.record(session, actor, "hq.merge", "branch", actor.branch_id, None, {
                "files": [p.name for p in result.files], "out": result.out_path.name,
                "branches": list(result.branches), "rows": dict(result.rows), "run_as": actor.username,
                "via": "console"})

    def close() -> None:
        for database in opened:
            database.dispose()

    return merge_main(rest, MergeHooks(sign_in, merged, close))


def run_command(command: str, rest: list[str]) -> int:
    if command == "verify":
        from desktop.printing.verify_cli import main as verify_main

        return verify_main(rest)
    if command == "hq-merge":
        return _hq_merge(rest)
    if command == "export":
        return _export(rest)
    if command == "audit-check":
        return audit_check(rest)
    if command == "hq-load":
        from desktop.hq.load_cli import main as hq_load_main

        return hq_load_main(rest)
    if command == "hq-summary":
        from desktop.hq.summary_cli import main as hq_summary_main

        return hq_summary_main(rest)
    if command == "move-to-server":
        from desktop.move_cli import main as move_main

        return move_main(rest)
    raise SystemExit(2)


def describe(exc: BaseException) -> str:
    """A refusal in words for the console: where the program looked and what to do, never an internal code."""
    from desktop.errors import DomainError

    if isinstance(exc, DomainError) and exc.code == "database_missing":
        if exc.params.get("default"):
            return (f"no database at {exc.params.get('path')}, where this PC's branch database is kept. Start "
                    "Branch Service Desk once to create it, or give --database FILE or "
                    "--database postgresql+psycopg://USER@SERVER/DATABASE.")
        return (f"no database at {exc.params.get('path')}: the file given with --database does not exist (or is "
                "empty). Nothing was created.")
    if isinstance(exc, DomainError) and exc.code == "database_newer":
        # Said in both languages: the console has no language setting of its own, and this is read by whoever
        # runs an old copy of the program, before anything else can be.
        where, version = exc.params.get("path"), exc.params.get("version")
        return (f"数据库 {where} 已由较新版本的网点售后服务台升级，本程序（版本 {version}）无法使用它，未作任何更改。"
                "请在本机安装网点其他电脑正在使用的新版本，或询问主管应安装哪个版本。 / "
                f"the database {where} was upgraded by a newer version of Branch Service Desk than this one "
                f"({version}); nothing was changed. Install the version the branch's other PCs now run on this PC, "
                "or ask the supervisor which version to install.")
    if isinstance(exc, DomainError) and exc.code == "database_unreachable" and exc.params.get("server"):
        return (f"cannot reach the database server {exc.params['server']}: {exc.params.get('detail') or 'no answer'}."
                " Check that the server is running and reachable from this PC, and the user name and password "
                "(kept in this PC's credential store by the program's Branch settings, or given in the URL).")
    if isinstance(exc, DomainError):
        from desktop.views.exports import export_messages
        from desktop.views.messages import error_message

        export_messages.install()
        return error_message(exc)
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return f"lost the connection to the database: {detail[0] if detail else type(exc).__name__}"


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from sqlalchemy.exc import DBAPIError

    from desktop.errors import DomainError
    from desktop.logging_setup import setup_logging

    if argv and argv[0] in COMMANDS:
        setup_logging()
        try:
            return run_command(argv[0], argv[1:])
        except (DomainError, DBAPIError) as exc:
            # A scheduled task's log must say what is wrong in words; a traceback goes to the log file only.
            import logging

            logging.getLogger(__name__).info("%s refused", argv[0], exc_info=True)
            print(f"{argv[0]}: {describe(exc)}", file=sys.stderr)
            return 2
    args = _parser().parse_args(argv)
    if args.self_check:
        setup_logging()
        try:
            return self_check(args.database, args.lang)
        except DomainError as exc:
            print(f"self-check: {describe(exc)}", file=sys.stderr)
            return 2
    _parser().print_help()
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
