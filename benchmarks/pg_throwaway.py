"""A PostgreSQL database for a benchmark: the URL given, or Debian's server started in a temp folder (as the tests
start it) and removed at the end; and the CPU time that server has used, so a benchmark can print it beside its own.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import URL

# A throwaway server holds nothing worth a crash (fsync is already off): it keeps no WAL beyond what crash
# recovery needs (no replicas, no full page images after a checkpoint, no checkpoint during a load), sorts an
# index build in memory, and leaves the freshly loaded tables to the benchmark's own VACUUM (ANALYZE) rather than
# vacuuming and analysing them while they are being loaded. A branch's real server keeps its own settings.
BULK_SETTINGS = {"wal_level": "minimal", "max_wal_senders": "0", "full_page_writes": "off",
                 "checkpoint_timeout": "1h", "max_wal_size": "50GB", "wal_buffers": "64MB",
                 "maintenance_work_mem": "1GB", "autovacuum": "off"}


@contextmanager
def postgres_database(url: str | None, name: str,
                      settings: dict[str, str] | None = None) -> Iterator[tuple[str, Path | None]]:
    """(url, the throwaway server's data folder or None when the URL was given); `settings` for that server."""
    if url is not None:
        yield url, None
        return
    from tests.pg_server import start_postgres

    server = start_postgres(settings=settings)
    if server is None:
        raise SystemExit("no PostgreSQL binaries; pass --database URL")
    try:
        yield server.url(server.create_database(name)), server.data_dir
    finally:
        server.stop()


def local_socket_url(url: URL, data_dir: Path | None) -> URL:
    """The throwaway server's URL through its Unix socket (tests/pg_server.py puts it beside the data folder)
    instead of TCP on loopback: a generation sends it the whole history (3 GB for 1,000,000 tickets), and the
    kernel's TCP work on both ends cost about 0.5 CPU-s per 100,000 tickets more. The URL as it is for a server
    given by URL, or where there is no Unix socket."""
    if data_dir is None or os.name == "nt" or not url.drivername.startswith("postgresql"):
        return url
    socket_dir = data_dir.parent
    if not any(socket_dir.glob(".s.PGSQL.*")):
        return url
    return url.update_query_dict({"host": str(socket_dir)})


def server_cpu_seconds(data_dir: Path | None) -> float | None:
    """CPU time of a local server (the postmaster, its live processes and those it reaped), from /proc; None
    where that cannot be read (a server given by URL, another OS)."""
    if data_dir is None or not Path("/proc").is_dir():
        return None
    try:
        master = (data_dir / "postmaster.pid").read_text().split()[0]
    except (OSError, IndexError):
        return None
    total = 0
    for entry in Path("/proc").iterdir():
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if entry.name == master or fields[1] == master:
            total += sum(int(v) for v in fields[11:15])  # utime, stime, cutime, cstime
    return total / os.sysconf("SC_CLK_TCK")
