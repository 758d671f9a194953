"""Sheet XML compressed while it is written, in a helper thread, and put into the zip as it is.

The record sheets of a 100,000-ticket export are ~570 MB of XML. Compressed at the save, on the writer's thread,
they cost ~1.5 s of CPU with nothing else to run beside them; compressed in a thread as the rows come (zlib and
crc32 release the GIL), that work runs on the second core while the writer formats the next rows, and the temp
files hold a tenth of the bytes.

A sheet's part is three raw deflate segments: openpyxl's head (known only at the end, when the row count gives its
<dimension>), the rows, and the tail. Each ends on a byte boundary without a final block except the last, so they
join into one deflate stream (as pigz joins its blocks); their CRC-32s join with crc32_combine.
"""

from __future__ import annotations

import queue
import tempfile
import threading
import zlib
from typing import IO, Any
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

# Deflate level of the record sheets, as the save uses for the rest of the package (see HqWorkbookBuilder.save).
LEVEL = 2
_WBITS = -15  # raw deflate: the zip entry has no zlib header


def _gf2_times(matrix: list[int], vector: int) -> int:
    total, i = 0, 0
    while vector:
        if vector & 1:
            total ^= matrix[i]
        vector >>= 1
        i += 1
    return total


def _gf2_square(matrix: list[int]) -> list[int]:
    return [_gf2_times(matrix, matrix[n]) for n in range(32)]


def crc32_combine(crc1: int, crc2: int, length2: int) -> int:
    """CRC-32 of A+B from crc32(A), crc32(B) and len(B) (zlib's crc32_combine, which Python does not offer)."""
    if length2 <= 0:
        return crc1
    odd = [0xEDB88320] + [1 << n for n in range(31)]  # the operator for one zero bit
    even = _gf2_square(odd)  # two zero bits
    odd = _gf2_square(even)  # four zero bits
    while True:
        even = _gf2_square(odd)
        if length2 & 1:
            crc1 = _gf2_times(even, crc1)
        length2 >>= 1
        if not length2:
            break
        odd = _gf2_square(even)
        if length2 & 1:
            crc1 = _gf2_times(odd, crc1)
        length2 >>= 1
        if not length2:
            break
    return crc1 ^ crc2


class DeflatedPart:
    """One sheet's rows, compressed into a temp file by the Compressor as they are handed in."""

    def __init__(self) -> None:
        self.file: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 - closed by close()
        self.crc = 0
        self.size = 0
        self._deflate: Any = zlib.compressobj(LEVEL, zlib.DEFLATED, _WBITS)

    def _take(self, data: bytes | None) -> None:
        # Runs on the compressor thread only.
        if data is None:
            # Byte-aligned end without a final block: the tail's segment follows.
            self.file.write(self._deflate.flush(zlib.Z_SYNC_FLUSH))
            self._deflate = None
            return
        self.crc = zlib.crc32(data, self.crc)
        self.size += len(data)
        self.file.write(self._deflate.compress(data))

    def write_entry(self, archive: ZipFile, name: str, head: bytes, tail: bytes) -> None:
        """Add the entry `name` = head + rows + tail to the archive, the rows copied as compressed."""
        head_z = zlib.compressobj(LEVEL, zlib.DEFLATED, _WBITS)
        head_data = head_z.compress(head) + head_z.flush(zlib.Z_SYNC_FLUSH)
        tail_z = zlib.compressobj(LEVEL, zlib.DEFLATED, _WBITS)
        tail_data = tail_z.compress(tail) + tail_z.flush(zlib.Z_FINISH)
        rows_stored = self.file.seek(0, 2)
        info = ZipInfo(name)  # the date ZipFile.open(name, "w") gives a streamed entry
        info.compress_type = ZIP_DEFLATED
        info.external_attr = 0o600 << 16
        info.file_size = len(head) + self.size + len(tail)
        info.compress_size = len(head_data) + rows_stored + len(tail_data)
        info.CRC = crc32_combine(crc32_combine(zlib.crc32(head), self.crc, self.size), zlib.crc32(tail), len(tail))
        # What ZipFile._open_to_write and _ZipWriteFile.close do, with sizes and CRC known before the header.
        if archive._writing:  # type: ignore[attr-defined]
            raise ValueError("another zip entry is being written")
        fp: Any = archive.fp
        fp.seek(archive.start_dir)
        info.header_offset = fp.tell()
        archive._writecheck(info)  # type: ignore[attr-defined]
        archive._didModify = True  # type: ignore[attr-defined]
        fp.write(info.FileHeader(None))
        fp.write(head_data)
        self.file.seek(0)
        while chunk := self.file.read(1 << 20):
            fp.write(chunk)
        fp.write(tail_data)
        archive.filelist.append(info)
        archive.NameToInfo[info.filename] = info
        archive.start_dir = fp.tell()

    def close(self) -> None:
        if not self.file.closed:
            self.file.close()


_STOP = object()


class Compressor:
    """One helper thread compressing the sheets' row chunks in the order they are handed in.

    The queue holds a few chunks (each ~0.5-1 MB of XML), so the writer runs ahead by that much at most and memory
    stays flat; an error in the thread is raised in the writer at its next hand-in."""

    def __init__(self, depth: int = 6) -> None:
        self._jobs: queue.Queue[Any] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="export-deflate", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            try:
                if job is _STOP:
                    return
                if self._error is None:
                    part, data = job
                    part._take(data)
            except BaseException as exc:  # handed to the writer by put() or wait()
                self._error = exc
            finally:
                self._jobs.task_done()

    def _check(self) -> None:
        if self._error is not None:
            raise self._error

    def put(self, part: DeflatedPart, data: bytes | None) -> None:
        """Compress `data` into `part`; None ends the part's rows."""
        self._check()
        self._jobs.put((part, data))

    def wait(self) -> None:
        """Until every chunk handed in so far is in its part's file."""
        self._jobs.join()
        self._check()

    def close(self) -> None:
        if self._thread.is_alive():
            self._jobs.put(_STOP)
            self._thread.join()
