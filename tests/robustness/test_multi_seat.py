"""Several PCs on one database: concurrent intake from two processes, and a stale save by a second clerk."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from desktop.clock import local_date_of, utc_now
from desktop.database import Database
from desktop.errors import ConcurrentEditError
from desktop.models import AuditLog, Callback, NumberCounter, ReturnClaim, Ticket, Visit
from desktop.services.callbacks.callback_service import CallbackService
from desktop.services.claims.claim_service import ClaimService
from desktop.services.core.audit import verify_chain
from desktop.services.dispatch.dispatch_service import DispatchService
from desktop.services.tickets.customer_service import CustomerService
from desktop.services.tickets.ticket_service import TicketService
from tests.conftest import actor_for
from tests.services.callback_factories import make_completed_ticket
from tests.services.dispatch_factories import engineer_id, make_ticket, next_weekday, set_onsite_window
from tests.services.intake_factories import fault, line, open_ticket, register

SECONDS = 2.5
MIN_SAVES = 3
WAIT_SECONDS = 180
GOOD = {"q1_service_satisfied": True, "q1_explained_use": True, "q2_manual_read": True, "q3_working": True}


def _url(database: Database) -> str:
    return database.engine.url.render_as_string(hide_password=False)


class _Seat:
    """A clerk's PC (a child process) and the lines it printed so far, read as they come.

    One reader per pipe, each in its own thread (communicate() would read the same stdout and split lines between
    two readers)."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.process = subprocess.Popen([sys.executable, "-m", "tests.robustness.seat_writer", *args],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        self.lines: list[str] = []
        self.errors: list[str] = []
        assert self.process.stdout is not None and self.process.stderr is not None
        self._readers = [threading.Thread(target=self._read, args=(self.process.stdout, self.lines), daemon=True),
                         threading.Thread(target=self._read, args=(self.process.stderr, self.errors), daemon=True)]
        for reader in self._readers:
            reader.start()

    @staticmethod
    def _read(pipe, into: list[str]) -> None:  # type: ignore[no-untyped-def]
        for text in pipe:
            into.append(text.rstrip("\n"))

    def saves(self) -> int:
        return sum(text.startswith("OK ") for text in self.lines)

    def finish(self) -> list[str]:
        self.process.wait(timeout=WAIT_SECONDS)
        for reader in self._readers:
            reader.join(WAIT_SECONDS)
        return [text for text in self.lines if text != "READY"]

    @property
    def stderr(self) -> str:
        return "\n".join(self.errors)


def _wait_for(condition, what: str, seats: list[_Seat]) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        failed = [s.process.returncode for s in seats if s.process.poll() not in (None, 0)]
        assert not failed and time.monotonic() < deadline, f"{what}: {[s.lines[-5:] for s in seats]}"
        time.sleep(0.02)


def test_two_pcs_opening_tickets_at_once_get_unique_gapless_numbers(db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(db, "clerk")
    reg = register(db, clerk)
    leak = fault(line(CustomerService(db), clerk), "leak")
    assert reg.unit_id is not None
    with db.read.begin() as session:
        tickets_before = session.scalar(select(func.count()).select_from(Ticket))
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    go, stop = tmp_path / "go", tmp_path / "stop"
    # Started by hand-shake, not by the clock: on a busy machine importing can take longer than any fixed delay.
    seats = [_Seat([_url(db), user, str(reg.customer_id), str(reg.unit_id), str(leak), str(go), str(stop)], env)
             for user in ("clerk", "admin")]
    try:
        _wait_for(lambda: all("READY" in s.lines for s in seats), "both PCs connect", seats)
        go.touch()
        started = time.monotonic()
        # Side by side for at least SECONDS, and until each clerk has saved a few tickets however slow the machine.
        _wait_for(lambda: time.monotonic() - started >= SECONDS and all(s.saves() >= MIN_SAVES for s in seats),
                  "both PCs save", seats)
    finally:
        stop.touch()
    outputs = []
    for seat in seats:
        out = seat.finish()
        assert seat.process.returncode == 0, seat.stderr[-2000:]
        outputs.append(out)
    acked = [line_.split()[1:] for out in outputs for line_ in out if line_.startswith("OK ")]
    problems = [line_ for out in outputs for line_ in out if not line_.startswith("OK ")]
    # No "database is locked" (or anything else) reached either clerk: the busy timeout / row lock waited.
    assert problems == []
    # Both PCs really worked at the same time (otherwise this proves nothing about concurrency): each saved several
    # tickets, and their numbers interleave rather than one PC's block following the other's.
    assert all(sum(line_.startswith("OK ") for line_ in out) >= MIN_SAVES for out in outputs), [len(o) for o in outputs]
    firsts = [min(int(line_.rsplit("-", 1)[1]) for line_ in out if line_.startswith("OK ")) for out in outputs]
    lasts = [max(int(line_.rsplit("-", 1)[1]) for line_ in out if line_.startswith("OK ")) for out in outputs]
    assert firsts[0] < lasts[1] and firsts[1] < lasts[0], (firsts, lasts)
    day = f"{local_date_of(utc_now()):%Y%m%d}"
    with db.read.begin() as session:
        stored = dict(session.execute(select(Ticket.id, Ticket.number).where(Ticket.id.in_([int(i) for i, _ in acked]))
                                      ).all())
        assert {str(k): v for k, v in stored.items()} == dict(acked)  # every acknowledged ticket is there, as told
        assert session.scalar(select(func.count()).select_from(Ticket)) == tickets_before + len(acked)
        todays = [n for n in session.scalars(select(Ticket.number)) if re.fullmatch(rf"AY01-{day}-\d+", n)]
        seqs = sorted(int(n.rsplit("-", 1)[1]) for n in todays)
        assert seqs == list(range(1, len(seqs) + 1))  # unique and gapless
        counter = session.scalar(select(NumberCounter.last_seq).where(NumberCounter.series == "ticket",
                                                                      NumberCounter.day == day))
        assert counter == len(seqs)
        assert verify_chain(session).ok


def _audit_count(db: Database) -> int:
    with db.read.begin() as session:
        return int(session.scalar(select(func.count()).select_from(AuditLog)) or 0)


def test_stale_ticket_edit_is_refused_and_overwrites_nothing(db: Database) -> None:
    clerk, other = actor_for(db, "clerk"), actor_for(db, "admin")
    opened = open_ticket(db, clerk, register(db, clerk))
    tickets = TicketService(db)
    # Both clerks loaded version v; the first saves, the second's copy is now stale.
    tickets.update(clerk, opened.id, opened.version, fault_text="第一位: 水箱漏水严重")
    audits = _audit_count(db)
    with pytest.raises(ConcurrentEditError):
        tickets.update(other, opened.id, opened.version, fault_text="第二位: 覆盖", priority="urgent")
    detail = tickets.detail(clerk, opened.id)
    assert (detail.fault_text, detail.priority) == ("第一位: 水箱漏水严重", "normal")
    assert _audit_count(db) == audits


def test_stale_agree_time_is_refused_and_overwrites_nothing(db: Database) -> None:
    set_onsite_window(db, "solar", 30 * 24 * 60)
    dispatch = DispatchService(db)
    dispatcher, clerk, other = actor_for(db, "dispatch"), actor_for(db, "clerk"), actor_for(db, "admin")
    ticket = make_ticket(db)
    with db.read.begin() as session:
        version = session.get(Ticket, ticket).version
    start = next_weekday(0, 9)
    visit = dispatch.plan_visit(dispatcher, ticket, engineer_id(db, "张师傅"), start, start + timedelta(hours=2),
                                override_reason="测试", expected_version=version)
    first = dispatch.agree_time(clerk, visit.id, start + timedelta(hours=1), start + timedelta(hours=3),
                                version=visit.version)
    audits = _audit_count(db)
    with pytest.raises(ConcurrentEditError):
        dispatch.agree_time(other, visit.id, start + timedelta(hours=4), start + timedelta(hours=6),
                            version=visit.version)
    with db.read.begin() as session:
        stored = session.get(Visit, visit.id)
        assert (stored.agreed_start, stored.version) == (first.agreed_start, first.version)
    assert _audit_count(db) == audits


def test_stale_callback_completion_is_refused_and_overwrites_nothing(db: Database) -> None:
    clerk, other = actor_for(db, "clerk"), actor_for(db, "admin")
    made = make_completed_ticket(db, clerk)
    assert made.callback_id is not None
    callbacks = CallbackService(db)
    callbacks.assign(clerk, made.callback_id, 1, clerk.user_id)  # the first clerk took the call: version moved
    audits = _audit_count(db)
    with pytest.raises(ConcurrentEditError):
        callbacks.complete(other, made.callback_id, 1, GOOD, "satisfied", notes="第二位的记录")
    with db.read.begin() as session:
        cb = session.get(Callback, made.callback_id)
        assert (cb.status, cb.notes, cb.done_by) == ("pending", "", None)
    assert _audit_count(db) == audits


def test_stale_claim_update_is_refused_and_overwrites_nothing(db: Database) -> None:
    clerk, other = actor_for(db, "clerk"), actor_for(db, "admin")
    opened = open_ticket(db, clerk, register(db, clerk))
    claims = ClaimService(db)
    claim = claims.start_claim(clerk, requested_remedy="repair", ticket_id=opened.id)
    newer = claims.update_facts(clerk, claim.id, claim.version, {"sales_channel": "remote"})
    audits = _audit_count(db)
    with pytest.raises(ConcurrentEditError):
        claims.update_facts(other, claim.id, claim.version, {"sales_channel": "store"})
    assert claims.detail(clerk, claim.id).fact("sales_channel") == "remote"
    with db.read.begin() as session:
        assert session.get(ReturnClaim, claim.id).version == newer.version
    assert _audit_count(db) == audits
