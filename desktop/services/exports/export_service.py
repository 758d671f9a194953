r"""The HQ workbook export: one branch, one period, every sheet streamed from SQL into the workbook writer.

Also `service-desk export --period 2026-11 --out FILE.xlsx`, meant for a scheduled task on the branch PC: it runs as
the system actor (permissions.system_actor), which may only export, and is audited with no user. For example, on the
1st of each month (Windows Task Scheduler):
    schtasks /Create /SC MONTHLY /D 1 /ST 02:00 /TN "HQ workbook"
             /TR "service-desk.exe export --period last-month --out D:\HQ\hq-{start}-{end}.xlsx"
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from desktop.clock import utc_now
from desktop.errors import DomainError, NotFoundError, ValidationError
from desktop.exports.records import ExportMeta, Language, SummaryIndicators
from desktop.exports.workbook_writer import ExportCancelled, write_workbook
from desktop.models import Branch
from desktop.services.core import audit
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service
from desktop.services.core.permissions import is_system, require, system_actor
from desktop.services.core.settings_store import load_setting, load_warranty_policy
from desktop.services.exports import export_queries
from desktop.services.exports.export_period import Period, parse_period
from desktop.services.exports.export_prefetch import prefetched
from desktop.services.exports.export_scope import load_scope
from desktop.services.exports.export_summary import build_summary

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    period_start: date
    period_end: date
    language: str
    masked: bool
    # Rows per sheet key: tickets, visits, parts, returns, callbacks, complaints, stock_movements, payments.
    rows: Mapping[str, int]
    masked_columns: tuple[str, ...]
    summary: SummaryIndicators

    @property
    def tickets(self) -> int:
        return self.rows.get("tickets", 0)


class ExportService(Service):
    def mask_default(self, actor: Actor) -> bool:
        """The branch setting the export dialog starts from."""
        with self._reading(actor, "export.hq") as session:
            return bool(load_setting(session, actor.branch_id, "export.mask_personal_data"))

    def export_workbook(self, actor: Actor, period_start: date, period_end: date, path: str | os.PathLike[str],
                        language: Language = "zh", mask: bool | None = None, progress: Progress | None = None,
                        cancelled: Cancelled | None = None) -> ExportResult:
        """Write the workbook to `path` (replaced only on success); ExportCancelled when cancelled() turns true."""
        require(actor, "export.hq")  # before looking at the arguments: a refused role learns nothing from them
        if language not in ("zh", "en"):
            raise ValidationError("unknown_value", "language", value=language)
        if period_end < period_start:
            raise ValidationError("period_reversed", "period")
        target = Path(path)
        if not target.parent.is_dir():
            raise ValidationError("export_folder_missing", "path", folder=str(target.parent))
        with self._reading(actor, "export.hq") as session:
            if self._db.engine.dialect.name == "postgresql":
                # Every sheet and the summary from one snapshot, even while other PCs keep working.
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            branch = session.get(Branch, actor.branch_id)
            if branch is None:
                raise NotFoundError("not_found", "branch")
            zone = ZoneInfo(branch.timezone or "Asia/Shanghai")
            if mask is None:
                mask = bool(load_setting(session, branch.id, "export.mask_personal_data"))
            start, end = Period(period_start, period_end).utc_bounds(zone)
            scope = load_scope(session, branch.id, branch.code, start, end, utc_now(), zone, language,
                               load_warranty_policy(session, branch.id))
            summary = build_summary(session, scope)
            meta = ExportMeta(branch.code, branch.name, period_start, period_end, language, mask,
                              timezone=zone.key, installation_id=branch.installation_id)
            streams = [prefetched(partial(query, session, scope)) for query in (
                export_queries.tickets, export_queries.visits, export_queries.returns, export_queries.callbacks,
                export_queries.complaints)]
            # Sheets of schema version 3, streamed the same way after the first five.
            extra = {"stock_movements": prefetched(partial(export_queries.stock_movements, session, scope)),
                     "payments": prefetched(partial(export_queries.payments, session, scope))}
            try:
                written = write_workbook(target, meta, summary, *streams, progress=progress, cancelled=cancelled,
                                         extra_sheets=extra)
            finally:
                for stream in (*streams, *extra.values()):
                    stream.close()
        result = ExportResult(written.path, period_start, period_end, language, mask, dict(written.rows),
                              written.masked_columns, summary)
        with self._writing(actor, "export.hq") as session:
            audit.record(session, None if is_system(actor) else actor, "export.hq", "branch", actor.branch_id, None, {
                "period_start": period_start, "period_end": period_end, "file": target.name,
                "language": language, "masked": mask, "rows": dict(written.rows),
                "run_as": actor.username,
            })
        return result


# ---------------------------------------------------------------------------------------------------------------
# Command line


def _branch_id(database, code: str | None) -> int:  # type: ignore[no-untyped-def]
    with database.read.begin() as session:
        query = select(Branch.id).order_by(Branch.id)
        if code:
            query = query.where(Branch.code == code)
        branch_id = session.scalar(query)
    if branch_id is None:
        raise NotFoundError("not_found", "branch", code=code or "")
    return int(branch_id)


def main(argv: Sequence[str] | None = None) -> int:
    """`service-desk export --period 2026-11 --out FILE.xlsx [--database URL] [--lang zh|en] [--no-mask]`."""
    args_in = list(sys.argv[1:] if argv is None else argv)
    if args_in[:1] == ["export"]:
        args_in = args_in[1:]
    parser = argparse.ArgumentParser(
        prog="service-desk export",
        description="Export the branch's HQ workbook for a period (for a scheduled task on the branch PC; "
                    "runs as the system actor and is audited as 'system').")
    parser.add_argument("--period", required=True,
                        help="2026-11, 2026-W47, 2026-11-25, 2026-11-01..2026-11-15, yesterday, last-week, "
                             "last-month")
    parser.add_argument("--out", "-o", required=True,
                        help="workbook to write (.xlsx); {start}, {end} and {branch} are replaced")
    parser.add_argument("--database", metavar="URL", help="database URL (default: the SQLite file of this PC)")
    parser.add_argument("--branch", metavar="CODE", help="branch code (default: the database's branch)")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="header language (default zh)")
    parser.add_argument("--no-mask", action="store_true",
                        help="write phones and addresses in full (default: the branch setting)")
    args = parser.parse_args(args_in)
    from desktop.clock import local_today
    from desktop.database import current_revision, head_revision, open_database

    database = open_database(args.database)
    try:
        if current_revision(database) != head_revision(database):
            # A scheduled task must not upgrade (and back up) the database behind the users' backs.
            print("export: the database needs an upgrade; start the application once first", file=sys.stderr)
            return 2
        try:
            period = parse_period(args.period, local_today())
            actor = system_actor(_branch_id(database, args.branch))
            out = Path(args.out.replace("{start}", f"{period.start:%Y%m%d}").replace("{end}", f"{period.end:%Y%m%d}")
                       .replace("{branch}", args.branch or ""))
            result = ExportService(database).export_workbook(
                actor, period.start, period.end, out, args.lang, False if args.no_mask else None)
        except ExportCancelled:
            return 130
        except DomainError as exc:
            print(f"export: {exc.code} {exc.params}", file=sys.stderr)
            return 2
        rows = result.rows
        print(f"{result.path}: {period.label}, tickets {rows['tickets']}, visits {rows['visits']}, "
              f"parts {rows['parts']}, returns {rows['returns']}, callbacks {rows['callbacks']}, "
              f"complaints {rows['complaints']}, stock movements {rows['stock_movements']}, "
              f"payments {rows['payments']}{', masked' if result.masked else ''}")
        return 0
    finally:
        database.dispose()
