"""Argon2 in a small helper process, so that the window's process never holds the hash's working memory (issue 18).

Argon2 as configured (64 MiB memory cost: security, kept) allocates its 64 MiB in one block for each hash. In the
window's process that block lands on top of everything already resident, and the peak RSS at the main window is
resident + 64 MiB. `HelperHasher` is an argon2 PasswordHasher whose hash and verify run in a child process that
imports only argon2 (and this module): the app's peak stays at what it keeps resident, the child's peak is its
small interpreter + 64 MiB, and the block is returned to the system when the child's hash ends.

The child is started with multiprocessing's spawn method (the only one Windows has; never fork a Qt process) when
the sign-in dialog is painted, so its start-up runs while the user types; it serves every later hash of the session
(screen unlock, switch of user, a changed password) and ends with the window. The password goes over the pipe,
never on a command line or in the environment. Frozen builds need multiprocessing.freeze_support() first thing in
their entry scripts (installer/entry_gui.py, entry_cli.py). When the child cannot be started or stops answering,
the hash runs in this process as before: slower to the memory figure, never to a sign-in."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any, Literal

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess

log = logging.getLogger(__name__)

# A hash takes well under a second (a few on a slow PC with the child still starting): a child that has not
# answered in this long is stuck, and the hash is done here instead.
ANSWER_TIMEOUT_S = 20.0
_ERRORS: dict[str, type[VerificationError | InvalidHashError]] = {
    "mismatch": VerifyMismatchError, "verification": VerificationError, "invalid_hash": InvalidHashError}


def _peak_rss_kib() -> int | None:
    """The child's own VmHWM (Linux), for the start-up benchmark's report."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def serve(conn: Connection, parameters: dict[str, Any]) -> None:
    """The child's whole life: answer requests until the app closes its end of the pipe (or exits)."""
    hasher = PasswordHasher(**parameters)
    while True:
        try:
            operation, arguments = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if operation == "verify":
                answer: object = hasher.verify(*arguments)
            elif operation == "hash":
                answer = hasher.hash(*arguments)
            elif operation == "peak_rss_kib":
                answer = _peak_rss_kib()
            else:
                raise ValueError(operation)
        except VerifyMismatchError as exc:
            conn.send(("mismatch", str(exc)))
        except InvalidHashError as exc:
            conn.send(("invalid_hash", str(exc)))
        except VerificationError as exc:
            conn.send(("verification", str(exc)))
        else:
            conn.send(("ok", answer))


class HelperUnavailable(Exception):
    """The child could not be started or did not answer: the caller hashes in this process instead."""


class HelperHasher(PasswordHasher):
    """A PasswordHasher (same parameters, same hashes, same exceptions) whose work runs in the helper process."""

    def __init__(self, time_cost: int = 3, memory_cost: int = 65536, parallelism: int = 4, hash_len: int = 32,
                 salt_len: int = 16, encoding: str = "utf-8", type: Type = Type.ID) -> None:
        super().__init__(time_cost, memory_cost, parallelism, hash_len, salt_len, encoding, type)
        self._lock = threading.Lock()
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        # Set when a start failed: the process is not tried again (each try would cost a sign-in its spawn).
        self._cannot_start = False
        # Work to do while the child hashes the next verify (see `meanwhile`).
        self._meanwhile: Iterator[Callable[[], object]] | None = None

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def start(self) -> None:
        """Start the child now (it boots while the caller goes on); later calls do nothing. Never raises."""
        with self._lock:
            self._start_locked()

    def _start_locked(self) -> None:
        if self._process is not None or self._cannot_start:
            return
        import multiprocessing

        try:
            context = multiprocessing.get_context("spawn")
            parent_end, child_end = context.Pipe()
            parameters = {"time_cost": self.time_cost, "memory_cost": self.memory_cost,
                          "parallelism": self.parallelism, "hash_len": self.hash_len, "salt_len": self.salt_len,
                          "encoding": self.encoding, "type": self.type}
            process = context.Process(target=serve, args=(child_end, parameters), name="password-helper",
                                      daemon=True)
            process.start()
        except Exception:  # any failure to spawn (no executable, a frozen build without freeze_support, limits)
            log.warning("password helper process could not start: hashing in the app's process", exc_info=True)
            self._cannot_start = True
            return
        child_end.close()  # only the child holds it now: its exit is seen here as EOF
        self._process, self._conn = process, parent_end

    def meanwhile(self, steps: Iterator[Callable[[], object]]) -> None:
        """Steps to run in this process while the child hashes the next verify, instead of sitting in a blocking
        wait for its answer (the first sign-in of a start: the window's modules are imported meanwhile).

        Each step runs only while the answer has not arrived yet, so the verify takes no longer than before by more
        than the one step under way; the steps not reached stay in the iterator for the verify after (a mistyped
        password). A step must not depend on who signs in: it runs before the password is known to be right. A
        step that raises is logged and the rest are dropped; the sign-in goes on. With no child (the hash runs in
        this process) the steps are not run."""
        self._meanwhile = steps

    def _use_the_wait(self, conn: Connection) -> None:
        steps = self._meanwhile
        if steps is None:
            return
        try:
            while not conn.poll(0):
                step = next(steps, None)
                if step is None:
                    self._meanwhile = None
                    return
                step()
        except Exception:  # the work is only ahead of time: whatever failed is done again (and reported) later
            log.warning("work done while the password hash ran failed", exc_info=True)
            self._meanwhile = None

    def _ask(self, operation: str, *arguments: object) -> object:
        with self._lock:
            self._start_locked()
            if self._conn is None:
                raise HelperUnavailable
            try:
                self._conn.send((operation, arguments))
                if operation == "verify":
                    self._use_the_wait(self._conn)
                if not self._conn.poll(ANSWER_TIMEOUT_S):
                    raise TimeoutError(operation)
                kind, answer = self._conn.recv()
            except (OSError, EOFError, TimeoutError) as exc:
                # A child that died or hangs is replaced at the next request; this one is done here.
                log.warning("password helper process stopped answering (%s): hashing in the app's process", exc)
                self._stop_locked()
                raise HelperUnavailable from exc
        if kind == "ok":
            return answer
        raise _ERRORS[kind](answer)

    def verify(self, hash: str | bytes, password: str | bytes) -> Literal[True]:
        try:
            self._ask("verify", hash, password)
        except HelperUnavailable:
            return super().verify(hash, password)
        return True

    def hash(self, password: str | bytes, *, salt: bytes | None = None) -> str:
        if salt is None:
            try:
                return str(self._ask("hash", password))
            except HelperUnavailable:
                pass
        return super().hash(password, salt=salt)

    def answers(self) -> bool:
        """Whether the child process hashes (the self-check of a frozen build: that spawning works there)."""
        try:
            self._ask("hash", "self-check")
        except HelperUnavailable:
            return False
        return True

    def helper_peak_rss_kib(self) -> int | None:
        """The child's peak RSS so far (None when there is no child or the system does not say)."""
        if self._process is None:
            return None
        try:
            answer = self._ask("peak_rss_kib")
        except HelperUnavailable:
            return None
        return answer if isinstance(answer, int) else None

    def close(self) -> None:
        with self._lock:
            self._stop_locked()

    def _stop_locked(self) -> None:
        conn, process = self._conn, self._process
        self._conn = self._process = None
        if conn is not None:
            conn.close()  # the child sees EOF and returns
        if process is not None:
            process.join(2)
            if process.is_alive():
                process.kill()
                process.join(2)
