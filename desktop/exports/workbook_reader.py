"""Opens an HQ workbook, validates its hidden metadata, and streams its rows by machine key."""

from __future__ import annotations

import io
import json
import math
import os
import re
import zipfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

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
    ANSWER_COLON,
    CallbackRecord,
    ComplaintRecord,
    PartLine,
    ReturnRecord,
    TicketRecord,
    VisitRecord,
)
from desktop.exports.workbook_writer import MetaSource
from desktop.exports.xlsx_package import (
    DEFAULT_LIMITS,
    Limits,
    Package,
    PackageError,
    check_prolog,
    iter_elements,
    safe_fromstring,
    xml_unescape,
)

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
    # The branch's audit anchor at the export (one JSON line, desktop/audit_anchors.py), "" in older files.
    audit_anchor: str = ""


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
        audit_anchor=(values.get("audit_anchor") or [""])[0],
    )


# ---------------------------------------------------------------------------------------------------------------
# Cell values: (kind, text) from the XML, turned into Python values by the column's declared type.


def _to_text(kind: str, raw: str) -> str:
    return raw


_EXCEL_EPOCH = datetime(1899, 12, 30)
# Excel's calendar: serial 1 is 1900-01-01, 2958465 is 9999-12-31.
_LAST_SERIAL = 2958466
# Money and percentages as the columns hold them: fen fit in 64 bits, so no yuan amount reaches 10^14.
_MAX_DECIMAL = Decimal(10) ** 14
_MAX_INT = 2**63 - 1


def _from_serial(serial: float) -> datetime:
    """Excel serial day number to datetime, to the millisecond as openpyxl does, without its general cases."""
    if not (1 <= serial < _LAST_SERIAL):  # also NaN and infinities
        raise ValueError("date serial out of range")
    if serial < 61:
        # Excel's fictitious 1900-02-29 lies below here; openpyxl knows how to count around it.
        return from_excel(serial)
    days = int(serial)
    return _EXCEL_EPOCH + timedelta(days=days, milliseconds=round((serial - days) * 86_400_000))


def _decimal(raw: str) -> Decimal:
    """A finite number of sane size: NaN, Infinity and 1e5000 are not amounts."""
    value = Decimal(raw.strip())
    if not value.is_finite() or abs(value) >= _MAX_DECIMAL:
        raise ValueError("number out of range")
    return value


def _integer(raw: str) -> int:
    if len(raw) <= 20 and raw.lstrip("-").isdigit():
        value = int(raw)
    else:
        value = int(_decimal(raw))
    if abs(value) > _MAX_INT:
        raise ValueError("integer out of range")
    return value


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
                serial = float(raw)
                if math.isnan(serial):
                    raise ValueError("not a number")
                value: Any = _from_serial(serial)
            else:
                value = datetime.fromisoformat(raw.strip())
                if isinstance(value, datetime) and value.tzinfo is not None:
                    # Times in the workbook are naive UTC; one with an offset cannot be compared with the others.
                    raise ValueError("time with a UTC offset")
            if want_date and isinstance(value, datetime):
                value = value.date()
            cache[0], cache[1] = raw, value
            return value

        return moment
    if kind in (ColumnType.MONEY, ColumnType.PERCENT):
        # From the cell's text, so 35.1 comes back as Decimal("35.1") and not its binary float neighbour.
        return lambda t, raw: _decimal(raw)
    if kind is ColumnType.INT:
        return lambda t, raw: _integer(raw)
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
_ROW_NO = re.compile(r'\br="(\d+)"')
_CELL_RE = re.compile(
    r'<c r="([A-Z]{1,3})\d+"(?: s="\d+")?(?: t="(\w+)")?'
    r'(?:/>|>(?:<v>([^<]*)</v>|<is><t(?: xml:space="preserve")?>([^<]*)</t></is>)?</c>)'
)
_ROOT_TAG = re.compile(r"<(?!\?|!)(\w+:)?(\w+)((?:\s[^>]*)?)>")
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_NS = "{" + _MAIN_NS + "}"
_V, _IS, _T, _R, _RPH = (f"{_NS}{t}" for t in ("v", "is", "t", "r", "rPh"))
_CHUNK = 1 << 20


class _Columns(dict):
    """Column letters -> zero-based index, computed once per letter."""

    def __missing__(self, letters: str) -> int:
        index = self[letters] = column_index_from_string(letters) - 1
        return index


def _inline_text(node: Any) -> str:
    """Plain or rich text runs; phonetic guides (rPh) are not part of the value."""
    parts = [child.text or "" for child in node if child.tag == _T]
    parts += [t.text or "" for child in node if child.tag == _R for t in child.iter(_T)]
    return "".join(parts)


def _shared(shared: Sequence[str], raw: str) -> str:
    index = int(raw)
    if not 0 <= index < len(shared):
        raise IndexError("shared string index")
    return shared[index]


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
                value = _inline_text(child)
        if value is None:
            continue
        t = c.get("t", "n")
        if t == "s":
            value, t = _shared(shared, value), "inlineStr"
        try:
            values[col] = convert[col](t, value)
        except (ValueError, TypeError, ArithmeticError, InvalidOperation) as exc:
            raise _CellError(row_no, col, value) from exc


def _part_rows(package: Package, part: str, shared: Callable[[], Sequence[str]],
               convert: Sequence[Converter]) -> Iterator[tuple[int, list[Any]]]:
    """Stream (row number, values in file column order) from one worksheet part, in one linear pass.

    openpyxl's read-only parser manages ~140,000 cells/s here, too slow for the 30 s HQ merge of 100,000
    tickets. Rows are cut out of the XML text (xlsx_package.iter_elements) and cells of the usual shape decoded
    directly; any other row (rich text, formulas, CDATA, pretty-printed XML, as Excel or LibreOffice may write)
    goes through a defused ElementTree. The part is inflated within its limits whatever it declares.
    """
    stream = package.open(part)
    text = io.TextIOWrapper(io.BufferedReader(stream, 1 << 16), encoding="utf-8")
    with text:
        head = text.read(_CHUNK)
        check_prolog(head, part)
        root = _ROOT_TAG.search(head)
        prefix, attrs = (root.group(1) or "", root.group(3)) if root else ("", "")
        # Fallback rows are parsed inside the root's namespace declarations.
        wrapper = f"<{prefix}row{attrs if 'xmlns' in attrs else ' xmlns=' + repr(_MAIN_NS)}>", f"</{prefix}row>"
        start = head.find(f"<{prefix}sheetData")
        if start < 0:
            return
        strings: Sequence[str] | None = None
        width = len(convert)
        columns = _Columns()
        row_no = 0
        limit = package.limits.row_bytes
        for row_attrs, content in iter_elements(text.read, f"{prefix}row", limit, head[start:]):
            number = _ROW_NO.search(row_attrs)
            row_no = int(number.group(1)) if number else row_no + 1
            values: list[Any] = [None] * width
            # Row 1 is the translated header; columns are identified by the keys in _meta instead.
            if content and row_no > 1:
                cells = _CELL_RE.findall(content) if not prefix else ()
                if cells and len(cells) == content.count("<c ") + content.count("<c>"):
                    for letters, t, v, inline in cells:
                        col = columns[letters]
                        if col >= width:
                            continue
                        if not v:
                            if not inline:
                                continue
                            v, t = inline, "inlineStr"
                        if "&" in v:
                            v = xml_unescape(v)
                        if t == "s":
                            if strings is None:
                                strings = shared()
                            v, t = _shared(strings, v), "inlineStr"
                        try:
                            values[col] = convert[col](t or "n", v)
                        except (ValueError, TypeError, ArithmeticError, InvalidOperation) as exc:
                            raise _CellError(row_no, col, v) from exc
                else:
                    element = safe_fromstring(f"{wrapper[0]}{content}{wrapper[1]}")
                    if strings is None:
                        strings = shared()
                    _element_cells(element, row_no, values, columns, strings, convert)
            yield row_no, values


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

    def __init__(self, path: Path, package: Package, meta: WorkbookMeta, engine: str = "fast") -> None:
        self.path = path
        self.meta = meta
        self._package = package
        self._engine = engine
        self._openpyxl: Any = None

    def __enter__(self) -> BranchWorkbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._package.close()
        if self._openpyxl is not None:
            self._openpyxl.close()

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

    def _raw_rows(self, info: SheetInfo, convert: Sequence[Converter]) -> Iterator[tuple[int, list[Any]]]:
        if self._engine == "openpyxl":
            # The reference path for tests (openpyxl's own parser), opened only after the package checks.
            if self._openpyxl is None:
                from openpyxl import load_workbook

                self._openpyxl = load_workbook(self.path, read_only=True, data_only=True, keep_links=False)
            return _openpyxl_rows(self._openpyxl[info.title], convert)
        # The shared strings are held only while this sheet streams: the merge reads one file at a time, so
        # memory stays one table's worth however many files it is given.
        return _part_rows(self._package, self._package.sheets[info.title], self._package.shared_strings, convert)

    def _rows(self, spec: SheetSpec, info: SheetInfo) -> Iterator[tuple[Any, ...]]:
        sheet = spec.key
        by_key = {c.key: c for c in spec.columns}
        # Columns this version does not know (a later minor export) are read as text and dropped.
        convert = [_converter(by_key[k]) if k in by_key else _to_text for k in info.keys]
        slots = [info.keys.index(c.key) for c in spec.columns]
        key_slots = [spec.keys.index(k) for k in spec.row_key if k not in spec.optional_key]
        count = 0
        raw: Any = None
        try:
            raw = self._raw_rows(info, convert)
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
                         value=exc.raw[:100]) from exc
        except PackageError as exc:
            raise _error(exc.code, self.path, **{"sheet": sheet, **exc.params}) from exc
        except (SyntaxError, KeyError, OSError, EOFError, IndexError, UnicodeDecodeError, ValueError,
                zipfile.BadZipFile) as exc:
            raise _error("workbook_corrupt", self.path, sheet=sheet, detail=type(exc).__name__) from exc
        finally:
            # Close the zip member now, not at garbage collection, also when the caller stops early or we raise.
            if raw is not None:
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
    """One "question: answer" per line; a workbook written by an earlier version holds them as JSON pairs."""
    if not text:
        return ()
    if text.lstrip().startswith("["):
        try:
            items = json.loads(text)
            return tuple((str(q), str(a)) for q, a in items)
        except (ValueError, TypeError):
            return (("", text),)
    pairs = []
    for line in text.splitlines():
        for colon in ANSWER_COLON.values():
            question, found, answer = line.partition(colon)
            if found:
                pairs.append((question, answer))
                break
        else:
            pairs.append(("", line))
    return tuple(pairs)


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


def _text_rows(package: Package, part: str, max_rows: int | None = None) -> list[list[str]]:
    """A sheet's cells as text, row by row (for _meta and the header rows), within the small-part limits."""
    rows: list[list[str]] = []
    columns = _Columns()
    with package.open(part, package.limits.small_part_bytes if max_rows is None else None) as stream, \
            io.TextIOWrapper(io.BufferedReader(stream, 1 << 16), encoding="utf-8") as text:
        head = text.read(1 << 16)
        check_prolog(head, part)
        root = _ROOT_TAG.search(head)
        prefix, attrs = (root.group(1) or "", root.group(3)) if root else ("", "")
        wrapper = f"<{prefix}row{attrs if 'xmlns' in attrs else ' xmlns=' + repr(_MAIN_NS)}>", f"</{prefix}row>"
        start = head.find(f"<{prefix}sheetData")
        if start < 0:
            return rows
        strings: list[str] | None = None
        for _attrs, content in iter_elements(text.read, f"{prefix}row", package.limits.row_bytes, head[start:]):
            cells: dict[int, str] = {}
            col = -1
            for c in safe_fromstring(f"{wrapper[0]}{content or ''}{wrapper[1]}"):
                ref = c.get("r")
                col = columns[ref.rstrip(_DIGITS)] if ref else col + 1
                value = None
                for child in c:
                    if child.tag == _V:
                        value = child.text or ""
                    elif child.tag == _IS:
                        value = _inline_text(child)
                if value is not None and c.get("t") == "s":
                    if strings is None:
                        strings = package.shared_strings()
                    value = _shared(strings, value)
                if value is not None:
                    cells[col] = value
            width = max(cells) + 1 if cells else 0
            if width > 16384:
                raise PackageError("workbook_corrupt", part=part, detail="columns")
            rows.append([cells.get(i, "") for i in range(width)])
            if max_rows is not None and len(rows) >= max_rows:
                break
    return rows


def read_workbook(path: str | os.PathLike[str], *, engine: str = "fast", limits: Limits = DEFAULT_LIMITS
                  ) -> BranchWorkbook:
    """Open and validate; raises ValidationError(code, file=...) with workbook_not_found, workbook_corrupt,
    workbook_too_large, workbook_unsafe, workbook_foreign, workbook_schema_version or workbook_columns (and
    workbook_value while streaming rows). Whatever the file holds, it costs bounded time and memory
    (xlsx_package.Limits)."""
    path = Path(path)
    if not path.is_file():
        raise _error("workbook_not_found", path)
    try:
        package = Package(path, limits)
    except PackageError as exc:
        raise _error(exc.code, path, **exc.params) from exc
    try:
        if META_SHEET not in package.sheets:
            raise _error("workbook_foreign", path, missing=META_SHEET)
        try:
            rows = [r for r in _text_rows(package, package.sheets[META_SHEET]) if r]
        except PackageError as exc:
            raise _error(exc.code, path, **{"sheet": META_SHEET, **exc.params}) from exc
        except (SyntaxError, KeyError, OSError, EOFError, IndexError, UnicodeDecodeError, ValueError,
                zipfile.BadZipFile) as exc:
            raise _error("workbook_corrupt", path, sheet=META_SHEET, detail=type(exc).__name__) from exc
        try:
            meta = _parse_meta(path, rows)
        except (ValueError, IndexError) as exc:
            raise _error("workbook_foreign", path, detail=type(exc).__name__) from exc
        for info in meta.sheets.values():
            if info.title not in package.sheets:
                raise _error("workbook_columns", path, sheet=info.key, missing=list(info.keys))
            try:
                header = next(iter(_text_rows(package, package.sheets[info.title], max_rows=1)), [])
            except PackageError as exc:
                raise _error(exc.code, path, **{"sheet": info.key, **exc.params}) from exc
            except (SyntaxError, KeyError, OSError, EOFError, IndexError, UnicodeDecodeError, ValueError,
                    zipfile.BadZipFile) as exc:
                raise _error("workbook_corrupt", path, sheet=info.key, detail=type(exc).__name__) from exc
            _check_header(path, info, [v if v != "" else None for v in header])
    except BaseException:
        package.close()
        raise
    return BranchWorkbook(path, package, meta, engine)
