"""Writing and checking the audit anchors of this database (desktop/audit_anchors.py holds the file format).

Anchors are written at every backup (desktop.sqlite_backup, of the copy itself), at every export (here, and the same
heads go into the workbook's _meta), after a restore, and at least once a day (`anchor_if_due`, at start-up). The
signer is the branch key's (SigningService.sign_anchor), handed in by the composition root; a locked or missing key
still gives an anchor, marked unsigned with the reason.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.audit_anchors import Anchor, AnchorStore, Signer, sign, store_for
from desktop.database import Database
from desktop.models import Branch
from desktop.services.core import audit

log = logging.getLogger(__name__)

ANCHOR_EVERY = timedelta(days=1)


def store_of(database: Database, folder: Path | None = None) -> AnchorStore:
    return store_for(database.engine.url, folder)


def installation_id(database: Database) -> str:
    with database.read.begin() as session:
        return session.scalar(select(Branch.installation_id).order_by(Branch.id).limit(1)) or ""


def make_anchor(database: Database, reason: str, detail: dict[str, Any], signer: Signer | None) -> Anchor:
    """The heads as of now, signed when the key allows."""
    with database.read.begin() as session:
        heads = audit.chain_heads(session)
        ident = session.scalar(select(Branch.installation_id).order_by(Branch.id).limit(1)) or ""
    return sign(Anchor(datetime.now(UTC).replace(microsecond=0), reason, ident, heads, detail), signer)


def write_anchor(database: Database, reason: str, detail: dict[str, Any] | None = None,
                 signer: Signer | None = None, folder: Path | None = None) -> Anchor | None:
    """Append an anchor of the current heads; None (logged) when the file cannot be written: an export or a
    backup is never refused for its anchor."""
    anchor = make_anchor(database, reason, detail or {}, signer)
    try:
        store_of(database, folder).append(anchor)
    except OSError as exc:
        log.warning("could not write the audit anchor (%s): %s", reason, exc)
        return None
    return anchor


def anchor_if_due(database: Database, signer: Signer | None = None, folder: Path | None = None,
                  now: datetime | None = None) -> Anchor | None:
    """At least one anchor a day: written when the latest is older than a day (or there is none)."""
    now = now or datetime.now(UTC)
    latest = store_of(database, folder).latest(installation_id(database))
    if latest is not None and latest.at > now - ANCHOR_EVERY:
        return None
    return write_anchor(database, "daily", {}, signer, folder)


@dataclass(frozen=True)
class AnchoredCheck:
    """The chain walk, compared with the latest anchor of this database."""

    chain: audit.ChainCheck
    anchor: Anchor | None
    # "valid", "invalid", "unknown_signer" or "unsigned" (then `anchor.unsigned_reason` says why).
    signature: str
    anchor_problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return self.chain.ok and self.signature != "invalid"


def check(database: Database, verify_signature: Any = None, folder: Path | None = None) -> AnchoredCheck:
    """verify_signature(anchor) -> "valid" | "invalid" | "unknown_signer" (None: not checked)."""
    store = store_of(database, folder)
    anchors, problems = store.read()
    ident = installation_id(database)
    mine = [a for a in anchors if a.installation_id == ident]
    latest = mine[-1] if mine else None
    with database.read.begin() as session:
        chain = audit.verify_chain(session)
        result = audit.check_anchor(session, latest, chain)
    if latest is None:
        signature = "none"
    elif not latest.signature:
        signature = "unsigned"
    else:
        signature = verify_signature(latest) if verify_signature is not None else "unchecked"
    return AnchoredCheck(result, latest, signature, tuple(problems))
