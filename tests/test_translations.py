"""app_zh_CN.ts is complete: no unfinished entries, nothing in the code missing from it."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from scripts.update_translations import ROOT, TS, sources, tool


def _entries(ts: Path) -> tuple[set[tuple[str, str]], list[tuple[str, str]]]:
    root = ET.parse(ts).getroot()
    entries, unfinished = set(), []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("obsolete", "vanished"):
                continue
            entries.add(key)
            text = "".join(translation.itertext()).strip() if translation is not None else ""
            if kind == "unfinished" or not text:
                unfinished.append(key)
    return entries, unfinished


def test_no_unfinished_translations() -> None:
    _, unfinished = _entries(TS)
    assert unfinished == []


def test_every_string_in_the_code_is_in_the_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run([*tool("lupdate"), "-no-obsolete", "-locations", "none", *sources(), "-ts", str(fresh)],
                   check=True, cwd=ROOT, capture_output=True)
    in_code, _ = _entries(fresh)
    committed, _ = _entries(TS)
    assert sorted(in_code - committed) == [], "run scripts/update_translations.py"


def test_chinese_translation_is_actually_chinese() -> None:
    root = ET.parse(TS).getroot()
    translations = ["".join(t.itertext()) for t in root.iter("translation")]
    with_cjk = [t for t in translations if any("\u4e00" <= ch <= "\u9fff" for ch in t)]
    assert len(with_cjk) >= 0.9 * len(translations)
