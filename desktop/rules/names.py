"""A name the catalogue holds in both languages (product line, fault category, part), in a given language.

One rule for the screen (desktop/i18n.catalogue_name, the interface language) and for printed sheets (the sheet's
language): the language's own name, the other one when that one is blank (a catalogue filled in Chinese only)."""

from __future__ import annotations


def name_in(zh: str | None, en: str | None, language: str) -> str:
    """`language` is "zh"/"zh_CN" for Chinese; anything else reads the English name first."""
    if language.startswith("zh"):
        return zh or en or ""
    return en or zh or ""
