"""`service-desk-cli export --branch CODE` names the branch it expects: another code is refused in words, with exit
status 2 and no workbook (it used to crash: the error's own `code` argument clashed with the branch code)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.composition import build_services
from desktop.database import Database
from desktop.exports.hq_merge import describe
from desktop.services.exports.export_service import ConsoleHooks, main
from tests.conftest import actor_for


def _hooks() -> ConsoleHooks:
    return ConsoleHooks(sign_in=lambda database, username, _permission: actor_for(database, username),
                        service=lambda database: build_services(database).export,
                        describe=lambda exc: describe(exc, "en"))


def test_another_branch_code_is_refused_in_words(sqlite_db: Database, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "hq.xlsx"
    status = main(["--user", "clerk", "--period", "2026-11", "--out", str(out), "--branch", "ZZ99",
                   "--database", str(sqlite_db.sqlite_path)], _hooks())
    assert status == 2
    assert not out.exists()
    assert "export:" in capsys.readouterr().err
