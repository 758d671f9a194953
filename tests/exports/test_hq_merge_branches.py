"""Two real branch databases exported and merged: nothing lost, a code clash refused, key-account callbacks merge.

Before branches had an installation id, two real branches both started as AY01 and a merge of their workbooks
silently kept one of them (292 of 584 tickets gone, exit 0, "1 branches")."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from desktop.clock import local_today
from desktop.database import Database, migrate, open_database, sqlite_url
from desktop.demo.history import generate_history
from desktop.demo.seed import seed_branch
from desktop.errors import ValidationError
from desktop.exports.hq_merge import main as merge_main
from desktop.exports.hq_merge import merge_workbooks
from desktop.exports.workbook_reader import read_workbook
from desktop.services.callbacks.callback_service import CallbackService
from desktop.services.exports.export_service import ExportService
from tests.conftest import FAST_HASHER, actor_for


def _branch(tmp_path: Path, name: str, code: str, tickets: int, seed: int) -> Database:
    database = open_database(sqlite_url(tmp_path / f"{name}.sqlite3"))
    migrate(database)
    seed_branch(database, demo=True, code=code, hasher=FAST_HASHER)
    generate_history(database, tickets=tickets, seed=seed)
    with database.write.begin() as session:
        session.execute(text("UPDATE customer SET is_key_account = TRUE WHERE id IN "
                             "(SELECT id FROM customer ORDER BY id LIMIT 2)"))
    return database


def _export(database: Database, out: Path) -> Path:
    boss = actor_for(database, "admin")
    today = local_today()
    # Key accounts get their weekly phone and monthly visit callbacks, which have no ticket number.
    CallbackService(database).schedule_key_accounts(boss, today)
    ExportService(database).export_workbook(boss, today - timedelta(days=400), today, out, "zh", mask=True)
    return out


@pytest.fixture(scope="module")
def two_branches(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    folder = tmp_path_factory.mktemp("branches")
    first = _branch(folder, "anyang", "AY01", 120, 1)
    second = _branch(folder, "clash", "AY01", 90, 2)  # another real branch that kept the default code
    third = _branch(folder, "hua", "HX02", 90, 2)
    paths = (_export(first, folder / "AY01.xlsx"), _export(second, folder / "AY01-other.xlsx"),
             _export(third, folder / "HX02.xlsx"))
    for database in (first, second, third):
        database.dispose()
    return paths


def _ticket_count(path: Path) -> int:
    book = read_workbook(path)
    try:
        return book.row_count("tickets")
    finally:
        book.close()


def test_every_export_carries_the_branch_code_and_installation_id(two_branches) -> None:  # type: ignore[no-untyped-def]
    first, second, _third = two_branches
    one, two = read_workbook(first), read_workbook(second)
    try:
        assert one.meta.branch_code == two.meta.branch_code == "AY01"
        assert len(one.meta.installation_id) == 36 and one.meta.installation_id != two.meta.installation_id
        assert one.meta.sources[0].installation_id == one.meta.installation_id
    finally:
        one.close()
        two.close()


def test_a_merge_of_two_branches_loses_nothing_and_adds_up(two_branches, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first, _second, third = two_branches
    out = tmp_path / "all.xlsx"
    result = merge_workbooks([first, third], out)
    expected = _ticket_count(first) + _ticket_count(third)
    assert expected > 150
    assert result.rows["tickets"] == expected and result.replaced == 0
    assert [b.code for b in result.per_branch] == ["AY01", "HX02"]
    for count in result.per_branch:
        assert count.tickets_read == count.tickets_merged + count.tickets_replaced
    assert sum(b.tickets_merged for b in result.per_branch) == _ticket_count(out)
    # Key-account callbacks (no ticket number) are in the merged workbook.
    sheet = load_workbook(out, read_only=True)["回访"]
    ticketless = [row for row in sheet.iter_rows(min_row=2, values_only=True) if row[0] and not row[1]]
    assert ticketless, "the key-account callbacks were dropped"


def test_merging_the_same_branch_twice_reports_the_replaced_tickets(two_branches, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first, _second, _third = two_branches
    result = merge_workbooks([first, first], tmp_path / "twice.xlsx")
    (count,) = result.per_branch
    assert count.tickets_read == 2 * _ticket_count(first)
    assert count.tickets_merged == _ticket_count(first) == count.tickets_replaced


def test_two_branches_with_one_code_are_refused_naming_both_files(two_branches, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    first, second, third = two_branches
    out = tmp_path / "clash.xlsx"
    with pytest.raises(ValidationError) as refused:
        merge_workbooks([first, third, second], out)
    assert refused.value.code == "merge_branch_clash"
    assert {Path(refused.value.params["file"]).name, refused.value.params["other_file"]} == {
        first.name, second.name}
    assert not out.exists()
    code = merge_main([str(first), str(second), "--out", str(out)])
    message = capsys.readouterr().err
    assert code == 2 and first.name in message and second.name in message and "AY01" in message
    assert not out.exists()


def test_the_command_line_prints_per_branch_figures(two_branches, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    first, _second, third = two_branches
    assert merge_main([str(first), str(third), "--out", str(tmp_path / "x.xlsx"), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "branch AY01" in out and f"tickets read {_ticket_count(first)}, merged {_ticket_count(first)}" in out
    assert "2 branches" in out


def test_a_version_1_workbook_from_a_branch_not_yet_upgraded_still_merges(two_branches, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """HQ upgrades first; a branch still on version 1 (no installation id) must not be refused."""
    import shutil

    first, _second, third = two_branches
    old = tmp_path / "old-AY01.xlsx"
    shutil.copyfile(first, old)
    wb = load_workbook(old)
    meta = wb["_meta"]
    for row in meta.iter_rows():
        if row[0].value == "schema_version":
            row[1].value = "1"
        if row[0].value in ("branch_installation_id", "source"):
            for cell in row[1:]:
                if row[0].value == "branch_installation_id" or cell.column == 8:
                    cell.value = None
    wb.save(old)
    book = read_workbook(old)
    assert book.meta.schema_version == 1 and book.meta.installation_id == ""
    book.close()
    result = merge_workbooks([old, third], tmp_path / "mixed.xlsx")
    assert result.rows["tickets"] == _ticket_count(first) + _ticket_count(third)
