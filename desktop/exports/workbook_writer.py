"""Streams the HQ workbook (summary, record sheets, hidden _meta) with openpyxl's write-only mode."""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from operator import attrgetter
from pathlib import Path
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.chart import BarChart, Reference
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.writer.excel import ExcelWriter

from desktop import __version__, paths
from desktop.exports.columns import (
    CALLBACKS,
    COMPLAINTS,
    DATA_SHEETS,
    FORMAT_ID,
    META_SHEET,
    NUMBER_FORMATS,
    RETURNS,
    SATISFACTION_CHOICES,
    SCHEMA_VERSION,
    SUMMARY_TITLE,
    TICKETS,
    VISITS,
    Column,
    ColumnType,
    Personal,
    SheetSpec,
)
from desktop.exports.deflate_parts import Compressor, DeflatedPart
from desktop.exports.records import (
    ANSWER_COLON,
    FIRST_CONTACT,
    ON_SITE,
    Address,
    CallbackRecord,
    ComplaintRecord,
    ExportMeta,
    Language,
    Rate,
    ReturnRecord,
    SummaryIndicators,
    TicketRecord,
    VisitRecord,
)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

# Checking the cancel flag is cheap, but calling back into Qt-land per row is not.
CHECK_EVERY = 500
# Characters that make Excel, LibreOffice or a later CSV consumer start a formula (plus the error literals).
RISKY_FIRST = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL_TEXT = 32767


class ExportCancelled(Exception):
    """The caller's cancelled() predicate returned True; no file is left behind."""


@dataclass(frozen=True, slots=True)
class WriteResult:
    path: Path
    rows: Mapping[str, int]
    masked_columns: tuple[str, ...]


# ---------------------------------------------------------------------------------------------------------------
# Personal data masking

_MOBILE = re.compile(r"^(\+?86[-\s]?)?(1\d{2})[-\s]?(\d{4})[-\s]?(\d{4})$")
_LANDLINE = re.compile(r"^(\(?0\d{2,3}\)?)[-\s](\d{7,8})((?:[-#转]\d{1,6})?)$")
_LANDLINE_COMPACT = re.compile(r"^(0\d{9,11})$")
_PHONE_SPLIT = re.compile(r"(\s*[/,;，；、]\s*)")
# Region names never contain digits or spaces; bounded so a street or estate name is not taken for a district.
_REGION = re.compile(
    r"^(?P<province>[^\d\s]{2,8}?(?:省|自治区|特别行政区|市))?"
    r"(?P<city>[^\d\s]{2,10}?(?:市|自治州|地区|盟))?"
    r"(?P<district>[^\d\s]{1,10}?(?:区|县|市|旗))?"
)


def _mask_one_phone(phone: str) -> str:
    m = _MOBILE.match(phone)
    if m:
        return f"{m.group(1) or ''}{m.group(2)}****{m.group(4)}"
    m = _LANDLINE.match(phone)
    if m:
        local = m.group(2)
        return f"{m.group(1)}-{'*' * (len(local) - 3)}{local[-3:]}{m.group(3)}"
    if _LANDLINE_COMPACT.match(phone):
        # Beijing (010) and the 02x cities have three-digit area codes, the rest four; local numbers 7-8 digits.
        area = 3 if phone[1] in "12" else 4
        local = phone[area:]
        if len(local) in (7, 8):
            return f"{phone[:area]}-{'*' * (len(local) - 3)}{local[-3:]}"
    # Unknown shape: hide every digit but the last three rather than guess.
    digits = sum(ch.isdigit() for ch in phone)
    out, seen = [], 0
    for ch in phone:
        if ch.isdigit():
            seen += 1
            out.append(ch if seen > digits - 3 else "*")
        else:
            out.append(ch)
    return "".join(out)


def mask_phone(phone: str) -> str:
    """138****5678 for mobiles, 0372-****187 for landlines; already masked values pass unchanged."""
    phone = phone.strip()
    if not phone or "*" in phone:
        return phone
    # Several numbers in one field ("138…/0372-…") are masked one by one.
    parts = _PHONE_SPLIT.split(phone)
    return "".join(p if i % 2 else _mask_one_phone(p) for i, p in enumerate(parts))


def mask_address(address: Address | str) -> str:
    """Province, city and district only."""
    if isinstance(address, Address):
        return address.region()
    m = _REGION.match(address.strip())
    return m.group(0) if m else ""


_MASKERS: dict[Personal, Callable[[Any], str]] = {Personal.PHONE: mask_phone, Personal.ADDRESS: mask_address}


# ---------------------------------------------------------------------------------------------------------------
# Cells


def _clean_text(text: str) -> str:
    return ILLEGAL_CHARACTERS_RE.sub("", text)[:MAX_CELL_TEXT]


# Any: the writer sets openpyxl's cell internals (_value, style_id) directly, which the stubs do not declare.
def _styled_cell(ws: Any, data_type: str, number_format: str | None = None, quote: bool = False) -> Any:
    cell = WriteOnlyCell(ws)
    if number_format:
        cell.number_format = number_format
    if quote:
        # quotePrefix keeps the value text even when a user edits the cell in Excel (F2, Enter).
        cell.quotePrefix = True
    cell.data_type = data_type
    return cell


def _naive_local(value: datetime, zone: ZoneInfo) -> datetime:
    # Excel has no time zones; records normally arrive in branch local time already.
    if value.tzinfo is not None:
        return value.astimezone(zone).replace(tzinfo=None)
    return value


def _converter(ws: Any, column: Column, language: Language, mask: bool, zone: ZoneInfo) -> Callable[[Any], Any]:
    """A function turning one record value into what WriteOnlyWorksheet.append() accepts for this column.

    Styled cells are one reused object per column: append() serialises the row before the next one is built.
    """
    kind = column.type
    if kind in (ColumnType.TEXT, ColumnType.CHOICE):
        quoted = _styled_cell(ws, "s", quote=True)
        masker = _MASKERS[column.personal] if (mask and column.personal) else None
        labels = {c.key: c.label(language) for c in column.choices}

        def text(value: Any) -> Any:
            if value is None:
                return None
            if labels:
                value = labels.get(value, value)
            if masker is not None:
                value = masker(value)
            elif type(value) is not str:
                value = str(value)
            if not value:
                return None
            # openpyxl would turn "=..." into a formula and "#N/A" into an error: force a literal string.
            if value[0] in RISKY_FIRST or value in ERROR_CODES:
                quoted._value = _clean_text(value)
                return quoted
            # Control characters from a pasted note are dropped, as the fast engine does, not an abort.
            return _clean_text(value)

        return text
    if kind in (ColumnType.DATE, ColumnType.DATETIME):
        cell = _styled_cell(ws, "d", NUMBER_FORMATS[kind])

        def moment(value: Any) -> Any:
            if value is None:
                return None
            if isinstance(value, datetime):
                value = _naive_local(value, zone)
                if kind is ColumnType.DATE:
                    value = value.date()
            elif not isinstance(value, date):
                raise TypeError(f"{column.key}: expected a date, got {type(value).__name__}")
            cell._value = value
            return cell

        return moment
    if kind in (ColumnType.MONEY, ColumnType.PERCENT):
        cell = _styled_cell(ws, "n", NUMBER_FORMATS[kind])

        def number(value: Any) -> Any:
            if value is None:
                return None
            cell._value = value
            return cell

        return number
    if kind is ColumnType.BOOL:
        return lambda value: None if value is None else bool(value)
    # INT: General shows integers exactly as "0" would, and an unstyled cell is much cheaper to stream.
    return lambda value: value


# ---------------------------------------------------------------------------------------------------------------
# Sheets


class SheetStream:
    """One record sheet: header, frozen row, filter, widths; rows appended as plain value tuples.

    The "fast" engine serialises rows itself into a temp file and splices them into the sheet openpyxl wrote
    (openpyxl still owns the package, styles, views, filter and print settings). openpyxl's own write-only cell
    writer manages ~110,000 cells/s here, three times too slow for 100,000 tickets in 15 s; the "openpyxl" engine
    is kept as the reference the tests compare against and the benchmark measures.
    """

    def __init__(self, wb: Workbook, spec: SheetSpec, language: Language, mask: bool, zone: ZoneInfo,
                 print_title: str, engine: str = "fast", compressor: Compressor | None = None) -> None:
        self.spec = spec
        self.rows = 0
        self.ws = wb.create_sheet(spec.title(language))
        ws = self.ws
        # Everything above the rows (views, columns) is serialised on the first append, so set it now.
        ws.freeze_panes = "A2"
        for index, column in enumerate(spec.columns, 1):
            ws.column_dimensions[get_column_letter(index)].width = column.width
            if column.key == "exported_at":
                # HQ's bookkeeping (which export a row came from, in UTC): kept out of a reader's sight.
                ws.column_dimensions[get_column_letter(index)].hidden = True
        # "&" starts a header format code in Excel; a branch called "A&B" must print literally.
        ws.oddHeader.center.text = print_title.replace("&", "&&")
        ws.print_title_rows = "1:1"
        self.masked = tuple(f"{spec.key}.{c.key}" for c in spec.columns if mask and c.personal)
        bold = Font(bold=True)
        fill = PatternFill("solid", fgColor="DDEBF7")
        header = []
        for column in spec.columns:
            cell = WriteOnlyCell(ws, value=column.header(language))
            cell.font = bold
            cell.fill = fill
            cell.alignment = Alignment(vertical="center", wrap_text=True)
            header.append(cell)
        ws.append(header)
        self._fast = engine == "fast"
        if self._fast:
            # The rows, compressed by the builder's helper thread as they come; closed by write_into() or close().
            self._compressor = compressor or Compressor()
            self._part = DeflatedPart()
            self._rows_open = True
            self._buffer: list[str] = []
            self._row = _row_writer(ws, spec.columns, language, mask, zone)
            self._writer_args = (ws, spec.columns, language, mask, zone)
        else:
            self._convert = [_converter(ws, c, language, mask, zone) for c in spec.columns]

    def append(self, values: Sequence[Any]) -> None:
        self.rows += 1
        if self._fast:
            self._buffer.append(self._row(values, self.rows + 1))
            if len(self._buffer) >= 512:
                self._flush()
        else:
            self.ws.append([convert(v) for convert, v in zip(self._convert, values, strict=True)])

    def _constant_last(self, last: Any) -> Callable[[Sequence[Any], int], str]:
        return _row_writer(*self._writer_args, last=last)

    def adder(self, last: Any) -> Callable[[Sequence[Any]], None]:
        """append() for rows given without their last column, which is `last` on every row."""
        if not self._fast:
            return lambda values: self.append((*values, last))
        row, buffer = self._constant_last(last), self._buffer

        def add(values: Sequence[Any]) -> None:
            self.rows += 1
            buffer.append(row(values, self.rows + 1))
            if len(buffer) >= 512:
                self._flush()

        return add

    def extend(self, rows: Iterable[Sequence[Any]], last: Any, step: Callable[[int], None]) -> None:
        """Append every row (given without its last column, which is `last` on every row), then step(n) for
        each few hundred: one loop per sheet, the row count kept in a local."""
        if not self._fast:
            for values in rows:
                self.append((*values, last))
                step(1)
            return
        row, buffer = self._constant_last(last), self._buffer
        n = counted = self.rows
        try:
            for values in rows:
                n += 1
                buffer.append(row(values, n + 1))
                if len(buffer) >= 512:
                    self.rows = n
                    self._flush()
                    step(n - counted)
                    counted = n
        finally:
            self.rows = n
        step(n - counted)

    def end_rows(self) -> None:
        """No more rows: write what is buffered and let go of the row writer with its text caches (a sheet's
        caches hold up to a few MiB; kept for every sheet until the save they added ~40 MiB to the peak)."""
        if self._fast and self._rows_open:
            self._flush()
            self._compressor.put(self._part, None)
            self._rows_open = False
            self._row = _no_more_rows

    def _flush(self) -> None:
        if self._buffer:
            # "replace": a lone surrogate from a bad import must not abort a 100,000-row export.
            self._compressor.put(self._part, "".join(self._buffer).encode("utf-8", "replace"))
            self._buffer.clear()

    def finish(self) -> None:
        last = get_column_letter(len(self.spec.columns))
        self.ws.auto_filter.ref = f"A1:{last}{self.rows + 1}"
        if not self._fast:
            return
        self.end_rows()
        # close() writes header and tail to openpyxl's temp file; wb.save() then only copies that file into the zip.
        self.ws.close()
        out = self.ws._writer.out
        with open(out, "rb") as f:
            head, tail = f.read().rsplit(b"</sheetData>", 1)
        # Without <dimension> openpyxl's read-only mode rescans the whole sheet for every max_row it needs.
        dimension = f'<dimension ref="A1:{last}{self.rows + 1}"/><sheetViews'.encode()
        self._parts = (head.replace(b"<sheetViews", dimension, 1), b"</sheetData>" + tail)
        # The save puts head, rows (already compressed) and tail straight into the zip (_SplicingWriter): the rows
        # (~570 MB of XML at 100,000 tickets) are neither copied into openpyxl's file nor compressed at the save.
        self.ws._bsd_stream = self

    def write_into(self, archive: ZipFile, name: str) -> None:
        head, tail = self._parts
        self._part.write_entry(archive, name, head, tail)
        self.close()

    def close(self) -> None:
        if self._fast:
            self._part.close()


# XML text escaping and removal of the control characters XML 1.0 forbids, in one str.translate pass.
# CR is kept as a character reference: a literal CR would be normalised to LF by every XML parser.
_XML_TEXT = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord("\r"): "&#13;", 0xFFFE: None, 0xFFFF: None}
_XML_TEXT.update({c: None for c in [*range(0, 9), 11, 12, *range(14, 32)]})
_EXCEL_EPOCH = datetime(1899, 12, 30)
# First and last characters that need no quote prefix and no xml:space (the error literals all start with "#").
_PLAIN_FIRST = (frozenset(chr(c) for c in range(0x30, 0x7B)) - {"=", "@"}) | frozenset(map(chr, range(0x4E00, 0xA000)))
# Distinct values remembered per text column: statuses, engineers and parts repeat, ticket numbers and names do not,
# so a few hundred suffice (each sheet lets go of its caches when its rows end).
_TEXT_CACHE = 512
_EXCEL_EPOCH_DATE = _EXCEL_EPOCH.date()


def _excel_serial(value: date) -> float | int:
    if value.year < 1901:
        return to_excel(value)
    if type(value) is date:
        return (value - _EXCEL_EPOCH_DATE).days
    delta: timedelta = value - _EXCEL_EPOCH
    return delta.days + (delta.seconds + delta.microseconds / 1e6) / 86400


def _number_text(value: Any) -> str:
    if type(value) is float:
        return repr(value) if math.isfinite(value) else ""
    return str(value)


def _xml_cell(ws: Any, column: Column, letter: str, language: Language, mask: bool,
              zone: ZoneInfo) -> Callable[[Any, int], str]:
    """A function turning one record value into the <c> element of this column (same results as _converter)."""
    kind = column.type
    if kind in (ColumnType.TEXT, ColumnType.CHOICE):
        quoted = _styled_cell(ws, "s", quote=True).style_id
        masker = _MASKERS[column.personal] if (mask and column.personal) else None
        labels = {c.key: c.label(language) for c in column.choices}

        # Statuses, channels, engineers... repeat on every row: remember the finished XML of the commonest values.
        seen: dict[Any, str] = {}
        convert = bool(labels) or masker is not None

        def text(value: Any, r: int) -> str:
            if value is None:
                return ""
            tail = seen.get(value) or finish(value)
            return f'<c r="{letter}{r}"{tail}' if tail else ""

        def finish(value: Any) -> str:
            """The cell's XML after its reference ("" for an empty text), remembered for common values."""
            original = value
            if type(value) is not str or convert:
                if labels:
                    value = labels.get(value, value)
                value = masker(value) if masker is not None else str(value)
            if not value:
                return ""
            if len(value) > MAX_CELL_TEXT:
                value = _clean_text(value)
            first = value[0]
            if first in _PLAIN_FIRST and value[-1] in _PLAIN_FIRST:
                # Starts like no formula, error literal or blank, and ends in no blank: the usual text.
                tail = f' t="inlineStr"><is><t>{value.translate(_XML_TEXT)}</t></is></c>'
            else:
                style = f' s="{quoted}"' if (first in RISKY_FIRST or value in ERROR_CODES) else ""
                space = ' xml:space="preserve"' if (first.isspace() or value[-1].isspace()) else ""
                tail = f'{style} t="inlineStr"><is><t{space}>{value.translate(_XML_TEXT)}</t></is></c>'
            if len(seen) < _TEXT_CACHE and len(tail) < 200 and type(original) is str:
                seen[original] = tail
            return tail

        text.seen, text.tail = seen, finish  # type: ignore[attr-defined] # for _row_writer
        return text
    if kind in (ColumnType.DATE, ColumnType.DATETIME):
        style = _styled_cell(ws, "d", NUMBER_FORMATS[kind]).style_id
        last: list[Any] = [None, ""]
        timed = kind is ColumnType.DATETIME

        def moment(value: Any, r: int) -> str:
            if value is None:
                return ""
            return f'<c r="{letter}{r}" s="{style}"><v>{serial(value)}</v></c>'

        def serial(value: Any) -> str:
            if value is last[0]:
                # exported_at is the same object on every row.
                return last[1]
            if type(value) is datetime and value.tzinfo is None and timed and value.year > 1900:
                # The common case (a naive branch-local time), as _excel_serial computes it, without its calls.
                delta = value - _EXCEL_EPOCH
                last[0] = value
                last[1] = text = repr(delta.days + (delta.seconds + delta.microseconds / 1e6) / 86400)
                return text
            original = value
            if isinstance(value, datetime):
                value = _naive_local(value, zone)
                if kind is ColumnType.DATE:
                    value = value.date()
            elif not isinstance(value, date):
                raise TypeError(f"{column.key}: expected a date, got {type(value).__name__}")
            last[0], last[1] = original, repr(_excel_serial(value))
            return last[1]

        moment.serial, moment.style = serial, style  # type: ignore[attr-defined] # for _row_writer
        return moment
    if kind in (ColumnType.MONEY, ColumnType.PERCENT):
        style = _styled_cell(ws, "n", NUMBER_FORMATS[kind]).style_id

        def number(value: Any, r: int) -> str:
            if value is None:
                return ""
            return f'<c r="{letter}{r}" s="{style}"><v>{_number_text(value)}</v></c>'

        number.style = style  # type: ignore[attr-defined] # for _row_writer
        return number
    if kind is ColumnType.BOOL:
        return lambda value, r: "" if value is None else f'<c r="{letter}{r}" t="b"><v>{1 if value else 0}</v></c>'
    return lambda value, r: "" if value is None else f'<c r="{letter}{r}"><v>{_number_text(value)}</v></c>'


def _no_more_rows(values: Sequence[Any], r: int) -> str:
    raise RuntimeError("rows appended after end_rows()")


_NO_VALUE = object()


def _row_writer(ws: Any, columns: Sequence[Column], language: Language, mask: bool,
                zone: ZoneInfo, last: Any = _NO_VALUE) -> Callable[[Sequence[Any], int], str]:
    """One function writing a whole <row> (same cells as _xml_cell per column), compiled once per sheet.

    A call per cell cost more than the cell's own text: ~12 million cells for 100,000 tickets. The generated
    function inlines the empty-cell test, numbers, booleans, plain texts, naive times and the text columns' cache of
    finished XML, and calls out only for a text that needs a look (labels, masking, quoting) and for dates.
    With `last`, the rows come without their last column, which is `last` on every row (a branch export's
    exported_at): its cell is written once here, not converted on each row."""
    env: dict[str, Any] = {"_n": _number_text, "_X": _XML_TEXT, "_P": _PLAIN_FIRST, "_M": MAX_CELL_TEXT,
                           "_E": _EXCEL_EPOCH, "_dt": datetime}
    names, parts = [], []
    for index, column in enumerate(columns):
        x, letter = f"x{index}", get_column_letter(index + 1)
        kind = column.type
        cell = _xml_cell(ws, column, letter, language, mask, zone)
        if index == len(columns) - 1 and last is not _NO_VALUE:
            # The same cell on every row but for its reference: "<c r="Q{r}"" + the rest, written once.
            sample = cell(last, 0)
            env[f"k{index}"] = sample[len(f'<c r="{letter}0"'):]
            parts.append(f"(f'<c r=\"{letter}{{r}}\"{{k{index}}}')" if sample else "('')")
            continue
        names.append(x)
        if kind in (ColumnType.TEXT, ColumnType.CHOICE):
            env[f"s{index}"], env[f"t{index}"] = cell.seen, cell.tail  # type: ignore[attr-defined]
            part = (f"'' if {x} is None else (f'<c r=\"{letter}{{r}}\"{{c{index}}}' "
                    f"if (c{index} := s{index}.get({x})) else ")
            part += f"(f'<c r=\"{letter}{{r}}\"{{c{index}}}' if (c{index} := t{index}({x})) else ''))"
        elif kind in (ColumnType.DATE, ColumnType.DATETIME):
            env[f"d{index}"] = cell.serial  # type: ignore[attr-defined]
            part = f"'' if {x} is None else f'<c r=\"{letter}{{r}}\" s=\"{cell.style}\"><v>{{d{index}({x})}}</v></c>'"  # type: ignore[attr-defined]
        elif kind in (ColumnType.MONEY, ColumnType.PERCENT):
            part = f"'' if {x} is None else f'<c r=\"{letter}{{r}}\" s=\"{cell.style}\"><v>{{_n({x})}}</v></c>'"  # type: ignore[attr-defined]
        elif kind is ColumnType.BOOL:
            part = (f"'' if {x} is None else (f'<c r=\"{letter}{{r}}\" t=\"b\"><v>1</v></c>' if {x} "
                    f"else f'<c r=\"{letter}{{r}}\" t=\"b\"><v>0</v></c>')")
        else:
            part = (f"'' if {x} is None else f'<c r=\"{letter}{{r}}\"><v>"
                    f"{{{x} if type({x}) is int else _n({x})}}</v></c>'")
        parts.append(f"({part})")
    unpack = f"({', '.join(names)},) = values"
    body = ", ".join(parts)
    source = f"def row(values, r):\n    {unpack}\n    return ''.join((f'<row r=\"{{r}}\">', {body}, '</row>'))\n"
    exec(compile(source, f"<row writer {columns[0].key}..>", "exec"), env)
    return env["row"]


def _answers_text(answers: Iterable[tuple[str, str]], language: Language) -> str:
    """One "question: answer" per line, as a person reads it; the reader splits the lines back into pairs."""
    colon = ANSWER_COLON[language]
    return "\n".join(f"{q}{colon}{a}" for q, a in answers)


def _getter(spec: SheetSpec, exclude: tuple[str, ...] = ("exported_at",)) -> Callable[[Any], tuple]:
    keys = [k for k in spec.keys if k not in exclude]
    get = attrgetter(*keys)
    return get


_ticket_values = _getter(TICKETS)
_visit_values = _getter(VISITS, ("exported_at", "parts_amount"))
_return_values = _getter(RETURNS)
_callback_values = _getter(CALLBACKS, ("exported_at", "answers"))
_complaint_values = _getter(COMPLAINTS)


# ---------------------------------------------------------------------------------------------------------------
# Summary sheet


def _label(language: Language, zh: str, en: str) -> str:
    return zh if language == "zh" else en


_SATISFACTION_LABELS = {c.key: c for c in SATISFACTION_CHOICES}
_COMMITMENT_LABELS = {FIRST_CONTACT: ("首次联系准时率", "First contact on time"),
                      ON_SITE: ("上门准时率", "On-site on time")}


@dataclass(slots=True)
class BranchComparison:
    """One line of the per-branch table on a consolidated workbook's summary."""

    branch_code: str
    branch_name: str
    summary: SummaryIndicators


@dataclass
class _SummaryWriter:
    ws: Any
    language: Language
    row: int = 0
    bold: Font = field(default_factory=lambda: Font(bold=True))

    def _cell(self, value: Any, number_format: str | None = None, font: Font | None = None) -> Any:
        if value is None:
            return None
        if isinstance(value, str) and (value[:1] in RISKY_FIRST or value in ERROR_CODES):
            cell = _styled_cell(self.ws, "s", quote=True)
            cell._value = _clean_text(value)
        else:
            cell = WriteOnlyCell(self.ws, value=value)
        if number_format:
            cell.number_format = number_format
        if font:
            cell.font = font
        return cell

    def line(self, *values: Any, bold: bool = False, formats: Sequence[str | None] = ()) -> int:
        fmts = list(formats) + [None] * (len(values) - len(formats))
        self.ws.append([self._cell(v, f, self.bold if bold else None) for v, f in zip(values, fmts, strict=True)])
        self.row += 1
        return self.row

    def blank(self) -> None:
        self.ws.append([])
        self.row += 1

    def title(self, text: str) -> None:
        self.ws.append([self._cell(text, font=Font(bold=True, size=14))])
        self.row += 1

    def counts(self, heading: tuple[str, str], key_header: tuple[str, str], counts: Mapping[str, int],
               labels: Mapping[str, str] | None = None) -> tuple[int, int]:
        """A two-column count table; returns its first and last data rows (for a chart)."""
        lang = self.language
        self.line(_label(lang, *heading), bold=True)
        self.line(_label(lang, *key_header), _label(lang, "数量", "Count"), bold=True)
        first = self.row + 1
        for key, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            self.line((labels or {}).get(key, key) or _label(lang, "(空)", "(blank)"), count)
        last = self.row
        self.line(_label(lang, "合计", "Total"), sum(counts.values()), bold=True)
        self.blank()
        return first, last

    def rates(self, rates: Sequence[tuple[str, Rate]]) -> tuple[int, int]:
        lang = self.language
        pct, int_fmt = NUMBER_FORMATS[ColumnType.PERCENT], NUMBER_FORMATS[ColumnType.INT]
        self.line(_label(lang, "指标", "Indicator"), _label(lang, "比率", "Rate"), _label(lang, "达成", "Met"),
                  _label(lang, "应达成", "Of"), bold=True)
        first = self.row + 1
        for label, rate in rates:
            self.line(label, rate.value, rate.numerator, rate.denominator, formats=(None, pct, int_fmt, int_fmt))
        last = self.row
        self.blank()
        return first, last


def _bar_chart(ws: Any, title: str, first: int, last: int, value_col: int, anchor: str, percent: bool = False,
               ) -> None:
    chart = BarChart()
    chart.type = "bar" if not percent else "col"
    chart.title = title
    chart.legend = None
    chart.height, chart.width = 7.5, 15
    data = Reference(ws, min_col=value_col, min_row=first, max_row=last)
    cats = Reference(ws, min_col=1, min_row=first, max_row=last)
    chart.add_data(data, titles_from_data=False)
    chart.set_categories(cats)
    # Spreadsheet programs otherwise start the value axis near the smallest bar, exaggerating differences.
    chart.y_axis.scaling.min = 0
    if percent:
        chart.y_axis.scaling.max = 1
        chart.y_axis.number_format = "0%"
    # openpyxl >= 3.1 hides axes unless told otherwise, which leaves an unlabelled chart in Excel.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    ws.add_chart(chart, anchor)


def _rate_rows(summary: SummaryIndicators, language: Language) -> list[tuple[str, Rate]]:
    rows = [(_label(language, *_COMMITMENT_LABELS.get(k, (k, k))), r) for k, r in summary.on_time.items()]
    rows += [
        (_label(language, "一次上门修复率", "First-visit fix rate"), summary.first_visit_fix),
        (_label(language, "回访完成率", "Callbacks completed"), summary.callbacks_done),
        (_label(language, "满意率（非常满意+满意）", "Satisfaction (very satisfied + satisfied)"),
         summary.satisfaction),
    ]
    return rows


def write_summary_sheet(ws: Any, language: Language, heading: str, subtitle: Sequence[str],
                        summary: SummaryIndicators, comparison: Sequence[BranchComparison] = ()) -> None:
    """Indicators as small tables, with native bar charts to their right."""
    ws.column_dimensions["A"].width = 30
    for letter in "BCDEFGHIJKLM":
        ws.column_dimensions[letter].width = 13
    lang = language
    out = _SummaryWriter(ws, language)
    out.title(heading)
    for text in subtitle:
        out.line(text)
    out.blank()
    out.line(_label(lang, "工单总数", "Tickets"), summary.tickets_total, bold=True)
    out.line(_label(lang, "上门次数", "Visits"), summary.visits_total)
    out.line(_label(lang, "重复维修", "Repeat repairs"), summary.repeat_repairs)
    out.line(_label(lang, "退换货", "Returns"), summary.returns_total)
    out.line(_label(lang, "投诉（未结/超期）", "Complaints (open / overdue)"), summary.complaints_total,
             summary.complaints_open, summary.complaints_overdue)
    out.blank()
    rates_first, rates_last = out.rates(_rate_rows(summary, lang))
    status_first, status_last = out.counts(("工单（按状态）", "Tickets by state"), ("状态", "State"),
                                           summary.tickets_by_status)
    line_first, line_last = out.counts(("工单（按产品线）", "Tickets by product line"),
                                       ("产品线", "Product line"), summary.tickets_by_product_line)
    out.counts(("退换货（按结论）", "Returns by outcome"), ("结论", "Outcome"), summary.returns_by_outcome)
    out.counts(("退换货（按条款）", "Returns by rule"), ("条款", "Rule id"), summary.returns_by_rule)
    out.counts(("回访满意度", "Callback satisfaction"), ("满意度", "Satisfaction"), summary.satisfaction_counts,
               {k: c.label(lang) for k, c in _SATISFACTION_LABELS.items()})
    if comparison:
        _comparison_table(out, comparison)
    # Charts sit right of the tables; the comparison table is twelve columns wide.
    col = "N" if comparison else "G"
    if rates_last >= rates_first:
        _bar_chart(ws, _label(lang, "准时率与满意率", "On-time and satisfaction rates"), rates_first, rates_last, 2,
                   f"{col}2", percent=True)
    if status_last >= status_first:
        _bar_chart(ws, _label(lang, "工单（按状态）", "Tickets by state"), status_first, status_last, 2, f"{col}18")
    if line_last >= line_first:
        _bar_chart(ws, _label(lang, "工单（按产品线）", "Tickets by product line"), line_first, line_last, 2,
                   f"{col}34")


def _comparison_table(out: _SummaryWriter, comparison: Sequence[BranchComparison]) -> None:
    lang = out.language
    pct, int_fmt = NUMBER_FORMATS[ColumnType.PERCENT], NUMBER_FORMATS[ColumnType.INT]
    out.line(_label(lang, "网点对比", "Branch comparison"), bold=True)
    out.line(_label(lang, "网点", "Branch"), _label(lang, "网点名称", "Branch name"), _label(lang, "工单", "Tickets"),
             _label(lang, "首次联系准时率", "First contact on time"), _label(lang, "上门准时率", "On-site on time"),
             _label(lang, "一次修复率", "First-visit fix"), _label(lang, "回访完成率", "Callbacks done"),
             _label(lang, "满意率", "Satisfaction"), _label(lang, "重复维修", "Repeat repairs"),
             _label(lang, "退换货", "Returns"), _label(lang, "投诉未结", "Complaints open"),
             _label(lang, "投诉超期", "Complaints overdue"), bold=True)
    for item in comparison:
        s = item.summary
        out.line(item.branch_code, item.branch_name, s.tickets_total,
                 s.on_time.get(FIRST_CONTACT, Rate()).value, s.on_time.get(ON_SITE, Rate()).value,
                 s.first_visit_fix.value, s.callbacks_done.value, s.satisfaction.value, s.repeat_repairs,
                 s.returns_total, s.complaints_open, s.complaints_overdue,
                 formats=(None, None, int_fmt, pct, pct, pct, pct, pct, int_fmt, int_fmt, int_fmt, int_fmt))
    out.blank()


# ---------------------------------------------------------------------------------------------------------------
# Workbook


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


@dataclass(frozen=True, slots=True)
class MetaSource:
    """One branch export a workbook's rows came from (itself, or each input of a merge)."""

    branch_code: str
    branch_name: str
    period_start: date
    period_end: date
    exported_at: datetime
    file_name: str = ""
    # "" in workbooks written before branches had one (read, but a code clash cannot be detected for them).
    installation_id: str = ""


class _SplicingWriter(ExcelWriter):
    """openpyxl's package writer, with the record sheets' XML spliced from their streams (SheetStream.finish)."""

    def write_worksheet(self, ws: Any) -> None:
        stream = getattr(ws, "_bsd_stream", None)
        if stream is None:
            super().write_worksheet(ws)
            return
        # As ExcelWriter.write_worksheet for a write-only sheet, with the sheet's part written from the stream.
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        writer = ws._writer
        ws._rels = writer._rels
        stream.write_into(self._archive, ws.path[1:])  # type: ignore[attr-defined]
        self.manifest.append(ws)
        writer.cleanup()


class HqWorkbookBuilder:
    """Shared by the branch export and the HQ merge: same sheets, same columns, same _meta layout."""

    def __init__(self, language: Language, mask: bool, timezone: str, print_title: str,
                 progress: Progress | None, cancelled: Cancelled | None, total: int, engine: str = "fast") -> None:
        self.language = language
        self.wb = Workbook(write_only=True)
        # Summary first so it opens on top; write-only sheets stream to their own temp files, so it can be filled last.
        self.summary_ws = self.wb.create_sheet(SUMMARY_TITLE[language])
        zone = ZoneInfo(timezone)
        # The fast engine's sheets are compressed in a helper thread while the rows are written (deflate_parts).
        self._compressor = Compressor() if engine == "fast" else None
        self.streams = {spec.key: SheetStream(self.wb, spec, language, mask, zone, print_title, engine,
                                              self._compressor)
                        for spec in DATA_SHEETS}
        self.meta_ws = self.wb.create_sheet(META_SHEET)
        # "hidden", not "veryHidden": it keeps the sheet out of the way, while an HQ analyst who wonders why a
        # file was refused can still unhide it from Excel's menu; it holds nothing secret.
        self.meta_ws.sheet_state = "hidden"
        self._progress = progress
        self._cancelled = cancelled
        self.total = max(total, 0)
        self.done = 0
        self._tick = 0
        self.report()

    def report(self) -> None:
        if self._progress is not None:
            self._progress(self.done, max(self.total, self.done))

    def step(self, n: int = 1) -> None:
        """Count finished records; every CHECK_EVERY of them report progress and honour the cancel button."""
        self.done += n
        self._tick += n
        if self._tick >= CHECK_EVERY:
            self._tick = 0
            self.check_cancelled()
            self.report()

    def check_cancelled(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled()

    def masked_columns(self) -> tuple[str, ...]:
        return tuple(name for s in self.streams.values() for name in s.masked)

    def write_meta(self, *, kind: str, branch_code: str, branch_name: str, period_start: date, period_end: date,
                   exported_at: datetime, timezone: str, masked: Sequence[str], sources: Sequence[MetaSource],
                   installation_id: str = "", audit_anchor: str = "") -> None:
        ws = self.meta_ws
        rows: list[list[Any]] = [
            ["format_id", FORMAT_ID],
            ["schema_version", SCHEMA_VERSION],
            ["kind", kind],
            ["branch_code", branch_code],
            ["branch_name", branch_name],
            ["branch_installation_id", installation_id],
            ["period_start", period_start.isoformat()],
            ["period_end", period_end.isoformat()],
            ["exported_at_utc", exported_at.isoformat(timespec="seconds") + "Z"],
            ["app_version", __version__],
            ["language", self.language],
            ["timezone", timezone],
            ["masked_columns", *masked],
        ]
        if audit_anchor:
            rows.append(["audit_anchor", audit_anchor])
        for spec in DATA_SHEETS:
            stream = self.streams[spec.key]
            rows.append(["sheet", spec.key, stream.ws.title, stream.rows])
            rows.append(["columns", spec.key, *spec.keys])
        for s in sources:
            rows.append(["source", s.branch_code, s.branch_name, s.period_start.isoformat(),
                         s.period_end.isoformat(), s.exported_at.isoformat(timespec="seconds") + "Z", s.file_name,
                         s.installation_id])
        for row in rows:
            # Every _meta value is text, so the reader never depends on Excel's number or date guessing.
            ws.append([_literal(self.meta_ws, v) for v in row])
        ws.column_dimensions["A"].width = 18

    def save(self, path: Path) -> None:
        for stream in self.streams.values():
            stream.finish()
        if self._compressor is not None:
            self._compressor.wait()
            self._compressor.close()
        self.check_cancelled()
        partial = path.with_name(f".{path.name}.part")
        try:
            # openpyxl's save_workbook() with one change: deflate level 2 instead of 6 takes less than half the
            # time over ~560 MB of sheet XML (100,000 tickets with every sheet) for a file ~15 % larger (level 3:
            # a third more time than 2 for a file 3.5 % smaller; level 1 is no faster on this XML).
            with ZipFile(partial, "w", ZIP_DEFLATED, allowZip64=True, compresslevel=2) as archive:
                self.wb.properties.modified = utc_now()
                _SplicingWriter(self.wb, archive).save()
            # Customers' phones and addresses: readable by this user only (POSIX; Windows: the folder's ACL).
            paths.make_private_file(partial)
            os.replace(partial, path)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        self.done = max(self.done, self.total)
        self.total = self.done
        self.report()

    def discard(self) -> None:
        """Close and delete the sheets' temp files after a cancel or an error (nothing reached `path`)."""
        if self._compressor is not None:
            self._compressor.close()
        for stream in self.streams.values():
            stream.close()
        for ws in self.wb.worksheets:
            writer = getattr(ws, "_writer", None)
            try:
                rows = getattr(ws, "_rows", None)
                if rows is not None:
                    rows.close()
                if writer is not None:
                    writer.close()
                    writer.cleanup()
            except Exception:
                pass


def _literal(ws: Any, value: Any) -> Any:
    text = str(value)
    if text[:1] in RISKY_FIRST or text in ERROR_CODES:
        cell = _styled_cell(ws, "s")
        cell._value = _clean_text(text)
        return cell
    return text


def _sized(items: Iterable[Any], fallback: int) -> int:
    try:
        return len(items)  # type: ignore[arg-type]
    except TypeError:
        return fallback


def export_heading(meta_name: str, code: str, start: date, end: date, language: Language) -> tuple[str, str]:
    """The title line and the period line of a workbook."""
    if language == "zh":
        return (f"{meta_name}（{code}）售后服务数据" if code else f"{meta_name} 售后服务数据",
                f"统计期间：{start.isoformat()} 至 {end.isoformat()}")
    return (f"{meta_name} ({code}) after-sales service data" if code else f"{meta_name} after-sales service data",
            f"Period: {start.isoformat()} to {end.isoformat()}")


def write_workbook(path: str | os.PathLike[str], meta: ExportMeta, summary: SummaryIndicators,
                   tickets: Iterable[TicketRecord], visits: Iterable[VisitRecord], returns: Iterable[ReturnRecord],
                   callbacks: Iterable[CallbackRecord], complaints: Iterable[ComplaintRecord],
                   progress: Progress | None = None, cancelled: Cancelled | None = None,
                   *, engine: str = "fast",
                   extra_sheets: Mapping[str, Iterable[Sequence[Any]]] | None = None) -> WriteResult:
    """Write one branch's HQ workbook; each iterable is consumed once, in order, and may be a generator.

    `extra_sheets` feeds the sheets added after version 1, keyed by SheetSpec.key: each row holds the sheet's
    values in column order without the trailing `exported_at`, which is added here. A sheet with no rows given
    is written with its header only.

    progress(done, total) counts records; totals of generators are taken from `summary`. On cancel the partial
    output is removed and ExportCancelled raised; an existing file at `path` is only replaced on success.
    engine="openpyxl" streams cells through openpyxl's own writer (slower; the reference for tests and benchmark).
    """
    path = Path(path)
    exported_at = meta.exported_at or utc_now()
    if exported_at.tzinfo is not None:
        exported_at = exported_at.astimezone(UTC).replace(tzinfo=None)
    language = meta.language
    total = (_sized(tickets, summary.tickets_total) + _sized(visits, summary.visits_total)
             + _sized(returns, summary.returns_total) + _sized(callbacks, summary.callbacks_done.denominator)
             + _sized(complaints, summary.complaints_total)
             + sum(_sized(rows, 0) for rows in (extra_sheets or {}).values()))
    heading, period = export_heading(meta.branch_name, meta.branch_code, meta.period_start, meta.period_end, language)
    builder = HqWorkbookBuilder(language, meta.mask_personal_data, meta.timezone, f"{heading}  {period}",
                                progress, cancelled, total, engine)
    try:
        builder.check_cancelled()
        s = builder.streams
        step = builder.step
        # Every row's last cell is this export's time: the sheets write it as a constant (SheetStream.extend).
        s["tickets"].extend(map(_ticket_values, tickets), exported_at, step)
        s["tickets"].end_rows()
        add_visit, add_part = s["visits"].adder(exported_at), s["parts"].adder(exported_at)
        for v in visits:
            add_visit((*_visit_values(v), v.parts_amount))
            for line_no, p in enumerate(v.parts, 1):
                add_part((v.branch_code, v.ticket_no, v.visit_no, line_no, p.part_code, p.part_name, p.qty,
                          p.unit_price, "charged" if p.charged else "free", p.amount))
            step()
        s["visits"].end_rows()
        s["parts"].end_rows()
        s["returns"].extend(map(_return_values, returns), exported_at, step)
        s["returns"].end_rows()
        s["callbacks"].extend(((*_callback_values(c), _answers_text(c.answers, language)) for c in callbacks),
                              exported_at, step)
        s["callbacks"].end_rows()
        s["complaints"].extend(map(_complaint_values, complaints), exported_at, step)
        s["complaints"].end_rows()
        for key, rows in (extra_sheets or {}).items():
            s[key].extend(rows, exported_at, step)
            s[key].end_rows()
        write_summary_sheet(builder.summary_ws, language, heading,
                            [period, _exported_line(exported_at, language, meta.timezone)], summary)
        masked = builder.masked_columns()
        builder.write_meta(kind="branch", branch_code=meta.branch_code, branch_name=meta.branch_name,
                           period_start=meta.period_start, period_end=meta.period_end, exported_at=exported_at,
                           timezone=meta.timezone, masked=masked, installation_id=meta.installation_id,
                           audit_anchor=meta.audit_anchor,
                           sources=[MetaSource(meta.branch_code, meta.branch_name, meta.period_start,
                                               meta.period_end, exported_at, path.name, meta.installation_id)])
        builder.wb.properties.title = f"{heading} {period}"
        builder.wb.properties.creator = "Branch Service Desk"
        builder.save(path)
    except BaseException:
        builder.discard()
        raise
    return WriteResult(path, {k: st.rows for k, st in builder.streams.items()}, masked)


def _exported_line(exported_at: datetime, language: Language, timezone: str) -> str:
    """The export time a person reads: branch time (the hidden _meta sheet keeps the UTC instant for HQ)."""
    try:
        zone = ZoneInfo(timezone)
    except (KeyError, ValueError):
        zone = ZoneInfo("Asia/Shanghai")
    stamp = exported_at.replace(tzinfo=UTC).astimezone(zone).strftime("%Y-%m-%d %H:%M:%S")
    return f"导出时间：{stamp}" if language == "zh" else f"Exported: {stamp}"
