"""Chinese phone numbers: validate what a clerk types, store digits only, show them the way people read them."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import phonenumbers

from desktop.errors import ValidationError

MOBILE_LENGTH = 11
# Area code (0 + 2-3 digits) and a 7-8 digit subscriber number: 10 to 12 digits in all.
LANDLINE_LENGTHS = range(10, 13)
MAX_EXTENSION = 6

# Separators people type inside a number: spaces (also the ideographic one), dashes, dots, brackets.
_SEPARATORS = re.compile(r"[\s\-‐‑–—.()（）]+")
# An extension follows 转, ext, x or #, or is a third dash group ("0372-2108187-803").
_EXTENSION = re.compile(r"^(?P<main>.*?)\s*(?:转|ext\.?|x|#)\s*(?P<ext>\d*)$", re.IGNORECASE)
_DASH_EXTENSION = re.compile(r"^(?P<main>\(?0.*[\d)]\s*-\s*\d+)\s*-\s*(?P<ext>\d{1,6})$")
_COUNTRY_PREFIX = re.compile(r"^(?:\+|00)86")


@dataclass(frozen=True)
class Phone:
    number: str  # digits only, landlines with their area code
    extension: str
    kind: str  # "mobile" or "landline"

    @property
    def display(self) -> str:
        return format_phone(self.number, self.extension)


def _half_width(text: str) -> str:
    """Full-width digits, dashes, brackets and spaces as their ASCII forms: a Chinese input method left in
    full-width mode types "１３８－０３７２" and the clerk sees nothing wrong with it."""
    return unicodedata.normalize("NFKC", text)


def digits_only(text: str | None) -> str:
    """The ASCII digits of a typed fragment, for searching as the clerk types ("0372-21" → "037221")."""
    return "".join(ch for ch in _half_width(text or "") if ch.isascii() and ch.isdigit())


def _split_extension(text: str) -> tuple[str, str]:
    match = _EXTENSION.match(text) or _DASH_EXTENSION.match(text)
    if match is None:
        return text, ""
    if not match.group("ext"):
        raise ValidationError("phone_extension_invalid", "phone")
    return match.group("main"), match.group("ext")


def parse_phone(text: str | None, field: str = "phone") -> Phone:
    """Raise ValidationError(code, field) with a code saying what is wrong; return the normalised Phone."""
    raw = _half_width(text or "").strip()
    if not raw:
        raise ValidationError("required", field)
    raw = _COUNTRY_PREFIX.sub("", raw)
    try:
        main, extension = _split_extension(raw)
    except ValidationError as exc:
        raise ValidationError(exc.code, field) from exc
    digits = _SEPARATORS.sub("", main)
    if not digits.isdigit() or not digits.isascii():
        raise ValidationError("phone_characters", field)
    if len(extension) > MAX_EXTENSION:
        raise ValidationError("phone_extension_invalid", field)
    if digits.startswith("1"):
        if extension:
            raise ValidationError("phone_extension_on_mobile", field)
        if len(digits) != MOBILE_LENGTH:
            raise ValidationError("phone_mobile_length", field, length=len(digits), expected=MOBILE_LENGTH)
        kind = "mobile"
    elif digits.startswith("0"):
        if len(digits) not in LANDLINE_LENGTHS:
            raise ValidationError("phone_landline_length", field, length=len(digits))
        kind = "landline"
    else:
        # 7-8 digits without the leading 0 is a local number: the area code decides the city.
        code = "phone_area_code_missing" if len(digits) in (7, 8) else "phone_invalid"
        raise ValidationError(code, field)
    # The library knows which prefixes are allocated (no 12x mobiles, no 0372 numbers of 6 digits).
    parsed = phonenumbers.parse(digits, "CN")
    if not phonenumbers.is_valid_number(parsed):
        raise ValidationError("phone_invalid", field)
    return Phone(digits, extension, kind)


def _area_code_length(number: str) -> int:
    try:
        parsed = phonenumbers.parse(number, "CN")
    except phonenumbers.NumberParseException:
        return 0
    return phonenumbers.length_of_geographical_area_code(parsed)


def area_code(text: str | None) -> str:
    """The area code of a landline ("0373" of 0373-2108187), "" for a mobile or anything not a landline: examples
    shown to a branch's clerks use their own code."""
    try:
        main = _split_extension(_half_width(text or "").strip())[0]
    except ValidationError:
        return ""
    digits = digits_only(main)
    if not digits.startswith("0"):
        return ""
    length = _area_code_length(digits)
    return digits[:length + 1] if length else ""


def format_phone(number: str, extension: str = "") -> str:
    """138 0372 0001 for mobiles, 0372-2108187 (转803) for landlines; anything else unchanged."""
    if len(number) == MOBILE_LENGTH and number.startswith("1"):
        text = f"{number[:3]} {number[3:7]} {number[7:]}"
    elif number.startswith("0") and (area := _area_code_length(number)):
        text = f"{number[:area + 1]}-{number[area + 1:]}"
    else:
        text = number
    return f"{text} 转{extension}" if extension else text


def mask_phone(number: str) -> str:
    """138****0001: for lists printed or shown to people who need not see the whole number."""
    if len(number) < 7:
        return number
    return f"{number[:3]}****{number[-4:]}"
