"""Demo branch history: customers, units and tickets in every state over the last months, with events, clocks,
visits, service reports with parts, installation orders with their signed acceptances, callbacks, complaints,
return claims and the search index; the stock movements and payments behind the reports come from
desktop/demo/history_stock.py.

Rows are written directly with SQLAlchemy Core executemany in batches (one transaction per batch), not through
the services: the services audit and check one record at a time, which is right for a clerk and far too slow
for a million tickets. The rows follow the same rules the services enforce (lifecycle, gapless numbers per day,
clocks). Ticket ids grow with intake time, as they do in real use, so "newest first" is "highest id first".
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
import random
import threading
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from json.encoder import c_make_encoder, encode_basestring_ascii  # type: ignore[attr-defined]
from operator import itemgetter
from typing import Any, cast

from psycopg.adapt import Dumper
from psycopg.pq import Format
from sqlalchemy import JSON, Boolean, Connection, Date, Table, func, insert, select, text

from desktop.clock import BRANCH_TZ, utc_now
from desktop.database import Database
from desktop.demo import history_data as words
from desktop.demo.history_contacts import add_contacts
from desktop.demo.history_stock import StockStory
from desktop.demo.weighted import Weighted
from desktop.models import (
    Branch,
    Callback,
    Complaint,
    ComplaintStep,
    Customer,
    CustomerAddress,
    CustomerPhone,
    Decision,
    Engineer,
    Escalation,
    FaultCategory,
    InstallationOrder,
    InstallationReport,
    NumberCounter,
    Part,
    PartUsage,
    Payment,
    ProductLine,
    ProductModel,
    ReturnClaim,
    ReturnList,
    ServiceClock,
    ServiceReport,
    StockMovement,
    Ticket,
    TicketEvent,
    Unit,
    User,
    Visit,
)
from desktop.models.base import UTCDateTime
from desktop.models.installation import ACCEPTANCE_ITEMS
from desktop.printing.signature import StrokeSignature, content_digest, signature_to_json
from desktop.rules.addresses import address_key
from desktop.rules.numbering import day_key, format_number
from desktop.services.core import audit
from desktop.services.core.ticket_search import TS_CONFIG, bigram_text, document_text, place_words
from desktop.services.installations.installation_records import InstallationResult
from desktop.services.installations.installation_service import acceptance_content

BATCH = 20_000
TICKETS_PER_CUSTOMER = 2.5
RECENT_DAYS = 14
LINE_WEIGHTS = {"solar": 60, "purifier": 34, "vending": 3, "campus": 3}
# Share of the branch's tickets that are installations of a sold unit (安装单) rather than repairs.
INSTALLATION_SHARE = 0.08
INSTALLED_LINES = ("solar", "purifier")
Progress = Callable[[int, int], None]
SEARCH_TABLES = ("ticket_search", "ticket_search_bigram", "ticket_search_phone")
# maintenance_work_mem for a GIN index build (see _rebuild_indexes).
GIN_BUILD_MEMORY = "64MB"
# A lane's provisional sequence numbers (see _Generator.number) lie above this per lane: no real day numbers as many.
PROVISIONAL_SEQ = 100_000


CHANNELS = Weighted(("hotline", "walk_in", "salesperson", "online"), (70, 10, 12, 8))
PRIORITIES = Weighted(("normal", "urgent", "critical"), (88, 10, 2))
PROOFS = Weighted(("invoice", "card_only", "none"), (80, 15, 5))
OLD_STATES = Weighted(("closed", "closed_phone", "cancelled", "completed", "resolved_by_phone", "escalated_closed"),
                      (76, 15, 5, 0.4, 0.2, 3))
WEEK_STATES = Weighted(("closed", "closed_phone", "completed", "cancelled", "scheduled", "unresolved", "escalated",
                        "resolved_by_phone", "on_site"), (45, 12, 10, 5, 8, 6, 6, 4, 4))
NEW_STATES = Weighted(("new", "triage", "dispatched", "scheduled", "on_site", "resolved_by_phone", "completed",
                       "cancelled"), (25, 8, 20, 18, 8, 10, 8, 3))
CALLBACK_GRADES = Weighted(("very_satisfied", "satisfied", "neutral", "dissatisfied"), (35, 45, 16, 4))
INSTALL_OLD = Weighted(("closed", "cancelled"), (96, 4))
INSTALL_WEEK = Weighted(("completed", "closed", "scheduled", "not_installed", "cancelled"), (70, 12, 8, 5, 5))
INSTALL_NEW = Weighted(("new", "dispatched", "scheduled", "completed"), (35, 25, 30, 10))
INSTALL_GRADES = Weighted(("very_satisfied", "satisfied", "neutral"), (40, 50, 10))
# The story adds whole minutes, hours and days to tens of millions of times: building a timedelta from a keyword
# costs more than the rest of the addition, so the whole ones are made once (the same values).
_MINUTES = {m: timedelta(minutes=m) for m in range(-60, 24 * 60 + 1)}
_HOURS = [timedelta(hours=h) for h in range(49)]
_DAYS = [timedelta(days=d) for d in range(5 * 365 + 1)]


@dataclass(frozen=True)
class HistoryStats:
    customers: int
    units: int
    tickets: int
    events: int
    seconds: float


@dataclass
class _Catalogue:
    branch_id: int
    branch_code: str
    clerk: int
    dispatcher: int
    supervisor: int
    engineer_user: int
    engineers: list[tuple[int, str]]
    lines: dict[str, tuple[int, int]]  # code -> (id, on-site window minutes)
    models: dict[str, list[int]]
    faults: dict[str, list[tuple[int, str, str]]]  # code -> [(id, code, name_zh)]
    parts: dict[str, list[tuple[int, int]]]  # code -> [(id, price_fen)]
    # The engineer whose account is engineer_user (None when no engineer has one).
    own_engineer: tuple[int, str] | None = None


@dataclass
class _Ids:
    next: dict[str, int] = field(default_factory=dict)

    def take(self, table: str) -> int:
        value = self.next[table]
        self.next[table] = value + 1
        return value


@dataclass
class _CustomerRec:
    id: int
    name: str
    phones: list[str]
    address_id: int
    district: str
    detail: str
    units: list[tuple[int, str, int, str]]  # (unit id, line code, model id, serial)
    town: str = ""


class _Batch:
    """Rows of one batch per table, flushed together in one transaction."""

    ORDER = (Customer, CustomerPhone, CustomerAddress, Unit, Ticket, TicketEvent, ServiceClock, Visit,
             ServiceReport, PartUsage, InstallationOrder, InstallationReport, Escalation, Complaint, ComplaintStep,
             Callback, ReturnClaim, Decision, ReturnList, StockMovement, Payment)

    def __init__(self) -> None:
        self.rows: dict[Any, list[dict[str, Any]]] = {model: [] for model in self.ORDER}
        # The commonest rows (eight a ticket, never changed once made) as tuples in EVENT_COLUMNS order: no dict
        # to make, take apart and free for each of 8 million events.
        self.events: list[tuple[Any, ...]] = []
        # The clocks likewise, as lists in CLOCK_COLUMNS order (the story meets or cancels them later: CLOCK_MET,
        # CLOCK_CANCELLED).
        self.clocks: list[list[Any]] = []
        self.docs: list[tuple[int, str]] = []

    def add(self, model: Any, **values: Any) -> None:
        self.rows[model].append(values)

    def add_row(self, model: Any, row: dict[str, Any]) -> None:
        """Keeps the caller's dict: later steps of the story (a clock met, a visit resolved) update it in place."""
        self.rows[model].append(row)

    def encode(self, dialect: str) -> _Encoded:
        """The batch as database values (table, columns, rows), emptied for the next one."""
        tables: list[tuple[str, list[str], Sequence[Sequence[Any]]]] = []
        for model in self.ORDER:
            positional: Sequence[Sequence[Any]] = (self.events if model is TicketEvent else
                                                   self.clocks if model is ServiceClock else ())
            if positional:
                names, convert = _positional_encoder(model, dialect)
                tables.append((model.__tablename__, names,
                               positional if convert is None else list(map(convert, positional))))
            rows = self.rows[model]
            if rows:
                names, encode, pick = _encoder(model.__table__, frozenset(rows[0]), dialect)
                values = None
                if pick is not None:
                    try:
                        values = list(map(pick, rows))
                    except KeyError:  # a row without a column that has a default: the slower general path
                        values = None
                tables.append((model.__tablename__, names, values if values is not None else list(map(encode, rows))))
        encoded = _Encoded(tables, self.docs)
        self.rows = {model: [] for model in self.ORDER}
        self.events = []
        self.clocks = []
        self.docs = []
        return encoded


@dataclass
class _Encoded:
    tables: list[tuple[str, list[str], Sequence[Sequence[Any]]]]
    docs: list[tuple[int, str]]

    def write(self, conn: Connection) -> None:
        """One transaction. Runs on the writer thread: the drivers leave Python while the database works (SQLite's
        inserts and indexes, the server's COPY), so the next batch is generated meanwhile."""
        with conn.begin():
            for table, names, values in self.tables:
                _write(conn, table, names, values)
            _bulk_documents(conn, self.docs)


def _utc_text(value: datetime | None) -> str | None:
    # The text SQLAlchemy's SQLite DateTime writes for the naive UTC value (UTCDateTime), microseconds included;
    # PostgreSQL's COPY reads the same text into its timestamp (naive UTC) columns.
    if value is None:
        return None
    if value.tzinfo is not UTC:
        value = value.astimezone(UTC)
    # "2026-01-02 03:04:05.000006+00:00" without its offset.
    return value.isoformat(" ", "microseconds")[:26]


def _converter(column: Any, dialect: str) -> Callable[[Any], Any]:
    if dialect != "sqlite":
        # PostgreSQL's binary COPY takes the Python values as they are: psycopg writes dates, times, booleans and
        # JSON in C (see _copy_types), which saves formatting millions of them as text here.
        return _same
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return _utc_text
    if isinstance(kind, Date):
        return lambda v: None if v is None else v.isoformat()
    if isinstance(kind, Boolean):
        return lambda v: None if v is None else int(v)
    if isinstance(kind, JSON):
        return lambda v: None if v is None else json.dumps(v)
    return _same


def _same(value: Any) -> Any:
    return value


def _default(column: Any) -> Any:
    default = column.default
    if default is None:
        return None
    # Python-side defaults (version=1, default=list) are applied by SQLAlchemy, which this path bypasses.
    return default.arg if default.is_scalar else default.arg(None)


_Encode = Callable[[dict[str, Any]], tuple[Any, ...]]
_Convert = Callable[[Sequence[Any]], tuple[Any, ...]]
_ENCODERS: dict[tuple[str, frozenset[str], str], tuple[list[str], _Encode, _Encode | None]] = {}


def _encoder(table: Any, keys: frozenset[str], dialect: str) -> tuple[list[str], _Encode, _Encode | None]:
    """The columns a batch writes and one function turning a row dict into the tuple of their database values,
    compiled once per table (a generated lambda: no loop over the columns for each of millions of rows). The third
    is a plain itemgetter (in C, several times faster) when nothing is converted and the first row has every
    column: it raises KeyError for a row that leaves a column to its default."""
    cached = _ENCODERS.get((table.name, keys, dialect))
    if cached is not None:
        return cached
    columns = [c for c in table.columns if c.key in keys or c.default is not None]
    env: dict[str, Any] = {}
    parts = []
    for index, column in enumerate(columns):
        env[f"d{index}"] = _default(column)
        value = f"r.get({column.key!r}, d{index})"
        convert = _converter(column, dialect)
        if convert is not _same:
            env[f"c{index}"] = convert
            value = f"c{index}({value})"
        parts.append(value)
    encode = eval(f"lambda r: ({', '.join(parts)},)", env)
    plain = len(columns) > 1 and all(c.key in keys and _converter(c, dialect) is _same for c in columns)
    pick = cast(_Encode, itemgetter(*(c.key for c in columns))) if plain else None
    _ENCODERS[(table.name, keys, dialect)] = ([c.name for c in columns], encode, pick)
    return _ENCODERS[(table.name, keys, dialect)]


EVENT_COLUMNS = ("id", "ticket_id", "at", "user_id", "kind", "from_status", "to_status", "note", "data")
CLOCK_COLUMNS = ("id", "ticket_id", "commitment", "round", "started_at", "due_at", "met_at", "cancelled")
CLOCK_STARTED, CLOCK_DUE, CLOCK_MET, CLOCK_CANCELLED = 4, 5, 6, 7


@cache
def _positional_encoder(model: Any, dialect: str) -> tuple[list[str], _Convert | None]:
    """The columns of a table whose rows the batch keeps positionally (every column, in EVENT_COLUMNS or
    CLOCK_COLUMNS order) and the conversion of such a row to database values, None where there is none
    (PostgreSQL)."""
    columns = list(cast(Table, model.__table__).columns)
    if tuple(c.key for c in columns) != (EVENT_COLUMNS if model is TicketEvent else CLOCK_COLUMNS):
        raise RuntimeError(f"{model.__tablename__}'s columns changed: update the story's rows of it")
    converters = [_converter(c, dialect) for c in columns]
    if all(convert is _same for convert in converters):
        return [c.name for c in columns], None
    env = {f"c{i}": convert for i, convert in enumerate(converters)}
    parts = [f"r[{i}]" if convert is _same else f"c{i}(r[{i}])" for i, convert in enumerate(converters)]
    return [c.name for c in columns], cast(_Convert, eval(f"lambda r: ({', '.join(parts)},)", env))


def _write(conn: Connection, table: str, names: list[str], values: Sequence[Sequence[Any]]) -> None:
    """Straight to the driver (SQLAlchemy's per-row parameter handling costs more than the insert itself): one
    executemany on SQLite, COPY on PostgreSQL."""
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        if conn.dialect.name == "sqlite":
            cursor.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                               values)
        else:
            types = _copy_types(conn, table, names)  # asked before the COPY holds the connection
            cursor.adapters.register_dumper(None, _JsonCopyDumper)  # this cursor's COPY only
            with cursor.copy(f"COPY {table} ({', '.join(names)}) FROM STDIN (FORMAT BINARY)") as copy:
                copy.set_types(types)
                _copy_rows(copy, values)
    finally:
        cursor.close()


def _copy_rows(copy: Any, values: Sequence[Sequence[Any]]) -> None:
    """The rows in binary COPY format. psycopg's own row formatter (C in psycopg[binary]) fills one buffer per
    chunk of rows, which the COPY sends as a block: write_row would go through two Python methods for each of
    the 20 million rows of a million tickets (a sixth of a generating lane's time). Where that formatter is not
    importable (another psycopg), write_row does the same."""
    if _format_row_binary is None:
        write = copy.write_row
        for row in values:
            write(row)
        return
    transformer = copy.formatter.transformer  # holds the column types set_types gave
    out = bytearray(_PGCOPY_HEADER)
    for start in range(0, len(values), _COPY_CHUNK):
        for row in values[start:start + _COPY_CHUNK]:
            _format_row_binary(row, transformer, out)
        copy.write(out)
        out = bytearray()
    copy.write(_PGCOPY_TRAILER)


_JSON_OID = 114  # PostgreSQL's json type


class _JsonCopyDumper(Dumper):
    """The json columns' values (SQLAlchemy's JSON is PostgreSQL's json, kept as the text given) as the same
    text json.dumps gives, made by the json module's C encoder in one call: psycopg's own dumper goes through
    json.dumps, JSONEncoder.encode and iterencode for each of ~7 values a ticket, a third of a lane's COPY time."""

    format = Format.BINARY
    oid = _JSON_OID

    def dump(self, obj: Any) -> bytes:
        return "".join(_JSON_CHUNKS(obj, 0)).encode()


def _unserialisable(value: Any) -> Any:
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


# json.dumps' defaults: ASCII escapes, ": " and ", ", no sorting, NaN allowed (the text SQLAlchemy stores); no
# check for circular references (the story's values are flat).
_JSON_CHUNKS = c_make_encoder(None, _unserialisable, encode_basestring_ascii, None, ": ", ", ", False, False, True)


try:
    from psycopg._copy_base import format_row_binary as _format_row_binary
except ImportError:  # pragma: no cover - a psycopg without it: write_row
    _format_row_binary = None
# PostgreSQL's binary COPY file format (its documentation, "Binary Format"): the signature, flags and header
# extension length before the rows; a field count of -1 after them.
_PGCOPY_HEADER = b"PGCOPY\n\xff\r\n\x00" + bytes(8)
_PGCOPY_TRAILER = b"\xff\xff"
# Rows per buffer handed to the COPY (a few hundred kB): the server parses one while the next is formatted.
_COPY_CHUNK = 4000


def _copy_types(conn: Connection, table: str, names: list[str]) -> list[int]:
    """The type of each column, as binary COPY needs them. A timestamp column (naive UTC, UTCDateTime) is given the
    aware datetimes as timestamptz: the binary values are the same microseconds, counted from UTC, whatever zone a
    value carries."""
    cache: dict[tuple[str, tuple[str, ...]], list[int]] = conn.info.setdefault("history_copy_types", {})
    key = (table, tuple(names))
    if key not in cache:
        found: dict[str, int] = dict(conn.exec_driver_sql(
            "SELECT attname, atttypid::int FROM pg_attribute WHERE attrelid = %(t)s::regclass AND attnum > 0 "
            "AND NOT attisdropped", {"t": table}).all())
        cache[key] = [_TIMESTAMPTZ if found[name] == _TIMESTAMP else found[name] for name in names]
    return cache[key]


_TIMESTAMP, _TIMESTAMPTZ = 1114, 1184


def _bulk_documents(conn: Connection, docs: list[tuple[int, str]]) -> None:
    """The search index rows of the batch (the same text write_documents stores for a saved ticket)."""
    if not docs:
        return
    if conn.dialect.name == "sqlite":
        _write(conn, "ticket_search", ["rowid", "doc"], docs)
        _write(conn, "ticket_search_bigram", ["rowid", "doc"], [(i, _bigram_text(d)) for i, d in docs])
    else:
        # COPY takes the bigram text into a staging table; the server turns it into the tsvector column.
        _write(conn, "ticket_search_load", ["ticket_id", "doc", "grams"], [(i, d, _bigram_text(d)) for i, d in docs])
        conn.exec_driver_sql(f"INSERT INTO ticket_search (ticket_id, doc, grams) SELECT ticket_id, doc, "
                             f"to_tsvector('{TS_CONFIG}', grams) FROM ticket_search_load")
        conn.exec_driver_sql("TRUNCATE ticket_search_load")


def _bigram_text(doc: str) -> str:
    """bigram_text(doc), field by field: its CJK runs never reach over document_text's " | " between fields, so
    each field is cut on its own, the same text. Most fields recur (districts, faults, a returning customer's name
    and address) and are cut once; numbers, phones and serials have nothing to cut. The regular expression's call
    for every CJK run cost 0.8 CPU-s per 100,000 tickets."""
    out = []
    for part in doc.split(" | "):
        if part.isascii():
            out.append(part)
            continue
        grams = _GRAMS.get(part)
        if grams is None:
            if len(_GRAMS) >= 200_000:  # a lane's memory stays bounded; the recurring ones come back soon
                _GRAMS.clear()
            grams = _GRAMS[part] = bigram_text(part)
        out.append(grams)
    return " | ".join(out)


_GRAMS: dict[str, str] = {}


def _load_catalogue(conn: Connection) -> _Catalogue:
    branch = conn.execute(select(Branch.id, Branch.code).order_by(Branch.id).limit(1)).one()
    users = {role: uid for uid, role in conn.execute(select(User.id, User.role).order_by(User.id.desc()))}
    fallback = users.get("supervisor") or next(iter(users.values()))
    lines = {code: (lid, window) for lid, code, window in
             conn.execute(select(ProductLine.id, ProductLine.code, ProductLine.onsite_window_minutes))}
    line_code = {lid: code for code, (lid, _) in lines.items()}
    models: dict[str, list[int]] = {}
    for mid, lid in conn.execute(select(ProductModel.id, ProductModel.product_line_id).order_by(ProductModel.id)):
        models.setdefault(line_code[lid], []).append(mid)
    faults: dict[str, list[tuple[int, str, str]]] = {}
    for fid, lid, code, name in conn.execute(select(FaultCategory.id, FaultCategory.product_line_id,
                                                    FaultCategory.code, FaultCategory.name_zh)):
        faults.setdefault(line_code[lid], []).append((fid, code, name))
    parts: dict[str, list[tuple[int, int]]] = {}
    for pid, part_line, price in conn.execute(select(Part.id, Part.product_line_id, Part.price_fen)):
        if part_line is not None:
            parts.setdefault(line_code[part_line], []).append((pid, price))
    rows = conn.execute(select(Engineer.id, Engineer.name, Engineer.user_id).order_by(Engineer.id)).all()
    engineers = [(r.id, r.name) for r in rows]
    if not engineers:
        raise ValueError("the demo history needs engineers; seed the branch with demo=True")
    engineer_user = users.get("engineer", fallback)
    own = next(((r.id, r.name) for r in rows if r.user_id is not None and r.user_id == engineer_user), None)
    return _Catalogue(branch.id, branch.code, users.get("clerk", fallback), users.get("dispatcher", fallback),
                      users.get("supervisor", fallback), engineer_user, engineers, lines, models,
                      faults, parts, own)


def _next_ids(conn: Connection) -> _Ids:
    ids = _Ids()
    for model in _Batch.ORDER:
        ids.next[model.__tablename__] = int(conn.scalar(select(func.coalesce(func.max(model.id), 0))) or 0) + 1
    return ids


class _Generator:
    def __init__(self, cat: _Catalogue, ids: _Ids, rng: random.Random, tickets: int, now: datetime,
                 counters: dict[tuple[str, str], int], conn: Connection, stock_rng: random.Random,
                 lane: tuple[int, int] = (0, 1), provisional_from: date | None = None) -> None:
        self.cat, self.ids, self.rng, self.total, self.now = cat, ids, rng, tickets, now
        self.counters = counters
        # A lane of a parallel load (desktop/demo/history_parallel.py): lane `lane[0]` of `lane[1]`. Its phone
        # numbers, serials and tags are those ending in its own residue, so lanes never draw the same one; from
        # `provisional_from` on, its numbers (other than tickets') are provisional until the lanes are joined.
        self.lane, self.lanes = lane
        self.provisional_from = provisional_from
        self.provisional_add = PROVISIONAL_SEQ * (self.lane + 1)
        self._number_days: dict[tuple[str, date], tuple[tuple[str, str], str]] = {}
        self.mobile_span, self.landline_span = 10**8 // self.lanes, 10**6 // self.lanes
        # Its own random stream: the tickets, visits and parts of a seed stay what they were before stock existed.
        self.stock = StockStory(conn, cat.branch_id, {"clerk": cat.clerk, "supervisor": cat.supervisor},
                                ids.take, self.number, stock_rng, now)
        self.stock.tags, self.stock.tag_step = self.lane + 1 - self.lanes, self.lanes
        self._unused_states: dict[tuple[str, ...], list[str]] = {}
        self.days = max(30, min(365, tickets // 8))
        self.start_local = (now.astimezone(BRANCH_TZ) - timedelta(days=self.days - 1)).date()
        self.latest = now - timedelta(minutes=1)  # the last moment a ticket is opened
        self.recent = now - timedelta(days=2)
        self.customers: list[_CustomerRec] = []
        self.used_phones: set[str] = set()
        self.serial_seq = self.lane + 1 - self.lanes
        self.last_by_unit: dict[int, tuple[int, int, datetime]] = {}
        self.line_codes = [c for c in LINE_WEIGHTS if c in cat.lines and cat.models.get(c)]
        self.lines = Weighted(self.line_codes, [LINE_WEIGHTS[c] for c in self.line_codes])
        self.districts = Weighted(words.DISTRICTS, [d[1] for d in words.DISTRICTS])
        self.events = 0
        self.recent_installations = 0
        # Whether the demo engineer's account has an agreed visit yet (see _Lifecycle._visit_loop).
        self.own_engineer_booked = False
        self.unused_install_states = ["new", "scheduled"]
        # Installing a sold unit is its own ticket kind now; repairs draw from the other fault categories.
        self.repair_faults = {line: [f for f in faults if f[1] != "install"] or faults
                              for line, faults in cat.faults.items()}

    # --- customers --------------------------------------------------------------------------------------

    def _name(self) -> str:
        rng = self.rng
        if rng.random() < 0.04:
            place = rng.choice(words.DISTRICTS)[0][:2]
            return place + rng.choice(words.GIVEN_CHARS) + rng.choice(words.COMPANY_WORDS)
        given = rng.choice(words.GIVEN_CHARS) + (rng.choice(words.GIVEN_CHARS) if rng.random() < 0.7 else "")
        return rng.choice(words.SURNAMES) + given

    def _phone(self, landline: bool) -> str:
        while True:
            if landline:
                first = self.rng.choice(words.LANDLINE_FIRST_DIGITS)
                digits = self.rng.randrange(self.landline_span) * self.lanes + self.lane
                number = f"{words.AREA_CODE}{first}{digits:06d}"
            else:
                number = (self.rng.choice(words.MOBILE_PREFIXES)
                          + f"{self.rng.randrange(self.mobile_span) * self.lanes + self.lane:08d}")
            if number not in self.used_phones:
                self.used_phones.add(number)
                return number

    def _address(self) -> tuple[str, str, str]:
        """District, town (乡镇: the region lists it; empty in town streets) and detail."""
        rng = self.rng
        district, _, streets = self.districts(rng)
        street = rng.choice(streets)
        town = ""
        if street.endswith(("镇", "乡")):
            town = street
            detail = f"{rng.choice(words.SURNAMES)}庄村{rng.randint(1, 12)}组{rng.randint(1, 80)}号"
        else:
            estate = rng.choice(words.RESIDENCE_NAMES) + rng.choice(words.RESIDENCES)
            detail = (f"{street}{rng.randint(1, 300)}号{estate}{rng.randint(1, 30)}号楼"
                      f"{rng.randint(1, 4)}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}")
        return district, town, detail

    def new_customer(self, batch: _Batch) -> _CustomerRec:
        rng, cat = self.rng, self.cat
        cid = self.ids.take("customer")
        name = self._name()
        created = self._moment(rng.uniform(-0.5, 0.9))
        batch.add(Customer, id=cid, branch_id=cat.branch_id, name=name,
                  kind="company" if name.endswith(words.COMPANY_WORDS) else "person",
                  is_key_account=rng.random() < 0.02, note="", created_at=created, version=1)
        phones = [self._phone(landline=rng.random() < 0.15)]
        if rng.random() < 0.25:
            phones.append(self._phone(landline=not phones[0].startswith("1") or rng.random() < 0.3))
        for number in phones:
            batch.add(CustomerPhone, id=self.ids.take("customer_phone"), branch_id=cat.branch_id, customer_id=cid,
                      number=number, extension="",
                      kind="mobile" if number.startswith("1") else "landline")
        district, town, detail = self._address()
        aid = self.ids.take("customer_address")
        batch.add(CustomerAddress, id=aid, customer_id=cid, province="河南省", city="安阳市", district=district,
                  town=town, detail=detail, detail_key=address_key(detail))  # rows go in without the ORM: the key too
        rec = _CustomerRec(cid, name, phones, aid, district, detail, [], town)
        for _ in range(1 if rng.random() < 0.8 else 2):
            rec.units.append(self._unit(batch, rec, created))
        self.customers.append(rec)
        return rec

    def _unit(self, batch: _Batch, rec: _CustomerRec, created: datetime) -> tuple[int, str, int, str]:
        rng = self.rng
        line = self.lines(rng)
        model = rng.choice(self.cat.models[line])
        self.serial_seq += self.lanes
        sold = created.astimezone(BRANCH_TZ).date() - _DAYS[rng.randint(0, 5 * 365)]
        serial = f"{'LT' if line == 'solar' else 'HS'}{sold:%y%m}{self.serial_seq:07d}"
        proof = PROOFS(rng)
        uid = self.ids.take("unit")
        row = dict(id=uid, customer_id=rec.id, model_id=model, address_id=rec.address_id, serial=serial,
                   invoice_date=sold if proof == "invoice" else None,
                   installation_date=sold + _DAYS[rng.randint(0, 7)],
                   production_date=sold - _DAYS[rng.randint(20, 200)], proof=proof,
                   usage="commercial" if rng.random() < 0.06 else "household", installed_by_us=rng.random() < 0.9,
                   invoice_price_fen=rng.randint(1500, 6000) * 100, status="active", replaces_unit_id=None,
                   warranty_restart_date=None, created_at=created, version=1)
        batch.add_row(Unit, row)
        self.stock.unit(uid, line, row)
        return uid, line, model, serial

    # --- tickets ----------------------------------------------------------------------------------------

    def _moment(self, position: float) -> datetime:
        """Local office hours (08:00-20:00) spread over the period; position 0..1 from the start to now."""
        position = min(max(position, 0.0), 0.999999)
        day_float = position * self.days
        day = self.start_local + _DAYS[int(day_float)]
        minutes = (day_float - int(day_float)) * 12 * 60
        local = datetime.combine(day, time(8), BRANCH_TZ) + timedelta(minutes=minutes)
        return min(local.astimezone(UTC), self.latest)

    def number(self, series: str, moment: datetime) -> str:
        """Gapless per series and local day, continuing any counter already in the database."""
        day = moment.astimezone(BRANCH_TZ).date()
        known = self._number_days.get((series, day))
        if known is None:
            # format_number's text up to the sequence, made once per series and day (millions of numbers).
            known = self._number_days[(series, day)] = (
                (series, day_key(day)), format_number(self.cat.branch_code, series, day, 1)[:-4])
        key, prefix = known
        seq = self.counters.get(key, 0) + 1
        self.counters[key] = seq
        if self.provisional_from is not None and day >= self.provisional_from and series != "ticket":
            seq += self.provisional_add
        return f"{prefix}{seq:04d}"

    def _status_for(self, opened: datetime) -> str:
        age = (self.now - opened).total_seconds() / 86400
        rng = self.rng
        # A working branch calls back within days, so old tickets are almost all closed; a few stragglers
        # keep the overdue list honest without flooding the demo's callback queue.
        if age > RECENT_DAYS:
            return OLD_STATES(rng)
        states = WEEK_STATES if age > 2 else NEW_STATES
        group: tuple[str, ...] = states.population
        # Only a handful of tickets are this recent (it depends on the weekday and hour the demo is made):
        # the first of them take each state once, so every area of the demo has something in every state.
        unused = self._unused_states.setdefault(group, list(group))
        if unused:
            return unused.pop(0)
        return states(rng)

    def ticket(self, batch: _Batch, index: int) -> None:
        rng, cat = self.rng, self.cat
        opened = self._moment((index + rng.random() * 0.9) / self.total)
        recent = opened > self.recent
        # A couple of the last days' orders are always installations, so the board has one waiting to plan.
        wanted = rng.random() < INSTALLATION_SHARE or (recent and self.recent_installations < 2)
        if wanted and any(line in self.line_codes for line in INSTALLED_LINES):
            self.recent_installations += int(recent)
            self.installation(batch, opened)
            return
        want_new = not self.customers or rng.random() < 1 / TICKETS_PER_CUSTOMER
        rec = self.new_customer(batch) if want_new else rng.choice(self.customers)
        unit_id, line, _model, _serial = rng.choice(rec.units)
        fault_id, fault_code, fault_name = rng.choice(self.repair_faults[line])
        repeat_of = None
        last = self.last_by_unit.get(unit_id)
        if last is not None and (opened - last[2]).days <= 90 and rng.random() < 0.35:
            repeat_of, fault_id = last[0], last[1]
            fault_code = next(f[1] for f in cat.faults[line] if f[0] == fault_id)
            fault_name = next(f[2] for f in cat.faults[line] if f[0] == fault_id)
        fault_text = rng.choice(words.FAULT_TEXTS.get(fault_code, ("需要上门查看",)))
        status = self._status_for(opened)
        tid = self.ids.take("ticket")
        self.last_by_unit[unit_id] = (tid, fault_id, opened)
        number = self.number("ticket", opened)
        phone = rng.choice(rec.phones)
        # Every row of a table carries every column (the defaults too): the batch then takes the rows' values in
        # one C call each (_encoder's itemgetter) instead of a lookup per column.
        row: dict[str, Any] = dict(
            id=tid, branch_id=cat.branch_id, number=number, kind="repair", customer_id=rec.id, unit_id=unit_id,
            address_id=rec.address_id, product_line_id=cat.lines[line][0], contact_phone=phone, status="new",
            channel=CHANNELS(rng), priority=PRIORITIES(rng), fault_category_id=fault_id,
            fault_text=fault_text, is_repeat=repeat_of is not None, repeat_of_ticket_id=repeat_of, triage_note="",
            cancel_reason="", escalation_level=0, engineer_id=None, opened_at=opened, opened_by=cat.clerk,
            completed_at=None, closed_at=None, version=1,
        )
        _Lifecycle(self, batch, row, cat.lines[line][1], line, rec).play(status)
        batch.add(Ticket, **row)
        batch.docs.append((tid, document_text(number, [phone, *rec.phones], rec.name, _serial,
                                              place_words(rec.district, rec.town), rec.detail, fault_name,
                                              fault_text)))


    # --- installations (安装单) ------------------------------------------------------------------------------

    def installation(self, batch: _Batch, opened: datetime) -> None:
        """A unit sold at a store and installed by the branch: the sale's customer, the new unit (no installation
        date until the acceptance sets it), the installation ticket and its story."""
        rng, cat = self.rng, self.cat
        rec = self.new_customer(batch)
        line = rng.choice([c for c in INSTALLED_LINES if c in self.line_codes])
        model = rng.choice(cat.models[line])
        self.serial_seq += self.lanes
        sold = opened.astimezone(BRANCH_TZ).date()
        serial = f"{'LT' if line == 'solar' else 'HS'}{sold:%y%m}{self.serial_seq:07d}"
        unit_id = self.ids.take("unit")
        unit = dict(id=unit_id, customer_id=rec.id, model_id=model, address_id=rec.address_id,
                    serial=serial, invoice_date=sold, installation_date=None,
                    production_date=sold - _DAYS[rng.randint(20, 120)], proof="invoice",
                    usage="household", installed_by_us=True, invoice_price_fen=rng.randint(1800, 6500) * 100,
                    status="active", replaces_unit_id=None, warranty_restart_date=None, created_at=opened, version=1)
        batch.add_row(Unit, unit)
        rec.units.append((unit_id, line, model, serial))
        tid = self.ids.take("ticket")
        number = self.number("ticket", opened)
        note = rng.choice(words.INSTALL_NOTES)
        row: dict[str, Any] = dict(
            id=tid, branch_id=cat.branch_id, number=number, kind="installation", customer_id=rec.id,
            unit_id=unit["id"], address_id=rec.address_id, product_line_id=cat.lines[line][0],
            contact_phone=rec.phones[0], status="new", channel=rng.choice(("salesperson", "walk_in")),
            priority="normal", fault_category_id=None, fault_text=note, is_repeat=False, repeat_of_ticket_id=None,
            triage_note="", cancel_reason="", escalation_level=0, engineer_id=None, opened_at=opened,
            opened_by=cat.clerk, completed_at=None, closed_at=None, version=1)
        # The day after the sale at the earliest: the customer is phoned first to agree the time.
        requested = sold + _DAYS[rng.randint(1, 3)]
        batch.add(InstallationOrder, id=self.ids.take("installation_order"), ticket_id=tid, unit_id=unit["id"],
                  requested_date=requested, sold_by=rng.choice(words.SOLD_BY), note=note, created_at=opened,
                  created_by=cat.clerk)
        _InstallationStory(self, batch, row, line, rec, unit, requested).play()
        batch.add(Ticket, **row)
        batch.docs.append((tid, document_text(number, rec.phones, rec.name, serial, place_words(rec.district, rec.town),
                                              rec.detail, None, note)))


class _Lifecycle:
    """Plays one ticket's story up to its final state: events, clocks, visits, reports, callbacks."""

    def __init__(self, gen: _Generator, batch: _Batch, ticket: dict[str, Any], window: int, line: str,
                 customer: _CustomerRec) -> None:
        self.gen, self.batch, self.t, self.window, self.line, self.customer = gen, batch, ticket, window, line, customer
        self.rng = gen.rng
        self.status = "new"
        self.at = ticket["opened_at"]
        self.clock_ids: dict[str, list[Any]] = {}

    def _later(self, lo_minutes: float, hi_minutes: float) -> datetime:
        # random.uniform(lo, hi) written out (the same draw and value): half a million calls per 100,000 tickets.
        at = self.at + timedelta(minutes=lo_minutes + (hi_minutes - lo_minutes) * self.rng.random())
        now = self.gen.now
        self.at = at if at < now else now
        return self.at

    def _event(self, kind: str, user: int, to: str | None = None, note: str = "", data: Any = None) -> None:
        # The commonest row (eight a ticket): appended without the helper calls.
        gen = self.gen
        ids = gen.ids.next
        event_id = ids["ticket_event"]
        ids["ticket_event"] = event_id + 1
        self.batch.events.append(
            (event_id, self.t["id"], self.at, user, kind, self.status if to else None, to, note, data))
        gen.events += 1
        if to:
            self.status = to
            self.t["status"] = to

    def _clock(self, commitment: str, minutes: int, round_: int = 1, start: datetime | None = None) -> list[Any]:
        # Four a ticket: written out like _event.
        start = start or self.at
        ids = self.gen.ids.next
        clock_id = ids["service_clock"]
        ids["service_clock"] = clock_id + 1
        clock = [clock_id, self.t["id"], commitment, round_, start,
                 start + (_MINUTES.get(minutes) or timedelta(minutes=minutes)), None, False]  # CLOCK_COLUMNS
        self.batch.clocks.append(clock)
        self.clock_ids[commitment] = clock
        return clock

    def _meet(self, commitment: str) -> None:
        clock = self.clock_ids.get(commitment)
        if clock is not None and clock[CLOCK_MET] is None:
            clock[CLOCK_MET] = max(self.at, clock[CLOCK_STARTED])

    def play(self, final: str) -> None:
        cat = self.gen.cat
        self._event("opened", cat.clerk, data={"channel": self.t["channel"]})
        self._clock("first_contact", 10)
        self._clock("report_back", 60)
        on_site = self._clock("on_site", self.window)
        if final == "new":
            # Left as it is: a new ticket older than ten minutes is overdue, as on a busy real day.
            return
        self._later(1, 14)
        self._event("contact_call", cat.clerk, note="已与客户联系")
        self._meet("first_contact")
        if final == "cancelled":
            self._later(10, 600)
            reason = self.rng.choice(words.CANCEL_REASONS)
            self.t["cancel_reason"] = reason
            self._event("state_change", cat.clerk, "cancelled", reason)
            for clock in self.clock_ids.values():
                if clock[CLOCK_MET] is None:
                    clock[CLOCK_CANCELLED] = True
            return
        if final == "triage":
            self._event("state_change", cat.clerk, "triage", "工程师电话分析")
            return
        if final in ("resolved_by_phone", "closed_phone"):
            self._later(2, 30)
            note = self.rng.choice(words.PHONE_FIX_NOTES)
            self.t["triage_note"] = note
            self._event("state_change", cat.clerk, "resolved_by_phone", note)
            self._meet("report_back")
            on_site[CLOCK_CANCELLED] = True
            callback = self._clock("callback", 8 * 60)
            if final == "closed_phone":
                self._callback_and_close(callback)
            return
        self._later(10, 50)
        self._meet("report_back")
        self._visit_loop(final, on_site)

    def _visit_loop(self, final: str, on_site: list[Any]) -> None:
        cat, rng = self.gen.cat, self.rng
        rounds = 2 if final in ("escalated_closed",) else 1
        for round_ in range(1, rounds + 1):
            engineer_id, engineer_name = rng.choice(cat.engineers)
            own = False
            if final == "scheduled" and cat.own_engineer is not None and not self.gen.own_engineer_booked:
                # The demo engineer's account opens on My day: one agreed visit is theirs whatever the draw, or at
                # some hours of the day nothing was theirs to open. The draw above is still made, so the random
                # stream (and every other row of a seed) stays what it was.
                engineer_id, engineer_name = cat.own_engineer
                self.gen.own_engineer_booked = True
                own = True
            self.t["engineer_id"] = engineer_id
            self._event("state_change", cat.dispatcher, "dispatched", engineer_name, {"engineer_id": engineer_id})
            if final == "dispatched":
                return
            start = self._later(30, 240)
            self._event("state_change", cat.clerk, "scheduled", "与客户电话约定上门时间")
            planned_start = _working_hours(start + _HOURS[rng.randint(1, 20)], rng)
            if own and planned_start < self.gen.now:
                # My day lists today's and tomorrow's visits: the one kept for the demo engineer is tomorrow
                # morning, whatever the hour (a visit agreed for a day after the call, as customers often ask).
                tomorrow = self.gen.now.astimezone(BRANCH_TZ).date() + timedelta(days=1)
                planned_start = datetime.combine(tomorrow, time(9, 30), tzinfo=BRANCH_TZ).astimezone(UTC)
            visit = dict(id=self.gen.ids.take("visit"), ticket_id=self.t["id"], engineer_id=engineer_id,
                         round=round_, status="scheduled", planned_start=planned_start,
                         planned_end=planned_start + _HOURS[2], agreed_start=planned_start,
                         agreed_end=planned_start + _HOURS[2], override_reason="", warnings=[],
                         printed_at=start, created_at=start, created_by=cat.dispatcher, version=1)
            self.batch.add_row(Visit, visit)
            if final == "scheduled" or planned_start >= self.gen.now:
                return
            self.at = min(planned_start + _MINUTES[rng.randint(-30, 90)], self.gen.now)
            self._event("state_change", cat.engineer_user, "on_site", engineer_name, {"visit_id": visit["id"]})
            # Each round's arrival meets that round's on-site clock, as VisitService.record_arrival does (the first
            # round's was left running on every ticket escalated and later closed: 26,268 running clocks in
            # 1,000,000 tickets that no real branch has, read by the clock watch every minute).
            on_site[CLOCK_MET] = max(self.at, on_site[CLOCK_STARTED])
            visit["status"] = "on_site"
            if final == "on_site":
                return
            arrived = self.at
            resolved = not (final in ("unresolved", "escalated") or (round_ < rounds))
            self._later(30, 150)
            self._report(visit, arrived, resolved)
            if not resolved:
                visit["status"] = "unresolved"
                self._event("state_change", cat.engineer_user, "unresolved", "需要更换配件")
                if final == "unresolved":
                    return
                self._later(60, 600)
                self.batch.add(Escalation, id=self.gen.ids.take("escalation"), ticket_id=self.t["id"],
                               visit_id=visit["id"], analysis="配件不符，需要订货", plan="order_parts",
                               plan_note="配件到货后再次上门", created_at=self.at, created_by=cat.supervisor)
                self.t["escalation_level"] += 1
                self._event("state_change", cat.supervisor, "escalated", "服务事件升级")
                if final == "escalated":
                    return
                on_site = self._clock("on_site", self.window, round_=round_ + 1)
                continue
            visit["status"] = "resolved"
            self._event("state_change", cat.engineer_user, "completed", "客户已签字")
            self.t["completed_at"] = self.at
        callback = self._clock("callback", 8 * 60)
        self._claims_and_complaints()
        if final in ("closed", "escalated_closed"):
            self._callback_and_close(callback)
        else:
            self._pending_callback(callback)

    def _report(self, visit: dict[str, Any], arrived: datetime, resolved: bool) -> None:
        rng, cat = self.rng, self.gen.cat
        rid = self.gen.ids.take("service_report")
        cause, work_done = rng.choice(words.CAUSES), rng.choice(words.WORK_DONE)
        if rng.random() >= 0.7:
            rng.choice((3000, 5000, 8000))
        report = dict(id=rid, visit_id=visit["id"], arrived_at=arrived, departed_at=self.at, cause=cause,
                      work_done=work_done, result="resolved" if resolved else "unresolved", labour_charge_fen=0,
                      customer_comment="",
                      satisfaction=rng.choice(("very_satisfied", "satisfied", "satisfied", "neutral")),
                      signature_kind="none", signature_strokes=None, signature_scan=None, content_digest="",
                      recorded_at=self.at, recorded_by=cat.clerk, version=1, early_arrival_reason="",
                      follow_up="", content_version=2)
        self.batch.add_row(ServiceReport, report)
        self._event("service_report", cat.clerk, note="服务报告已录入", data={"visit_id": visit["id"]})
        # The same draws as before charges were proposed (parts, quantity, charged), so a seed's history is
        # unchanged; what is charged now follows the fee schedule and the warranty status.
        fitted: list[tuple[int, int]] = []
        for _ in range(rng.choice((0, 1, 1, 2))):
            part_id, _price = rng.choice(cat.parts.get(self.line) or [(None, 0)])
            if part_id is None:
                break
            fitted.append((part_id, rng.randint(1, 2)))
            rng.random()
        # Charges as the fee schedule proposes, the van stock the parts come from, and the payment.
        self.gen.stock.report(self.batch, report, visit, self.t, fitted, resolved, self.customer.name)

    def _callback_row(self, due: datetime, status: str) -> dict[str, Any]:
        return dict(id=self.gen.ids.take("callback"), branch_id=self.gen.cat.branch_id, ticket_id=self.t["id"],
                    customer_id=self.t["customer_id"], kind="after_service", status=status, due_at=due,
                    first_due_at=due, attempts=0, assigned_to=self.gen.cat.clerk, done_at=None, done_by=None,
                    answers={}, satisfaction=None, closing_line="", notes="", follow_up_ticket_id=None,
                    complaint_id=None, created_at=self.at, reason="", version=1)

    def _pending_callback(self, clock: list[Any]) -> None:
        self.batch.add(Callback, **self._callback_row(clock[CLOCK_DUE], "pending"))

    def _callback_and_close(self, clock: list[Any]) -> None:
        cat, rng = self.gen.cat, self.rng
        self._later(30, 400)
        row = self._callback_row(clock[CLOCK_DUE], "done")
        satisfaction = CALLBACK_GRADES(rng)
        # What CallbackService.complete writes: the closing line's id (E1, or E2 for an unhappy customer) in the
        # callback and as the timeline entry's note, which the ticket's timeline names in words.
        closing = "E2" if satisfaction == "dissatisfied" else "E1"
        row.update(attempts=1, done_at=self.at, done_by=cat.clerk, satisfaction=satisfaction, closing_line=closing,
                   answers={"on_time": rng.random() < 0.9, "fixed": True, "charged_correctly": True})
        self.batch.add(Callback, **row)
        self._meet("callback")
        self._event("callback", cat.clerk, note=closing, data={"satisfaction": satisfaction})
        self._later(5, 60)
        self._event("state_change", cat.clerk, "closed", "回访完毕，归档")
        self.t["closed_at"] = self.at

    def _claims_and_complaints(self) -> None:
        rng, cat, gen = self.rng, self.gen.cat, self.gen
        if rng.random() < 0.01:
            cid = gen.ids.take("complaint")
            self.batch.add(Complaint, id=cid, branch_id=cat.branch_id, number=gen.number("complaint", self.at),
                           customer_id=self.t["customer_id"], ticket_id=self.t["id"], source="phone",
                           concerns=rng.choice(("staff", "product", "other")), concerns_person="",
                           description=rng.choice(words.COMPLAINT_TEXTS), owner_id=cat.supervisor, status="closed",
                           promised_answer_at=self.at + timedelta(hours=24),
                           first_contact_due_at=self.at + timedelta(minutes=30),
                           first_contact_at=self.at + timedelta(minutes=20), inspected_at=self.at + timedelta(hours=4),
                           inspection_note="现场查看", liability="ours", answer="已道歉并免费复修",
                           customer_accepted=True, created_at=self.at, closed_at=self.at + timedelta(hours=30),
                           version=1)
            self.batch.add(ComplaintStep, id=gen.ids.take("complaint_step"), complaint_id=cid,
                           at=self.at + timedelta(minutes=20), by=cat.supervisor, note="当天联系客户")
            self._event("complaint", cat.supervisor, note="客户投诉已受理", data={"complaint_id": cid})
        if rng.random() < 0.006:
            claim_id = gen.ids.take("return_claim")
            outcome, rule = rng.choice((("exchange", "R-15"), ("refund", "R-7"), ("repair", "R-RW"),
                                        ("refuse", "X-OUT")))
            self.batch.add(ReturnClaim, id=claim_id, number=gen.number("claim", self.at),
                           ticket_id=self.t["id"], unit_id=self.t["unit_id"], status="closed",
                           requested_remedy=rng.choice(("exchange", "refund")), facts={}, inspection_note="检测确认",
                           inspected_by=cat.engineer_user, inspected_at=self.at, customer_choice=None,
                           created_at=self.at, created_by=cat.clerk, version=1)
            self.batch.add(Decision, id=gen.ids.take("decision"), claim_id=claim_id, outcome=outcome, rule_id=rule,
                           money_rule_id=None, allowed=[outcome], requested_denied=outcome == "refuse",
                           refund_amount_fen=None, depreciation_fen=None, depreciation_days=None, explanation=[],
                           approvals_required=["supervisor"], overridden=False, override_reason="",
                           decided_at=self.at, decided_by=cat.clerk, approved_by=cat.supervisor,
                           approved_at=self.at + timedelta(hours=2), hq_confirmed_by="", hq_confirmed_at=None,
                           rejected_reason="", replacement_unit_id=None, executed_at=None)
            self._event("return_claim", cat.clerk, note="退换货申请", data={"claim_id": claim_id})


def _acceptance_digest(content: dict[str, Any]) -> str:
    """content_digest(content) for an acceptance's flat fields (text, numbers, truth values, times, days and the
    checks): the same canonical JSON without content_digest's walk over every value's possible kinds (an eighth of
    an installation's story). Any other kind of value goes to content_digest itself."""
    flat: dict[str, Any] = {}
    for key, value in content.items():
        kind = type(value)
        if kind is datetime or kind is date:
            value = value.isoformat()
        elif kind is dict:
            if not all(type(v) in _PLAIN for v in value.values()):
                return content_digest(content)
            value = {str(k): v for k, v in value.items()}
        elif kind not in _PLAIN:
            return content_digest(content)
        flat[str(key)] = value
    canonical = json.dumps(flat, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


_PLAIN = (str, int, bool, type(None))


@cache  # the same scribble for every acceptance: made once, read (never changed) by the encoders
def _demo_signature() -> Any:
    """A short scribble, so that demo acceptances print with a handwritten signature as real ones do."""
    stroke = tuple((20.0 + 12 * i, 60.0 - 25 * ((i % 3) - 1), 0.5) for i in range(18))
    return json.loads(signature_to_json(StrokeSignature(260.0, 110.0, (stroke,))))


class _InstallationStory(_Lifecycle):
    """An installation order from intake to the acceptance and the after-installation callback."""

    def __init__(self, gen: _Generator, batch: _Batch, ticket: dict[str, Any], line: str, customer: _CustomerRec,
                 unit: dict[str, Any], requested: Any) -> None:
        super().__init__(gen, batch, ticket, gen.cat.lines[line][1], line, customer)
        self.unit, self.requested = unit, requested

    def _final(self) -> str:
        age = (self.gen.now - self.t["opened_at"]).total_seconds() / 86400
        rng = self.rng
        if age > 40:
            return INSTALL_OLD(rng)
        if age > 3:
            return INSTALL_WEEK(rng)
        if self.gen.unused_install_states:
            return self.gen.unused_install_states.pop(0)
        return INSTALL_NEW(rng)

    def play(self, final: str | None = None) -> None:
        cat, rng, gen = self.gen.cat, self.rng, self.gen
        final = final or self._final()
        self._event("opened", cat.clerk, data={"channel": self.t["channel"], "kind": "installation",
                                               "requested_date": self.requested.isoformat()})
        self._clock("first_contact", 10)
        day_end = datetime.combine(self.requested + timedelta(days=1), time(0), BRANCH_TZ).astimezone(UTC)
        on_site = self._clock("on_site", max(1, int((day_end - self.at).total_seconds() // 60)))
        if final == "new":
            return
        self._later(1, 14)
        self._event("contact_call", cat.clerk, note="已与客户约定安装时间")
        self._meet("first_contact")
        if final == "cancelled":
            self._later(30, 600)
            self.t["cancel_reason"] = "客户暂不安装"
            self._event("state_change", cat.clerk, "cancelled", "客户暂不安装")
            for clock in self.clock_ids.values():
                if clock[CLOCK_MET] is None:
                    clock[CLOCK_CANCELLED] = True
            return
        engineer_id, engineer_name = rng.choice(cat.engineers)
        self.t["engineer_id"] = engineer_id
        self._later(10, 120)
        self._event("state_change", cat.dispatcher, "dispatched", engineer_name, {"engineer_id": engineer_id})
        start = datetime.combine(self.requested, time(rng.choice((9, 10, 14, 15))), BRANCH_TZ).astimezone(UTC)
        visit = dict(id=gen.ids.take("visit"), ticket_id=self.t["id"], engineer_id=engineer_id, round=1,
                     status="dispatched", planned_start=start, planned_end=start + timedelta(hours=3),
                     agreed_start=None, agreed_end=None, override_reason="", warnings=[], printed_at=None,
                     created_at=self.at, created_by=cat.dispatcher, version=1)
        self.batch.add_row(Visit, visit)
        if final == "dispatched":
            return
        self._later(5, 60)
        visit.update(status="scheduled", agreed_start=start, agreed_end=start + timedelta(hours=3))
        self._event("state_change", cat.clerk, "scheduled", "与客户电话约定安装时间")
        if final == "scheduled" or start >= gen.now:
            return
        arrived = start + _MINUTES[rng.randint(0, 40)]
        departed = arrived + _MINUTES[rng.randint(90, 200)]
        if departed >= gen.now:
            return
        self.at = arrived
        self._event("state_change", cat.engineer_user, "on_site", engineer_name, {"visit_id": visit["id"]})
        on_site[CLOCK_MET] = max(arrived, on_site[CLOCK_STARTED])
        visit["status"] = "on_site"
        self.at = departed
        installed = final != "not_installed"
        defect = installed and rng.random() < 0.05
        checks = {item: True for item in ACCEPTANCE_ITEMS}
        result = InstallationResult(
            arrived_at=arrived, departed_at=departed, result="installed" if installed else "not_installed",
            installed_on=arrived.astimezone(BRANCH_TZ).date() if installed else None, checks=checks,
            appearance_defect=defect, appearance_note=rng.choice(words.APPEARANCE_DEFECTS) if defect else "",
            use_explained=installed,
            work_note=rng.choice(words.INSTALL_WORK) if installed else "楼顶无承重位置，需客户协调物业",
            customer_comment="")
        signed = installed
        self.batch.add(InstallationReport, id=gen.ids.take("installation_report"), visit_id=visit["id"],
                       result=result.result, arrived_at=arrived, departed_at=departed, early_arrival_reason="",
                       installed_on=result.installed_on, checks=checks, appearance_defect=defect,
                       appearance_note=result.appearance_note, use_explained=result.use_explained,
                       work_note=result.work_note, customer_comment="",
                       signature_kind="strokes" if signed else "none",
                       signature_strokes=_demo_signature() if signed else None, signature_scan=None,
                       content_digest=_acceptance_digest(acceptance_content(self.t["number"], visit["id"], result))
                       if signed else "",
                       recorded_at=departed + _HOURS[rng.randint(1, 20)], recorded_by=cat.clerk, version=1)
        self._event("installation_report", cat.clerk, note="安装验收单已录入", data={"visit_id": visit["id"]})
        if not installed:
            visit["status"] = "unresolved"
            self._event("state_change", cat.engineer_user, "unresolved", result.work_note)
            return
        visit["status"] = "resolved"
        self._event("state_change", cat.engineer_user, "completed", "用户验收签字")
        self.t["completed_at"] = departed
        self.unit["installation_date"] = result.installed_on
        due_day = cast(date, result.installed_on) + timedelta(days=30)
        due = datetime.combine(due_day, time(23, 59, 59), BRANCH_TZ).astimezone(UTC)
        callback = dict(id=gen.ids.take("callback"), branch_id=cat.branch_id, ticket_id=self.t["id"],
                        customer_id=self.t["customer_id"], kind="after_install", status="pending", due_at=due,
                        first_due_at=due, attempts=0, assigned_to=cat.clerk, done_at=None, done_by=None, answers={},
                        satisfaction=None, closing_line="", notes="", follow_up_ticket_id=None, complaint_id=None,
                        created_at=departed, reason="", version=1)
        if final == "closed" and due - timedelta(days=rng.randint(1, 20)) < gen.now:
            self.at = min(due - timedelta(days=rng.randint(1, 20)), gen.now)
            callback.update(status="done", attempts=1, done_at=self.at, done_by=cat.clerk,
                            satisfaction=INSTALL_GRADES(rng),
                            answers={"q1_service_satisfied": True, "q1_explained_use": True}, closing_line="E1")
            self.batch.add(Callback, **callback)
            self._event("callback", cat.clerk, note="E1", data={"callback_id": callback["id"],
                                                            "satisfaction": callback["satisfaction"]})
            self._later(5, 60)
            self._event("state_change", cat.clerk, "closed", "回访完毕，归档")
            self.t["closed_at"] = self.at
            return
        self.batch.add(Callback, **callback)


def _prepare_bulk(conn: Connection, unique_after: bool = False) -> None:
    if conn.dialect.name == "sqlite":
        # A crash during the load loses only the demo data being generated; speed matters more here.
        # On the driver connection, outside any transaction (SQLite refuses to change them inside one).
        raw = conn.connection.dbapi_connection
        assert raw is not None
        for pragma in ("synchronous = OFF", "foreign_keys = OFF", "cache_size = -262144", "temp_store = MEMORY"):
            raw.execute(f"PRAGMA {pragma}")
        # The search indexes merge their segments once at the end ('optimize' in _finish_bulk) rather than after
        # every batch; the setting is stored with the index, so _finish_bulk puts the default (4) back.
        for name in SEARCH_TABLES:
            raw.execute(f"INSERT INTO {name}({name}, rank) VALUES ('automerge', 0)")
        return
    # PostgreSQL: the references are checked by one trigger per row and key; the generator writes them right (as
    # with SQLite's foreign_keys = OFF above), so a role allowed to skip them does. Others load with the checks.
    # synchronous_commit off: a crash during the load loses only demo rows still being generated.
    conn.exec_driver_sql("SET synchronous_commit = off")
    # The trigram index takes new documents into its pending list and sorts them in larger runs.
    conn.exec_driver_sql("SET gin_pending_list_limit = '64MB'")
    conn.exec_driver_sql("CREATE TEMPORARY TABLE IF NOT EXISTS ticket_search_load "
                         "(ticket_id integer, doc text, grams text)")
    is_superuser = conn.exec_driver_sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").scalar()
    if is_superuser:
        conn.exec_driver_sql("SET session_replication_role = replica")
        conn.info["bulk_replica"] = True
    _drop_secondary_indexes(conn, unique_after)
    conn.commit()


def _history_tables() -> list[str]:
    return [model.__tablename__ for model in _Batch.ORDER] + ["ticket_search"]


def _drop_secondary_indexes(conn: Connection, unique_after: bool = False) -> None:
    """Into an empty history (the benchmark's million tickets), PostgreSQL loads the rows without the indexes that
    only serve lookups and builds those once at the end (_rebuild_indexes): one sorted build is far cheaper than
    keeping a dozen indexes, two of them GIN, in order row by row once they outgrow the server's buffers. Primary
    keys stay. Unique constraints stay too, so the load is checked for duplicates as it goes, unless
    `unique_after` (the parallel load, which removes every row it wrote when anything fails): then those no
    foreign key refers to are added back at the end, checked then, the same constraints by the same names (a
    quarter of the server's COPY work of a million tickets was keeping them in order, mostly the numbers' text).
    A history added to existing rows keeps its indexes."""
    if conn.exec_driver_sql("SELECT EXISTS (SELECT 1 FROM ticket)").scalar():
        return
    rows = conn.exec_driver_sql(
        "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
        "WHERE i.indrelid = ANY(%(tables)s::regclass[]) AND NOT i.indisunique AND NOT i.indisprimary "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)",
        {"tables": _history_tables()}).all()
    for name, _definition in rows:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    definitions = [definition for _name, definition in rows]
    if unique_after:
        constraints = conn.exec_driver_sql(
            "SELECT c.conrelid::regclass::text, quote_ident(c.conname), pg_get_constraintdef(c.oid) "
            "FROM pg_constraint c WHERE c.contype = 'u' AND c.conrelid = ANY(%(tables)s::regclass[]) "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = c.conindid) "
            "ORDER BY c.conname", {"tables": _history_tables()}).all()
        for table, name, definition in constraints:
            conn.exec_driver_sql(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
            definitions.append(f"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}")
    conn.info["bulk_indexes"] = definitions


def _rebuild_indexes(conn: Connection, analyze: bool = False) -> bool:
    """Builds the indexes (and adds the constraints) _drop_secondary_indexes set aside, also after a failed or
    cancelled load (the schema stays what the migrations made); with `analyze`, the tables are analysed meanwhile.
    True when they were. Each one is committed when built and struck off the list, so after a failure (a duplicate
    found by a constraint added back) a second call builds only what is still missing."""
    early: _EarlyBuilds | None = conn.info.pop("bulk_early", None)
    definitions: list[str] | None = conn.info.get("bulk_indexes")
    if early is not None and not definitions:
        early.join()  # raises when one failed (its definition is back on the list)
    if not definitions:
        conn.info.pop("bulk_indexes", None)
        return False
    try:
        if conn.in_transaction():
            conn.rollback()
        sizes: dict[str, int] = dict(conn.exec_driver_sql(
            "SELECT quote_ident(c.relname), pg_table_size(c.oid) FROM pg_class c WHERE c.relkind = 'r' "
            "AND c.relnamespace = to_regnamespace(current_schema())").all())
    except BaseException:
        if early is not None:  # it would wait for its share for ever, holding a connection
            with contextlib.suppress(BaseException):
                early.join()
        raise

    # Two processes of the server build at once, one per core of a small machine: the trigram index first (the
    # longest, ~25 CPU-s of 1,000,000 tickets: a GIN build uses one process), the bigram index on the other (~15
    # CPU-s), then the rest, larger tables first, so both end at about the same time; the tables are analysed
    # last, ticket_search at the very end (ANALYZE and an index build lock each other out of a table). A parallel
    # load has started the trigram index already (_start_search_builds) on a connection of its own, which has
    # analysed ticket_search first: this one starts on the rest, and that one joins in once its build is done.
    work = sorted(definitions, key=lambda d: ("gin_trgm_ops" not in d, " gin " not in d, -sizes.get(_table_of(d), 0)))
    if analyze:
        analysed = sorted((t for t in sizes if early is None or t not in early.analysed),
                          key=lambda t: (t == "ticket_search", -sizes[t]))
        work += [f"ANALYZE {table}" for table in analysed]
    shared = _SharedWork(deque(work), definitions)
    if early is not None:
        early.share(shared)  # it takes from the same list once its own build is done
        with contextlib.suppress(BaseException):
            shared.drain(conn)
    else:
        with conn.engine.connect() as other, ThreadPoolExecutor(max_workers=1) as pool:
            pending = pool.submit(shared.drain, other)
            with contextlib.suppress(BaseException):
                shared.drain(conn)
            with contextlib.suppress(BaseException):
                pending.result()
    if early is not None:
        with contextlib.suppress(BaseException) if shared.failed else contextlib.nullcontext():
            early.join()
    if shared.failed:
        raise shared.failed[0]
    conn.info.pop("bulk_indexes", None)
    return analyze


class _SharedWork:
    """The builds left, taken one at a time by each connection that builds (drain): a definition built is struck
    off `definitions`; after a failure the others stop after their current build."""

    def __init__(self, work: deque[str], definitions: list[str]) -> None:
        self.work = work
        self.definitions = definitions
        self.failed: list[BaseException] = []

    def drain(self, lane_conn: Connection) -> None:
        try:
            memory = _build_memory(lane_conn)
            while not self.failed:
                try:
                    statement = self.work.popleft()  # atomic: two threads never take the same one
                except IndexError:
                    break
                _build(lane_conn, statement, memory)
                if statement in self.definitions:
                    self.definitions.remove(statement)
        except BaseException as error:
            self.failed.append(error)
            lane_conn.rollback()
            raise
        finally:
            _reset_build_settings(lane_conn)


def _reset_build_settings(lane_conn: Connection) -> None:
    """The pooled connection goes back with the server's settings (_build_memory changed two)."""
    if lane_conn.in_transaction():
        lane_conn.rollback()
    lane_conn.exec_driver_sql("RESET maintenance_work_mem")
    lane_conn.exec_driver_sql("RESET max_parallel_maintenance_workers")
    lane_conn.commit()


def _table_of(statement: str) -> str:
    words = statement.split()
    name = words[words.index("ON") + 1] if words[0] == "CREATE" else words[2]
    return name.rsplit(".", 1)[-1]


# Server processes building at once (_rebuild_indexes): two, as many as the cores of a small machine.
BUILD_STREAMS = 2


def _build_memory(lane_conn: Connection) -> str:
    """Sorting a million keys in memory rather than in temporary files (a server given more keeps it): the
    connection's setting for a b-tree build. A b-tree build's helper processes only take cores where there are
    more than the builds already running at once (BUILD_STREAMS): on two cores they took the trigram build's
    core and made the whole end slower (timeline of 1,000,000 tickets: the trigram index took 45 s instead of 25)."""
    if lane_conn.exec_driver_sql("SELECT pg_size_bytes(current_setting('maintenance_work_mem')) "
                                 "< pg_size_bytes('256MB')").scalar():
        lane_conn.exec_driver_sql("SET maintenance_work_mem = '256MB'")
    # This machine's cores are the server's only when the server runs here (a Unix socket or loopback: the
    # benchmark's own server); a server elsewhere keeps its own setting.
    address = lane_conn.exec_driver_sql("SELECT host(inet_server_addr())").scalar()
    if address in (None, "127.0.0.1", "::1"):
        spare = max(0, (os.cpu_count() or 1) - BUILD_STREAMS)
        if int(lane_conn.exec_driver_sql("SHOW max_parallel_maintenance_workers").scalar() or 0) > spare:
            lane_conn.exec_driver_sql(f"SET max_parallel_maintenance_workers = {spare}")
    memory = str(lane_conn.exec_driver_sql("SHOW maintenance_work_mem").scalar())
    lane_conn.commit()
    return memory


def _build(lane_conn: Connection, statement: str, memory: str) -> None:
    """One index, constraint or ANALYZE, committed."""
    gin = " USING gin " in statement
    if gin:
        # A GIN build gathers its keys in memory and writes them out whenever that memory is full: in 64MB runs
        # it stays in the processor's caches, and the two GIN indexes of a million tickets took 15 + 24.5 CPU-s
        # instead of 19.5 + 26.5 with 1GB (the same indexes). B-trees keep the larger setting, which sorts their
        # keys in memory.
        lane_conn.exec_driver_sql(f"SET maintenance_work_mem = '{GIN_BUILD_MEMORY}'")
    lane_conn.exec_driver_sql(statement)
    if gin:
        lane_conn.exec_driver_sql(f"SET maintenance_work_mem = '{memory}'")
    lane_conn.commit()


class _EarlyBuilds:
    """The longest index build (ticket_search's trigram index), started on a connection of its own while the caller
    goes on with work that never touches that table; the table is analysed first on that connection (its
    statistics do not depend on the index, and afterwards the analysis would wait for the build). Then that
    connection takes its share of the rest from the list _rebuild_indexes hands it (share), so both end at about
    the same time; _rebuild_indexes waits for it (join). A definition is off the list while it is being built and
    back on it when its build failed, so a later _rebuild_indexes builds it again."""

    def __init__(self, conn: Connection, table: str) -> None:
        self.definitions: list[str] = conn.info["bulk_indexes"]
        self.mine = [d for d in self.definitions if _table_of(d) == table and "gin_trgm_ops" in d]
        self.analysed = [table]
        for definition in self.mine:
            self.definitions.remove(definition)
        self.shared: _SharedWork | None = None
        self.handed = threading.Event()
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="history-index")
        self.future = self.pool.submit(self._run, conn.engine, table)

    def _run(self, engine: Any, table: str) -> None:
        built = 0
        analysed = False
        try:
            with engine.connect() as lane_conn:
                try:
                    memory = _build_memory(lane_conn)
                    _build(lane_conn, f"ANALYZE {table}", memory)
                    analysed = True
                    for definition in self.mine:
                        _build(lane_conn, definition, memory)
                        built += 1
                    self.handed.wait()
                    if self.shared is not None:
                        self.shared.drain(lane_conn)  # resets the settings itself
                        return
                finally:
                    with contextlib.suppress(Exception):
                        _reset_build_settings(lane_conn)
        except BaseException:
            # Whatever failed (the connection, the analysis, a build), what this thread did not build goes back
            # on the list, so a later _rebuild_indexes builds it: an index missing now would be missing for good
            # (a later load sets aside only the indexes that exist).
            if not analysed:
                self.analysed.clear()  # _rebuild_indexes analyses it then
            self.definitions.extend(self.mine[built:])
            raise

    def share(self, shared: _SharedWork) -> None:
        self.shared = shared
        self.handed.set()

    def join(self) -> None:
        self.handed.set()  # nothing more to share when it was not yet
        error = self.future.exception()  # waits for it
        self.pool.shutdown()
        if error is not None:
            raise error


def _start_search_builds(conn: Connection) -> None:
    """The search index's trigram index (the longest build: ~25 CPU-s of 1,000,000 tickets, in one process)
    starts as soon as the parallel lanes are done, while the parent renumbers and writes the counters and stock (a
    few seconds that touch no search row), then builds the rest; _rebuild_indexes waits for it."""
    if conn.info.get("bulk_indexes") and "bulk_early" not in conn.info:
        conn.info["bulk_early"] = _EarlyBuilds(conn, "ticket_search")


def _finish_bulk(conn: Connection, gen: _Generator) -> None:
    table = cast(Table, NumberCounter.__table__)
    branch_id = gen.cat.branch_id
    with conn.begin():
        # Thousands of series and days: the existing counters in one read, the new ones in one insert.
        existing = _existing_counters(conn, branch_id)
        new = [dict(branch_id=branch_id, series=series, day=key, last_seq=seq)
               for (series, key), seq in gen.counters.items() if (series, key) not in existing]
        if new:
            conn.execute(insert(table), new)
        for (series, key), seq in gen.counters.items():
            if existing.get((series, key), seq) < seq:
                conn.execute(table.update().where(table.c.branch_id == branch_id, table.c.series == series,
                                                  table.c.day == key).values(last_seq=seq))
    if conn.dialect.name == "sqlite":
        with conn.begin():
            # Merge the FTS b-tree segments once: a search then reads one segment instead of hundreds.
            for name in SEARCH_TABLES:
                conn.execute(text(f"INSERT INTO {name}({name}, rank) VALUES ('automerge', 4)"))
                conn.execute(text(f"INSERT INTO {name}({name}) VALUES ('optimize')"))
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA synchronous = FULL")
        raw.execute("PRAGMA foreign_keys = ON")
        analysed = False
    else:
        analysed = _rebuild_indexes(conn, analyze=True)
        # The pooled connection goes back to the application with every check and the normal durability.
        if conn.info.pop("bulk_replica", False):
            conn.exec_driver_sql("RESET session_replication_role")
        conn.exec_driver_sql("RESET synchronous_commit")
        conn.exec_driver_sql("DROP TABLE IF EXISTS ticket_search_load")
        conn.exec_driver_sql("RESET gin_pending_list_limit")
        conn.commit()
        with conn.begin():
            # Rows were written with explicit ids; move each serial sequence past them for later inserts.
            for model in _Batch.ORDER:
                name = model.__tablename__
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                                  f"(SELECT coalesce(max(id), 0) + 1 FROM {name}), false)"))
    if not analysed:
        with conn.begin():
            conn.exec_driver_sql("ANALYZE")


def _existing_counters(conn: Connection, branch_id: int) -> dict[tuple[str, str], int]:
    rows = conn.execute(select(NumberCounter.series, NumberCounter.day, NumberCounter.last_seq)
                        .where(NumberCounter.branch_id == branch_id))
    return {(series, day): seq for series, day, seq in rows}


def _generate_range(conn: Connection, gen: _Generator, start: int, stop: int, progress: Progress | None,
                    cancelled: Callable[[], bool] | None, checked: Callable[[], None] | None = None) -> int:
    """Tickets start..stop-1 of the history, a batch at a time; returns how many were written (`progress` gets
    that count and stop - start). `checked` runs after each batch is generated, before it is written."""
    batch = _Batch()
    done = start
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="history-writer") as writer:
        # One batch is written while the next is generated; the connection is the writer's until the end.
        pending: Future[None] | None = None
        while done < stop:
            if cancelled is not None and cancelled():
                break
            for index in range(done, min(stop, done + BATCH)):
                gen.ticket(batch, index)
            done = min(stop, done + BATCH)
            if checked is not None:
                checked()
            encoded = batch.encode(conn.dialect.name)
            if pending is not None:
                pending.result()
            pending = writer.submit(encoded.write, conn)
            if progress is not None:
                progress(done - start, stop - start)
        if pending is not None:
            pending.result()
    _GRAMS.clear()  # the app that made a demo history keeps running
    return done - start


def generate_history(database: Database, tickets: int, seed: int, progress: Progress | None = None,
                     cancelled: Callable[[], bool] | None = None, workers: int = 1) -> HistoryStats:
    """Add `tickets` tickets (and their customers, units, events...) ending now. Deterministic for a seed (and
    number of workers) apart from the anchor time. Returns counts; stops after the current batch when
    `cancelled()` is true.

    workers > 1 on PostgreSQL into an empty history: that many processes generate ranges of the tickets at once,
    each over its own connection (desktop/demo/history_parallel.py); a failed or cancelled parallel load leaves no
    history. Elsewhere (SQLite, or a history added to existing tickets) one generator writes it all."""
    if workers > 1 and not database.is_sqlite:
        from desktop.demo.history_parallel import generate_in_parallel

        parallel = generate_in_parallel(database, tickets, seed, workers, progress, cancelled)
        if parallel is not None:
            return parallel
    started = utc_now()
    rng = random.Random(seed)
    # The story makes tens of millions of short-lived dicts and tuples and keeps millions alive (customers, phones,
    # units); Python's cycle collector would walk all the live ones again and again (about a fifth of the run at
    # 1,000,000 tickets). Nothing here makes reference cycles, so reference counting frees every row.
    collecting = gc.isenabled()
    gc.disable()
    with database.engine.connect() as conn:
        _prepare_bulk(conn)
        try:
            cat = _load_catalogue(conn)
            ids = _next_ids(conn)
            gen = _Generator(cat, ids, rng, tickets, started, _existing_counters(conn, cat.branch_id), conn,
                             random.Random(f"stock-{seed}"))
            conn.commit()
            done = _generate_range(conn, gen, 0, tickets, progress, cancelled)
            gen.stock.finish(conn)
            _finish_bulk(conn, gen)
        except BaseException:
            # A failed load still leaves the schema whole (the rebuild's own failure must not hide the cause).
            with contextlib.suppress(Exception):
                _rebuild_indexes(conn)
            raise
        finally:
            if collecting:
                gc.enable()
    # Questions and quality problems ride on the tickets just written (a stream of their own: the tickets of a
    # seed stay what they were).
    add_contacts(database, seed, started)
    with database.write.begin() as session:
        audit.record(session, None, "demo.history", "ticket", None, None,
                     {"tickets": done, "customers": len(gen.customers), "seed": seed})
    seconds = (utc_now() - started).total_seconds()
    return HistoryStats(len(gen.customers), sum(len(c.units) for c in gen.customers), done, gen.events, seconds)


def _working_hours(moment: datetime, rng: random.Random) -> datetime:
    """Engineers go out between 08:00 and 17:00 branch time; a slot outside moves to the next morning."""
    local = moment.astimezone(BRANCH_TZ)
    if 8 <= local.hour < 17:
        return moment
    day = local.date() if local.hour < 8 else local.date() + timedelta(days=1)
    start = datetime(day.year, day.month, day.day, rng.randint(8, 15), rng.choice((0, 30)), tzinfo=BRANCH_TZ)
    return start.astimezone(moment.tzinfo)
