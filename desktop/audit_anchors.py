"""Anchors of the audit chain outside the database: the chain heads (per chain: last record id and its digest)
written at every backup and export and at least daily, to a file beside the database and into the export's _meta.

Whoever can edit the database file can also rewrite the log and its head row; they cannot move an anchor that is
already in HQ's hands or signed with the branch key. `audit-check` compares the database with the latest anchor: a
record it names must still be there with the same digest (a truncated, re-chained or deleted log fails). A restore
moves the heads back on purpose; it appends its own anchor ("restore", naming the backup), so a restored database
verifies while a truncated one does not.

One JSON object per line; a torn last line (a kill while appending) is reported and skipped, never fatal. This
module is below the services: backups (desktop.sqlite_backup) write anchors of the copy they just made.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL

from desktop import paths

log = logging.getLogger(__name__)

ANCHOR_FORMAT = 1
ANCHOR_SUFFIX = ".audit-anchors.jsonl"
GENESIS = "0" * 64

# signer(payload) -> (signature, signer fingerprint); raises a DomainError (e.g. signing_locked) when it cannot.
Signer = Callable[[bytes], tuple[str, str]]


@dataclass(frozen=True)
class ChainHead:
    chain: int
    last_id: int
    digest: str


@dataclass(frozen=True)
class Anchor:
    at: datetime
    reason: str  # backup | export | daily | restore | migration
    installation_id: str
    heads: tuple[ChainHead, ...]
    detail: dict[str, Any] = field(default_factory=dict)
    signature: str = ""
    signer: str = ""
    # Why there is no signature: "signing_locked", "branch_key_missing", "no_signer".
    unsigned_reason: str = ""

    @property
    def last_id(self) -> int:
        return max((h.last_id for h in self.heads), default=0)

    def payload(self) -> bytes:
        """The signed bytes: everything but the signature fields, in one canonical form."""
        body = {"v": ANCHOR_FORMAT, "at": self.at.isoformat(), "reason": self.reason,
                "installation_id": self.installation_id, "detail": self.detail,
                "heads": [[h.chain, h.last_id, h.digest] for h in self.heads]}
        return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")

    def to_json(self) -> str:
        body = json.loads(self.payload())
        body.update(signature=self.signature, signer=self.signer, unsigned_reason=self.unsigned_reason)
        return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    def meta_cell(self) -> str:
        """The heads in one compact line for the workbook's _meta: `chain:last_id:digest` separated by spaces."""
        return " ".join(f"{h.chain}:{h.last_id}:{h.digest}" for h in self.heads)


def parse_anchor(line: str) -> Anchor:
    """One line of the file; ValueError (with what is wrong) for anything malformed."""
    try:
        body = json.loads(line)
        if body.get("v") != ANCHOR_FORMAT:
            raise ValueError("unknown anchor format")
        at = datetime.fromisoformat(body["at"])
        if at.tzinfo is None:
            raise ValueError("anchor time without zone")
        heads = tuple(ChainHead(int(c), int(i), str(d)) for c, i, d in body["heads"])
        if any(len(h.digest) != 64 for h in heads):
            raise ValueError("bad digest")
        return Anchor(at, str(body["reason"]), str(body["installation_id"]), heads, dict(body.get("detail") or {}),
                      str(body.get("signature") or ""), str(body.get("signer") or ""),
                      str(body.get("unsigned_reason") or ""))
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"malformed anchor: {type(exc).__name__}") from exc


def sign(anchor: Anchor, signer: Signer | None) -> Anchor:
    """The anchor with its signature, or marked unsigned with the reason (a locked key never stops an anchor)."""
    from dataclasses import replace

    if signer is None:
        return replace(anchor, unsigned_reason="no_signer")
    try:
        signature, fingerprint = signer(anchor.payload())
    except Exception as exc:  # a DomainError code (signing_locked, branch_key_missing) or a keyring failure
        return replace(anchor, unsigned_reason=str(getattr(exc, "code", type(exc).__name__)))
    return replace(anchor, signature=signature, signer=fingerprint)


class AnchorStore:
    """The anchor file of one database: appended to, fsynced, private to the user."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def append(self, anchor: Anchor) -> None:
        paths.make_private_dir(self.path.parent)
        line = anchor.to_json() + "\n"
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            os.write(fd, line.encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
        paths.make_private_file(self.path)

    def read(self) -> tuple[list[Anchor], list[str]]:
        """Every well-formed anchor in file order, and a description of each malformed line."""
        if not self.path.exists():
            return [], []
        anchors: list[Anchor] = []
        problems: list[str] = []
        with open(self.path, encoding="utf-8", errors="replace") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    anchors.append(parse_anchor(line))
                except ValueError as exc:
                    problems.append(f"line {number}: {exc}")
        return anchors, problems

    def latest(self, installation_id: str) -> Anchor | None:
        anchors, _ = self.read()
        mine = [a for a in anchors if a.installation_id == installation_id]
        return mine[-1] if mine else None


def anchor_path(url: URL | str | Path, folder: Path | None = None) -> Path:
    """Beside a SQLite file (`desk.sqlite3.audit-anchors.jsonl`); for a server database, in this PC's data folder
    under a name made from the server and database (never the password)."""
    from desktop.database import as_url

    parsed = as_url(url) if not isinstance(url, URL) else url
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        db = Path(parsed.database)
        return (folder or db.parent) / (db.name + ANCHOR_SUFFIX)
    key = f"{parsed.host}:{parsed.port}/{parsed.database}".encode()
    return (folder or paths.user_data_dir() / "audit-anchors") / f"server-{hashlib.sha256(key).hexdigest()[:16]}.jsonl"


def store_for(url: URL | str | Path, folder: Path | None = None) -> AnchorStore:
    return AnchorStore(anchor_path(url, folder))


def heads_of_sqlite_file(path: Path) -> tuple[str, tuple[ChainHead, ...]] | None:
    """(installation id, heads) read straight from a SQLite file (a backup just written), or None if it has none."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        heads = tuple(ChainHead(int(i), int(last), str(digest)) for i, last, digest in conn.execute(
            "SELECT id, last_id, last_digest FROM audit_head WHERE last_id > 0 ORDER BY id"))
        row = conn.execute("SELECT installation_id FROM branch ORDER BY id LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return (str(row[0]) if row else "", heads)


def anchor_sqlite_file(database_file: Path, copy: Path, reason: str, detail: dict[str, Any],
                       signer: Signer | None = None, folder: Path | None = None) -> Anchor | None:
    """Anchor the heads of `copy` (a backup of `database_file`, or the file itself after a restore) in the
    database's anchor file. Never raises: a backup is not refused because its anchor could not be written."""
    try:
        found = heads_of_sqlite_file(copy)
        if found is None:
            return None
        installation_id, heads = found
        anchor = sign(Anchor(datetime.now(UTC).replace(microsecond=0), reason, installation_id, heads, detail),
                      signer)
        AnchorStore(anchor_path(database_file, folder)).append(anchor)
        return anchor
    except OSError as exc:
        log.warning("could not write the audit anchor for %s: %s", database_file, exc)
        return None


def describe_heads(heads: Sequence[ChainHead]) -> str:
    return ", ".join(f"chain {h.chain} at record {h.last_id}" for h in heads)
