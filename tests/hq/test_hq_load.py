"""hq-load on the real PostgreSQL server: a load, a re-load that changes nothing, a replaced export, an older one,
an overlapping period, code clashes and schema-1 files. Expectations come from the workbooks themselves (read
back with the reader), never from the loader."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from desktop.database import Database
from desktop.errors import ValidationError
from desktop.exports.columns import SHEETS_BY_KEY
from desktop.exports.workbook_reader import read_workbook
from desktop.hq import load_cli
from desktop.hq.loader import HqLoader
from desktop.hq.schema import SHEET_COLUMNS, key_columns
from tests.hq.hq_factories import make_export

pytestmark = pytest.mark.postgres


def _file_rows(path: Path) -> dict[str, dict[tuple[Any, ...], tuple[Any, ...]]]:
    """sheet -> record key -> the stored columns' values, as the workbook says."""
    found: dict[str, dict[tuple[Any, ...], tuple[Any, ...]]] = {}
    with read_workbook(path) as book:
        for sheet in book.meta.sheets:
            if sheet not in SHEET_COLUMNS:
                continue  # a sheet of another area, loaded into hq.sheet_row (tests/hq/test_hq_new_sheets.py)
            keys, stored = key_columns(SHEETS_BY_KEY[sheet]), SHEET_COLUMNS[sheet]
            rows = {}
            for row in book.dicts(sheet):
                values = {k: ("" if row[k] is None and k in keys else row[k]) for k in stored}
                rows[tuple(values[k] for k in keys)] = tuple(values[k] for k in stored)
            found[sheet] = rows
    return found


def _db_rows(db: Database, sheet: str, code: str) -> dict[tuple[Any, ...], tuple[Any, ...]]:
    keys, stored = key_columns(SHEETS_BY_KEY[sheet]), SHEET_COLUMNS[sheet]
    with db.engine.connect() as conn:
        rows = conn.execute(text(f"SELECT {', '.join(stored)} FROM hq.{sheet} t JOIN hq.branch b USING (branch_id) "
                                 "WHERE b.code = :code"), {"code": code}).all()
    return {tuple(r[stored.index(k)] for k in keys): tuple(r) for r in rows}


def _snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every HQ table with its row version (xmin): a rewrite of an identical row shows."""
    with db.engine.connect() as conn:
        return {table: [tuple(r) for r in conn.execute(text(f"SELECT xmin::text, * FROM hq.{table} ORDER BY 2, 3, 4"))]
                for table in ("branch", "load", "figure", "sheet_row", *SHEET_COLUMNS)}


def _count(db: Database, sql: str, **params: Any) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text(sql), params).scalar_one())


def _figure(db: Database, code: str, figure: str, key1: str = "") -> tuple[int, int | None]:
    with db.engine.connect() as conn:
        row = conn.execute(text(
            "SELECT sum(count), sum(base) FROM hq.figure f JOIN hq.branch b USING (branch_id) "
            "WHERE b.code = :code AND figure = :figure AND key1 = :key1"),
            {"code": code, "figure": figure, "key1": key1}).one()
    return int(row[0] or 0), None if row[1] is None else int(row[1])


def test_load_stores_every_row_of_every_sheet_and_registers_the_file(hq_db: Database, tmp_path: Path) -> None:
    data = make_export("AY01", tickets=30)
    path = data.write(tmp_path / "AY01-2026-11.xlsx")

    result = HqLoader(hq_db, os_user="zhang.hq").load(path)

    assert result.outcome == "loaded"
    expected = _file_rows(path)
    assert set(expected) == set(SHEET_COLUMNS)  # a schema-3 workbook has every sheet HQ has a table for
    assert sum(result.rows.values()) == sum(len(v) for v in expected.values()) + _count(
        hq_db, "SELECT count(*) FROM hq.sheet_row")
    for sheet, rows in expected.items():
        assert _db_rows(hq_db, sheet, "AY01") == rows, sheet
        assert result.changes[sheet].added == len(rows) == result.rows[sheet]
    with hq_db.engine.connect() as conn:
        record = conn.execute(text("SELECT * FROM hq.load")).mappings().one()
        who = conn.execute(text("SELECT session_user")).scalar_one()
        branch = conn.execute(text("SELECT * FROM hq.branch")).mappings().one()
        partitions = set(conn.execute(text(
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid")).scalars())
    assert record["content_hash"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert record["file_bytes"] == path.stat().st_size and record["file_name"] == path.name
    assert (record["branch_code"], record["installation_id"]) == ("AY01", data.installation_id)
    assert (record["period_start"], record["period_end"]) == (date(2026, 11, 1), date(2026, 11, 30))
    assert record["schema_version"] == 3 and record["exported_at"] == datetime(2026, 12, 1, 2, 0)
    assert {k: n for k, n in record["rows"].items() if k in SHEET_COLUMNS} == {k: len(v) for k, v in expected.items()}
    assert (record["loaded_by"], record["loaded_by_os"]) == (who, "zhang.hq")
    assert record["outcome"] == "loaded" and record["changes"]["tickets"]["added"] == 30
    assert (branch["code"], branch["installation_id"], branch["name"]) == ("AY01", data.installation_id, "安阳网点")
    assert {"tickets_y2026m11", "figure_y2026m11", "sheet_row_y2026m11"} <= partitions
    assert _figure(hq_db, "AY01", "tickets") == (30, None)


def test_loading_the_same_file_again_changes_nothing_and_says_so(hq_db: Database, hq_url: str, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = make_export("AY01", tickets=12).write(tmp_path / "AY01.xlsx")
    HqLoader(hq_db).load(path)
    before = _snapshot(hq_db)

    again = HqLoader(hq_db).load(path)
    copy = tmp_path / "copy-of-AY01.xlsx"
    copy.write_bytes(path.read_bytes())
    assert load_cli.main([str(copy), "--database", hq_url]) == 0

    assert again.outcome == "unchanged" and again.other_file == path.name and again.changes == {}
    assert _snapshot(hq_db) == before  # not a row rewritten, no second entry in the register
    out = capsys.readouterr().out
    assert "copy-of-AY01.xlsx" in out and "内容完全相同，数据库未作任何更改" in out


def _expected_changes(old: Path, new: Path) -> dict[str, tuple[int, int, int, int]]:
    """(added, updated, unchanged, gone) per sheet, from the two files' rows."""
    a, b = _file_rows(old), _file_rows(new)
    found = {}
    for sheet in b:
        before, after = a.get(sheet, {}), b[sheet]
        both = before.keys() & after.keys()
        updated = sum(before[k] != after[k] for k in both)
        found[sheet] = (len(after.keys() - before.keys()), updated, len(both) - updated,
                        len(before.keys() - after.keys()))
    return found


def test_a_replaced_export_shows_what_it_changed_and_an_older_one_changes_nothing(
        hq_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = make_export("AY01", tickets=20)
    old = first.write(tmp_path / "AY01-first.xlsx")
    later = first.later()
    gone_ticket = later.tickets[3].ticket_no
    later.drop_ticket(gone_ticket)  # cancelled at the branch: its visits, callbacks and clocks go too
    later.tickets[5] = replace(later.tickets[5], status="已关闭", engineer="王工")
    added_ticket = later.add_ticket(40)
    new = later.write(tmp_path / "AY01-second.xlsx")
    expected = _expected_changes(old, new)
    assert expected["tickets"] == (1, 1, 18, 1)  # the test's own premise

    loader = HqLoader(hq_db)
    loader.load(old)
    result = loader.load(new)

    assert result.outcome == "replaced" and result.other_file == old.name
    assert {k: (c.added, c.updated, c.unchanged, c.gone) for k, c in result.changes.items()
            if k in SHEET_COLUMNS} == expected
    for sheet, rows in _file_rows(new).items():
        assert _db_rows(hq_db, sheet, "AY01") == rows, sheet
    assert gone_ticket not in {k[0] for k in _db_rows(hq_db, "visits", "AY01")}
    assert added_ticket in {k[0] for k in _db_rows(hq_db, "tickets", "AY01")}
    assert _figure(hq_db, "AY01", "tickets") == (20, None)
    print(load_cli.describe_result(result))
    assert "工单 新增 1、更新 1、删除 1" in capsys.readouterr().out

    # The first export arriving again, later (a re-sent mail): it is older than what is loaded.
    resent = tmp_path / "AY01-first-resent.xlsx"
    first.write(resent)
    before = _snapshot(hq_db)
    older = loader.load(resent)
    assert older.outcome == "older" and older.other_file == new.name
    after = _snapshot(hq_db)
    assert len(after["load"]) == len(before["load"]) + 1  # registered as seen
    assert {k: v for k, v in after.items() if k != "load"} == {k: v for k, v in before.items() if k != "load"}


def test_an_export_of_a_shorter_period_replaces_only_the_rows_of_its_days(hq_db: Database, tmp_path: Path) -> None:
    month = make_export("AY01", tickets=28)
    loader = HqLoader(hq_db)
    loader.load(month.write(tmp_path / "month.xlsx"))
    week = make_export("AY01", tickets=28, installation_id=month.installation_id, start=date(2026, 11, 1),
                       end=date(2026, 11, 7), exported_at=datetime(2026, 12, 2, 8, 0))
    in_week = [t for t in week.tickets if t.opened_at.date() <= date(2026, 11, 7)]
    for t in week.tickets[:]:
        if t not in in_week:
            week.drop_ticket(t.ticket_no)
    dropped = in_week[0].ticket_no
    week.drop_ticket(dropped)

    result = loader.load(week.write(tmp_path / "week.xlsx"))

    assert result.outcome == "loaded"  # a period of its own
    tickets = _db_rows(hq_db, "tickets", "AY01")
    assert dropped not in {k[0] for k in tickets}
    assert len(tickets) == 28 - 1 and result.changes["tickets"].gone == 1
    assert result.changes["tickets"].unchanged == len(in_week) - 1


def test_a_code_clash_is_refused_and_nothing_of_the_file_is_written(hq_db: Database, hq_url: str, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    ours = make_export("AY01", tickets=10).write(tmp_path / "anyang.xlsx")
    theirs = make_export("AY01", tickets=15, name="另一个网点").write(tmp_path / "other.xlsx")
    HqLoader(hq_db).load(ours)
    before = _snapshot(hq_db)

    with pytest.raises(ValidationError) as refused:
        HqLoader(hq_db).load(theirs)
    assert refused.value.code == "merge_branch_clash"
    assert refused.value.params == {"file": str(theirs), "other_file": "anyang.xlsx", "branch": "AY01"}
    assert _snapshot(hq_db) == before

    assert load_cli.main([str(theirs), "--database", hq_url]) == 2
    err = capsys.readouterr().err
    assert "other.xlsx" in err and "anyang.xlsx" in err and "AY01" in err and "两个不同的网点数据库" in err
    assert _snapshot(hq_db) == before


def test_schema_1_files_load_into_the_branch_of_their_code_which_a_later_file_identifies(
        hq_db: Database, tmp_path: Path) -> None:
    legacy = make_export("AY01", tickets=6, installation_id="")
    legacy.installation_id = ""
    loader = HqLoader(hq_db)
    loader.load(legacy.write(tmp_path / "legacy.xlsx"))
    current = make_export("AY01", tickets=8, start=date(2026, 12, 1), end=date(2026, 12, 31),
                          exported_at=datetime(2027, 1, 1, 1, 0))
    loader.load(current.write(tmp_path / "current.xlsx"))
    with hq_db.engine.connect() as conn:
        branches = conn.execute(text("SELECT code, installation_id FROM hq.branch")).all()
    assert branches == [("AY01", current.installation_id)]
    assert _count(hq_db, "SELECT count(*) FROM hq.tickets") == 6 + 8

    stranger = make_export("AY01", tickets=3, start=date(2026, 12, 1), end=date(2026, 12, 31),
                           exported_at=datetime(2027, 1, 2, 1, 0))
    with pytest.raises(ValidationError) as refused:
        loader.load(stranger.write(tmp_path / "stranger.xlsx"))
    assert refused.value.code == "merge_branch_clash"


def test_a_branch_that_changed_its_code_stays_one_branch(hq_db: Database, tmp_path: Path) -> None:
    before = make_export("AY01", tickets=5)
    loader = HqLoader(hq_db)
    loader.load(before.write(tmp_path / "ay01.xlsx"))
    after = make_export("AY09", tickets=7, installation_id=before.installation_id, start=date(2026, 12, 1),
                        end=date(2026, 12, 31), exported_at=datetime(2027, 1, 1, 1, 0))
    loader.load(after.write(tmp_path / "ay09.xlsx"))
    with hq_db.engine.connect() as conn:
        assert conn.execute(text("SELECT code FROM hq.branch")).scalars().all() == ["AY09"]
        assert conn.execute(text("SELECT count(DISTINCT branch_id) FROM hq.tickets")).scalar_one() == 1
    # And another branch may not take the code the first one uses now.
    with pytest.raises(ValidationError) as refused:
        loader.load(make_export("AY09", tickets=2).write(tmp_path / "impostor.xlsx"))
    assert refused.value.params["branch"] == "AY09"


def test_a_folder_loads_every_workbook_in_it_and_names_the_refused_ones(hq_db: Database, hq_url: str,
                                                                        tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    inbox = tmp_path / "2026-11 附件"
    (inbox / "郑州").mkdir(parents=True)
    make_export("AY01", tickets=4).write(inbox / "AY01.xlsx")
    make_export("ZZ02", tickets=6).write(inbox / "郑州" / "ZZ02.xlsx")
    (inbox / "~$AY01.xlsx").write_bytes(b"Excel's lock file")
    (inbox / "notes.xlsx").write_text("not a workbook", encoding="utf-8")

    assert load_cli.main([str(inbox), "--database", hq_url, "--lang", "en"]) == 2

    captured = capsys.readouterr()
    assert "loaded AY01.xlsx" in captured.out and "loaded ZZ02.xlsx" in captured.out
    assert "notes.xlsx" in captured.err and "~$" not in captured.err + captured.out
    assert "3 files: 2 loaded, 0 unchanged, 0 older, 1 refused" in captured.out
    assert _count(hq_db, "SELECT count(*) FROM hq.tickets") == 10


def test_loading_with_two_processes_keeps_each_branchs_exports_in_order(hq_db: Database, hq_url: str,
                                                                        tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    first = make_export("AY01", tickets=10)
    later = first.later()
    later.drop_ticket(later.tickets[0].ticket_no)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    # Named so that the later export sorts first by name: the loader must go by export time.
    later.write(inbox / "a-AY01-second.xlsx")
    first.write(inbox / "b-AY01-first.xlsx")
    for n, code in enumerate(("ZZ02", "LY03", "XX04")):
        make_export(code, tickets=5 + n).write(inbox / f"{code}.xlsx")
    (inbox / "broken.xlsx").write_bytes(b"PK\x03\x04 not really")

    assert load_cli.main([str(inbox), "--database", hq_url, "--jobs", "2", "--lang", "en"]) == 2

    out, err = capsys.readouterr()
    assert "loaded b-AY01-first.xlsx" in out and "loaded a-AY01-second.xlsx" in out and "replacing" in out
    assert "broken.xlsx" in err
    assert "6 files: 5 loaded, 0 unchanged, 0 older, 1 refused" in out
    assert len(_db_rows(hq_db, "tickets", "AY01")) == 9  # the later export won
    assert _count(hq_db, "SELECT count(*) FROM hq.tickets") == 9 + 5 + 6 + 7
    with hq_db.engine.connect() as conn:
        outcomes = dict(conn.execute(text("SELECT file_name, outcome FROM hq.load")).all())
    assert outcomes["a-AY01-second.xlsx"] == "replaced" and outcomes["b-AY01-first.xlsx"] == "loaded"
