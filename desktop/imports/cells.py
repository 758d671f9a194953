"""Cell values as people type them in Excel: text with stray spaces, numbers stored as text, dates as dates,
as numbers or as text in several common shapes."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

_DATE_TEXT = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
                        r"\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*$")
_COMPACT_DATE = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")


class CellError(ValueError):
    """The cell cannot be read as the wanted kind; `code` says why (bad_date, bad_number)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        # A phone number or serial typed into a number cell comes back as 13803720001.0.
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())


def day(value: Any) -> date | None:
    """None for an empty cell; CellError("bad_date") for anything that is not a calendar date."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        # A date cell that lost its format: an Excel serial number in a plausible range (1950..2100).
        if 18_264 <= value <= 73_051:
            from openpyxl.utils.datetime import from_excel  # openpyxl only when a serial number turns up

            converted = from_excel(value)
            return converted.date() if isinstance(converted, datetime) else converted
        match = _COMPACT_DATE.match(str(int(value))) if float(value).is_integer() else None
        if match is None:
            raise CellError("bad_date")
        return _ymd(*match.groups())
    raw = str(value)
    match = _DATE_TEXT.match(raw) or _COMPACT_DATE.match(raw)
    if match is None:
        raise CellError("bad_date")
    return _ymd(*match.groups())


def _ymd(year: str, month: str, day_: str) -> date:
    try:
        return date(int(year), int(month), int(day_))
    except ValueError as exc:
        raise CellError("bad_date") from exc


def whole_number(value: Any) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise CellError("bad_number")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    try:
        return int(str(value).strip())
    except ValueError as exc:
        raise CellError("bad_number") from exc
