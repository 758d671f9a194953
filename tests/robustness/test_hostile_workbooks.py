"""Hostile workbooks to `hq-merge`: zip bombs, DOCTYPE and entities, impossible numbers and times, a bad --out.

The reader is bounded by design (desktop/exports/xlsx_package.py): the bomb tests run the reader in a child process
and measure its time and peak RSS (printed; run with -s to see them), against the issue's limits of "seconds" and
300 MiB for any input.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.errors import ValidationError
from desktop.exports.hq_merge import describe, merge_workbooks
from desktop.exports.workbook_reader import read_workbook
from desktop.exports.workbook_writer import write_workbook
from desktop.exports.xlsx_package import Limits, Package
from tests.exports.conftest import make_branch

ROOT = Path(__file__).resolve().parents[2]
GIB = 1 << 30
MIB = 1 << 20
PEAK_RSS_LIMIT_MIB = 300
# "Refused in seconds": generous for a shared 2-core machine; the quadratic scanner took 220-235 s.
BOMB_SECONDS = 20


def _export(folder: Path, name: str = "branch.xlsx") -> Path:
    data = make_branch()
    return write_workbook(folder / name, data.meta(), data.summary(), *data.all()).path


def _part_of(path: Path, title: str) -> str:
    package = Package(path)
    try:
        return package.sheets[title]
    finally:
        package.close()


Change = Callable[[bytes], Iterator[bytes]]


def _rewrite(source: Path, target: Path, changes: dict[str, Change], level: int = 6) -> Path:
    """Copy the zip, streaming new content for the named parts (so a 1 GiB part never sits in memory)."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED,
                                                          compresslevel=level) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename in changes:
                with dst.open(info.filename, "w", force_zip64=True) as out:
                    for chunk in changes[info.filename](data):
                        out.write(chunk)
            else:
                dst.writestr(info, data)
    return target


def _insert(after: bytes, filler: bytes, total: int) -> Change:
    """Insert `total` bytes of `filler` right after the first `after` in the part."""
    def change(data: bytes) -> Iterator[bytes]:
        cut = data.index(after) + len(after)
        yield data[:cut]
        block = filler * (MIB // len(filler))
        for _ in range(total // len(block)):
            yield block
        yield data[cut:]
    return change


def _text(edit: Callable[[str], str]) -> Change:
    return lambda data: iter([edit(data.decode("utf-8")).encode("utf-8")])


def _child(*args: str, timeout: float = 120) -> dict:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "tests.robustness.workbook_child", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["wall_seconds"] = round(time.perf_counter() - started, 2)
    return result


def _refused(path: Path, **limits: int) -> ValidationError:
    with pytest.raises(ValidationError) as info, read_workbook(path, limits=Limits(**limits)) as book:
        for sheet in book.meta.sheets:
            for _row in book.rows(sheet):
                pass
    assert info.value.params["file"] == str(path)
    return info.value


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _export(tmp_path_factory.mktemp("hostile"))


# ---- zip bombs -------------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_the_whitespace_bomb_is_refused_in_seconds_within_300_mib(good: Path, tmp_path: Path) -> None:
    """The issue's bomb: ~1 MB that inflates to 1 GiB of whitespace inside the tickets sheet."""
    tickets = _part_of(good, "工单")
    bomb = _rewrite(good, tmp_path / "bomb.xlsx", {tickets: _insert(b"<sheetData>", b" ", GIB)}, level=9)
    assert bomb.stat().st_size < 2 * MIB
    for mode in ("read", "merge"):
        result = _child(mode, str(bomb), *([str(tmp_path / "out.xlsx")] if mode == "merge" else []))
        print(f"\n1 GiB whitespace bomb ({bomb.stat().st_size / MIB:.1f} MB file), {mode}: {result['outcome']} "
              f"in {result['seconds']} s (process {result['wall_seconds']} s), peak RSS {result['peak_rss_mib']} MiB")
        assert result["outcome"] == "workbook_too_large"
        assert result["params"]["file"] == str(bomb)
        assert result["seconds"] < BOMB_SECONDS
        assert result["peak_rss_mib"] < PEAK_RSS_LIMIT_MIB
    assert not (tmp_path / "out.xlsx").exists()
    # Even with the zip directory checks lifted, the scanner streams the whole GiB in one pass at a bounded size.
    result = _child("read-unchecked", str(bomb))
    print(f"1 GiB whitespace bomb streamed with the directory checks lifted: {result['outcome']} in "
          f"{result['seconds']} s, peak RSS {result['peak_rss_mib']} MiB")
    assert result["outcome"] == "ok"  # the whitespace is skipped, the 12 rows are read
    assert result["seconds"] < 120 and result["peak_rss_mib"] < PEAK_RSS_LIMIT_MIB


_SST_HEAD = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
             '2006/main">')
_SST_REL = ('<Relationship Id="rIdSST" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'sharedStrings" Target="sharedStrings.xml"/></Relationships>')


def _with_shared_strings(good: Path, target: Path, strings: Callable[[], Iterator[bytes]], cells: int = 1) -> Path:
    """The workbook as Excel would re-save it: customer names (J2..) taken from a shared strings part."""
    tickets = _part_of(good, "工单")
    changes: dict[str, Change] = {"xl/_rels/workbook.xml.rels": _text(lambda xml: xml.replace("</Relationships>",
                                                                                             _SST_REL))}

    def use(xml: str) -> str:
        for i in range(cells):
            xml = _cell(f"J{i + 2}", f'<c r="J{i + 2}" t="s"><v>{i}</v></c>')(xml)
        return xml

    changes[tickets] = _text(use)
    out = _rewrite(good, target, changes)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED, compresslevel=9) as archive, \
            archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
        for chunk in strings():
            part.write(chunk)
    return out


@pytest.mark.slow
def test_a_one_gib_shared_string_is_refused_within_300_mib(good: Path, tmp_path: Path) -> None:
    def one_huge() -> Iterator[bytes]:
        yield (_SST_HEAD + "<si><t>").encode()
        block = b"A" * MIB
        for _ in range(GIB // MIB):
            yield block
        yield b"</t></si></sst>"

    with_sst = _with_shared_strings(good, tmp_path / "with-sst.xlsx", one_huge)
    result = _child("read", str(with_sst))
    print(f"\n1 GiB shared string: {result['outcome']} in {result['seconds']} s, peak RSS {result['peak_rss_mib']} MiB")
    assert result["outcome"] == "workbook_too_large"
    assert result["seconds"] < BOMB_SECONDS and result["peak_rss_mib"] < PEAK_RSS_LIMIT_MIB
    # Within the part limits (ratio check off), the one string is still never built: its element is too long.
    error = _refused(with_sst, part_bytes=2 * GIB, total_bytes=4 * GIB, max_ratio=10**9)
    assert error.code == "workbook_too_large"


def test_shared_strings_are_read_within_their_memory_budget(good: Path, tmp_path: Path) -> None:
    names = [f"客户&amp;{i}" for i in range(12)]

    def table() -> Iterator[bytes]:
        yield (_SST_HEAD + "".join(f"<si><t>{n}</t></si>" for n in names[:11])
               + '<si><r><t>富</t></r><r><t>文本</t></r><rPh sb="0" eb="1"><t>fu</t></rPh></si></sst>').encode()

    resaved = _with_shared_strings(good, tmp_path / "resaved.xlsx", table, cells=12)
    with read_workbook(resaved) as book:
        got = [t.customer_name for t in book.tickets()]
    assert got == [n.replace("&amp;", "&") for n in names[:11]] + ["富文本"]
    assert _refused(resaved, shared_strings_bytes=512).code == "workbook_too_large"


def test_whitespace_between_rows_is_scanned_in_one_pass(good: Path, tmp_path: Path) -> None:
    """With the size checks lifted, 256 MiB of whitespace between rows costs one linear pass (the old scanner
    re-scanned its whole unmatched buffer for every 1 MiB read: quadratic)."""
    tickets = _part_of(good, "工单")
    padded = _rewrite(good, tmp_path / "padded.xlsx",
                      {tickets: _insert(b"</row>", b" \n", 256 * MIB)}, level=1)
    started = time.perf_counter()
    with read_workbook(padded, limits=Limits(max_ratio=10**9)) as book:
        rows = list(book.rows("tickets"))
    seconds = time.perf_counter() - started
    print(f"\n256 MiB of whitespace between rows read in {seconds:.1f} s")
    assert len(rows) == 12
    assert seconds < 60


def test_a_row_that_never_ends_is_refused_at_its_limit(good: Path, tmp_path: Path) -> None:
    tickets = _part_of(good, "工单")
    endless = _rewrite(good, tmp_path / "endless.xlsx", {tickets: _insert(b'<row r="3"', b" ", 64 * MIB)}, level=1)
    error = _refused(endless, max_ratio=10**9)
    assert (error.code, error.params["sheet"]) == ("workbook_too_large", "tickets")


def test_other_compression_methods_and_too_many_parts_are_refused(good: Path, tmp_path: Path) -> None:
    bz = tmp_path / "bzip2.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bz, "w", zipfile.ZIP_BZIP2) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info.filename))
    assert _refused(bz).code == "workbook_corrupt"
    many = _rewrite(good, tmp_path / "many.xlsx", {})
    with zipfile.ZipFile(many, "a") as archive:
        for i in range(2100):
            archive.writestr(f"junk/{i}.txt", b"")
    assert _refused(many).code == "workbook_too_large"


# ---- DOCTYPE and entities ------------------------------------------------------------------------------------

_LAUGHS = ('<!DOCTYPE worksheet [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
           '<!ENTITY lol9 "&lol1;&lol1;">]>')


def _cell(ref: str, cell: str) -> Callable[[str], str]:
    return lambda xml: re.sub(rf'<c r="{ref}"[^>]*?(?:/>|>.*?</c>)', cell, xml, count=1)


@pytest.mark.parametrize("title", ["工单", "_meta"])
def test_a_doctype_with_entities_is_refused(good: Path, tmp_path: Path, title: str) -> None:
    part = _part_of(good, title)

    def laughs(xml: str) -> str:
        xml = xml.replace("<worksheet", _LAUGHS + "<worksheet", 1)
        return _cell("J2", '<c r="J2" t="inlineStr"><is><t>&lol9;</t></is></c>')(xml)

    hostile = _rewrite(good, tmp_path / "laughs.xlsx", {part: _text(laughs)})
    error = _refused(hostile)
    assert error.code == "workbook_unsafe"


def test_a_doctype_in_the_workbook_part_is_refused(good: Path, tmp_path: Path) -> None:
    hostile = _rewrite(good, tmp_path / "wb.xlsx", {"xl/workbook.xml": _text(
        lambda xml: _LAUGHS.replace("worksheet", "workbook") + xml)})
    assert _refused(hostile).code == "workbook_unsafe"


def test_html_entities_are_not_xml(good: Path, tmp_path: Path) -> None:
    tickets = _part_of(good, "工单")
    nbsp = _rewrite(good, tmp_path / "nbsp.xlsx", {tickets: _text(
        _cell("J2", '<c r="J2" t="inlineStr"><is><t>张&nbsp;三</t></is></c>'))})
    error = _refused(nbsp)
    assert (error.code, error.params["sheet"]) == ("workbook_unsafe", "tickets")
    # A character reference is decoded as XML does: &#x80; is U+0080, not the euro sign of HTML's table.
    c1 = _rewrite(good, tmp_path / "c1.xlsx", {tickets: _text(
        _cell("J2", '<c r="J2" t="inlineStr"><is><t>A&#x80;B&amp;C</t></is></c>'))})
    with read_workbook(c1) as book:
        assert next(book.tickets()).customer_name == "A\x80B&C"


# ---- numbers and times that cannot be ------------------------------------------------------------------------


@pytest.mark.parametrize(("title", "ref", "value", "sheet", "column"), [
    ("上门记录", "I2", "NaN", "visits", "labour_charge"),
    ("上门记录", "I2", "Infinity", "visits", "labour_charge"),
    ("上门记录", "I2", "-Infinity", "visits", "labour_charge"),
    ("上门记录", "I2", "1e5000", "visits", "labour_charge"),
    ("工单", "W2", "1e5000", "tickets", "visit_count"),
    ("工单", "W2", "NaN", "tickets", "visit_count"),
    ("工单", "C2", "NaN", "tickets", "opened_at"),
    ("工单", "C2", "1e300", "tickets", "opened_at"),
])
def test_impossible_numbers_are_refused_with_sheet_row_and_column(good: Path, tmp_path: Path, title: str, ref: str,
                                                                   value: str, sheet: str, column: str) -> None:
    part = _part_of(good, title)
    bad = _rewrite(good, tmp_path / "bad.xlsx", {part: _text(_cell(ref, f'<c r="{ref}"><v>{value}</v></c>'))})
    with pytest.raises(ValidationError) as info:
        merge_workbooks([bad], tmp_path / "merged.xlsx")
    error = info.value
    assert (error.code, error.params["sheet"], error.params["row"], error.params["column"]) == (
        "workbook_value", sheet, 2, column)
    assert not (tmp_path / "merged.xlsx").exists()
    assert str(bad) in describe(error, "en") and column in describe(error, "en")


def test_an_exported_at_with_an_offset_beside_naive_ones_is_refused(good: Path, tmp_path: Path) -> None:
    tickets = _part_of(good, "工单")
    bad = _rewrite(good, tmp_path / "aware.xlsx", {tickets: _text(_cell(
        "Y3", '<c r="Y3" t="inlineStr"><is><t>2026-12-01T10:00:00+08:00</t></is></c>'))})
    with pytest.raises(ValidationError) as info:
        merge_workbooks([good, bad], tmp_path / "merged.xlsx")
    error = info.value
    assert (error.code, error.params["sheet"], error.params["row"], error.params["column"]) == (
        "workbook_value", "tickets", 3, "exported_at")


# ---- --out -----------------------------------------------------------------------------------------------------


def test_out_naming_a_folder_or_a_missing_folder_is_refused_clearly(good: Path, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as info:
        merge_workbooks([good], tmp_path)
    assert info.value.code == "merge_output_is_folder"
    assert str(tmp_path) in describe(info.value, "en") and str(tmp_path) in describe(info.value, "zh")
    missing = tmp_path / "no-such-folder" / "all.xlsx"
    with pytest.raises(ValidationError) as info:
        merge_workbooks([good], missing)
    assert info.value.code == "merge_output_folder_missing"
    assert str(missing.parent) in describe(info.value, "en")
    assert not missing.parent.exists()
