"""A kill during a load, and files that are not branch workbooks: the HQ database holds a workbook whole or not
at all, and a refused file leaves no trace but the message."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import text

from desktop.database import Database
from desktop.errors import ValidationError
from desktop.exports.hq_merge import merge_workbooks
from desktop.hq.loader import HqLoader
from tests.hq.hq_factories import make_export

pytestmark = [pytest.mark.postgres,
              pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")]


def _counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {t: int(conn.execute(text(f"SELECT count(*) FROM hq.{t}")).scalar_one())
                for t in ("branch", "load", "figure", "tickets", "visits", "parts", "returns", "callbacks",
                          "complaints", "commitments", "sheet_row")}


def _child(url: str, path: Path, marker: Path, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    return subprocess.Popen([sys.executable, "-m", "tests.hq.load_child", url, str(path), str(marker), *extra],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for(marker: Path, process: subprocess.Popen[str], seconds: float = 120) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if marker.exists() and marker.read_text(encoding="utf-8"):
            return marker.read_text(encoding="utf-8")
        if process.poll() is not None:
            raise AssertionError(process.stderr.read() if process.stderr else "child ended")
        time.sleep(0.05)
    raise AssertionError("the child never got there")


def test_a_load_killed_half_way_leaves_nothing_and_the_file_loads_whole_afterwards(
        hq_db: Database, hq_url: str, tmp_path: Path) -> None:
    path = make_export("AY01", tickets=400).write(tmp_path / "AY01.xlsx")
    marker = tmp_path / "marker"
    child = _child(hq_url, path, marker, "pause")
    done, total = (int(n) for n in _wait_for(marker, child).split())
    assert 0 < done < total
    # Half-way, with the first sheets merged inside the open transaction, the loader dies without a word.
    os.kill(child.pid, signal.SIGKILL)
    child.wait(30)

    counts = _counts(hq_db)
    assert counts == dict.fromkeys(counts, 0)  # not even the branch or the register entry
    result = HqLoader(hq_db).load(path)  # not "already loaded": the killed load never happened
    assert result.outcome == "loaded"
    assert _counts(hq_db)["tickets"] == 400


def test_kills_at_random_moments_leave_a_workbook_whole_or_absent(hq_db: Database, hq_url: str,
                                                                  tmp_path: Path) -> None:
    first = make_export("AY01", tickets=300)
    base = first.write(tmp_path / "first.xlsx")
    HqLoader(hq_db).load(base)
    whole = _counts(hq_db)
    later = first.later()
    for t in later.tickets[:40]:
        later.drop_ticket(t.ticket_no)
    replacement = later.write(tmp_path / "second.xlsx")
    rng = random.Random(20)
    outcomes = []
    for attempt in range(4):
        marker = tmp_path / f"marker{attempt}"
        child = _child(hq_url, replacement, marker)
        time.sleep(rng.uniform(0.3, 3.0))
        os.kill(child.pid, signal.SIGKILL)
        child.wait(30)
        counts = _counts(hq_db)
        if counts["load"] == 1:
            assert counts == whole  # the replacement is not there at all
            outcomes.append("absent")
        else:
            assert counts["load"] == 2 and counts["tickets"] == 260  # it is there whole
            outcomes.append("whole")
            break
    assert outcomes  # at least one kill landed; which way it went depends on timing, both are whole states


def _refused(db: Database, path: Path) -> ValidationError:
    before = _counts(db)
    with pytest.raises(ValidationError) as caught:
        HqLoader(db).load(path)
    assert _counts(db) == before
    return caught.value


def test_corrupt_and_foreign_files_are_refused_naming_the_file(hq_db: Database, tmp_path: Path) -> None:
    good = make_export("AY01", tickets=12).write(tmp_path / "good.xlsx")
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    text_file = tmp_path / "letter.xlsx"
    text_file.write_text("尊敬的总部：附件是本月报表。", encoding="utf-8")
    foreign = tmp_path / "foreign.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["工单号", "状态"])
    wb.save(foreign)

    for path, code in ((truncated, "workbook_corrupt"), (text_file, "workbook_corrupt"),
                       (foreign, "workbook_foreign"), (tmp_path / "missing.xlsx", "workbook_not_found")):
        error = _refused(hq_db, path)
        assert error.code == code and error.params["file"] == str(path)


def _edit(source: Path, target: Path, change: Any) -> Path:
    wb = openpyxl.load_workbook(source)
    change(wb)
    wb.save(target)
    return target


def test_a_bad_value_deep_in_the_file_rolls_back_the_sheets_already_loaded(hq_db: Database, tmp_path: Path) -> None:
    good = make_export("AY01", tickets=30).write(tmp_path / "good.xlsx")
    # The tickets sheet is fine and loads first; a visit number further on is not a number.
    bad = _edit(good, tmp_path / "bad-visit.xlsx", lambda wb: wb["上门记录"].cell(20, 3, "第二次"))
    error = _refused(hq_db, bad)
    assert error.code == "workbook_value" and error.params["sheet"] == "visits"

    other_branch = _edit(good, tmp_path / "mixed.xlsx", lambda wb: wb["回访"].cell(5, 1, "ZZ09"))
    error = _refused(hq_db, other_branch)
    assert error.code == "hq_row_branch" and error.params["found"] == "ZZ09" and error.params["sheet"] == "callbacks"

    twice = _edit(good, tmp_path / "twice.xlsx", lambda wb: wb["工单"].cell(3, 2, wb["工单"].cell(2, 2).value))
    error = _refused(hq_db, twice)
    assert error.code == "hq_duplicate_row" and error.params["sheet"] == "tickets"

    huge = _edit(good, tmp_path / "huge.xlsx", lambda wb: wb["配件明细"].cell(2, 7, 10**15))
    error = _refused(hq_db, huge)
    assert error.code == "workbook_value" and error.params["sheet"] == "parts" and error.params["column"] == "qty"


def test_a_consolidated_workbook_is_refused(hq_db: Database, tmp_path: Path) -> None:
    a = make_export("AY01", tickets=5).write(tmp_path / "a.xlsx")
    b = make_export("ZZ02", tickets=5).write(tmp_path / "b.xlsx")
    merged = merge_workbooks([a, b], tmp_path / "all.xlsx").out_path
    assert _refused(hq_db, merged).code == "hq_load_consolidated"


def test_a_zip_that_is_not_a_spreadsheet_is_refused(hq_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("现场照片.txt", "not a workbook")
    assert _refused(hq_db, path).code == "workbook_corrupt"
