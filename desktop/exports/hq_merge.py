"""Merges branch HQ workbooks into one consolidated workbook of the same schema (latest export wins per ticket)."""

from __future__ import annotations

import argparse
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from desktop.errors import DomainError, ValidationError
from desktop.exports.columns import CALLBACKS, COMPLAINTS, DATA_SHEETS, RETURNS, TICKETS, VISITS, SheetSpec
from desktop.exports.records import (
    CallbackRecord,
    ComplaintRecord,
    Language,
    ReturnRecord,
    SummaryBuilder,
    TicketRecord,
    VisitRecord,
)
from desktop.exports.workbook_reader import BranchWorkbook, read_workbook
from desktop.exports.workbook_writer import (
    BranchComparison,
    Cancelled,
    ExportCancelled,
    HqWorkbookBuilder,
    MetaSource,
    Progress,
    export_heading,
    utc_now,
    write_summary_sheet,
)

_SPILL_CHUNK = 2000


@dataclass(frozen=True, slots=True)
class BranchMergeCount:
    """One branch's tickets in a merge: read = merged + replaced, always (the merge checks it)."""

    code: str
    name: str
    installation_id: str
    files: tuple[str, ...]
    tickets_read: int
    tickets_merged: int
    tickets_replaced: int


@dataclass(frozen=True, slots=True)
class MergeResult:
    out_path: Path
    files: tuple[Path, ...]
    branches: tuple[str, ...]
    rows: Mapping[str, int]
    # Ticket rows dropped because a later export of the same (branch, ticket number) won.
    replaced: int
    masked_columns: tuple[str, ...]
    per_branch: tuple[BranchMergeCount, ...] = ()


def _check_branch_identity(books: Sequence[BranchWorkbook]) -> dict[str, str]:
    """Two workbooks with the same branch code from two different branch databases would replace each other's
    tickets (same code, same ticket numbers): refuse, naming both files. Returns code → installation id."""
    seen: dict[str, tuple[str, str]] = {}
    for book in books:
        for source in _sources(book):
            if not source.installation_id:
                continue  # written before branches had an id: nothing to compare
            first = seen.setdefault(source.branch_code, (source.installation_id, book.path.name))
            if first[0] != source.installation_id:
                raise ValidationError("merge_branch_clash", file=str(book.path), other_file=first[1],
                                      branch=source.branch_code)
    return {code: ident for code, (ident, _file) in seen.items()}


def _constructor(cls: type, spec: SheetSpec) -> Callable[[tuple[Any, ...]], Any]:
    """Builds the record from a canonical row by field name (sheet column order is not field order)."""
    keys = spec.keys
    pairs = [(f.name, keys.index(f.name)) for f in fields(cls) if f.name in keys]
    return lambda row: cls(**{name: row[i] for name, i in pairs})


_RECORD = {
    TICKETS.key: _constructor(TicketRecord, TICKETS),
    VISITS.key: _constructor(VisitRecord, VISITS),
    RETURNS.key: _constructor(ReturnRecord, RETURNS),
    CALLBACKS.key: _constructor(CallbackRecord, CALLBACKS),
    COMPLAINTS.key: _constructor(ComplaintRecord, COMPLAINTS),
}
_FEED: dict[str, Callable[[SummaryBuilder, Any], None]] = {
    TICKETS.key: SummaryBuilder.add_ticket,
    VISITS.key: SummaryBuilder.add_visit,
    RETURNS.key: SummaryBuilder.add_return,
    CALLBACKS.key: SummaryBuilder.add_callback,
    COMPLAINTS.key: SummaryBuilder.add_complaint,
}


class _Spill:
    """Ticket rows parked on disk between the two passes, so memory does not grow with the number of tickets."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 - closed by close(), used across two passes
        self._chunk: list[tuple[Any, ...]] = []

    def add(self, row: tuple[Any, ...]) -> None:
        self._chunk.append(row)
        if len(self._chunk) >= _SPILL_CHUNK:
            self._flush()

    def _flush(self) -> None:
        if self._chunk:
            pickle.dump(self._chunk, self._file, protocol=pickle.HIGHEST_PROTOCOL)
            self._chunk = []

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        self._flush()
        self._file.seek(0)
        while True:
            try:
                chunk = pickle.load(self._file)
            except EOFError:
                return
            yield from chunk

    def close(self) -> None:
        self._file.close()


def _open_all(paths: Sequence[Path]) -> list[BranchWorkbook]:
    books: list[BranchWorkbook] = []
    try:
        for path in paths:
            books.append(read_workbook(path))
    except BaseException:
        for book in books:
            book.close()
        raise
    return books


def _sources(book: BranchWorkbook) -> list[MetaSource]:
    meta = book.meta
    if meta.sources:
        return list(meta.sources)
    return [MetaSource(meta.branch_code, meta.branch_name, meta.period_start, meta.period_end, meta.exported_at,
                       book.path.name, meta.installation_id)]


def merge_workbooks(paths: Sequence[str | os.PathLike[str]], out_path: str | os.PathLike[str],
                    language: Language = "zh", progress: Progress | None = None,
                    cancelled: Cancelled | None = None) -> MergeResult:
    """Check every file first (ValidationError naming the file refuses the whole merge), then merge and write.

    Rows are keyed by (branch, ticket number); the row with the latest export time wins (ties: the file given
    later). Visits, parts, returns and callbacks come from the same export as their ticket.
    """
    files = tuple(Path(p) for p in paths)
    out = Path(out_path)
    if not files:
        raise ValidationError("merge_no_files")
    if out.is_dir():
        raise ValidationError("merge_output_is_folder", file=str(out))
    if not out.parent.is_dir():
        raise ValidationError("merge_output_folder_missing", file=str(out), folder=str(out.parent))
    for f in files:
        if f.exists() and out.exists() and f.resolve() == out.resolve():
            raise ValidationError("merge_output_is_input", file=str(f))
    books = _open_all(files)
    spill = _Spill()
    builder: HqWorkbookBuilder | None = None
    try:
        identities = _check_branch_identity(books)
        sources: dict[tuple[str, datetime, str], MetaSource] = {}
        for book in books:
            for s in _sources(book):
                sources.setdefault((s.branch_code, s.exported_at, s.file_name), s)
        # The name of a branch is the one its latest export carried.
        names = {s.branch_code: s.branch_name for s in sorted(sources.values(), key=lambda s: s.exported_at)}
        total = sum(b.row_count(TICKETS.key) for b in books) + sum(
            b.row_count(spec.key) for b in books for spec in DATA_SHEETS)
        period_start = min(s.period_start for s in sources.values())
        period_end = max(s.period_end for s in sources.values())
        heading, period = export_heading("全部网点" if language == "zh" else "All branches", "", period_start,
                                         period_end, language)
        builder = HqWorkbookBuilder(language, False, books[0].meta.timezone, f"{heading}  {period}", progress,
                                    cancelled, total)
        overall = SummaryBuilder()
        per_branch: dict[str, SummaryBuilder] = {}

        def emit(sheet: str, row: tuple[Any, ...]) -> None:
            builder.streams[sheet].append(row)
            if sheet in _FEED:
                record = _RECORD[sheet](row)
                _FEED[sheet](overall, record)
                branch = per_branch.get(row[0])
                if branch is None:
                    branch = per_branch[row[0]] = SummaryBuilder()
                _FEED[sheet](branch, record)

        # Pass 1: which file holds the winning version of each ticket.
        best: dict[tuple[str, str], tuple[datetime, int, int]] = {}
        read: dict[str, int] = {}
        files_of: dict[str, set[str]] = {}
        seq = 0
        for index, book in enumerate(books):
            fallback = book.meta.exported_at
            for row in book.rows(TICKETS.key):
                key = (row[0], row[1])
                read[row[0]] = read.get(row[0], 0) + 1
                files_of.setdefault(row[0], set()).add(book.path.name)
                moment = row[-1] or fallback
                current = best.get(key)
                if current is None or (moment, index) >= current[:2]:
                    best[key] = (moment, index, seq)
                spill.add(row)
                seq += 1
                builder.step()
        replaced = seq - len(best)
        merged: dict[str, int] = {}
        # Pass 2: tickets from the spill, then every other sheet straight from the files.
        for seq, row in enumerate(spill):
            if best[(row[0], row[1])][2] == seq:
                emit(TICKETS.key, row)
                merged[row[0]] = merged.get(row[0], 0) + 1
            builder.step()
        counts = tuple(BranchMergeCount(code, names.get(code, ""), identities.get(code, ""),
                                        tuple(sorted(files_of[code])), read[code], merged.get(code, 0),
                                        read[code] - merged.get(code, 0)) for code in sorted(read))
        if sum(c.tickets_merged for c in counts) + replaced != sum(read.values()):
            raise AssertionError("merge lost tickets")  # cannot happen: every read row is merged or replaced
        spill.close()
        for spec in DATA_SHEETS:
            if spec is not TICKETS:
                _merge_sheet(spec, books, best, emit, builder)

        comparison = [BranchComparison(code, names.get(code, ""), per_branch[code].build())
                      for code in sorted(per_branch)]
        exported_at = utc_now()
        write_summary_sheet(builder.summary_ws, language, heading,
                            [period, _merged_line(len(books), len(per_branch), exported_at, language,
                                                  books[0].meta.timezone)],
                            overall.build(), comparison)
        # A column counts as masked only if every input masked it.
        masked = [c for c in books[0].meta.masked_columns if all(c in b.meta.masked_columns for b in books)]
        builder.write_meta(kind="consolidated", branch_code="*", branch_name=heading, period_start=period_start,
                           period_end=period_end, exported_at=exported_at, timezone=books[0].meta.timezone,
                           masked=masked, sources=sorted(sources.values(),
                                                         key=lambda s: (s.branch_code, s.exported_at)))
        builder.wb.properties.title = f"{heading} {period}"
        builder.wb.properties.creator = "Branch Service Desk"
        builder.save(out)
        return MergeResult(out, files, tuple(sorted(per_branch)),
                           {k: s.rows for k, s in builder.streams.items()}, replaced, tuple(masked), counts)
    except BaseException:
        if builder is not None:
            builder.discard()
        raise
    finally:
        spill.close()
        for book in books:
            book.close()


def _merge_sheet(spec: SheetSpec, books: Sequence[BranchWorkbook], best: Mapping[tuple[str, str], tuple],
                 emit: Callable[[str, tuple[Any, ...]], None], builder: HqWorkbookBuilder) -> None:
    """Rows of a ticket come from the file whose ticket won; rows without a known ticket: latest wins by own key."""
    ticket_col = spec.keys.index("ticket_no") if spec.follows_ticket else -1
    key_cols = [spec.keys.index(k) for k in spec.row_key]
    loose: dict[tuple[Any, ...], tuple[datetime, int, tuple[Any, ...]]] = {}
    for index, book in enumerate(books):
        fallback = book.meta.exported_at
        for row in book.rows(spec.key):
            winner = best.get((row[0], row[ticket_col])) if spec.follows_ticket else None
            if winner is not None:
                if winner[1] == index:
                    emit(spec.key, row)
            else:
                # Complaints, and child rows whose ticket is in none of the files, are few: hold them in memory.
                key = tuple(row[i] for i in key_cols)
                moment = row[-1] or fallback
                current = loose.get(key)
                if current is None or (moment, index) >= current[:2]:
                    loose[key] = (moment, index, row)
            builder.step()
    for _moment, _index, row in loose.values():
        emit(spec.key, row)


def _merged_line(files: int, branches: int, exported_at: datetime, language: Language, timezone: str) -> str:
    """The merge time in the branches' zone (the first workbook's), as every time a person reads; _meta keeps UTC."""
    try:
        zone = ZoneInfo(timezone)
    except (KeyError, ValueError):
        zone = ZoneInfo("Asia/Shanghai")
    stamp = exported_at.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S")
    if language == "zh":
        return f"合并 {files} 个工作簿，{branches} 个网点；合并时间：{stamp}"
    return f"Merged {files} workbooks from {branches} branches at {stamp}"


# ---------------------------------------------------------------------------------------------------------------
# Command line: service-desk hq-merge A.xlsx B.xlsx … --out ALL.xlsx

_MESSAGES: dict[str, tuple[str, str]] = {
    "workbook_not_found": ("{file}：文件不存在", "{file}: file not found"),
    "workbook_corrupt": ("{file}：不是可读取的 .xlsx 工作簿（文件损坏、不完整或类型不对）{where}",
                         "{file}: not a readable .xlsx workbook (damaged, incomplete or another file type){where}"),
    "workbook_foreign": ("{file}：不是网点售后服务台导出的总部工作簿（缺少或无法识别 _meta 元数据表）",
                         "{file}: not an HQ workbook exported by Branch Service Desk (no recognisable _meta sheet)"),
    "workbook_schema_version": ("{file}：格式版本为 {found}，本程序只能读取版本 {expected}；请用当前版本重新导出",
                                "{file}: schema version {found}, this program reads version {expected}; "
                                "export it again with the current version"),
    "workbook_columns": ("{file}：工作表 {sheet} 的列不完整或被插入/删除了列 {missing}",
                         "{file}: sheet {sheet} is missing columns or had columns inserted/deleted {missing}"),
    "workbook_value": ("{file}：工作表 {sheet} 第 {row} 行 {column} 列的值无法识别：{value}",
                       "{file}: sheet {sheet}, row {row}, column {column}: unexpected value {value}"),
    "merge_no_files": ("没有要合并的工作簿", "no workbooks to merge"),
    "merge_branch_clash": ("{file} 与 {other_file} 的网点编码都是 {branch}，但来自两个不同的网点数据库；"
                           "请让其中一个网点在设置中改用自己的编码后重新导出",
                           "{file} and {other_file} both carry branch code {branch} but come from two different "
                           "branch databases; one of the branches must use its own code and export again"),
    "merge_output_is_input": ("{file}：输出文件不能同时是输入文件", "{file}: the output file is also an input"),
    "bad_credentials": ("用户名或密码错误", "wrong user name or password"),
    "account_locked": ("失败次数过多，该账户已锁定 15 分钟", "too many failed attempts: the account is locked for 15 "
                       "minutes"),
    "permission_denied": ("该用户的角色无权执行此操作（{permission}）",
                          "this user's role may not do this ({permission})"),
    "password_required": ("需要密码：请在控制台输入，或为计划任务设置环境变量 SERVICE_DESK_PASSWORD",
                          "a password is needed: type it on the console, or set SERVICE_DESK_PASSWORD for a "
                          "scheduled task"),
    "control_characters": ("用户名或密码含有无法识别的字符", "the user name or password holds impossible characters"),
    "merge_output_is_folder": ("{file} 是一个文件夹；--out 请给出要写入的工作簿文件名，例如 {file}/合并.xlsx",
                               "{file} is a folder; give --out the name of the workbook to write, "
                               "e.g. {file}/merged.xlsx"),
    "merge_output_folder_missing": ("要写入的文件夹 {folder} 不存在；请先建立它或改用已有的文件夹",
                                    "the folder {folder} to write into does not exist; create it first or choose "
                                    "an existing one"),
    "workbook_too_large": ("{file}：解压后过大（{part}），疑似压缩炸弹，已拒绝读取",
                           "{file}: inflates beyond the size limits ({part}); refused as a possible zip bomb"),
    "workbook_unsafe": ("{file}：含有 DOCTYPE、实体声明或未定义的实体（{part}），为安全起见已拒绝读取",
                        "{file}: contains a DOCTYPE, entity declarations or undefined entities ({part}); "
                        "refused for safety"),
}


def describe(error: DomainError, language: Language = "zh") -> str:
    """A console message for the workbook error codes (the GUI translates the same codes itself)."""
    zh, en = _MESSAGES.get(error.code, ("{code} {params}", "{code} {params}"))
    params = {"file": "", "found": "", "expected": "", "sheet": "", "missing": "", "row": "", "column": "",
              "value": "", "other_file": "", "branch": "", "folder": "", "part": "", "permission": "",
              **error.params}
    where = f" [{params['sheet']}]" if params["sheet"] else ""
    return (zh if language == "zh" else en).format(code=error.code, params=error.params, where=where,
                                                  **{k: v for k, v in params.items() if k != "where"})


@dataclass(frozen=True)
class MergeHooks:
    """What the console entry (desktop/cli.py) hands in so that `service-desk-cli hq-merge` acts as a signed-in
    user: sign_in(database URL or None, user name) returns the actor (or raises a DomainError: wrong password,
    locked, no hq.merge permission); merged(actor, result) audits the merge under that user."""

    sign_in: Callable[[str | None, str], Any]
    merged: Callable[[Any, MergeResult], None]
    close: Callable[[], None]


def main(argv: Sequence[str] | None = None, hooks: MergeHooks | None = None) -> int:
    """`service-desk-cli hq-merge --user NAME A.xlsx B.xlsx … --out ALL.xlsx`; argv excludes the program and
    sub-command. Without hooks (a direct call from Python) nobody is signed in and nothing is audited."""
    args_in = list(sys.argv[1:] if argv is None else argv)
    if args_in[:1] == ["hq-merge"]:
        args_in = args_in[1:]
    parser = argparse.ArgumentParser(prog="service-desk hq-merge",
                                     description="Merge branch HQ workbooks into one consolidated workbook.")
    parser.add_argument("files", nargs="+", type=Path, help="branch workbooks (.xlsx) exported by Branch Service Desk")
    parser.add_argument("--out", "-o", required=True, type=Path, help="consolidated workbook to write")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="header language (default zh)")
    parser.add_argument("--user", metavar="NAME", required=hooks is not None,
                        help="the user the merge runs as (needs hq.merge); the password is asked for, or read from "
                             "the environment variable SERVICE_DESK_PASSWORD for a scheduled task")
    parser.add_argument("--database", metavar="URL",
                        help="the database holding the users (default: the SQLite file of this PC)")
    args = parser.parse_args(args_in)
    lang: Language = args.lang
    try:
        actor = hooks.sign_in(args.database, args.user) if hooks is not None else None
    except DomainError as exc:
        print(f"hq-merge: {describe(exc, lang)}", file=sys.stderr)
        if hooks is not None:
            hooks.close()
        return 2
    try:
        return _run(args, lang, hooks, actor)
    finally:
        if hooks is not None:
            hooks.close()


def _run(args: argparse.Namespace, lang: Language, hooks: MergeHooks | None, actor: Any) -> int:
    show_progress = sys.stderr.isatty()
    last = [-1]

    def progress(done: int, total: int) -> None:
        pct = done * 100 // total if total else 100
        if show_progress and pct != last[0]:
            last[0] = pct
            print(f"\r{pct:3d}%", end="", file=sys.stderr, flush=True)

    try:
        result = merge_workbooks(args.files, args.out, lang, progress=progress)
    except ValidationError as exc:
        if show_progress:
            print(file=sys.stderr)
        prefix = "已拒绝合并，未写入任何文件。" if lang == "zh" else "Merge refused; nothing was written. "
        print(f"hq-merge: {prefix}{describe(exc, lang)}", file=sys.stderr)
        return 2
    except (ExportCancelled, KeyboardInterrupt):
        print("\nhq-merge: " + ("已取消" if lang == "zh" else "cancelled"), file=sys.stderr)
        return 130
    if show_progress:
        print(file=sys.stderr)
    if hooks is not None:
        hooks.merged(actor, result)
    rows = result.rows
    for b in result.per_branch:
        if lang == "zh":
            print(f"网点 {b.code} {b.name}：读取工单 {b.tickets_read} 条，合并 {b.tickets_merged} 条，"
                  f"被较新的导出替换 {b.tickets_replaced} 条（{'、'.join(b.files)}）")
        else:
            print(f"branch {b.code} {b.name}: tickets read {b.tickets_read}, merged {b.tickets_merged}, "
                  f"replaced by a later export {b.tickets_replaced} ({', '.join(b.files)})")
    if lang == "zh":
        print(f"已合并 {len(result.files)} 个工作簿，{len(result.branches)} 个网点（{'、'.join(result.branches)}）")
        print(f"工单 {rows['tickets']} 条（{result.replaced} 条被较新的导出替换），上门 {rows['visits']}，"
              f"配件 {rows['parts']}，退换货 {rows['returns']}，回访 {rows['callbacks']}，投诉 {rows['complaints']}，"
              f"出入库 {rows['stock_movements']}，收费 {rows['payments']}")
        print(f"已写入 {result.out_path}")
    else:
        print(f"Merged {len(result.files)} workbooks from {len(result.branches)} branches "
              f"({', '.join(result.branches)})")
        print(f"tickets {rows['tickets']} ({result.replaced} replaced by a later export), visits {rows['visits']}, "
              f"parts {rows['parts']}, returns {rows['returns']}, callbacks {rows['callbacks']}, "
              f"complaints {rows['complaints']}, stock movements {rows['stock_movements']}, "
              f"payments {rows['payments']}")
        print(f"Wrote {result.out_path}")
    return 0


