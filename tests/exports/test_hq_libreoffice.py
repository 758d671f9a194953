"""A real spreadsheet program opens the HQ workbook: LibreOffice headless converts it to CSV without error."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.exports.workbook_reader import read_workbook
from tests.exports.conftest import HOSTILE_NAMES, BranchData, Export

# CI installs libreoffice-calc (.ci/run), so there a missing soffice is a failure, not a skip; the Windows workflow
# says it has none (SERVICE_DESK_TEST_WITHOUT=soffice: these tests run on Debian only).
_REQUIRED = bool(os.environ.get("CI")) and "soffice" not in os.environ.get("SERVICE_DESK_TEST_WITHOUT", "")
pytestmark = pytest.mark.skipif(shutil.which("soffice") is None and not _REQUIRED,
                                reason="LibreOffice (soffice) is not installed on this machine")

# Field separator 44 (,), text delimiter 34 ("), character set 76 (UTF-8), first line 1, cell format default,
# then: quote all text, detect special numbers, save as shown, export formulas, remove space, sheet -1 = every
# sheet to its own file (LibreOffice 7.2+).
CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,true,false,false,-1'


def _soffice(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    soffice = shutil.which("soffice")
    assert soffice, "soffice is required here (CI installs libreoffice-calc)"
    # A private profile: parallel runs and a developer's own LibreOffice settings must not interfere.
    profile = (cwd / "lo-profile").as_uri()
    return subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore", *args],
                          cwd=cwd, capture_output=True, text=True, timeout=180)


def test_libreoffice_converts_every_sheet_to_csv(branch: BranchData, export: Export, tmp_path: Path) -> None:
    path = export(branch, "hq.xlsx").path
    done = _soffice("--convert-to", CSV_FILTER, "--outdir", str(tmp_path / "csv"), str(path), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    files = sorted((tmp_path / "csv").glob("*.csv"))
    assert files, done.stdout + done.stderr
    by_name = {f.stem: f for f in files}
    tickets = next(f for name, f in by_name.items() if name.endswith("工单"))
    with tickets.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:3] == ["网点编码", "工单号", "受理时间"]
    assert rows[1][1] == "ZZ01-2611-0000" and rows[1][2] == "2026-11-02 09:30"
    # Formula-like names arrive as the literal text, not as a computed value or an error.
    names = [r[9] for r in rows[1:1 + 4]]
    assert names == HOSTILE_NAMES[:4]
    text = "\n".join(f.read_text(encoding="utf-8") for f in files)
    assert "Err:" not in text and "#NAME?" not in text


def test_a_workbook_resaved_by_libreoffice_still_reads(branch: BranchData, export: Export, tmp_path: Path) -> None:
    path = export(branch, "hq.xlsx", mask_personal_data=False).path
    with read_workbook(path) as wb:
        expected = {s: list(wb.rows(s)) for s in wb.meta.sheets}
    done = _soffice("--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(tmp_path / "lo"), str(path),
                    cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    for engine in ("fast", "openpyxl"):
        with read_workbook(tmp_path / "lo" / "hq.xlsx", engine=engine) as wb:
            assert wb.meta.sheets["tickets"].rows == len(branch.tickets)
            assert {s: list(wb.rows(s)) for s in wb.meta.sheets} == expected
