r"""The HQ workbook export: one branch, one period, every sheet streamed from SQL into the workbook writer.

Also `service-desk-cli export --user NAME --period 2026-11 --out FILE.xlsx`, e.g. for a scheduled task on the branch
PC: it runs as that signed-in user (the password comes from the task's environment variable SERVICE_DESK_PASSWORD,
or is asked for), needs export.hq, and is audited with the user's name. For example, on the 1st of each month
(Windows Task Scheduler, with SERVICE_DESK_PASSWORD set for this task only):
    schtasks /Create /SC MONTHLY /D 1 /ST 02:00 /TN "HQ workbook"
             /TR "service-desk-cli.exe export --user lixiao --period last-month --out D:\HQ\hq-{start}-{end}.xlsx"
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from desktop.audit_anchors import Anchor, Signer, sign
from desktop.clock import utc_now
from desktop.database import Database
from desktop.errors import DomainError, NotFoundError, ValidationError
from desktop.exports.records import ExportMeta, Language, SummaryIndicators
from desktop.models import Branch
from desktop.services.core import audit, audit_anchoring
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service
from desktop.services.core.permissions import is_system, require
from desktop.services.core.settings_store import load_setting, load_warranty_policy
from desktop.services.core.validation import check_day
from desktop.services.exports import export_queries
from desktop.services.exports.export_period import Period, parse_period
from desktop.services.exports.export_prefetch import PrefetchChain
from desktop.services.exports.export_scope import load_scope
from desktop.services.exports.export_summary import build_summary

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    period_start: date
    period_end: date
    language: str
    masked: bool
    # Rows per sheet key: tickets, visits, parts, returns, callbacks, complaints, installations, consultations,
    # quality_feedback, commitments, stock_movements, payments.
    rows: Mapping[str, int]
    masked_columns: tuple[str, ...]
    summary: SummaryIndicators

    @property
    def tickets(self) -> int:
        return self.rows.get("tickets", 0)


class ExportService(Service):
    def __init__(self, database: Database, signer: Signer | None = None) -> None:
        super().__init__(database)
        # Signs the audit anchor written with every export (SigningService.sign_anchor), when the key is open.
        self._signer = signer

    def mask_default(self, actor: Actor) -> bool:
        """The branch setting the export dialog starts from."""
        with self._reading(actor, "export.hq") as session:
            return bool(load_setting(session, actor.branch_id, "export.mask_personal_data"))

    def export_workbook(self, actor: Actor, period_start: date, period_end: date, path: str | os.PathLike[str],
                        language: Language = "zh", mask: bool | None = None, progress: Progress | None = None,
                        cancelled: Cancelled | None = None) -> ExportResult:
        """Write the workbook to `path` (replaced only on success); ExportCancelled when cancelled() turns true."""
        # The workbook writer (openpyxl) loads with the first export, not with the service at start-up.
        from desktop.exports.workbook_writer import write_workbook

        require(actor, "export.hq")  # before looking at the arguments: a refused role learns nothing from them
        if language not in ("zh", "en"):
            raise ValidationError("unknown_value", "language", value=language)
        check_day(period_start, "period")
        check_day(period_end, "period")
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
            setting = bool(load_setting(session, branch.id, "export.mask_personal_data"))
            if mask is None:
                mask = setting
            elif setting and not mask:
                # Overriding the branch's masking is a supervisor's decision (and is audited with the user).
                require(actor, "export.unmasked")
            start, end = Period(period_start, period_end).utc_bounds(zone)
            scope = load_scope(session, branch.id, branch.code, start, end, utc_now(), zone, language,
                               load_warranty_policy(session, branch.id))
            summary = build_summary(session, scope)
            # The audit chain heads of this snapshot go into _meta and, once the file is written, the anchor file.
            anchor = sign(Anchor(datetime.now(UTC).replace(microsecond=0), "export", branch.installation_id,
                                 audit.chain_heads(session), {"file": target.name}), self._signer)
            meta = ExportMeta(branch.code, branch.name, period_start, period_end, language, mask,
                              timezone=zone.key, installation_id=branch.installation_id,
                              audit_anchor=anchor.to_json())
            # Quality feedback is a few rows a month, read whole now (the session is the chain's once it starts).
            quality = export_queries.quality_feedback(session, scope)
            # Every other sheet streamed, in the order write_workbook reads them; installations, consultations,
            # commitments, stock movements and payments (schema version 3) go in as extra sheets.
            extra_keys = ("installations", "consultations", "commitments", "stock_movements", "payments")
            chain = PrefetchChain([partial(query, session, scope) for query in (
                export_queries.tickets, export_queries.visits, export_queries.returns, export_queries.callbacks,
                export_queries.complaints, *(getattr(export_queries, key) for key in extra_keys))])
            tickets, visits, returns, callbacks, complaints, *streamed = chain.streams()
            extra: dict[str, Any] = dict(zip(extra_keys, streamed, strict=True))
            extra["quality_feedback"] = quality
            try:
                written = write_workbook(target, meta, summary, tickets, visits, returns, callbacks, complaints,
                                         progress=progress, cancelled=cancelled, extra_sheets=extra)
            finally:
                chain.close()
        try:
            audit_anchoring.store_of(self._db).append(anchor)
        except OSError as exc:
            log.warning("could not write the audit anchor of the export: %s", exc)
        result = ExportResult(written.path, period_start, period_end, language, mask, dict(written.rows),
                              written.masked_columns, summary)
        with self._writing(actor, "export.hq") as session:
            audit.record(session, None if is_system(actor) else actor, "export.hq", "branch", actor.branch_id, None, {
                "period_start": period_start, "period_end": period_end, "file": target.name,
                "language": language, "masked": mask, "rows": dict(written.rows),
                "run_as": actor.username,
            })
        return result


    def merge_workbooks(self, actor: Actor, files: Sequence[str | os.PathLike[str]], out: str | os.PathLike[str],
                        language: Language = "zh", progress: Progress | None = None,
                        cancelled: Cancelled | None = None) -> Any:
        """HQ: consolidate branch workbooks (desktop/exports/hq_merge.py) as this user; audited with the files."""
        require(actor, "hq.merge")
        from desktop.exports.hq_merge import merge_workbooks

        result = merge_workbooks(files, out, language, progress=progress, cancelled=cancelled)
        with self._writing(actor, "hq.merge") as session:
            audit.record(session, actor, "hq.merge", "branch", actor.branch_id, None, {
                "files": [p.name for p in result.files], "out": result.out_path.name,
                "branches": list(result.branches), "rows": dict(result.rows), "run_as": actor.username})
        return result


# ---------------------------------------------------------------------------------------------------------------
# Command line


@dataclass(frozen=True)
class ConsoleHooks:
    """What the console entry (desktop/cli.py) hands in: signing in, the service as the composition root builds it
    (with the anchor signer), and the console wording of an error code."""

    sign_in: Callable[[Any, str, str], Actor]  # (database, user name, permission) -> the signed-in actor
    service: Callable[[Any], ExportService]
    describe: Callable[[DomainError], str]


def _branch_id(database: Database, code: str | None) -> int:
    with database.read.begin() as session:
        query = select(Branch.id).order_by(Branch.id)
        if code:
            query = query.where(Branch.code == code)
        branch_id = session.scalar(query)
    if branch_id is None:
        raise NotFoundError("not_found", "branch", branch_code=code or "")
    return int(branch_id)


def main(argv: Sequence[str] | None = None, hooks: ConsoleHooks | None = None) -> int:
    """`service-desk-cli export --user NAME --period 2026-11 --out FILE.xlsx [--database URL] [--lang zh|en]
    [--no-mask]`. The console entry (desktop/cli.py) hands in `sign_in`, which asks for the password (or reads it
    from the task's environment) and checks the role table; without it nothing is exported."""
    args_in = list(sys.argv[1:] if argv is None else argv)
    if args_in[:1] == ["export"]:
        args_in = args_in[1:]
    parser = argparse.ArgumentParser(
        prog="service-desk-cli export",
        description="Export the branch's HQ workbook for a period, as a signed-in user (for a scheduled task, "
                    "set the password in the task's environment variable SERVICE_DESK_PASSWORD). Audited with "
                    "the user's name.")
    parser.add_argument("--user", required=True, metavar="NAME",
                        help="the user the export runs as (needs export.hq; --no-mask needs a supervisor)")
    parser.add_argument("--period", required=True,
                        help="2026-11, 2026-W47, 2026-11-25, 2026-11-01..2026-11-15, yesterday, last-week, "
                             "last-month")
    parser.add_argument("--out", "-o", required=True,
                        help="workbook to write (.xlsx); {start}, {end} and {branch} are replaced")
    parser.add_argument("--database", metavar="URL", help="database URL (default: the SQLite file of this PC)")
    parser.add_argument("--branch", metavar="CODE", help="branch code (default: the database's branch)")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="header language (default zh)")
    parser.add_argument("--no-mask", action="store_true",
                        help="write phones and addresses in full (supervisor only; default: the branch setting)")
    args = parser.parse_args(args_in)
    if hooks is None:
        print("export: run it as service-desk-cli export --user NAME (a signed-in user)", file=sys.stderr)
        return 2
    from desktop.clock import local_today
    from desktop.database import current_revision, head_revision, open_existing_database
    from desktop.exports.workbook_writer import ExportCancelled

    # Never creates a database; a missing file or an unreachable server raises DatabaseUnavailableError, which
    # the console (desktop/cli.py) reports in words with where it looked.
    database = open_existing_database(args.database)
    try:
        if current_revision(database) != head_revision(database):
            # A scheduled task must not upgrade (and back up) the database behind the users' backs.
            print("export: the database needs an upgrade; start the application once first", file=sys.stderr)
            return 2
        try:
            actor = hooks.sign_in(database, args.user, "export.hq")
            if args.no_mask:
                require(actor, "export.unmasked")
            period = parse_period(args.period, local_today())
            if args.branch and _branch_id(database, args.branch) != actor.branch_id:
                raise NotFoundError("not_found", "branch", branch_code=args.branch)
            out = Path(args.out.replace("{start}", f"{period.start:%Y%m%d}").replace("{end}", f"{period.end:%Y%m%d}")
                       .replace("{branch}", args.branch or ""))
            result = hooks.service(database).export_workbook(
                actor, period.start, period.end, out, args.lang, False if args.no_mask else None)
        except ExportCancelled:
            return 130
        except DomainError as exc:
            print(f"export: {hooks.describe(exc)}", file=sys.stderr)
            return 2
        rows = result.rows
        print(f"{result.path}: {period.label}, tickets {rows['tickets']}, visits {rows['visits']}, "
              f"parts {rows['parts']}, returns {rows['returns']}, callbacks {rows['callbacks']}, "
              f"complaints {rows['complaints']}, installations {rows.get('installations', 0)}, "
              f"consultations {rows.get('consultations', 0)}, quality feedback {rows.get('quality_feedback', 0)}, "
              f"stock movements {rows.get('stock_movements', 0)}, payments {rows.get('payments', 0)}"
              f"{', masked' if result.masked else ', NOT masked'} (as {actor.username})")
        return 0
    finally:
        database.dispose()
