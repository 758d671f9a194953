"""Append-only, hash-chained audit records: who, when, what, before and after.

The log is a few parallel chains ("lanes", AuditHead rows 1..LANES). A writing transaction takes the first lane no
other transaction holds (PostgreSQL: FOR UPDATE SKIP LOCKED), so saves from many PCs never queue behind one head row;
within a lane the records still follow each other by id, each digest covering its predecessor's. SQLite has one
writer at a time and uses lane 1 only. verify_chain walks every lane; desktop.audit_anchors keeps the heads outside
the database.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Integer, String, Table, TextClause, bindparam, event, insert, select, text, update
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from desktop.audit_anchors import Anchor, ChainHead
from desktop.clock import utc_now
from desktop.models import AuditHead, AuditLog
from desktop.services.core.actor import Actor

GENESIS = "0" * 64
# Parallel chains: more than the seats of any branch, so a free one is always there (migration 0009 makes them).
LANES = 32


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        # Signature scans and logos: the digest proves the content without bloating the log.
        return {"sha256": hashlib.sha256(value).hexdigest(), "size": len(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    return value


def snapshot(obj: object, exclude: tuple[str, ...] = ("password_hash",)) -> dict[str, Any]:
    """Column values of an ORM object, JSON-ready, for the before/after of an audit record."""
    mapper = sa_inspect(obj).mapper
    return {
        attr.key: _plain(getattr(obj, attr.key))
        for attr in mapper.column_attrs
        if attr.key not in exclude
    }


def _digest(prev: str, at: datetime, user_id: int | None, action: str, entity: str,
            entity_id: int | None, before: Any, after: Any) -> str:
    body = json.dumps(
        [prev, at.isoformat(), user_id, action, entity, entity_id, before, after],
        ensure_ascii=False, sort_keys=True, separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


_PENDING = "audit_pending"


# Built once: constructing a statement costs more Python than sending it (SQLAlchemy caches the compiled form only).
_HEAD = select(AuditHead.id, AuditHead.last_id, AuditHead.last_digest)
_FREE_LANE = _HEAD.order_by(AuditHead.id).limit(1).with_for_update(skip_locked=True)
_FIRST_LANE = _HEAD.where(AuditHead.id == 1).with_for_update()


def _lane(session: Session) -> tuple[int, int, str]:
    """(lane, last id, last digest) of the chain head this transaction appends to, locked until it commits."""
    if session.get_bind().dialect.name == "postgresql":
        # Any lane no other transaction holds.
        row = session.execute(_FREE_LANE).first()
        if row is not None:
            return int(row[0]), int(row[1]), str(row[2])
    row = session.execute(_FIRST_LANE).first()
    if row is None:
        session.execute(insert(AuditHead), {"id": 1, "last_id": 0, "last_digest": GENESIS})
        return 1, 0, GENESIS
    return int(row[0]), int(row[1]), str(row[2])


def record(session: Session, actor: Actor | None, action: str, entity: str, entity_id: int | None,
           before: dict[str, Any] | None = None, after: dict[str, Any] | None = None) -> None:
    """Write one audit row in the caller's transaction (so it commits or rolls back with the change).

    The row is chained in a short final step just before the transaction commits (`_seal`): one lane taken, the
    transaction's rows inserted in order with their digests, the head advanced. The lane is held only for that step
    and the commit, so concurrent saves on PostgreSQL neither queue nor fork a chain."""
    pending = session.info.get(_PENDING)
    if pending is None:
        pending = session.info[_PENDING] = []
    at = utc_now().replace(microsecond=0)
    user_id = actor.user_id if actor else None
    pending.append((at, user_id, action, entity, entity_id, _plain(before), _plain(after)))


@event.listens_for(Session, "before_commit")
def _seal(session: Session) -> None:
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return
    session.flush()  # the audited changes first: a failing save must not reach the log
    lane, last_id, prev = _lane(session)
    table = cast(Table, AuditLog.__table__)
    rows = []
    for at, user_id, action, entity, entity_id, before, after in pending:
        digest = _digest(prev, at, user_id, action, entity, entity_id, before, after)
        rows.append({"at": at, "user_id": user_id, "action": action, "entity": entity, "entity_id": entity_id,
                     "before": before, "after": after, "prev_digest": prev, "digest": digest, "chain": lane})
        prev = digest
    entities = sorted({row[3] for row in pending})
    if session.get_bind().dialect.name == "postgresql":
        _append_postgres(session, table, lane, rows, entities)
        return
    # The ids come after the lane is held: within a lane ids grow in chain order. A save writes a row or two; an
    # import thousands, in one multi-row INSERT whose ids must come back in the order the chain was built.
    if len(rows) == 1:
        last_id = session.execute(insert(table).returning(table.c.id), rows[0]).scalar_one()
    else:
        ids = list(session.scalars(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows))
        if ids != sorted(ids) or len(set(ids)) != len(ids):
            # verify_chain walks a lane by id: rows numbered out of order would read as a broken chain.
            raise RuntimeError("audit rows were numbered out of insertion order")
        last_id = ids[-1]
    session.execute(update(AuditHead).where(AuditHead.id == lane).values(last_id=last_id, last_digest=prev))


# Rows per INSERT on PostgreSQL: an import's thousands go in chunks, each a statement of bounded size.
_CHUNK = 500


def _append_postgres(session: Session, table: Table, lane: int, rows: list[dict[str, Any]],
                     entities: list[str]) -> None:
    """Insert the rows, advance the lane's head and tell the other PCs, in one round trip per chunk: a save on a
    busy branch pays for each statement in CPU on both sides (issue 18, "Saves from many PCs").

    One multi-row INSERT numbers its rows in VALUES order (the id default is evaluated row by row), so within the
    lane ids grow in chain order; RETURNING the digests with the ids proves it. The head moves to the highest id
    inserted with the digest of the last row. NOTIFY is delivered at commit, never on rollback; PostgreSQL
    delivers one notification per distinct payload in a transaction, so repeating it on every returned row is
    harmless."""
    from desktop.services.core.change_feed import CHANNEL

    for start in range(0, len(rows), _CHUNK):
        chunk = rows[start:start + _CHUNK]
        notes = entities if start + len(chunk) >= len(rows) else []
        params: dict[str, Any] = {f"{key}_{i}": value for i, row in enumerate(chunk) for key, value in row.items()}
        params.update({f"note_{j}": entity for j, entity in enumerate(notes)})
        params.update(lane=lane, head_digest=chunk[-1]["digest"], channel=CHANNEL)
        returned = sorted((int(row[0]), str(row[1]))
                          for row in session.execute(_append_statement(len(chunk), len(notes)), params))
        if [digest for _id, digest in returned] != [row["digest"] for row in chunk]:
            # verify_chain walks a lane by id: rows numbered out of order would read as a broken chain.
            raise RuntimeError("audit rows were numbered out of insertion order")


_COLUMNS = ("at", "user_id", "action", "entity", "entity_id", "before", "after", "prev_digest", "digest", "chain")


@functools.lru_cache(maxsize=64)
def _append_statement(rows: int, notes: int) -> TextClause:
    """The statement of `_append_postgres` for `rows` records and `notes` notifications, built once as text with
    typed parameters: SQLAlchemy cannot cache the compiled form of a multi-row INSERT built with Core and would
    compile it anew for every save."""
    table = cast(Table, AuditLog.__table__)
    names = ", ".join(_COLUMNS)
    values = ", ".join("(" + ", ".join(f":{key}_{i}" for key in _COLUMNS) + ")" for i in range(rows))
    notify = "".join(f", pg_notify(:channel, :note_{j})" for j in range(notes))
    statement = text(
        f"WITH audit_inserted AS (INSERT INTO audit_log ({names}) VALUES {values} RETURNING id, digest), "
        "audit_head_moved AS (UPDATE audit_head SET last_id = (SELECT max(id) FROM audit_inserted), "
        "last_digest = :head_digest WHERE id = :lane RETURNING id) "
        f"SELECT id, digest{notify} FROM audit_inserted")
    return statement.bindparams(
        *(bindparam(f"{key}_{i}", type_=table.c[key].type) for i in range(rows) for key in _COLUMNS),
        *(bindparam(f"note_{j}", type_=String) for j in range(notes)),
        bindparam("channel", type_=String), bindparam("head_digest", type_=String),
        bindparam("lane", type_=Integer))


@event.listens_for(Session, "after_soft_rollback")
def _forget(session: Session, _previous: Any) -> None:
    session.info.pop(_PENDING, None)


def chain_heads(session: Session) -> tuple[ChainHead, ...]:
    """The heads of every lane that has records, as the database says now (for an anchor)."""
    rows = session.execute(select(AuditHead.id, AuditHead.last_id, AuditHead.last_digest)
                           .where(AuditHead.last_id > 0).order_by(AuditHead.id)).all()
    return tuple(ChainHead(int(i), int(last), str(d)) for i, last, d in rows)


@dataclass(frozen=True)
class AuditEntry:
    action: str
    entity: str
    entity_id: int | None
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None


def record_many(session: Session, actor: Actor | None, entries: list[AuditEntry]) -> int:
    """Many audit rows in the caller's transaction (an import of thousands of records): queued like record() and
    chained at commit with one multi-row INSERT (see `_seal`)."""
    if not entries:
        return 0
    pending = session.info.get(_PENDING)
    if pending is None:
        pending = session.info[_PENDING] = []
    at = utc_now().replace(microsecond=0)
    user_id = actor.user_id if actor else None
    pending.extend((at, user_id, e.action, e.entity, e.entity_id, _plain(e.before), _plain(e.after))
                   for e in entries)
    return len(entries)


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    records: int
    first_bad_id: int | None
    problem: str | None
    # What the problem concerns: the malformed field, or the anchor the log no longer matches.
    detail: str | None = None


_RAW = text("SELECT id, at, user_id, action, entity, entity_id, before, after, prev_digest, digest, chain "
            "FROM audit_log WHERE id > :after ORDER BY id LIMIT :batch")


def _raw_time(value: Any) -> datetime:
    """The `at` column as the ORM would hand it back (aware UTC), from whatever the file holds."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str):
        moment = datetime.fromisoformat(value)
    else:
        raise ValueError("not a time")
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _raw_json(value: Any) -> Any:
    # SQLite hands JSON back as text, PostgreSQL already decoded.
    return json.loads(value) if isinstance(value, str | bytes) else value


def verify_chain(session: Session, batch: int = 5000) -> ChainCheck:
    """Walk the log in id order: every digest must recompute and point at its lane's previous record. Rows are
    read raw, so a malformed time or JSON field is reported as "malformed" (with the field), never raised."""
    prev: dict[int, str] = {}
    count = 0
    last_id = 0
    while True:
        rows = session.execute(_RAW, {"after": last_id, "batch": batch}).all()
        if not rows:
            break
        for row in rows:
            count += 1
            row_id = row.id
            chain = int(row.chain or 1)
            if row.prev_digest != prev.get(chain, GENESIS):
                return ChainCheck(False, count, row_id, "broken_link")
            try:
                at = _raw_time(row.at)
            except (ValueError, TypeError, OverflowError):
                return ChainCheck(False, count, row_id, "malformed", "at")
            try:
                before, after = _raw_json(row.before), _raw_json(row.after)
            except (ValueError, TypeError):
                return ChainCheck(False, count, row_id, "malformed", "before/after")
            try:
                expected = _digest(row.prev_digest, at, row.user_id, row.action, row.entity, row.entity_id,
                                   before, after)
            except (ValueError, TypeError):
                return ChainCheck(False, count, row_id, "malformed", "record")
            if expected != row.digest:
                return ChainCheck(False, count, row_id, "altered")
            prev[chain] = row.digest
            last_id = row_id
    for lane, last_digest in session.execute(select(AuditHead.id, AuditHead.last_digest)).all():
        if last_digest != prev.get(lane, GENESIS):
            return ChainCheck(False, count, None, "truncated", f"chain {lane}")
    return ChainCheck(True, count, None, None)


def check_anchor(session: Session, anchor: Anchor | None, chain: ChainCheck) -> ChainCheck:
    """The log against the latest anchor kept outside it: each anchored head must still be in the log with the
    same digest. A database whose log is empty although it has a branch has lost its log."""
    if not chain.ok:
        return chain
    if chain.records == 0:
        from desktop.models import Branch

        if session.scalar(select(Branch.id).limit(1)) is not None:
            return ChainCheck(False, 0, None, "deleted", "the log is empty but the branch exists")
    if anchor is None:
        return chain
    where = f"{anchor.reason} anchor of {anchor.at:%Y-%m-%d %H:%M} UTC"
    for head in anchor.heads:
        row = session.execute(text("SELECT digest, chain FROM audit_log WHERE id = :id"), {"id": head.last_id}).first()
        if row is None:
            return ChainCheck(False, chain.records, head.last_id, "truncated", where)
        if row.digest != head.digest or int(row.chain or 1) != head.chain:
            return ChainCheck(False, chain.records, head.last_id, "rechained", where)
    return chain
