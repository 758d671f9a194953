"""An HQ database upgraded by a newer program (HQ's loading PC already runs the new version) is refused by this
older one before anything is written: at `service-desk-cli hq-load` and at the HQ window's start."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from desktop import cli
from desktop.database import Database
from desktop.hq.hq_database import hq_current_revision, hq_known_revisions
from tests.hq.hq_factories import make_export

pytestmark = pytest.mark.postgres

FUTURE = "hq_0042_from_a_newer_version"


def _state(db: Database) -> tuple[str | None, dict[str, int], list[str]]:
    """The stamped revision, every HQ table's row count and the schema's tables (a partition made is a write)."""
    with db.engine.connect() as conn:
        tables = sorted(conn.execute(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'hq'")).scalars())
        counts = {t: int(conn.execute(text(f'SELECT count(*) FROM hq."{t}"')).scalar_one()) for t in tables}
    return hq_current_revision(db), counts, tables


def _loaded_then_upgraded_by_a_newer_program(hq_db: Database, hq_url: str, tmp_path: Path) -> None:
    first = make_export("AY01", tickets=12).write(tmp_path / "AY01.xlsx")
    assert cli.main(["hq-load", str(first), "--database", hq_url]) == 0
    with hq_db.engine.begin() as conn:
        conn.execute(text("UPDATE hq.alembic_version SET version_num = :v"), {"v": FUTURE})


def test_the_known_revisions_are_read_from_the_hq_migration_files() -> None:
    assert "hq_0001" in hq_known_revisions() and FUTURE not in hq_known_revisions()


def test_hq_load_refuses_a_newer_hq_database_in_both_languages_and_writes_nothing(
        hq_db: Database, hq_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _loaded_then_upgraded_by_a_newer_program(hq_db, hq_url, tmp_path)
    before = _state(hq_db)
    assert before[0] == FUTURE and before[1]["tickets"] == 12
    capsys.readouterr()
    second = make_export("AY02", tickets=5).write(tmp_path / "AY02.xlsx")
    assert cli.main(["hq-load", str(second), "--database", hq_url]) == 2
    assert cli.main(["hq-load", str(second), "--database", hq_url, "--lang", "en"]) == 2
    out = capsys.readouterr()
    assert "较新版本" in out.err and "未作任何更改" in out.err
    assert "upgraded by a newer version" in out.err and "nothing was changed" in out.err
    assert "hq_database_newer" not in out.err and FUTURE not in out.err and "AY02" not in out.out
    assert _state(hq_db) == before


def test_the_hq_window_explains_and_quits_without_a_retry(
        hq_db: Database, hq_url: str, tmp_path: Path, qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from desktop.views.hq import hq_app, hq_messages

    _loaded_then_upgraded_by_a_newer_program(hq_db, hq_url, tmp_path)
    before = _state(hq_db)
    hq_messages.install()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, message, *a: shown.append(message))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: pytest.fail("no Retry for a newer HQ database"))
    assert hq_app._connect(qapp, hq_url) is None
    assert len(shown) == 1 and "newer version" in shown[0] and "Nothing was changed" in shown[0]
    assert "hq_database_newer" not in shown[0] and FUTURE not in shown[0]
    assert _state(hq_db) == before
