"""What the record import passes between the workbook reader, the row checks and the service: plain data, no
openpyxl (the service module imports these at start; the workbook stack loads when a file is opened)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SheetPreview:
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_count: int
    kind: str | None
    columns: dict[str, int]


@dataclass(frozen=True)
class SheetMapping:
    """Which sheet, what it holds, and which column (0-based) each field is in."""

    sheet: str
    kind: str
    columns: dict[str, int]


@dataclass(frozen=True)
class RowProblem:
    sheet: str
    row: int
    field: str
    code: str
    value: str = ""
