"""The product catalogue HQ sends: product lines (with their 三包 periods), models and fault categories. A template
to fill in, and a reader that finds the sheets and columns by their Chinese or English headings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast
from zipfile import BadZipFile

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet

from desktop.errors import ValidationError
from desktop.imports import cells
from desktop.imports.record_workbook import save_whole

# (key, 中文, English): the sheets and their columns, in template order.
SHEETS = {
    "lines": ("产品线", "Product lines"),
    "models": ("型号", "Models"),
    "faults": ("故障类别", "Fault categories"),
}
COLUMNS = {
    "lines": (("name_zh", "产品线名称", "Product line"), ("name_en", "英文名称", "English name"),
              ("whole_unit_months", "整机三包期(月)", "Whole unit warranty (months)"),
              ("main_parts_months", "主要部件三包期(月)", "Main parts warranty (months)")),
    "models": (("line", "产品线名称", "Product line"), ("code", "型号", "Model"), ("name", "型号名称", "Model name")),
    "faults": (("line", "产品线名称", "Product line"), ("name_zh", "故障名称", "Fault"),
               ("name_en", "英文名称", "English name")),
}
REQUIRED_SHEETS = ("lines", "models")
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


@dataclass(frozen=True)
class CatalogueRow:
    sheet: str
    row: int
    values: dict[str, Any]


@dataclass(frozen=True)
class CatalogueRows:
    lines: tuple[CatalogueRow, ...]
    models: tuple[CatalogueRow, ...]
    faults: tuple[CatalogueRow, ...]


def write_catalogue_template(path: Path, language: str = "zh") -> Path:
    """An empty catalogue with its three sheets and headings, for HQ (or the branch) to fill in."""
    index = 1 if language == "zh" else 2
    book = Workbook()
    book.remove(cast(Worksheet, book.active))  # the sheet a new workbook starts with
    for key, names in SHEETS.items():
        sheet = book.create_sheet(names[0] if language == "zh" else names[1])
        sheet.append([column[index] for column in COLUMNS[key]])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.fill = HEADER_FILL
        for letter in "ABCD"[:len(COLUMNS[key])]:
            sheet.column_dimensions[letter].width = 26
        sheet.freeze_panes = "A2"
    save_whole(book, path)
    return path


def _sheet_key(title: str) -> str | None:
    wanted = title.strip().lower()
    for key, names in SHEETS.items():
        if wanted in (names[0], names[1].lower()):
            return key
    return None


def _column_map(key: str, header: tuple[Any, ...]) -> dict[str, int]:
    labels = {cells.text(v).lower(): i for i, v in enumerate(header) if cells.text(v)}
    found: dict[str, int] = {}
    for field, zh, en in COLUMNS[key]:
        for label in (zh.lower(), en.lower()):
            if label in labels:
                found[field] = labels[label]
                break
    return found


def read_catalogue(path: Path) -> CatalogueRows:
    """Every filled row of the three sheets with its row number; sheets and columns are matched by heading."""
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, BadZipFile, OSError, KeyError, ValueError, TypeError) as exc:
        raise ValidationError("workbook_unreadable", "file", file=path.name) from exc
    found: dict[str, list[CatalogueRow]] = {key: [] for key in SHEETS}
    seen: set[str] = set()
    try:
        for sheet in book.worksheets:
            key = _sheet_key(sheet.title)
            if key is None:
                continue
            seen.add(key)
            rows = sheet.iter_rows(values_only=True)
            header = next(rows, ())
            columns = _column_map(key, tuple(header or ()))
            missing = [zh for field, zh, _ in COLUMNS[key] if field not in columns and field in ("name_zh", "line",
                                                                                                 "code")]
            if missing:
                raise ValidationError("catalogue_column_missing", "file", sheet=sheet.title, column=missing[0])
            for number, values in enumerate(rows, start=2):
                picked = {field: values[i] if i < len(values) else None for field, i in columns.items()}
                if any(cells.text(v) for v in picked.values()):
                    found[key].append(CatalogueRow(key, number, picked))
    finally:
        book.close()
    for key in REQUIRED_SHEETS:
        if key not in seen:
            raise ValidationError("catalogue_sheet_missing", "file", sheet=SHEETS[key][0])
    return CatalogueRows(tuple(found["lines"]), tuple(found["models"]), tuple(found["faults"]))
