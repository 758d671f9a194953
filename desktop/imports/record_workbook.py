"""The branch's record workbooks: the template to download, a preview of any workbook's sheets, the rows of a
mapped sheet one at a time (read-only streaming: a 50,000-row file never sits in memory), and the workbook of
bad rows that the clerk corrects and imports again."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast
from zipfile import BadZipFile

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet

from desktop.errors import ValidationError
from desktop.imports import cells
from desktop.imports.record_fields import KIND_SHEETS, KINDS, fields_of, guess_columns, guess_kind
from desktop.imports.record_labels import NOTES, REPORT_COLUMNS, problem_text
from desktop.imports.record_types import RowProblem, SheetMapping, SheetPreview

__all__ = ["OpenWorkbook", "RowProblem", "SheetMapping", "SheetPreview", "check_mapping", "iter_rows", "preview",
           "save_whole", "write_problem_report", "write_template"]

PREVIEW_ROWS = 5
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
BAD_FILL = PatternFill("solid", fgColor="F8CBAD")
RISKY_FIRST = ("=", "+", "-", "@")


def save_whole(book: Workbook, path: Path) -> None:
    """Written beside the target and moved into place: nobody ever opens a half-written workbook."""
    partial = path.with_name(path.name + ".partial")
    try:
        book.save(partial)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def _open(path: Path) -> Workbook:
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, BadZipFile, OSError, KeyError, ValueError, TypeError) as exc:
        raise ValidationError("workbook_unreadable", "file", file=path.name) from exc


def write_template(path: Path, language: str = "zh") -> Path:
    """Both sheets with their headings (required ones in bold red) and a sheet of notes on how to fill them."""
    index = 0 if language == "zh" else 1
    book = Workbook()
    book.remove(cast(Worksheet, book.active))  # the sheet a new workbook starts with
    for kind, names in KIND_SHEETS.items():
        sheet = book.create_sheet(names[index])
        sheet.append([f.label(language) for f in fields_of(kind)])
        for cell, import_field in zip(sheet[1], fields_of(kind), strict=True):
            cell.fill = HEADER_FILL
            cell.font = Font(bold=True, color="C00000" if import_field.required else "000000")
        for position in range(len(fields_of(kind))):
            sheet.column_dimensions[chr(ord("A") + position)].width = 18
        sheet.freeze_panes = "A2"
    notes = book.create_sheet("填写说明" if language == "zh" else "How to fill in")
    for line in NOTES[language]:
        notes.append([line])
    notes.column_dimensions["A"].width = 110
    save_whole(book, path)
    return path


def preview(path: Path, rows: int = PREVIEW_ROWS) -> tuple[SheetPreview, ...]:
    """Each sheet: its headings, the first rows as text, the kind and columns guessed from the headings."""
    book = _open(path)
    try:
        found = []
        for sheet in book.worksheets:
            iterator = sheet.iter_rows(values_only=True)
            header = tuple(cells.text(v) for v in next(iterator, ()) or ())
            if not any(header):
                continue
            first = tuple(tuple(cells.text(v) for v in values) for _, values in zip(range(rows), iterator,
                                                                                       strict=False))
            kind = guess_kind(sheet.title, header)
            columns = guess_columns(kind, header) if kind else {}
            found.append(SheetPreview(sheet.title, header, first, max(0, (sheet.max_row or 1) - 1), kind, columns))
        return tuple(found)
    finally:
        book.close()


def check_mapping(mapping: SheetMapping) -> None:
    if mapping.kind not in KINDS:
        raise ValidationError("invalid_choice", "kind", sheet=mapping.sheet)
    for import_field in fields_of(mapping.kind):
        if import_field.required and import_field.key not in mapping.columns:
            raise ValidationError("column_not_mapped", "columns", sheet=mapping.sheet, column=import_field.zh)
    positions = [p for p in mapping.columns.values()]
    if len(set(positions)) != len(positions) or any(p < 0 for p in positions):
        raise ValidationError("column_mapped_twice", "columns", sheet=mapping.sheet)


class OpenWorkbook:
    """One workbook opened once for a whole pass (opening parses its shared strings, and each sheet's size, again)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._book = _open(path)

    def __enter__(self) -> OpenWorkbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self._book.close()

    def _sheet(self, title: str) -> Any:
        if title not in self._book.sheetnames:
            raise ValidationError("sheet_missing", "sheet", sheet=title)
        return self._book[title]

    def count_rows(self, mappings: tuple[SheetMapping, ...]) -> int:
        """The total the progress bar counts to, from the sheets' own dimensions."""
        return sum(max(0, (self._sheet(m.sheet).max_row or 1) - 1) for m in mappings)

    def rows(self, mapping: SheetMapping) -> Iterator[tuple[int, dict[str, Any]]]:
        """(row number in the file, field → raw cell value) for every row with anything in a mapped column."""
        columns = tuple(mapping.columns.items())
        width = max((i for _, i in columns), default=0) + 1
        for number, values in enumerate(self._sheet(mapping.sheet).iter_rows(min_row=2, max_col=width,
                                                                              values_only=True), start=2):
            picked = {key: values[i] if i < len(values) else None for key, i in columns}
            if any(v is not None and cells.text(v) for v in picked.values()):
                yield number, picked


def iter_rows(path: Path, mapping: SheetMapping) -> Iterator[tuple[int, dict[str, Any]]]:
    with OpenWorkbook(path) as book:
        yield from book.rows(mapping)


def write_problem_report(path: Path, source: Path, mappings: tuple[SheetMapping, ...],
                         problems: tuple[RowProblem, ...], language: str = "zh") -> Path:
    """The bad rows in the template's layout (so the corrected file imports as it is), each with its row number in
    the original file and what is wrong; the cells to correct are shaded and carry the reason as a comment."""
    index = 0 if language == "zh" else 1
    by_row: dict[tuple[str, int], list[RowProblem]] = {}
    for problem in problems:
        by_row.setdefault((problem.sheet, problem.row), []).append(problem)
    book = Workbook(write_only=False)
    book.remove(cast(Worksheet, book.active))  # the sheet a new workbook starts with
    for mapping in mappings:
        kind_fields = fields_of(mapping.kind)
        wanted = {row for sheet, row in by_row if sheet == mapping.sheet}
        if not wanted:
            continue
        title = KIND_SHEETS[mapping.kind][index]
        if title in book.sheetnames:
            sheet = book[title]
        else:
            sheet = book.create_sheet(title)
            sheet.append([f.label(language) for f in kind_fields] + [REPORT_COLUMNS[language][0],
                                                                    REPORT_COLUMNS[language][1]])
            for cell in sheet[1]:
                cell.fill = HEADER_FILL
                cell.font = Font(bold=True)
            sheet.freeze_panes = "A2"
        for number, values in iter_rows(source, mapping):
            if number not in wanted:
                continue
            found = by_row[(mapping.sheet, number)]
            texts = [problem_text(p.code, p.field, mapping.kind, language, p.value) for p in found]
            sheet.append([values.get(f.key) for f in kind_fields] + [number, "；".join(texts)])
            row_cells = sheet[sheet.max_row]
            for cell in row_cells:
                _literal(cell)
                if isinstance(cell.value, datetime | date):
                    cell.number_format = "yyyy-mm-dd"
            for problem, text in zip(found, texts, strict=True):
                keys = [f.key for f in kind_fields]
                if problem.field in keys:
                    cell = row_cells[keys.index(problem.field)]
                    cell.fill = BAD_FILL
                    cell.comment = Comment(text, "Branch Service Desk")
    if not book.sheetnames:
        book.create_sheet(KIND_SHEETS["customers"][index])
    save_whole(book, path)
    return path


def _literal(cell: Any) -> None:
    # Text the clerk typed stays text: openpyxl would store "=..." as a formula that Excel then runs.
    if isinstance(cell.value, str):
        cell.value = ILLEGAL_CHARACTERS_RE.sub("", cell.value)
        if cell.value[:1] in RISKY_FIRST:
            cell.data_type = "s"
            cell.quotePrefix = True
