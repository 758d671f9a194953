"""The parts of an .xlsx file, opened with limits so that a hostile workbook costs seconds and megabytes, not
minutes and gigabytes.

A workbook is a zip of XML parts. Everything the HQ reader takes from one goes through here:
- the zip's directory is checked before any part is inflated: how many parts, the size each declares, their sum, and
  how much smaller each is stored (a whitespace bomb inflates a thousand times). Only stored and deflated parts are
  read (deflate is inflated in bounded steps; bzip2 and lzma are not);
- every byte inflated is counted against its part's limit while it streams (`BoundedPart`), so a part that lies about
  its size is cut off too;
- an XML part may not declare a DOCTYPE or entities, and only XML's five named entities and character references are
  decoded (`xml_unescape`): `&nbsp;` or a billion-laughs `&lol9;` is refused, never expanded or read as text.
"""

from __future__ import annotations

import io
import posixpath
import re
import sys
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

from defusedxml import ElementTree as SafeET

from desktop.errors import ValidationError

MIB = 1 << 20


@dataclass(frozen=True)
class Limits:
    """What any one workbook may cost. A real branch export of 100,000 tickets has sheet parts of ~270 MB that
    deflate about 12:1; nothing legitimate comes near these."""

    # Largest inflated part, and all parts together.
    part_bytes: int = 768 * MIB
    total_bytes: int = 2048 * MIB
    # Parts larger than `ratio_floor` may inflate at most `max_ratio` times their stored size.
    max_ratio: int = 200
    ratio_floor: int = 16 * MIB
    members: int = 2000
    # Small structural parts (workbook, relationships, _meta) are parsed whole.
    small_part_bytes: int = 16 * MIB
    # One <row>…</row> element (30-odd cells of at most 32,767 characters each fit easily).
    row_bytes: int = 8 * MIB
    # Memory held by the shared strings table (sys.getsizeof of every string plus its list slot).
    shared_strings_bytes: int = 128 * MIB


DEFAULT_LIMITS = Limits()

_NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_SHARED_STRINGS_TYPE = _NS_REL + "/sharedStrings"


class PackageError(Exception):
    """Raised inside this module; the reader turns it into a ValidationError naming the file."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params


def refuse(path: Path, code: str, **params: Any) -> ValidationError:
    return ValidationError(code, file=str(path), **params)


class BoundedPart(io.RawIOBase):
    """A zip member that raises once more than `limit` bytes have been inflated from it."""

    def __init__(self, stream: IO[bytes], name: str, limit: int, budget: list[int]) -> None:
        self._stream = stream
        self._name = name
        self._limit = limit
        self._budget = budget  # shared by every part of the file: [bytes still allowed]
        self._read = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._stream.read(len(buffer))
        n = len(data)
        self._read += n
        self._budget[0] -= n
        if self._read > self._limit:
            raise PackageError("workbook_too_large", part=self._name, limit_mb=self._limit // MIB)
        if self._budget[0] < 0:
            raise PackageError("workbook_too_large", part="*", limit_mb=0)
        buffer[:n] = data
        return n

    def close(self) -> None:
        try:
            self._stream.close()
        finally:
            super().close()


class Package:
    """An opened, checked .xlsx: sheet names to part names, bounded part streams, the shared strings."""

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
        self.path = path
        self.limits = limits
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise PackageError("workbook_corrupt", detail=type(exc).__name__) from exc
        try:
            self._infos = self._check_directory()
            self._budget = [limits.total_bytes]
            self.sheets, self._shared_part = self._sheet_parts()
        except BaseException:
            self._zip.close()
            raise

    # ---- the zip directory ------------------------------------------------------------------------------------

    def _check_directory(self) -> dict[str, zipfile.ZipInfo]:
        limits = self.limits
        infos = self._zip.infolist()
        if len(infos) > limits.members:
            raise PackageError("workbook_too_large", part="*", members=len(infos))
        total = 0
        by_name: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise PackageError("workbook_corrupt", part=info.filename, detail="compression")
            size = info.file_size
            if size > limits.part_bytes:
                raise PackageError("workbook_too_large", part=info.filename, limit_mb=limits.part_bytes // MIB)
            if size > limits.ratio_floor and size > limits.max_ratio * max(info.compress_size, 1):
                raise PackageError("workbook_too_large", part=info.filename, limit_mb=limits.part_bytes // MIB)
            total += size
            by_name[info.filename] = info
        if total > limits.total_bytes:
            raise PackageError("workbook_too_large", part="*", limit_mb=limits.total_bytes // MIB)
        return by_name

    def has(self, name: str) -> bool:
        return name in self._infos

    def open(self, name: str, limit: int | None = None) -> BoundedPart:
        info = self._infos.get(name)
        if info is None:
            raise PackageError("workbook_corrupt", part=name, detail="missing part")
        try:
            stream = self._zip.open(info)
        except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as exc:
            raise PackageError("workbook_corrupt", part=name, detail=type(exc).__name__) from exc
        return BoundedPart(stream, name, min(limit or self.limits.part_bytes, self.limits.part_bytes), self._budget)

    def read_small(self, name: str) -> bytes:
        with self.open(name, self.limits.small_part_bytes) as part:
            return _read_all(cast(IO[bytes], part))

    def close(self) -> None:
        self._zip.close()

    # ---- structure: which part is which sheet ---------------------------------------------------------------

    def _xml(self, name: str) -> Any:
        data = self.read_small(name)
        check_prolog(data, name)
        try:
            return safe_fromstring(data)
        except PackageError as exc:
            exc.params.setdefault("part", name)
            raise

    def _sheet_parts(self) -> tuple[dict[str, str], str | None]:
        workbook_part = "xl/workbook.xml"
        root_rels = "_rels/.rels"
        if self.has(root_rels):
            for rel in self._xml(root_rels).iter(f"{{{_NS_PKG_REL}}}Relationship"):
                if rel.get("Type", "").endswith("/officeDocument"):
                    workbook_part = _part_name("", rel.get("Target", ""))
        if not self.has(workbook_part):
            raise PackageError("workbook_corrupt", part=workbook_part, detail="missing part")
        rels_part = posixpath.join(posixpath.dirname(workbook_part), "_rels",
                                   posixpath.basename(workbook_part) + ".rels")
        targets: dict[str, str] = {}
        shared: str | None = None
        if self.has(rels_part):
            base = posixpath.dirname(workbook_part)
            for rel in self._xml(rels_part).iter(f"{{{_NS_PKG_REL}}}Relationship"):
                target = _part_name(base, rel.get("Target", ""))
                targets[rel.get("Id", "")] = target
                if rel.get("Type") == _SHARED_STRINGS_TYPE:
                    shared = target
        sheets: dict[str, str] = {}
        for sheet in self._xml(workbook_part).iter(f"{{{_NS_MAIN}}}sheet"):
            rid = sheet.get(f"{{{_NS_REL}}}id", "")
            if sheet.get("name") and rid in targets:
                sheets[sheet.get("name", "")] = targets[rid]
        if shared is None and self.has("xl/sharedStrings.xml"):
            shared = "xl/sharedStrings.xml"  # found by its content type alone, as openpyxl does
        return sheets, shared if shared and self.has(shared) else None

    # ---- shared strings ---------------------------------------------------------------------------------------

    def shared_strings(self) -> list[str]:
        """The shared strings table, one <si> at a time within a memory budget: a 1 GiB string is refused by its
        element's size long before it is built."""
        if self._shared_part is None:
            return []
        budget = self.limits.shared_strings_bytes
        strings: list[str] = []
        with self.open(self._shared_part) as part:
            text = io.TextIOWrapper(io.BufferedReader(part, 1 << 16), encoding="utf-8")
            with text:
                try:
                    head = text.read(1 << 16)
                    check_prolog(head, self._shared_part)
                    root = _ROOT_TAG.search(head)
                    prefix, attrs = (root.group(1) or "", root.group(3)) if root else ("", "")
                    wrapper = (f"<{prefix}si{attrs if 'xmlns' in attrs else ' xmlns=' + repr(_NS_MAIN)}>",
                               f"</{prefix}si>")
                    for _attrs, content in iter_elements(text.read, f"{prefix}si", _SI_BYTES, head):
                        value = _shared_text(content or "", wrapper)
                        budget -= sys.getsizeof(value) + 8
                        if budget < 0:
                            raise PackageError("workbook_too_large", part=self._shared_part,
                                               limit_mb=self.limits.shared_strings_bytes // MIB)
                        strings.append(value)
                except PackageError as exc:
                    exc.params.setdefault("part", self._shared_part)
                    raise
                except (UnicodeDecodeError, ValueError) as exc:
                    raise PackageError("workbook_corrupt", part=self._shared_part, detail=type(exc).__name__) from exc
        return strings


# A shared string is one cell's text (Excel allows 32,767 characters) with its formatting runs.
_SI_BYTES = 1 * MIB
_ROOT_TAG = re.compile(r"<(?!\?|!)(\w+:)?(\w+)((?:\s[^>]*)?)>")
_PLAIN_SI = re.compile(r"\s*<t(?: xml:space=\"preserve\")?>([^<]*)</t>\s*")
_T_TAG = f"{{{_NS_MAIN}}}t"
_RPH_TAG = f"{{{_NS_MAIN}}}rPh"


def _shared_text(content: str, wrapper: tuple[str, str]) -> str:
    plain = _PLAIN_SI.fullmatch(content)
    if plain is not None:
        return xml_unescape(plain.group(1))
    element = safe_fromstring(f"{wrapper[0]}{content}{wrapper[1]}")
    return "".join(_texts(element))


def _texts(element: Any) -> Iterator[str]:
    """Text of <t> descendants, leaving out phonetic guides (rPh): they are not part of the value."""
    for child in element:
        if child.tag == _RPH_TAG:
            continue
        if child.tag == _T_TAG:
            yield child.text or ""
        else:
            yield from _texts(child)


def safe_fromstring(xml: str | bytes) -> Any:
    """ElementTree parsing that refuses DOCTYPE, entity declarations and external references (defusedxml)."""
    try:
        return SafeET.fromstring(xml, forbid_dtd=True)
    except Exception as exc:  # ParseError, DTDForbidden, EntitiesForbidden, ...
        code = "workbook_unsafe" if "Forbidden" in type(exc).__name__ else "workbook_corrupt"
        raise PackageError(code, detail=type(exc).__name__) from exc


def iter_elements(read: Callable[[int], str], tag: str, max_bytes: int, buffer: str = "",
                  chunk: int = 1 << 20) -> Iterator[tuple[str, str | None]]:
    """Every `<tag …>content</tag>` (content) or `<tag …/>` (None) in a stream of XML text, in one pass: each
    character is looked at a bounded number of times whatever lies between the elements, and one element may be
    at most `max_bytes` long (a row or a shared string that never ends is refused, not buffered)."""
    open_tag, close_tag = "<" + tag, "</" + tag + ">"
    n_open = len(open_tag)
    pos = 0
    while True:
        i = buffer.find(open_tag, pos)
        while i < 0 or i + n_open >= len(buffer):
            # Nothing here: drop what was searched, keep a tail that may be the start of the tag.
            buffer = buffer[i if i >= 0 else max(len(buffer) - n_open, 0):]
            more = read(chunk)
            if not more:
                return
            buffer += more
            i = buffer.find(open_tag)
        if buffer[i + n_open] not in " \t\r\n>/":
            pos = i + 1  # <rowBreaks>, <sheetData>…: another element
            continue
        end = buffer.find(">", i)
        while end < 0:
            searched = len(buffer)
            buffer = _more(read, chunk, buffer, i, max_bytes)
            end = buffer.find(">", searched)
        if buffer[end - 1] == "/":
            yield buffer[i + n_open:end - 1], None
            pos = end + 1
        else:
            close = buffer.find(close_tag, end)
            while close < 0:
                searched = max(end, len(buffer) - len(close_tag))
                buffer = _more(read, chunk, buffer, i, max_bytes)
                close = buffer.find(close_tag, searched)
            yield buffer[i + n_open:end], buffer[end + 1:close]
            pos = close + len(close_tag)
        if pos > chunk:
            buffer, pos = buffer[pos:], 0


def _more(read: Callable[[int], str], chunk: int, buffer: str, start: int, max_bytes: int) -> str:
    if len(buffer) - start > max_bytes:
        raise PackageError("workbook_too_large", limit_mb=max(max_bytes // MIB, 1), detail="element")
    more = read(chunk)
    if not more:
        raise PackageError("workbook_corrupt", detail="truncated")
    return buffer + more


def _read_all(stream: IO[bytes]) -> bytes:
    chunks: list[bytes] = []
    while True:
        chunk = stream.read(1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _part_name(base: str, target: str) -> str:
    if target.startswith("/"):
        return posixpath.normpath(target[1:])
    return posixpath.normpath(posixpath.join(base, target))


# ---- XML text: the prolog and the entities --------------------------------------------------------------------

_PROLOG_LIMIT = 64 * 1024
_ROOT_START = re.compile(rb"<[A-Za-z_]")
_ROOT_START_TEXT = re.compile(r"<[A-Za-z_]")


def check_prolog(head: bytes | str, part: str) -> None:
    """Refuse a part whose prolog (everything before the root element) declares a DOCTYPE or entities. Entities can
    only be declared there, so a part that passes cannot define `&lol9;`. UTF-16 parts are looked at as text."""
    if isinstance(head, bytes):
        if head[:2] in (b"\xff\xfe", b"\xfe\xff") or head[:4] in (b"<\0?\0", b"\0<\0?"):
            text = head[:_PROLOG_LIMIT * 2].decode("utf-16", errors="replace")
        else:
            text = head[:_PROLOG_LIMIT].decode("utf-8", errors="replace")
    else:
        text = head[:_PROLOG_LIMIT]
    match = _ROOT_START_TEXT.search(text)
    prolog = text[:match.start()] if match else text
    upper = prolog.upper()
    if "<!DOCTYPE" in upper or "<!ENTITY" in upper:
        raise PackageError("workbook_unsafe", part=part, detail="doctype")
    if match is None and len(text) >= _PROLOG_LIMIT:
        raise PackageError("workbook_unsafe", part=part, detail="prolog")


_ENTITY = re.compile(r"&(#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6}|lt|gt|amp|quot|apos);|&")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}


def _xml_char(code: int) -> bool:
    return (code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD
            or 0x10000 <= code <= 0x10FFFF)


def xml_unescape(text: str) -> str:
    """XML's own entity decoding: the five named entities and character references. Anything else (`&nbsp;`, an
    undeclared `&lol9;`, a bare `&`) is not XML and raises PackageError; `&#x80;` is U+0080, never "€"."""

    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        if name is None:
            raise PackageError("workbook_unsafe", detail="entity", value=text[match.start():match.start() + 12])
        if name[0] == "#":
            code = int(name[2:], 16) if name[1] in "xX" else int(name[1:])
            if not _xml_char(code):
                raise PackageError("workbook_unsafe", detail="entity", value=match.group(0))
            return chr(code)
        return _NAMED[name]

    return _ENTITY.sub(one, text)
