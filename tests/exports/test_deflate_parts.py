"""Sheet parts compressed while they are written (desktop/exports/deflate_parts.py): the joined deflate segments and
the combined CRC make a zip entry that zipfile reads back byte for byte (it checks the CRC as it reads)."""

from __future__ import annotations

import random
import zlib
from pathlib import Path
from zipfile import ZIP_DEFLATED, ZipFile

import pytest

from desktop.exports.deflate_parts import Compressor, DeflatedPart, crc32_combine


def test_crc32_combine_equals_the_crc_of_the_joined_bytes() -> None:
    rng = random.Random(18)
    for size_a, size_b in [(0, 0), (0, 5), (5, 0), (1, 1), (1000, 3), (3, 70_000), (65_536, 65_537)]:
        a, b = rng.randbytes(size_a), rng.randbytes(size_b)
        assert crc32_combine(zlib.crc32(a), zlib.crc32(b), len(b)) == zlib.crc32(a + b)


@pytest.mark.parametrize("chunks", [0, 1, 40])
def test_a_part_written_in_segments_reads_back_whole(tmp_path: Path, chunks: int) -> None:
    rng = random.Random(chunks)
    head, tail = b"<worksheet><sheetData>", b"</sheetData></worksheet>"
    rows = [("".join(f'<row r="{i}"><c t="inlineStr"><is><t>安阳{rng.random()}</t></is></c></row>'
                     for i in range(200))).encode() for _ in range(chunks)]
    compressor = Compressor(depth=2)
    part = DeflatedPart()
    for chunk in rows:
        compressor.put(part, chunk)
    compressor.put(part, None)
    compressor.wait()
    compressor.close()
    path = tmp_path / "part.zip"
    with ZipFile(path, "w", ZIP_DEFLATED, compresslevel=2) as archive:
        archive.writestr("before.xml", b"<a/>")
        part.write_entry(archive, "xl/worksheets/sheet2.xml", head, tail)
        archive.writestr("after.xml", b"<b/>")
    part.close()
    with ZipFile(path) as archive:
        assert archive.testzip() is None
        assert archive.read("xl/worksheets/sheet2.xml") == head + b"".join(rows) + tail
        assert archive.read("after.xml") == b"<b/>"


def test_an_error_in_the_compressor_thread_reaches_the_writer() -> None:
    compressor = Compressor(depth=1)
    part = DeflatedPart()
    part.close()  # writing into a closed file fails in the thread
    compressor.put(part, b"x" * 10)
    with pytest.raises(ValueError):
        compressor.wait()
    compressor.close()
