"""`service-desk-cli hq-load FILE|FOLDER… --database postgresql+psycopg://…/hq`: branch workbooks into the HQ
database, one transaction per workbook, each file's outcome on its own line.

A folder stands for every .xlsx workbook in it and below it (the month's mail attachments saved in one place).
Refused files are named with the reason on stderr and the others still load; the exit status is 2 if any file
was refused, 0 otherwise (a file loaded before counts as done)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from desktop.clock import to_local
from desktop.errors import DomainError, ValidationError
from desktop.exports import columns
from desktop.exports.records import Language
from desktop.hq.console_text import describe
from desktop.hq.loader import LOADED, OLDER, REPLACED, UNCHANGED, LoadResult, load_files


def expand(paths: Sequence[Path]) -> list[Path]:
    """Files as given; folders as the .xlsx files under them (not Excel's ~$ lock files), sorted by path."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*.xlsx") if p.is_file() and not p.name.startswith("~$"))
            if not inside:
                raise ValidationError("hq_no_workbooks", file=str(path))
            found.extend(inside)
        else:
            found.append(path)
    unique: dict[Path, Path] = {}
    for path in found:
        unique.setdefault(path.resolve() if path.exists() else path, path)
    return list(unique.values())


def _local(moment: datetime | None) -> str:
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return to_local(moment).strftime("%Y-%m-%d %H:%M")


def _sheet(key: str, lang: Language) -> str:
    spec = columns.SHEETS_BY_KEY.get(key)
    return spec.title(lang) if spec is not None else key


def describe_result(r: LoadResult, lang: Language = "zh") -> str:
    zh = lang == "zh"
    branch = f"{r.branch_code} {r.branch_name}".strip()
    period = f"{r.period_start}{'至' if zh else '..'}{r.period_end}"
    exported = _local(r.exported_at)
    if r.outcome == UNCHANGED:
        return (f"{r.file.name}：与 {_local(r.other_loaded_at)} 已载入的 {r.other_file} 内容完全相同，"
                "数据库未作任何更改"
                if zh else f"{r.file.name}: identical to {r.other_file}, loaded {_local(r.other_loaded_at)}; "
                           "nothing changed")
    if r.outcome == OLDER:
        return (f"{r.file.name}：网点 {branch} {period} 已载入较新的导出 {r.other_file}（导出于 "
                f"{_local(r.other_exported_at)}），本文件导出于 {exported}，较旧，仅登记，数据未作更改"
                if zh else f"{r.file.name}: branch {branch} {period} already has a newer export, {r.other_file} "
                           f"(exported {_local(r.other_exported_at)}); this one (exported {exported}) is older: "
                           "registered, nothing changed")
    rows = ("、" if zh else ", ").join(f"{_sheet(k, lang)} {n}" for k, n in r.rows.items())
    if r.outcome == LOADED:
        return (f"已载入 {r.file.name}：网点 {branch}，{period}，导出于 {exported}；{rows}"
                if zh else f"loaded {r.file.name}: branch {branch}, {period}, exported {exported}; {rows}")
    assert r.outcome == REPLACED
    per_sheet = ("；" if zh else "; ").join(
        (f"{_sheet(k, lang)} 新增 {c.added}、更新 {c.updated}、删除 {c.gone}" if zh else
         f"{_sheet(k, lang)} +{c.added} ~{c.updated} -{c.gone}")
        for k, c in r.changes.items() if c.added or c.updated or c.gone)
    kept = r.total("kept")
    if zh:
        text = (f"已载入 {r.file.name}：网点 {branch}，{period}，导出于 {exported}，替换 {r.other_file}（导出于 "
                f"{_local(r.other_exported_at)}）：新增 {r.total('added')} 行，更新 {r.total('updated')} 行，"
                f"删除 {r.total('gone')} 行，未变 {r.total('unchanged')} 行")
        text += f"（{per_sheet}）" if per_sheet else ""
        return text + (f"；{kept} 行已有更新的导出，保留不变" if kept else "")
    text = (f"loaded {r.file.name}: branch {branch}, {period}, exported {exported}, replacing {r.other_file} "
            f"(exported {_local(r.other_exported_at)}): {r.total('added')} rows added, {r.total('updated')} updated, "
            f"{r.total('gone')} gone, {r.total('unchanged')} unchanged")
    text += f" ({per_sheet})" if per_sheet else ""
    return text + (f"; {kept} rows kept from a newer export" if kept else "")


def main(argv: Sequence[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    if args_in[:1] == ["hq-load"]:
        args_in = args_in[1:]
    parser = argparse.ArgumentParser(
        prog="service-desk-cli hq-load",
        description="Load branch HQ workbooks into the HQ PostgreSQL database (one transaction per workbook).")
    parser.add_argument("paths", nargs="+", type=Path, metavar="FILE|FOLDER",
                        help="branch workbooks (.xlsx), or folders holding them")
    parser.add_argument("--database", required=True, metavar="URL",
                        help="the HQ database, e.g. postgresql+psycopg://hq_loader@hq-server/hq (password from "
                             "PGPASSWORD or ~/.pgpass)")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the report (default zh)")
    parser.add_argument("--jobs", type=int, default=1, metavar="N",
                        help="load with N processes side by side, each branch's files in one of them (default 1)")
    args = parser.parse_args(args_in)
    lang: Language = args.lang
    from desktop.hq.hq_database import migrate_hq, open_hq_database

    try:
        files = expand(args.paths)
        database = open_hq_database(args.database)
    except DomainError as exc:
        print(f"hq-load: {describe(exc, lang)}", file=sys.stderr)
        return 2
    try:
        migrate_hq(database)

        def refused(path: Path, exc: Exception) -> None:
            reason = describe(exc, lang) if isinstance(exc, DomainError) else str(exc)
            print(f"hq-load: {'已拒绝，未载入任何数据。' if lang == 'zh' else 'refused, nothing loaded: '}{reason}",
                  file=sys.stderr)

        if args.jobs > 1:
            from desktop.hq.parallel_load import load_files_parallel

            results, failed = load_files_parallel(args.database, files, args.jobs,
                                                  on_result=lambda r: print(describe_result(r, lang), flush=True),
                                                  on_error=refused)
        else:
            results, failed = load_files(database, files, on_result=lambda r: print(describe_result(r, lang)),
                                         on_error=refused)
    except DomainError as exc:
        print(f"hq-load: {describe(exc, lang)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\nhq-load: " + ("已中断；正在载入的工作簿未写入" if lang == "zh" else
                               "interrupted; the workbook being loaded was not written"), file=sys.stderr)
        return 130
    finally:
        database.dispose()
    done = sum(r.outcome in (LOADED, REPLACED) for r in results)
    same = sum(r.outcome == UNCHANGED for r in results)
    older = sum(r.outcome == OLDER for r in results)
    if lang == "zh":
        print(f"共 {len(files)} 个文件：载入 {done} 个，内容未变 {same} 个，较旧 {older} 个，拒绝 {failed} 个")
    else:
        print(f"{len(files)} files: {done} loaded, {same} unchanged, {older} older, {failed} refused")
    return 2 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
