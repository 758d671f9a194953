"""The console commands (`service-desk-cli`): verify, export, hq-merge, audit-check and the start-up self-check.

A separate entry point from the window: the windowed Windows build has no console to print to, and a scheduled
export must never wait behind a modal dialog."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desktop import __version__, paths

# Sub-commands, each handled by the module that owns it; `--self-check` is an option, not a sub-command.
COMMANDS: dict[str, str] = {
    "verify": "check the digital signature of a printed PDF",
    "export": "write the HQ workbook of a period (for a scheduled task)",
    "hq-merge": "HQ: merge branch workbooks into one",
    "audit-check": "verify the hash chain of the audit log",
    "hq-load": "HQ: load branch workbooks into the HQ PostgreSQL database",
    "hq-summary": "HQ: write the summary workbook of the HQ database's figures",
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
    print(f"database: {database.url} (migrated)")
    print(f"translations: {'ok' if translated else 'missing'}")
    print(f"ui font: {family}")
    print(f"pdf font: {pdf_font}")
    database.dispose()
    return 0 if translated and family and pdf_font else 1


def audit_check(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="service-desk-cli audit-check")
    parser.add_argument("--database", metavar="URL")
    args = parser.parse_args(argv)
    from desktop.database import open_database
    from desktop.services.core.audit import verify_chain

    database = open_database(args.database)
    try:
        with database.read.begin() as session:
            result = verify_chain(session)
    finally:
        database.dispose()
    if result.ok:
        print(f"audit log intact: {result.records} records")
        return 0
    print(f"audit log BROKEN at record {result.first_bad_id}: {result.problem} (after {result.records} records)")
    return 1


def run_command(command: str, rest: list[str]) -> int:
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
        return audit_check(rest)
    if command == "hq-load":
        from desktop.hq.load_cli import main as hq_load_main

        return hq_load_main(rest)
    if command == "hq-summary":
        from desktop.hq.summary_cli import main as hq_summary_main

        return hq_summary_main(rest)
    raise SystemExit(2)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from desktop.logging_setup import setup_logging

    if argv and argv[0] in COMMANDS:
        setup_logging()
        return run_command(argv[0], argv[1:])
    args = _parser().parse_args(argv)
    if args.self_check:
        setup_logging()
        return self_check(args.database, args.lang)
    _parser().print_help()
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
