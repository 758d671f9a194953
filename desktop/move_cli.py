"""`service-desk-cli move-to-server --to postgresql+psycopg://USER@SERVER/DATABASE --user NAME [--switch]`: this PC's
SQLite branch onto an empty PostgreSQL server (desktop/services/admin/database_move.py does the work).

The server password comes from this PC's credential store, else it is asked for on the console, as everywhere the
program reaches the server; it is never taken from the command line's documentation or printed."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import URL

from desktop import paths
from desktop.errors import DomainError

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from desktop.database import Database
    from desktop.services.admin.database_move import MoveResult, Progress

SETTINGS_KEY = "database/url"  # the key the window reads at start (desktop/app.py) and Branch settings writes

# Console sentences of the move's refusals (zh, en); every other code goes through the console's usual describe().
_MESSAGES: dict[str, tuple[str, str]] = {
    "move_source_not_sqlite": ("本机已在使用服务器数据库 {source}，无需迁移",
                               "this PC already uses the server database {source}: there is nothing to move"),
    "move_source_old": ("数据库 {path} 需要先升级：请先在本机启动一次网点售后服务台"
                        "（启动时会先备份再升级），然后再迁移",
                        "the database {path} needs an upgrade first: start Branch Service Desk once on this PC (it "
                        "backs the file up, then upgrades it), then move it"),
    "move_target_not_server": ("目标必须是 PostgreSQL 服务器"
                               "（postgresql+psycopg://用户@服务器/数据库），而不是 {target}",
                               "the target must be a PostgreSQL server (postgresql+psycopg://USER@SERVER/DATABASE), "
                               "not {target}"),
    "move_target_not_empty": ("服务器数据库 {server} 已有数据（{table} 表中有 {rows} 行），为免覆盖，未作任何更改。"
                              "请为本网点新建一个空数据库",
                              "the server database {server} already holds data ({rows} rows in table {table}); "
                              "nothing was changed, so that nothing is overwritten. Create an empty database for "
                              "the branch"),
    "move_failed": ("复制 {table} 表时失败：{detail}。服务器上的复制已全部撤销，数据库仍为空；本机数据库未改变",
                    "copying table {table} failed: {detail}. Everything copied to the server was undone and it is "
                    "empty again; this PC's database is unchanged"),
    "move_check_failed": ("核对失败：{table} 表应有 {expected} 行，服务器上有 {found} 行。"
                          "复制已全部撤销，本机数据库未改变",
                          "check failed: table {table} should hold {expected} rows, the server has {found}. "
                          "Everything copied was undone; this PC's database is unchanged"),
    "move_audit_broken": ("审计日志在第 {record} 条记录处校验失败（{problem}），复制已撤销。请先运行 "
                          "service-desk-cli audit-check 检查本机数据库",
                          "the audit log does not verify at record {record} ({problem}); the copy was undone. "
                          "Run service-desk-cli audit-check on this PC's database first"),
    "database_foreign": ("数据库 {path} 中已有其他程序的表，不是空数据库，未作任何更改。请为本网点新建一个空数据库",
                         "the database {path} holds another program's tables, so it is not empty; nothing was "
                         "changed. Create an empty database for the branch"),
    "database_corrupt": ("数据库文件 {path} 已损坏（{detail}），不能迁移。请先从备份恢复",
                         "the database file {path} is damaged ({detail}) and cannot be moved. Restore a backup "
                         "first"),
}

_STEPS = {"copy": ("复制数据", "copying rows"), "index": ("重建搜索索引", "rebuilding the search index"),
          "check": ("核对各表行数", "checking each table's rows")}


def describe(error: DomainError, lang: str) -> str:
    pair = _MESSAGES.get(error.code)
    if pair is None:
        from desktop.cli import describe as console_describe

        return console_describe(error)
    params = {"source": "", "path": "", "target": "", "server": "", "table": "", "rows": "", "detail": "",
              "expected": "", "found": "", "record": "", "problem": "", **error.params}
    return (pair[0] if lang == "zh" else pair[1]).format(**params)


def _settings() -> QSettings:
    from PySide6.QtCore import QSettings

    # The same file the window reads: organisation and application as desktop/app.py sets them, INI format.
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "BranchServiceDesk", "BranchServiceDesk")


def configured_source() -> URL:
    """The database this PC's window opens: its settings' URL (a file or a server), else the default file."""
    from desktop.database import as_url, sqlite_url

    stored = _settings().value(SETTINGS_KEY)
    return as_url(str(stored)) if stored else sqlite_url(paths.default_database_path())


def server_url(text: str) -> URL:
    """The target with its password: the URL's own, else this PC's credential store, else asked on the console."""
    import getpass

    from desktop import credentials
    from desktop.database import as_url, display_url

    url = credentials.with_stored_password(as_url(text))
    if credentials.needs_password(url) and sys.stdin is not None and sys.stdin.isatty():
        password = getpass.getpass(f"数据库服务器密码 / Password of {url.username or ''} on "
                                   f"{display_url(url)}: ")
        url = url.set(password=password)
    return url


def _progress(lang: str) -> Progress:
    shown: dict[str, int] = {}

    def report(step: str, done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        # A line per 10 % of each step: enough to see it move in a log, not a line per batch.
        if shown.get(step, -1) // 10 == percent // 10 and done != total:
            return
        shown[step] = percent
        zh, en = _STEPS[step]
        print(f"{zh if lang == 'zh' else en}: {done}/{total} ({percent}%)", flush=True)

    return report


def summary(result: MoveResult, lang: str, server: str) -> list[str]:
    by_table = {t.table: t.rows for t in result.tables}
    customers, visits = by_table.get("customer", 0), by_table.get("visit", 0)
    if lang == "zh":
        return [f"迁移完成，用时 {result.seconds:.1f} 秒：{len(result.tables)} 张表共 {result.rows} 行"
                f"已复制到 {server}，各表行数与本机一致",
                f"其中工单 {result.tickets} 张、客户 {customers} 位、上门 {visits} 次；"
                f"搜索索引已为 {result.tickets_indexed} 张工单重建；"
                f"审计日志 {result.audit_records} 条记录校验完整（含本次迁移的记录）"]
    return [f"moved in {result.seconds:.1f} s: {result.rows} rows of {len(result.tables)} tables copied to {server}, "
            "every table's row count equal to this PC's",
            f"{result.tickets} tickets, {customers} customers, {visits} visits; search index rebuilt for "
            f"{result.tickets_indexed} tickets; audit log of {result.audit_records} records intact (this move's "
            "record included)"]


def next_steps(lang: str, setting: str, source: Path, switched: bool) -> list[str]:
    if lang == "zh":
        lines = [f"本机原数据库文件 {source} 未作任何更改，保留作后备；从现在起请只在服务器上录入。"]
        lines.append("本机已改用服务器（下次启动生效）。" if switched else
                     "本机改用服务器：重新运行本命令并加 --switch，或在“管理 → 网点设置”中"
                     f"填写 PostgreSQL 地址 {setting} 和服务器密码。")
        lines.append("其他每台电脑：安装同一版本，启动后在“管理 → 网点设置”中"
                     f"填写 PostgreSQL 地址 {setting} 和服务器密码（每个 Windows 用户填写一次密码）。")
        return lines
    lines = [f"this PC's database file {source} is unchanged and kept as the fallback; from now on work on the "
             "server only."]
    lines.append("this PC now uses the server (from its next start)." if switched else
                 f"to use the server on this PC: run this command again with --switch, or set the PostgreSQL URL "
                 f"{setting} and the server password in Admin → Branch settings.")
    lines.append(f"every other PC: install the same version, start it, and set the PostgreSQL URL {setting} and the "
                 "server password in Admin → Branch settings (each Windows user enters the password once).")
    return lines


def switch_this_pc(url: URL) -> None:
    """What Branch settings does when a server is saved: the URL without its password in the settings file, the
    password in this PC's credential store (desktop/credentials.py)."""
    from desktop import credentials

    saved = credentials.save_database_setting(credentials.settings_text(url), url.password or "")
    settings = _settings()
    settings.setValue(SETTINGS_KEY, saved.setting)
    settings.sync()


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="service-desk-cli move-to-server",
        description="Copy this PC's branch database (a SQLite file) onto an empty PostgreSQL server, in one "
                    "transaction, checked table by table. The file is kept as it was, the fallback. The server "
                    "password is taken from this PC's credential store or asked for.")
    parser.add_argument("--to", required=True, metavar="URL",
                        help="the empty server database, postgresql+psycopg://USER@SERVER/DATABASE")
    parser.add_argument("--from", dest="source", metavar="FILE",
                        help="the SQLite file to move (default: the database this PC's program opens)")
    parser.add_argument("--user", required=True, metavar="NAME", help="a supervisor's user name in the program")
    parser.add_argument("--switch", action="store_true",
                        help="afterwards make the server this PC's database (the file is kept as the fallback)")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the report (default zh)")
    parser.add_argument("--batch", type=int, default=2000, help=argparse.SUPPRESS)
    args = parser.parse_args(list(argv))
    lang: str = args.lang
    from desktop.cli import console_sign_in
    from desktop.database import as_url, display_url, open_existing_database
    from desktop.errors import DatabaseUnavailableError
    from desktop.services.admin import database_move

    source_url = as_url(Path(args.source)) if args.source else configured_source()
    if source_url.get_backend_name() != "sqlite":
        refusal = DomainError("move_source_not_sqlite", source=display_url(source_url))
        print(f"move-to-server: {describe(refusal, lang)}", file=sys.stderr)
        return 2
    source_path = Path(source_url.database or "")
    opened: list[Database] = []
    try:
        if not source_path.is_file() or source_path.stat().st_size == 0:
            raise DatabaseUnavailableError("database_missing", path=str(source_path), default=not args.source)
        source = open_existing_database(source_url)
        opened.append(source)
        print("检查本机数据库…" if lang == "zh" else "checking this PC's database…", flush=True)
        database_move.check_source(source)
        target_url = server_url(args.to)
        target = open_existing_database(target_url)
        opened.append(target)
        actor = console_sign_in(source, args.user, database_move.PERMISSION)
        print("准备服务器数据库…" if lang == "zh" else "preparing the server database…", flush=True)
        database_move.prepare_target(target)
        result = database_move.move(source, target, actor, _progress(lang), batch=args.batch)
    except DomainError as exc:
        print(f"move-to-server: {describe(exc, lang)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        # The copy's one transaction is rolled back on the way out: the server is as empty as before.
        print("\nmove-to-server: " + ("已中断，服务器上的复制已全部撤销，本机数据库未改变" if lang == "zh" else
                                       "interrupted; everything copied to the server was undone, this PC's database "
                                       "is unchanged"), file=sys.stderr)
        return 130
    finally:
        for database in opened:
            database.dispose()
    server = display_url(target_url)
    for line in summary(result, lang, server):
        print(line)
    if args.switch:
        switch_this_pc(target_url)
    from desktop import credentials

    for line in next_steps(lang, credentials.settings_text(target_url), source_path, args.switch):
        print(line)
    return 0
