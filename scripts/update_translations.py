"""lupdate (views, forms, app.py) -> fill unfinished entries from resources/i18n/zh_CN/*.json -> lrelease.

The .ts stays the first-class artifact (editable in Qt Linguist): the JSON glossaries only fill entries
that are still unfinished, so a translator's edits in Linguist are never overwritten."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `scripts.qt_tools` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.qt_tools import qt_tool

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "app_zh_CN.ts"
QM = TS.with_suffix(".qm")
GLOSSARY_DIR = ROOT / "resources" / "i18n" / "zh_CN"


def tool(name: str) -> list[str]:
    return qt_tool(name)


def sources() -> list[str]:
    views = [p for p in (ROOT / "desktop" / "views").rglob("*.py") if "ui" not in p.relative_to(ROOT).parts[2:3]]
    files = [*views, ROOT / "desktop" / "app.py", *sorted((ROOT / "forms").glob("*.ui"))]
    return [str(p.relative_to(ROOT)) for p in sorted(files)]


def load_glossary() -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    by_context: dict[tuple[str, str], str] = {}
    any_context: dict[str, str] = {}
    for path in sorted(GLOSSARY_DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for context, entries in data.items():
            for source, translation in entries.items():
                if context == "*":
                    any_context[source] = translation
                else:
                    by_context[(context, source)] = translation
    return by_context, any_context


def fill_unfinished(ts_path: Path) -> tuple[int, list[tuple[str, str]]]:
    by_context, any_context = load_glossary()
    tree = ET.parse(ts_path)
    filled = 0
    missing: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is None or translation.get("type") not in ("unfinished",):
                continue
            text = by_context.get((name, source)) or any_context.get(source)
            if text is None:
                missing.append((name, source))
                continue
            if message.get("numerus") == "yes":
                translation.text = None
                for child in list(translation):
                    translation.remove(child)
                form = ET.SubElement(translation, "numerusform")
                form.text = text
            else:
                translation.text = text
            del translation.attrib["type"]
            filled += 1
    ET.indent(tree, space="    ")
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return filled, missing


def main() -> int:
    TS.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([*tool("lupdate"), "-no-obsolete", "-locations", "none", *sources(), "-ts", str(TS)],
                   check=True, cwd=ROOT, capture_output=True)
    filled, missing = fill_unfinished(TS)
    subprocess.run([*tool("lrelease"), str(TS), "-qm", str(QM)], check=True, cwd=ROOT, capture_output=True)
    print(f"filled {filled} entries from the glossary; {len(missing)} still unfinished")
    for context, source in missing:
        print(f"  [{context}] {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
