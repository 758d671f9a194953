"""The HQ mode's one way into its database: open and upgrade it, and hand the window a service, a loader and a
label to show; the views never see a URL, an engine or a session."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from desktop.database import Database, as_url, display_url
from desktop.errors import DatabaseUnavailableError, DomainError
from desktop.hq.hq_database import migrate_hq, open_hq_database
from desktop.hq.hq_service import HqService
from desktop.hq.loader import LoadResult, load_files
from desktop.hq.summary_workbook import SummaryResult, write_summary


@dataclass
class HqConnection:
    service: HqService
    label: str  # the server and database, never the password
    _database: Database

    def load(self, paths: Sequence[str], progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> list[tuple[str, LoadResult | DomainError]]:
        """Load workbooks (files, or folders of them); one outcome or refusal per file, in load order."""
        from desktop.hq.load_cli import expand

        outcomes: list[tuple[str, LoadResult | DomainError]] = []
        files = expand([Path(p) for p in paths])

        def refused(path: Path, exc: Exception) -> None:
            error = exc if isinstance(exc, DomainError) else DatabaseUnavailableError(
                "database_unreachable", detail=str(exc))
            outcomes.append((path.name, error))

        load_files(self._database, files, on_result=lambda r: outcomes.append((r.file.name, r)), on_error=refused,
                   progress=progress, cancelled=cancelled)
        return outcomes

    def write_summary(self, path: str, months: Sequence, language: str,
                      progress: Callable[[int, int], None] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> SummaryResult:
        return write_summary(self.service, path, months, "zh" if language.startswith("zh") else "en", self.label,
                             progress, cancelled)

    def dispose(self) -> None:
        self._database.dispose()


def connect_hq(url: str, password: str | None = None) -> HqConnection:
    """Open the HQ database at `url` (a password, when given, replaces the URL's) and bring its schema to head.
    Raises ValidationError hq_needs_postgresql, or DatabaseUnavailableError database_unreachable."""
    parsed = as_url(url)
    if password is not None:
        parsed = parsed.set(password=password)
    database = open_hq_database(parsed)
    try:
        migrate_hq(database)
    except BaseException:
        database.dispose()
        raise
    return HqConnection(HqService(database), display_url(database.engine.url), database)


def needs_password(error: DomainError) -> bool:
    """The server asked for a password the URL did not give (or refused the one given)."""
    detail = str(error.params.get("detail", "")).lower()
    return error.code == "database_unreachable" and ("password" in detail or "authentication" in detail)


def url_to_remember(url: str) -> str:
    """The URL as the next start may use it: never with a password in it (settings files are plain text)."""
    parsed = as_url(url)
    # URL.set() leaves a field alone when given None: rebuild the URL without the password instead.
    return URL.create(parsed.drivername, parsed.username, None, parsed.host, parsed.port, parsed.database,
                      parsed.query).render_as_string(hide_password=False)
