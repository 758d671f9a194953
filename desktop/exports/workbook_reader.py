"""Opens an HQ workbook, validates its hidden metadata, and streams its rows by machine key."""

from __future__ import annotations

import html
import io
import json
import os
import re
import zipfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string
from openpyxl.utils.datetime import from_excel

from desktop.errors import ValidationError
from desktop.exports.columns import (
    DATA_SHEETS,
    FORMAT_ID,
    META_SHEET,
    MIN_SCHEMA_VERSION,
    SCHEMA_VERSION,
    SHEETS_BY_KEY,
    Column,
    ColumnType,
    SheetSpec,
)
from desktop.exports.records import (
    CallbackRecord,
    ComplaintRecord,
    PartLine,
    ReturnRecord,
    TicketRecord,
    VisitRecord,
)
from desktop.exports.workbook_writer import MetaSource

_DIGITS = "0123456789"


@dataclass(frozen=True, slots=True)
class SheetInfo:
    key: str
    title: str
    rows: int
    # Machine keys in the order of the file's columns (A, B, ...).
    keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class WorkbookMeta:
    format_id: str
    schema_version: int
    kind: str
    branch_code: str
    branch_name: str
    installation_id: str
    period_start: date
    period_end: date
    exported_at: datetime
    app_version: str
    language: str
    timezone: str
    masked_columns: tuple[str, ...]
    sheets: Mapping[str, SheetInfo]
    sources: tuple[MetaSource, ...]


def _error(code: str, path: Path, **params: Any) -> ValidationError:
    return ValidationError(code, file=str(path), **params)


def _parse_utc(text: str) -> datetime:
    return datetime.fromisoformat(text.rstrip("Z")).replace(tzinfo=None)


def _parse_meta(path: Path, rows: list[list[str]]) -> WorkbookMeta:
    values = {r[0]: r[1:] for r in rows if r and r[0] not in ("sheet", "columns", "source")}

    def one(name: str) -> str:
        found = values.get(name)
        if not found or not found[0]:
            raise _error("workbook_foreign", path, missing=name)
        return found[0]

    format_id = values.get("format_id", [""])[0] if values.get("format_id") else ""
    if format_id != FORMAT_ID:
        raise _error("workbook_foreign", path, found=format_id)
    raw_version = one("schema_version")
    try:
        version = int(raw_version)
    except ValueError:
        version = -1
    if not MIN_SCHEMA_VERSION <= version <= SCHEMA_VERSION:
        raise _error("workbook_schema_version", path, found=raw_version, expected=SCHEMA_VERSION)
    titles = {r[1]: (r[2], int(r[3] or 0)) for r in rows if r[0] == "sheet" and len(r) >= 4}
    keys = {r[1]: tuple(k for k in r[2:] if k) for r in rows if r[0] == "columns" and len(r) >= 2}
    sheets: dict[str, SheetInfo] = {}
    for spec in DATA_SHEETS:
        if spec.since > version:
            continue  # added after this file's version: read as empty
        if spec.key not in titles or spec.key not in keys:
            raise _error("workbook_columns", path, sheet=spec.key, missing=list(spec.keys))
        missing = [k for k in spec.keys if k not in keys[spec.key]]
        if missing:
            raise _error("workbook_columns", path, sheet=spec.key, missing=missing)
        title, count = titles[spec.key]
        sheets[spec.key] = SheetInfo(spec.key, title, count, keys[spec.key])
    sources = tuple(
        MetaSource(r[1], r[2], date.fromisoformat(r[3]), date.fromisoformat(r[4]), _parse_utc(r[5]),
                   r[6] if len(r) > 6 else "", r[7] if len(r) > 7 else "")
        for r in rows if r[0] == "source" and len(r) >= 6
    )
    return WorkbookMeta(
        format_id=format_id,
        schema_version=version,
        kind=values.get("kind", ["branch"])[0],
        branch_code=values.get("branch_code", [""])[0],
        branch_name=values.get("branch_name", [""])[0],
        installation_id=(values.get("branch_installation_id") or [""])[0],
        period_start=date.fromisoformat(one("period_start")),
        period_end=date.fromisoformat(one("period_end")),
        exported_at=_parse_utc(one("exported_at_utc")),
        app_version=values.get("app_version", [""])[0],
        language=values.get("language", ["zh"])[0],
        timezone=values.get("timezone", ["Asia/Shanghai"])[0],
        masked_columns=tuple(v for v in values.get("masked_columns", []) if v),
        sheets=sheets,
        sources=sources,
    )


# ---------------------------------------------------------------------------------------------------------------
# Cell values: (kind, text) from the XML, turned into Python values by the column's declared type.


def _to_text(kind: str, raw: str) -> str:
    return raw


_EXCEL_EPOCH = datetime(1899, 12, 30)


def _from_serial(serial: float) -> datetime:
    """Excel serial day number to datetime, to the millisecond as openpyxl does, without its general cases."""
    if serial < 61:
        # Excel's fictitious 1900-02-29 lies below here; openpyxl knows how to count around it.
        return from_excel(serial)
    days = int(serial)
    return _EXCEL_EPOCH + timedelta(days=days, milliseconds=round((serial - days) * 86_400_000))


def _converter(column: Column) -> Callable[[str, str], Any]:
    """Turns a cell's (XML type, text) into the Python value of the column's declared type."""
    kind = column.type
    if kind in (ColumnType.DATE, ColumnType.DATETIME):
        want_date = kind is ColumnType.DATE
        cache: list[Any] = [None, None]

        def moment(t: str, raw: str) -> Any:
            # Every row of a branch export shares exported_at: one-entry cache saves a conversion per row.
            if raw == cache[0]:
                return cache[1]
            if t == "n":
                value: Any = _from_serial(float(raw))
            else:
                value = datetime.fromisoformat(raw.strip())
            if want_date and isinstance(value, datetime):
                value = value.date()
            cache[0], cache[1] = raw, value
            return value

        return moment
    if kind in (ColumnType.MONEY, ColumnType.PERCENT):
        # From the cell's text, so 35.1 comes back as Decimal("35.1") and not its binary float neighbour.
        return lambda t, raw: Decimal(raw.strip())
    if kind is ColumnType.INT:
        return lambda t, raw: int(raw) if raw.lstrip("-").isdigit() else int(Decimal(raw.strip()))
    if kind is ColumnType.BOOL:
        return lambda t, raw: raw.strip().lower() in ("1", "true")
    if kind is ColumnType.CHOICE:
        labels = {label: c.key for c in column.choices for label in (c.key, c.zh, c.en, *c.aliases)}
        return lambda t, raw: labels.get(raw, raw)
    return _to_text


class _CellError(Exception):
    def __init__(self, row: int, col: int, raw: str) -> None:
        super().__init__(row, col, raw)
        self.row, self.col, self.raw = row, col, raw


Converter = Callable[[str, str], Any]

# Cells as spreadsheet programs write them: <c r="B7" s="3" t="…"> with one <v> or one inline <is><t>, or empty.
_ROW_RE = re.compile(r"<row\b([^>]*?)(?:/>|>(.*?)</row>)", re.S)
_ROW_NO = re.compile(r'\br="(\d+)"')
_CELL_RE = re.compile(
    r'<c r="([A-Z]{1,3})\d+"(?: s="\d+")?(?: t="(\w+)")?'
    r'(?:/>|>(?:<v>([^<]*)</v>|<is><t(?: xml:space="preserve")?>([^<]*)</t></is>)?</c>)'
)
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_NS = "{" + _MAIN_NS + "}"
_V, _IS, _T, _R = (f"{_NS}{t}" for t in ("v", "is", "t", "r"))
_CHUNK = 1 << 20


class _Columns(dict):
    """Column letters -> zero-based index, computed once per letter."""

    def __missing__(self, letters: str) -> int:
        index = self[letters] = column_index_from_string(letters) - 1
        return index


def _element_cells(row: Any, row_no: int, values: list[Any], columns: _Columns, shared: Sequence[str],
                   convert: Sequence[Converter]) -> None:
    """The general (slow) path for one row: any cell shape ElementTree can parse."""
    width, col = len(values), -1
    for c in row:
        ref = c.get("r")
        col = columns[ref.rstrip(_DIGITS)] if ref else col + 1
        if col >= width:
            continue
        value = None
        for child in c:
            if child.tag == _V:
                value = child.text or ""
            elif child.tag == _IS:
                # Plain or rich text runs; phonetic guides (rPh) are not part of the value.
                parts = [node.text or "" for node in child if node.tag == _T]
                parts += [t.text or "" for node in child if node.tag == _R for t in node.iter(_T)]
                value = "".join(parts)
        if value is None:
            continue
        t = c.get("t", "n")
        if t == "s":
            value, t = shared[int(value)], "inlineStr"
        try:
            values[col] = convert[col](t, value)
        except (ValueError, TypeError, ArithmeticError, InvalidOperation) as exc:
            raise _CellError(row_no, col, value) from exc


def _fast_rows(archive: Any, part: str, shared: Sequence[str],
               convert: Sequence[Converter]) -> Iterator[tuple[int, list[Any]]] | None:
    """Stream (row number, values in file column order) from one worksheet part, or None if it cannot.

    openpyxl's read-only parser manages ~140,000 cells/s here, too slow for the 30 s HQ merge of 100,000
    tickets. Rows are cut out of the XML text by regular expression and cells of the usual shape decoded
    directly; any other row (rich text, formulas, CDATA, pretty-printed XML, as Excel or LibreOffice may write)
    goes through ElementTree. A part whose elements carry a namespace prefix is left to openpyxl (None).
    """
    stream = archive.open(part)
    text = io.TextIOWrapper(stream, encoding="utf-8")
    head = text.read(_CHUNK)
    start = head.find("<sheetData")
    if start < 0:
        text.close()
        return None
    root = re.search(r"<worksheet\b([^>]*)>", head)
    # Fallback rows are parsed inside the root's namespace declarations.
    wrapper = f"<row {root.group(1) if root else ''}>" if root and "xmlns=" in root.group(1) else \
        f'<row xmlns="{_MAIN_NS}">'
    return _scan_rows(text, head[start:], wrapper, shared, convert)


def _scan_rows(text: Any, buffer: str, wrapper: str, shared: Sequence[str],
               convert: Sequence[Converter]) -> Iterator[tuple[int, list[Any]]]:
    width = len(convert)
    columns = _Columns()
    row_no = 0
    unescape = html.unescape
    with text:
        while True:
            chunk = text.read(_CHUNK)
            buffer += chunk
            consumed = 0
            for match in _ROW_RE.finditer(buffer):
                attrs, content = match.group(1), match.group(2)
                consumed = match.end()
                number = _ROW_NO.search(attrs)
                row_no = int(number.group(1)) if number else row_no + 1
                values: list[Any] = [None] * width
                # Row 1 is the translated header; columns are identified by the keys in _meta instead.
                if content and row_no > 1:
                    cells = _CELL_RE.findall(content)
                    if len(cells) == content.count("<c ") + content.count("<c>"):
                        for letters, t, v, inline in cells:
                            col = columns[letters]
                            if col >= width:
                                continue
                            if not v:
                                if not inline:
                                    continue
                                v, t = inline, "inlineStr"
                            if "&" in v:
                                v = unescape(v)
                            if t == "s":
                                v, t = shared[int(v)], "inlineStr"
                            try:
                                values[col] = convert[col](t or "n", v)
                            except (ValueError, TypeError, ArithmeticError, InvalidOperation) as exc:
                                raise _CellError(row_no, col, v) from exc
                    else:
                        element = ElementTree.fromstring(f"{wrapper}{content}</row>")
                        _element_cells(element, row_no, values, columns, shared, convert)
                yield row_no, values
            buffer = buffer[consumed:]
            if not chunk:
                return


def _openpyxl_rows(ws: Any, convert: Sequence[Converter]) -> Iterator[tuple[int, list[Any]]]:
    """The same as _fast_rows through openpyxl's own read-only parser (the reference path for tests)."""
    width = len(convert)
    for number, row in enumerate(ws.iter_rows(values_only=True), 1):
        values: list[Any] = [None] * width
        for col, value in enumerate(row[:width] if number > 1 else ()):
            if value is None:
                continue
            if isinstance(value, bool):
                t, raw = "b", "1" if value else "0"
            elif isinstance(value, datetime | date):
                t, raw = "d", value.isoformat()
            elif isinstance(value, int | float | Decimal):
                t, raw = "n", repr(value) if isinstance(value, float) else str(value)
            else:
                t, raw = "inlineStr", str(value)
            try:
                values[col] = convert[col](t, raw)
            except (ValueError, TypeError, ArithmeticError, InvalidOperation) as exc:
                raise _CellError(number, col, raw) from exc
        yield number, values


class BranchWorkbook:
    """A validated HQ workbook, open for streaming; use as a context manager or call close()."""

    def __init__(self, path: Path, wb: Any, meta: WorkbookMeta, engine: str = "fast") -> None:
        self.path = path
        self.meta = meta
        self._wb = wb
        self._engine = engine

    def __enter__(self) -> BranchWorkbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._wb.close()

    def row_count(self, sheet: str) -> int:
        info = self.meta.sheets.get(sheet)
        return info.rows if info is not None else 0

    def rows(self, sheet: str) -> Iterator[tuple[Any, ...]]:
        """Data rows of a sheet as tuples in the SheetSpec's column order, whatever the file's header language."""
        spec = SHEETS_BY_KEY[sheet]
        info = self.meta.sheets.get(sheet)
        if info is None:
            return  # a sheet added after this file's schema version
        yield from self._rows(spec, info)

    def _rows(self, spec: SheetSpec, info: SheetInfo) -> Iterator[tuple[Any, ...]]:
        sheet = spec.key
        by_key = {c.key: c for c in spec.columns}
        # Columns this version does not know (a later minor export) are read as text and dropped.
        convert = [_converter(by_key[k]) if k in by_key else _to_text for k in info.keys]
        slots = [info.keys.index(c.key) for c in spec.columns]
        key_slots = [spec.keys.index(k) for k in spec.row_key if k not in spec.optional_key]
        ws = self._wb[info.title]
        part = getattr(ws, "_worksheet_path", None)
        archive = getattr(self._wb, "_archive", None)
        raw = None
        if self._engine == "fast" and part and archive is not None:
            raw = _fast_rows(archive, part, getattr(ws, "_shared_strings", ()), convert)
        if raw is None:
            raw = _openpyxl_rows(ws, convert)
        count = 0
        try:
            for number, values in raw:
                if number == 1:
                    continue
                row = tuple([values[i] for i in slots])
                if all(v is None for v in row):
                    continue
                for i in key_slots:
                    if row[i] is None or row[i] == "":
                        # Without its key a row cannot be merged: name the cell instead of guessing.
                        raise _error("workbook_value", self.path, sheet=sheet, row=number, column=spec.keys[i],
                                     value="")
                count += 1
                yield row
        except _CellError as exc:
            raise _error("workbook_value", self.path, sheet=sheet, row=exc.row, column=info.keys[exc.col],
                         value=exc.raw) from exc
        except (SyntaxError, KeyError, OSError, EOFError, IndexError, UnicodeDecodeError, zipfile.BadZipFile) as exc:
            # ElementTree's ParseError is a SyntaxError.
            raise _error("workbook_corrupt", self.path, sheet=sheet, detail=type(exc).__name__) from exc
        finally:
            # Close the zip member now, not at garbage collection, also when the caller stops early or we raise.
            raw.close()
        if count != info.rows:
            # Rows added or lost by hand since the export: the metadata no longer describes the sheet.
            raise _error("workbook_corrupt", self.path, sheet=sheet, expected=info.rows, found=count)

    def dicts(self, sheet: str) -> Iterator[dict[str, Any]]:
        keys = SHEETS_BY_KEY[sheet].keys
        for values in self.rows(sheet):
            yield dict(zip(keys, values, strict=True))

    def tickets(self) -> Iterator[TicketRecord]:
        return _records(self.dicts("tickets"), TicketRecord)

    def visits(self) -> Iterator[VisitRecord]:
        """Visits with their part lines (the parts sheet is grouped in memory first; it is the smaller one)."""
        parts: dict[tuple[str, str, int], list[PartLine]] = {}
        for p in self.dicts("parts"):
            parts.setdefault((p["branch_code"], p["ticket_no"], p["visit_no"]), []).append(PartLine(
                p["part_code"] or "", p["part_name"] or "", p["qty"] or 0, p["unit_price"] or Decimal(0),
                p["charged"] == "charged", p["amount"]))
        for v in self.dicts("visits"):
            key = (v["branch_code"], v["ticket_no"], v["visit_no"])
            yield _record_one(v, VisitRecord, parts=tuple(parts.pop(key, ())))

    def returns(self) -> Iterator[ReturnRecord]:
        return _records(self.dicts("returns"), ReturnRecord)

    def callbacks(self) -> Iterator[CallbackRecord]:
        for c in self.dicts("callbacks"):
            yield _record_one(c, CallbackRecord, answers=parse_answers(c["answers"]))

    def complaints(self) -> Iterator[ComplaintRecord]:
        return _records(self.dicts("complaints"), ComplaintRecord)


def parse_answers(text: str | None) -> tuple[tuple[str, str], ...]:
    if not text:
        return ()
    try:
        items = json.loads(text)
        return tuple((str(q), str(a)) for q, a in items)
    except (ValueError, TypeError):
        return (("", text),)


_FIELDS: dict[type, dict[str, Any]] = {}


def _record_one(values: Mapping[str, Any], cls: type, **extra: Any) -> Any:
    known = _FIELDS.get(cls)
    if known is None:
        known = _FIELDS[cls] = {f.name: f.default for f in fields(cls)}
    kwargs = {k: v for k, v in values.items() if k in known and k not in extra}
    # Empty cells come back as None; a text field's record default ("") is what the service would have given.
    for k, v in kwargs.items():
        if v is None and known[k] == "":
            kwargs[k] = ""
    return cls(**kwargs, **extra)


def _records(rows: Iterator[dict[str, Any]], cls: type) -> Iterator[Any]:
    for values in rows:
        yield _record_one(values, cls)


def _check_header(path: Path, info: SheetInfo, header: Sequence[Any]) -> None:
    """A column inserted, deleted or moved by hand would put every value under the wrong key: refuse it."""
    by_key = {c.key: c for c in SHEETS_BY_KEY[info.key].columns}
    cells = list(header) + [None] * max(0, len(info.keys) - len(header))
    if any(v is not None for v in cells[len(info.keys):]):
        raise _error("workbook_columns", path, sheet=info.key, found=len(header), expected=len(info.keys))
    for position, key in enumerate(info.keys):
        column = by_key.get(key)
        if column is not None and cells[position] not in (column.zh, column.en):
            raise _error("workbook_columns", path, sheet=info.key, column=key, found=cells[position])


def read_workbook(path: str | os.PathLike[str], *, engine: str = "fast") -> BranchWorkbook:
    """Open and validate; raises ValidationError(code, file=...) with workbook_not_found, workbook_corrupt,
    workbook_foreign, workbook_schema_version or workbook_columns (and workbook_value while streaming rows)."""
    path = Path(path)
    if not path.is_file():
        raise _error("workbook_not_found", path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # openpyxl raises anything from BadZipFile to KeyError
        raise _error("workbook_corrupt", path, detail=type(exc).__name__) from exc
    try:
        if META_SHEET not in wb.sheetnames:
            raise _error("workbook_foreign", path, missing=META_SHEET)
        try:
            rows = [["" if v is None else str(v) for v in row]
                    for row in wb[META_SHEET].iter_rows(values_only=True)]
        except Exception as exc:  # a damaged sheet part can fail in many ways
            raise _error("workbook_corrupt", path, sheet=META_SHEET, detail=type(exc).__name__) from exc
        try:
            meta = _parse_meta(path, rows)
        except (ValueError, IndexError) as exc:
            raise _error("workbook_foreign", path, detail=type(exc).__name__) from exc
        for info in meta.sheets.values():
            if info.title not in wb.sheetnames:
                raise _error("workbook_columns", path, sheet=info.key, missing=list(info.keys))
            try:
                header = next(wb[info.title].iter_rows(max_row=1, values_only=True), ())
            except Exception as exc:  # as above
                raise _error("workbook_corrupt", path, sheet=info.key, detail=type(exc).__name__) from exc
            _check_header(path, info, header)
    except BaseException:
        wb.close()
        raise
    return BranchWorkbook(path, wb, meta, engine)
