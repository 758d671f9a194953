"""Loads one branch workbook into the HQ database, in one transaction: all of it or nothing.

The file is checked by the workbook reader as hq-merge checks it (desktop/exports/workbook_reader.read_workbook).
Its branch is identified by installation id and code (a code clash is refused as in hq-merge), and every sheet
is loaded generically from its SheetSpec: rows go to the sheet's typed table, or to `sheet_row` for a sheet HQ
has no table for yet. Rows are upserted by (branch, record key); the latest export wins row by row, and a row
that an earlier export of the same period held but this one does not is gone. The figures of the months
touched are recomputed before the commit, so the dashboard never sees half a workbook.

Which period a row belongs to: its `anchor_day` is the opening day of its ticket for rows that follow a ticket
(visits, parts, returns, callbacks, commitments), else the row's own first date (a complaint's receipt, a
ticketless callback's due day), as the branch's export scope puts rows into periods
(desktop/services/exports/export_scope.py). A row dated outside its export's period (a hand-edited file, or a
sheet scoped differently) is anchored on the period's first day, so it is replaced by the next export of that
period like every other row. `period` is the month of the anchor day: the partition the row lives in.

Schema-1 workbooks carry no installation id: they load into the branch registered with their code (as hq-merge
merges them with any file of that code); a branch first seen in such a file is registered without an id, and
its first later workbook gives it one."""

from __future__ import annotations

import getpass
import hashlib
import re
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import (
    BigInteger,
    Boolean,
    Connection,
    Date,
    DateTime,
    Integer,
    Numeric,
    String,
    Text,
    func,
    or_,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.exc import DBAPIError, OperationalError

from desktop.clock import utc_now
from desktop.database import Database
from desktop.errors import DatabaseUnavailableError, PermissionDenied, ValidationError
from desktop.exports import columns
from desktop.exports.columns import ColumnType, SheetSpec
from desktop.exports.workbook_reader import BranchWorkbook, read_workbook
from desktop.hq import rollup
from desktop.hq.partitions import ensure_partitions, months_between
from desktop.hq.schema import SCHEMA, SHEET_COLUMNS, SHEET_TABLES, branch, key_columns, load, sheet_row

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

LOADED, REPLACED, UNCHANGED, OLDER = "loaded", "replaced", "unchanged", "older"
KEY_SEPARATOR = "\x1f"
_CHECK_EVERY = 1000
_HASH_CHUNK = 1 << 20


class LoadCancelled(Exception):
    """The load was cancelled; its transaction was rolled back, nothing of the file is in the database."""


@dataclass(frozen=True)
class SheetChange:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    gone: int = 0
    # Rows a newer export (of an overlapping period) already holds: left as they are.
    kept: int = 0

    def as_dict(self) -> dict[str, int]:
        return {"added": self.added, "updated": self.updated, "unchanged": self.unchanged, "gone": self.gone,
                "kept": self.kept}


@dataclass(frozen=True)
class LoadResult:
    file: Path
    outcome: str  # loaded, replaced, unchanged (this very file was loaded before), older
    branch_code: str
    branch_name: str
    installation_id: str
    period_start: date
    period_end: date
    exported_at: datetime
    schema_version: int
    load_id: int
    rows: Mapping[str, int]
    changes: Mapping[str, SheetChange] = field(default_factory=dict)
    # replaced/older: the load of the same branch and period it was compared with; unchanged: the earlier load.
    other_load_id: int | None = None
    other_file: str = ""
    other_exported_at: datetime | None = None
    other_loaded_at: datetime | None = None
    seconds: float = 0.0

    def total(self, what: str) -> int:
        return sum(getattr(c, what) for c in self.changes.values())


def file_hash(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as handle:
        while chunk := handle.read(_HASH_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in a service account's environment
        return ""


def _jsonable(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _own_date_index(spec: SheetSpec) -> int | None:
    for index, column in enumerate(spec.columns):
        if column.key != "exported_at" and column.type in (ColumnType.DATE, ColumnType.DATETIME):
            return index
    return None


def _day(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return None


_COPY_CONTEXT = re.compile(r"line (\d+), column (\w+)(?:: \"(.*)\")?")
_PG_TYPES: dict[type, str] = {Integer: "int4", BigInteger: "int8", Date: "date", DateTime: "timestamp",
                              Numeric: "numeric", Text: "text", String: "text", Boolean: "bool", JSONB: "jsonb"}
# The largest magnitude each column type holds (integer, numeric(14,2) money, numeric(9,4) shares).
_LIMITS = {ColumnType.INT: 2**31 - 1, ColumnType.MONEY: Decimal("1e12") - 1, ColumnType.PERCENT: Decimal("1e5") - 1}


class _Sheet:
    """How one sheet is staged, merged into its table, and counted; statements built once per sheet."""

    def __init__(self, spec: SheetSpec) -> None:
        self.spec = spec
        self.keys = key_columns(spec)
        self.typed = spec.key in SHEET_TABLES
        spec_keys = spec.keys
        self.branch_index = spec_keys.index("branch_code") if "branch_code" in spec_keys else None
        self.exported_index = spec_keys.index("exported_at") if "exported_at" in spec_keys else None
        self.ticket_index = spec_keys.index("ticket_no") if "ticket_no" in spec_keys else None
        self.date_index = _own_date_index(spec)
        self.key_indexes = [spec_keys.index(k) for k in self.keys]
        skip = {"branch_code", "exported_at"}
        if self.typed:
            table = SHEET_TABLES[spec.key]
            self.stored = SHEET_COLUMNS[spec.key]
            self.stored_indexes = [spec_keys.index(k) for k in self.stored]
            self.extra_indexes = [(k, i) for i, k in enumerate(spec_keys) if k not in self.stored and k not in skip]
            self.target = f'{SCHEMA}."{table.name}"'
            self.stage = f"hq_stage_{table.name}"
            self.columns = [c.name for c in table.columns]
            join_keys = ("branch_id", "period", *self.keys)
            compared = [c for c in self.columns if c not in (*join_keys, "exported_at", "load_id")]
            where_sheet = ""
        else:
            self.data_indexes = [(k, i) for i, k in enumerate(spec_keys) if k not in skip]
            self.target = f"{SCHEMA}.sheet_row"
            self.stage = "hq_stage_sheet_row"
            self.columns = ["branch_id", "period", "sheet", "row_key", "ticket_no", "anchor_day", "data",
                            "exported_at", "load_id"]
            join_keys = ("branch_id", "period", "sheet", "row_key")
            compared = ["ticket_no", "anchor_day", "data"]
            where_sheet = " AND t.sheet = :sheet"
        quoted = ", ".join(f'"{c}"' for c in self.columns)
        join = " AND ".join(f't."{k}" = s."{k}"' for k in join_keys)
        scope = f"t.branch_id = :branch AND t.period = ANY(:months){where_sheet}"
        newer = "t.exported_at <= s.exported_at"
        assign = [c for c in self.columns if c not in join_keys]
        self.create_stage = (f"CREATE TEMP TABLE IF NOT EXISTS {self.stage} (LIKE {self.target}) "
                             "ON COMMIT DELETE ROWS")
        # Binary COPY: no text to format here nor to parse on the server (a third of a load's CPU otherwise).
        self.copy_stage = f"COPY {self.stage} ({quoted}) FROM STDIN (FORMAT BINARY)"
        self.copy_target = f"COPY {self.target} ({quoted}) FROM STDIN (FORMAT BINARY)"
        table = SHEET_TABLES[spec.key] if self.typed else sheet_row
        self.copy_types = [_PG_TYPES[type(table.c[c].type)] for c in self.columns]
        self.has_rows = (f"SELECT EXISTS (SELECT 1 FROM {self.target} AS t WHERE {scope})")
        # Values the columns cannot hold are refused here, naming the cell, before the server sees them.
        self.limits = [(spec_keys.index(c.key), c.key, _LIMITS[c.type]) for c in spec.columns
                       if c.type in _LIMITS and (not self.typed or c.key in self.stored)]
        self.update_changed = (
            f"UPDATE {self.target} AS t SET ({', '.join(f'{chr(34)}{c}{chr(34)}' for c in assign)}) = "
            f"({', '.join(f's.{chr(34)}{c}{chr(34)}' for c in assign)}) FROM {self.stage} AS s "
            f"WHERE {scope} AND {join} AND {newer} AND "
            f"ROW({', '.join(f't.{chr(34)}{c}{chr(34)}' for c in compared)}) IS DISTINCT FROM "
            f"ROW({', '.join(f's.{chr(34)}{c}{chr(34)}' for c in compared)})")
        # After update_changed, rows it changed carry this load's id: what is left of the matches is unchanged.
        self.touch_unchanged = (
            f"UPDATE {self.target} AS t SET exported_at = s.exported_at, load_id = s.load_id "
            f"FROM {self.stage} AS s WHERE {scope} AND {join} AND {newer} AND t.load_id <> s.load_id")
        self.insert_new = (f"INSERT INTO {self.target} ({quoted}) SELECT {quoted} FROM {self.stage} "
                           "ON CONFLICT DO NOTHING")
        self.delete_gone = (
            f"DELETE FROM {self.target} AS t WHERE {scope} AND t.anchor_day BETWEEN :start AND :end "
            "AND t.exported_at <= :exported AND t.load_id <> :load")

    def rows(self, book: BranchWorkbook, ctx: _LoadContext) -> Iterator[tuple[Any, ...]]:
        """The sheet's rows as stage rows, checked: every row of this branch, no key twice."""
        spec, meta = self.spec, book.meta
        seen: set[tuple[Any, ...]] = set()
        tickets = spec.key == columns.TICKETS.key
        for number, row in enumerate(book.rows(spec.key), 2):
            if self.branch_index is not None and row[self.branch_index] != meta.branch_code:
                raise ValidationError("hq_row_branch", file=str(book.path), sheet=spec.key, row=number,
                                      found=str(row[self.branch_index] or ""), expected=meta.branch_code)
            key = tuple("" if row[i] is None else row[i] for i in self.key_indexes)
            if key in seen:
                raise ValidationError("hq_duplicate_row", file=str(book.path), sheet=spec.key, row=number,
                                      key=" / ".join(str(k) for k in key))
            seen.add(key)
            for index, column, limit in self.limits:
                value = row[index]
                if value is not None and abs(value) > limit:
                    raise ValidationError("workbook_value", file=str(book.path), sheet=spec.key, row=number,
                                          column=column, value=str(value))
            ticket_no: Any = row[self.ticket_index] if self.ticket_index is not None else None
            anchor = None
            if spec.follows_ticket and ticket_no:
                anchor = ctx.ticket_days.get(ticket_no)
            if anchor is None and self.date_index is not None:
                anchor = _day(row[self.date_index])
            if anchor is None or not meta.period_start <= anchor <= meta.period_end:
                anchor = meta.period_start
            if tickets:
                ctx.ticket_days[ticket_no] = anchor
            period = anchor.replace(day=1)
            exported = (row[self.exported_index] if self.exported_index is not None else None) or meta.exported_at
            if self.typed:
                values = [row[i] for i in self.stored_indexes]
                for position, k in enumerate(self.stored):
                    if k in self.keys and values[position] is None:
                        values[position] = ""
                extra = {k: _jsonable(row[i]) for k, i in self.extra_indexes if row[i] is not None}
                yield (ctx.branch_id, period, *values, anchor, exported, ctx.load_id, extra or None)
            else:
                data = {k: _jsonable(row[i]) for k, i in self.data_indexes}
                yield (ctx.branch_id, period, spec.key, KEY_SEPARATOR.join(str(k) for k in key), ticket_no or "",
                       anchor, data, exported, ctx.load_id)

    def merge(self, conn: Connection, ctx: _LoadContext, staged: int) -> SheetChange:
        params = {"branch": ctx.branch_id, "months": ctx.months, "sheet": self.spec.key}
        updated = conn.execute(text(self.update_changed), params).rowcount
        unchanged = conn.execute(text(self.touch_unchanged), params).rowcount
        added = conn.execute(text(self.insert_new)).rowcount
        gone = conn.execute(text(self.delete_gone), {
            **params, "start": ctx.period_start, "end": ctx.period_end, "exported": ctx.exported_at,
            "load": ctx.load_id}).rowcount
        return SheetChange(added, updated, unchanged, gone, staged - added - updated - unchanged)


@dataclass
class _LoadContext:
    branch_id: int
    load_id: int
    months: list[date]
    period_start: date
    period_end: date
    exported_at: datetime
    ticket_days: dict[str, date] = field(default_factory=dict)


_SHEETS: dict[str, _Sheet] = {}


def _sheet(spec: SheetSpec) -> _Sheet:
    found = _SHEETS.get(spec.key)
    if found is None or found.spec is not spec:
        found = _SHEETS[spec.key] = _Sheet(spec)
    return found


class HqLoader:
    """Loads workbooks into the HQ database (migrated beforehand: desktop.hq.hq_database.migrate_hq)."""

    def __init__(self, database: Database, os_user: str | None = None) -> None:
        self._db = database
        self._os_user = _os_user() if os_user is None else os_user

    # --- the file already loaded? -------------------------------------------------------------------------------

    def _earlier_load(self, conn: Connection, digest: str, branch_id: int | None = None) -> Any:
        query = select(load).where(load.c.content_hash == digest)
        if branch_id is not None:
            query = query.where(load.c.branch_id == branch_id)
        return conn.execute(query.order_by(load.c.load_id).limit(1)).first()

    @staticmethod
    def _unchanged(path: Path, earlier: Any) -> LoadResult:
        return LoadResult(path, UNCHANGED, earlier.branch_code, earlier.branch_name, earlier.installation_id,
                          earlier.period_start, earlier.period_end, earlier.exported_at, earlier.schema_version,
                          earlier.load_id, dict(earlier.rows), {}, earlier.load_id, earlier.file_name,
                          earlier.exported_at, earlier.loaded_at)

    def already_loaded(self, path: str | Path) -> LoadResult | None:
        """The earlier load of this very file (same content), or None; reads nothing but the file's hash."""
        target = Path(path)
        digest, _size = file_hash(target)
        with self._db.engine.connect() as conn:
            earlier = self._earlier_load(conn, digest)
        return None if earlier is None else self._unchanged(target, earlier)

    # --- the load ---------------------------------------------------------------------------------------------

    def load(self, path: str | Path, progress: Progress | None = None,
             cancelled: Cancelled | None = None) -> LoadResult:
        """Load one workbook. ValidationError (codes of the workbook reader, merge_branch_clash, hq_*) refuses
        it with nothing written; LoadCancelled when cancelled() turns true; an unchanged file is a no-op."""
        started = time.perf_counter()
        target = Path(path)
        if not target.is_file():
            raise ValidationError("workbook_not_found", file=str(target))
        digest, size = file_hash(target)
        try:
            with self._db.engine.connect() as conn:
                earlier = self._earlier_load(conn, digest)
            if earlier is not None:
                return self._unchanged(target, earlier)
            with read_workbook(target) as book:
                meta = book.meta
                if meta.kind != "branch":
                    raise ValidationError("hq_load_consolidated", file=str(target))
                months = months_between(meta.period_start, meta.period_end)
                ensure_partitions(self._db.engine, months)
                with self._db.engine.connect() as conn, conn.begin():
                    return self._load_in_transaction(conn, book, digest, size, months, started, progress, cancelled)
        except OperationalError as exc:
            raise DatabaseUnavailableError("database_unreachable", detail=str(exc.orig)) from exc
        except DBAPIError as exc:
            if isinstance(exc.orig, psycopg.errors.InsufficientPrivilege):
                # A role that may read HQ but not load (docs/operations.md, "HQ database"): nothing was written.
                raise PermissionDenied("permission_denied", file=str(target), detail=str(exc.orig)) from exc
            raise

    def _load_in_transaction(self, conn: Connection, book: BranchWorkbook, digest: str, size: int,
                             months: list[date], started: float, progress: Progress | None,
                             cancelled: Cancelled | None) -> LoadResult:
        meta, path = book.meta, book.path
        branch_id = self._branch(conn, book)
        # Under the branch's lock: another loader may have loaded this same file a moment ago.
        earlier = self._earlier_load(conn, digest, branch_id)
        if earlier is not None:
            return self._unchanged(path, earlier)
        previous = conn.execute(
            select(load.c.load_id, load.c.exported_at, load.c.file_name)
            .where(load.c.branch_id == branch_id, load.c.period_start == meta.period_start,
                   load.c.period_end == meta.period_end, load.c.outcome != OLDER)
            .order_by(load.c.exported_at.desc(), load.c.load_id.desc()).limit(1)).first()
        sheets = [columns.SHEETS_BY_KEY[key] for key in meta.sheets]
        rows = {spec.key: book.row_count(spec.key) for spec in sheets}
        outcome = LOADED if previous is None else REPLACED
        if previous is not None and previous.exported_at > meta.exported_at:
            outcome = OLDER
        else:
            self._describe_branch(conn, branch_id, book)
        now = utc_now()
        load_id = conn.execute(load.insert().values(
            branch_id=branch_id, file_name=path.name, content_hash=digest, file_bytes=size,
            schema_version=meta.schema_version, branch_code=meta.branch_code, branch_name=meta.branch_name,
            installation_id=meta.installation_id, period_start=meta.period_start, period_end=meta.period_end,
            exported_at=meta.exported_at, language=meta.language, timezone=meta.timezone,
            masked_columns=list(meta.masked_columns), rows=rows, changes={}, outcome=outcome,
            replaces_load_id=None if previous is None else previous.load_id,
            loaded_by=conn.execute(text("SELECT session_user")).scalar_one(), loaded_by_os=self._os_user,
            loaded_at=now, seconds=0.0,
        ).returning(load.c.load_id)).scalar_one()
        changes: dict[str, SheetChange] = {}
        if outcome != OLDER:
            ctx = _LoadContext(branch_id, load_id, months, meta.period_start, meta.period_end, meta.exported_at)
            total, done = sum(rows.values()), 0
            for spec in sheets:
                sheet = _sheet(spec)
                params = {"branch": branch_id, "months": months, "sheet": spec.key}
                if conn.execute(text(sheet.has_rows), params).scalar_one():
                    staged = self._copy(conn, sheet, sheet.copy_stage, book, ctx, progress, cancelled, done, total)
                    # Statistics for the merge's join (a temp table has none until analysed).
                    conn.exec_driver_sql(f"ANALYZE {sheet.stage}")
                    changes[spec.key] = sheet.merge(conn, ctx, staged)
                else:
                    # Nothing of this branch in these months yet (its first export of the period): every row is
                    # new, so it goes straight into the table; the primary key still refuses a duplicate.
                    staged = self._copy(conn, sheet, sheet.copy_target, book, ctx, progress, cancelled, done, total)
                    changes[spec.key] = SheetChange(added=staged)
                done += staged
            rollup.recompute(conn, branch_id, months)
        seconds = time.perf_counter() - started
        conn.execute(load.update().where(load.c.branch_id == branch_id, load.c.load_id == load_id)
                     .values(changes={k: c.as_dict() for k, c in changes.items()}, seconds=seconds))
        return LoadResult(path, outcome, meta.branch_code, meta.branch_name, meta.installation_id, meta.period_start,
                          meta.period_end, meta.exported_at, meta.schema_version, load_id, rows, changes,
                          None if previous is None else previous.load_id,
                          "" if previous is None else previous.file_name,
                          None if previous is None else previous.exported_at, None, seconds)

    def _copy(self, conn: Connection, sheet: _Sheet, statement: str, book: BranchWorkbook, ctx: _LoadContext,
              progress: Progress | None, cancelled: Cancelled | None, done: int, total: int) -> int:
        if statement == sheet.copy_stage:
            conn.exec_driver_sql(sheet.create_stage)
        raw: Any = conn.connection.driver_connection  # psycopg's own connection: COPY is not in the DB-API
        staged = 0
        try:
            with raw.cursor() as cursor, cursor.copy(statement) as copy:
                copy.set_types(sheet.copy_types)
                for values in sheet.rows(book, ctx):
                    copy.write_row(values)
                    staged += 1
                    if staged % _CHECK_EVERY == 0:
                        if cancelled is not None and cancelled():
                            raise LoadCancelled()
                        if progress is not None:
                            progress(done + staged, total)
        except psycopg.errors.DataError as exc:
            # Whatever else the server refuses in a value: name the cell as far as the server says.
            found = _COPY_CONTEXT.search(getattr(exc.diag, "context", None) or "")
            raise ValidationError(
                "workbook_value", file=str(book.path), sheet=sheet.spec.key,
                row=int(found.group(1)) + 1 if found else "", column=found.group(2) if found else "",
                value=(found.group(3) or "") if found else "") from exc
        if progress is not None:
            progress(done + staged, total)
        return staged

    # --- the branch -------------------------------------------------------------------------------------------

    def _branch(self, conn: Connection, book: BranchWorkbook) -> int:
        """The branch's id, registered on first sight (a clash refused); locks its row until the load commits."""
        meta = book.meta
        ident, code = meta.installation_id or None, meta.branch_code
        if not code:
            raise ValidationError("workbook_foreign", file=str(book.path), missing="branch_code")
        for _attempt in range(3):
            found = conn.execute(
                select(branch).where(or_(branch.c.code == code, branch.c.installation_id == ident)
                                     if ident else branch.c.code == code)
                .order_by(branch.c.branch_id).with_for_update()).all()
            by_ident = next((r for r in found if ident and r.installation_id == ident), None)
            by_code = next((r for r in found if r.code == code), None)
            if by_ident is not None:
                if by_code is not None and by_code.branch_id != by_ident.branch_id:
                    self._clash(conn, book, by_code.branch_id)
                return int(by_ident.branch_id)
            if by_code is not None:
                if ident and by_code.installation_id and by_code.installation_id != ident:
                    self._clash(conn, book, by_code.branch_id)
                if ident and not by_code.installation_id:
                    # Known so far from schema-1 files only: this workbook says which branch database it is.
                    conn.execute(branch.update().where(branch.c.branch_id == by_code.branch_id)
                                 .values(installation_id=ident))
                return int(by_code.branch_id)
            now = utc_now()
            created = conn.execute(text(
                f"INSERT INTO {SCHEMA}.branch (installation_id, code, name, timezone, first_loaded_at, "
                "last_loaded_at) VALUES (:ident, :code, :name, :zone, :now, :now) "
                "ON CONFLICT DO NOTHING RETURNING branch_id"),
                {"ident": ident, "code": code, "name": meta.branch_name, "zone": meta.timezone or "Asia/Shanghai",
                 "now": now}).scalar()
            if created is not None:
                return int(created)
            # Another loader registered it a moment ago: look again (now it is found and locked).
        raise DatabaseUnavailableError("database_unreachable", detail="branch registration did not settle")

    @staticmethod
    def _describe_branch(conn: Connection, branch_id: int, book: BranchWorkbook) -> None:
        """Code, name and zone as the branch's latest export has them (a branch may change its code)."""
        meta = book.meta
        latest = conn.execute(select(func.max(load.c.exported_at)).where(
            load.c.branch_id == branch_id, load.c.outcome != OLDER)).scalar()
        values: dict[str, Any] = {"last_loaded_at": utc_now()}
        if latest is None or meta.exported_at >= latest:
            values.update(code=meta.branch_code, name=meta.branch_name, timezone=meta.timezone or "Asia/Shanghai")
        conn.execute(branch.update().where(branch.c.branch_id == branch_id).values(**values))

    @staticmethod
    def _clash(conn: Connection, book: BranchWorkbook, other_branch: int) -> None:
        other_file = conn.execute(select(load.c.file_name).where(load.c.branch_id == other_branch)
                                  .order_by(load.c.load_id.desc()).limit(1)).scalar() or ""
        raise ValidationError("merge_branch_clash", file=str(book.path), other_file=other_file,
                              branch=book.meta.branch_code)


def load_files(database: Database, paths: Sequence[Path], *, os_user: str | None = None,
               on_result: Callable[[LoadResult], None] | None = None,
               on_error: Callable[[Path, Exception], None] | None = None,
               progress: Progress | None = None, cancelled: Cancelled | None = None) -> tuple[list[LoadResult], int]:
    """Load several workbooks, each in its own transaction, oldest export first so the latest one wins and
    each replacement reports what it changed. A refused file does not stop the others. progress(files done,
    files) after each file; cancelled() is asked between files and inside a load (which then rolls back)."""
    loader = HqLoader(database, os_user)
    results: list[LoadResult] = []
    refused = 0
    ordered = _export_order(paths)
    for index, path in enumerate(ordered):
        if cancelled is not None and cancelled():
            raise LoadCancelled()
        try:
            result = loader.load(path, cancelled=cancelled)
        except (ValidationError, DatabaseUnavailableError, PermissionDenied, DBAPIError) as exc:
            refused += 1
            if on_error is not None:
                on_error(path, exc)
        else:
            results.append(result)
            if on_result is not None:
                on_result(result)
        if progress is not None:
            progress(index + 1, len(ordered))
    return results, refused


def _export_order(paths: Sequence[Path]) -> list[Path]:
    """Files sorted by their export time (unreadable ones keep their place at the end, to be refused there)."""
    stamped: list[tuple[int, datetime, str, Path]] = []
    for position, path in enumerate(paths):
        try:
            with read_workbook(path) as book:
                stamped.append((0, book.meta.exported_at, path.name, path))
        except ValidationError:
            stamped.append((1, datetime.max, f"{position:09d}", path))
    return [p for *_, p in sorted(stamped)]
