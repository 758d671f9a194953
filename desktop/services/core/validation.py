"""Shared input checks for free text: length, control characters; raise ValidationError(code, field)."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from desktop.errors import ValidationError


def clean_text(value: str | None, field: str, *, max_length: int, required: bool = False,
               multiline: bool = False) -> str:
    text = (value or "").strip()
    if required and not text:
        raise ValidationError("required", field)
    if len(text) > max_length:
        raise ValidationError("too_long", field, max_length=max_length)
    for ch in text:
        if ch in "\n\t" and multiline:
            continue
        if ch == "\r" and multiline:
            continue
        # Control and format characters break printed forms and workbooks, and hide content.
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co"):
            raise ValidationError("control_characters", field)
    # Windows line ends and a lone CR (old Mac, some scanners) both become one newline.
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ---- what a database column can hold: search text, amounts, dates ---------------------------------------------

# Amounts in fen: far above any real invoice, far below what 64-bit columns (and JSON readers) hold.
MAX_FEN = 10**12  # ten billion yuan
MAX_YUAN = Decimal(MAX_FEN) / 100
# Dates a branch works with: far enough back for old purchase records, and never so far that converting the local
# day to UTC leaves the calendar (year 1 and 9999 did).
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2199, 12, 31)


def clean_query(value: str | None, field: str, *, max_length: int = 200) -> str:
    """A search or lookup term: what a person can type. NUL, other control characters and lone surrogates (which
    no database can store or compare) are refused with control_characters, never passed to the driver."""
    text = (value or "").strip()
    if len(text) > max_length:
        raise ValidationError("too_long", field, max_length=max_length)
    for ch in text:
        if unicodedata.category(ch) in ("Cc", "Cs"):
            raise ValidationError("control_characters", field)
    return text


def check_encodable(value: str, field: str) -> str:
    """Text that must reach a hash or a driver as UTF-8 (passwords): a lone surrogate is refused."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValidationError("control_characters", field) from exc
    return value


def check_fen(value: int | None, field: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("not_an_integer", field)
    if abs(value) >= MAX_FEN:
        raise ValidationError("amount_out_of_range", field, maximum=str(MAX_YUAN))
    return value


def check_yuan(value: Decimal, field: str) -> Decimal:
    """A finite amount within range (1e30 yuan, NaN and Infinity are refused before any arithmetic)."""
    if not isinstance(value, Decimal):
        try:
            value = Decimal(str(value))
        except InvalidOperation as exc:
            raise ValidationError("not_a_decimal", field) from exc
    if not value.is_finite():
        raise ValidationError("not_a_decimal", field)
    if abs(value) >= MAX_YUAN:
        raise ValidationError("amount_out_of_range", field, maximum=str(MAX_YUAN))
    return value


def check_day(value: date | None, field: str) -> date | None:
    if value is None:
        return None
    day = value.date() if isinstance(value, datetime) else value
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise ValidationError("date_out_of_range", field, earliest=EARLIEST_DATE.isoformat(),
                              latest=LATEST_DATE.isoformat())
    return value


def check_moment(value: datetime | None, field: str) -> datetime | None:
    if value is None:
        return None
    check_day(value.date(), field)
    return value
