"""What must never reach a person: identifiers (snake_case), raw script line ids (G1, Q3, E2, V4, H2), codes shown
as words, JSON, Python values, unfilled placeholders, developer references ("seed 003") and UTC.

Rule ids (R-15, X-MIS …) may show: DOMAIN_RULES asks for them on screen and on the certificate."""

from __future__ import annotations

import re
from functools import cache

import desktop.models
import desktop.rules.adjudication
import desktop.rules.lifecycle
from desktop.demo import catalogue

PATTERNS = {
    "identifier": re.compile(r"(?<![\w./\\-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w.-])"),
    "script line id": re.compile(r"(?<![\w-])[GQHEV][0-9](?![\w-])"),
    "developer reference": re.compile(r"\bseed\s*0\d\d\b|种子(?:文件)?\s*0\d\d", re.IGNORECASE),
    "UTC": re.compile(r"\bUTC\b"),
    "JSON": re.compile(r"[{\[]\s*\"[^\"]+\"\s*:|\[\s*\"[^\"]*\"\s*,|':\s"),
    "placeholder": re.compile(r"\{[a-z_]+\}"),
    "Python value": re.compile(r"(?<![\w-])(None|True|False)(?![\w-])"),
}
# A run of latin words in a Chinese text: one lone code word in it ("solar") is a code that slipped through; a
# sentence (an English gloss under a script line) is not.
LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z_'-]*(?:[ ,/]+[A-Za-z][A-Za-z_'-]*)*")
CJK = re.compile(r"[\u4e00-\u9fff]")


@cache
def codes() -> frozenset[str]:
    """Every single-word code the application stores: states, kinds, outcomes, causes, product lines, faults."""
    found: set[str] = set()
    for module in (desktop.models, desktop.rules.adjudication, desktop.rules.lifecycle):
        for name in dir(module):
            value = getattr(module, name)
            if name.isupper() and isinstance(value, tuple) and value and all(isinstance(v, str) for v in value):
                found.update(v for v in value if v.isascii() and v.islower())
    found.update(code for code, *_rest in catalogue.PRODUCT_LINES)
    found.update(code for faults in catalogue.FAULT_CATEGORIES.values() for code, *_rest in faults)
    return frozenset(found)


def problems(text: str, chinese: bool, *, whole: bool = True) -> list[str]:
    """`whole`: the text is one label or cell (a lone code word is a leak); a page of print is not."""
    found = [f"{kind}: {m.group(0)!r}" for kind, pattern in PATTERNS.items() for m in pattern.finditer(text)]
    stripped = text.strip().rstrip(":：")
    if whole and stripped in codes():
        found.append(f"code: {stripped!r}")
    if chinese and CJK.search(text):
        found += [f"code in Chinese: {m.group(0)!r}" for m in LATIN_RUN.finditer(text) if m.group(0) in codes()]
    return found
