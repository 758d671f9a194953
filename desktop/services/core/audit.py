"""Append-only, hash-chained audit records: who, when, what, before and after."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from desktop.clock import utc_now
from desktop.models import AuditHead, AuditLog
from desktop.services.core.actor import Actor

GENESIS = "0" * 64


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


def record(session: Session, actor: Actor | None, action: str, entity: str, entity_id: int | None,
           before: dict[str, Any] | None = None, after: dict[str, Any] | None = None) -> AuditLog:
    """Write one audit row in the caller's transaction (so it commits or rolls back with the change)."""
    head = session.execute(select(AuditHead).where(AuditHead.id == 1).with_for_update()).scalar_one_or_none()
    if head is None:
        head = AuditHead(id=1, last_id=0, last_digest=GENESIS)
        session.add(head)
    at = utc_now().replace(microsecond=0)
    before_p, after_p = _plain(before), _plain(after)
    user_id = actor.user_id if actor else None
    digest = _digest(head.last_digest, at, user_id, action, entity, entity_id, before_p, after_p)
    row = AuditLog(at=at, user_id=user_id, action=action, entity=entity, entity_id=entity_id,
                   before=before_p, after=after_p, prev_digest=head.last_digest, digest=digest)
    session.add(row)
    session.flush()
    head.last_id = row.id
    head.last_digest = digest
    from desktop.services.core.change_feed import notify_change

    notify_change(session, entity)
    return row


@dataclass(frozen=True)
class AuditEntry:
    action: str
    entity: str
    entity_id: int | None
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None


def record_many(session: Session, actor: Actor | None, entries: list[AuditEntry]) -> int:
    """Many audit rows in the caller's transaction with one multi-row INSERT (an import of thousands of records):
    the same chain as record(), each row's digest covering its predecessor in id order."""
    if not entries:
        return 0
    head = session.execute(select(AuditHead).where(AuditHead.id == 1).with_for_update()).scalar_one_or_none()
    if head is None:
        head = AuditHead(id=1, last_id=0, last_digest=GENESIS)
        session.add(head)
        session.flush()
    at = utc_now().replace(microsecond=0)
    user_id = actor.user_id if actor else None
    prev = head.last_digest
    rows = []
    for entry in entries:
        before_p, after_p = _plain(entry.before), _plain(entry.after)
        digest = _digest(prev, at, user_id, entry.action, entry.entity, entry.entity_id, before_p, after_p)
        rows.append({"at": at, "user_id": user_id, "action": entry.action, "entity": entry.entity,
                     "entity_id": entry.entity_id, "before": before_p, "after": after_p, "prev_digest": prev,
                     "digest": digest})
        prev = digest
    ids = list(session.scalars(insert(AuditLog).returning(AuditLog.id, sort_by_parameter_order=True), rows))
    if ids != sorted(ids) or len(set(ids)) != len(ids):
        # verify_chain walks by id: rows numbered out of order would read as a broken chain, so refuse the batch.
        raise RuntimeError("audit rows were numbered out of insertion order")
    head.last_id = ids[-1]
    head.last_digest = prev
    from desktop.services.core.change_feed import notify_change

    for entity in dict.fromkeys(e.entity for e in entries):
        notify_change(session, entity)
    return len(ids)


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    records: int
    first_bad_id: int | None
    problem: str | None


def verify_chain(session: Session, batch: int = 5000) -> ChainCheck:
    """Walk the log in id order: every digest must recompute and point at its predecessor."""
    prev = GENESIS
    count = 0
    last_id = 0
    while True:
        rows = session.execute(
            select(AuditLog).where(AuditLog.id > last_id).order_by(AuditLog.id).limit(batch)
        ).scalars().all()
        if not rows:
            break
        for row in rows:
            count += 1
            if row.prev_digest != prev:
                return ChainCheck(False, count, row.id, "broken_link")
            expected = _digest(row.prev_digest, row.at, row.user_id, row.action, row.entity,
                               row.entity_id, row.before, row.after)
            if expected != row.digest:
                return ChainCheck(False, count, row.id, "altered")
            prev = row.digest
            last_id = row.id
        session.expunge_all()
    head = session.get(AuditHead, 1)
    if head is not None and head.last_digest != prev:
        return ChainCheck(False, count, None, "truncated")
    return ChainCheck(True, count, None, None)

