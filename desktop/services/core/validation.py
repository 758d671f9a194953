"""Shared input checks for free text: length, control characters; raise ValidationError(code, field)."""

from __future__ import annotations

import unicodedata

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
