"""Third-party licence notices: the committed texts in resources/licenses/ (Qt/PySide6 LGPL, the WenQuanYi font)
and one generated file for every other package the program runs on, from the installed packages' own metadata.

The frozen build writes THIRD-PARTY-NOTICES.txt at build time (build.spec), because a PyInstaller bundle carries no
package metadata; a source or wheel install builds the same text at run time, so Help → About shows the notices of
exactly the versions in use."""

from __future__ import annotations

import importlib.metadata as metadata
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop import paths

DISTRIBUTION = "branch-service-desk"
THIRD_PARTY_FILE = "THIRD-PARTY-NOTICES.txt"
_LICENCE_NAME = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|COPYRIGHT)", re.IGNORECASE)
_RULE = "=" * 100


@dataclass(frozen=True)
class Notice:
    title: str  # the first line of the file (the views translate the third-party list's own title)
    text: str
    third_party_list: bool = False


@dataclass(frozen=True)
class Package:
    name: str
    version: str
    licence: str
    texts: tuple[tuple[str, str], ...]  # (file name, text)


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement(spec: str) -> tuple[str, set[str], str]:
    """`name[extra,...] (>=1); marker` -> (name, extras, marker)."""
    requirement, _, marker = spec.partition(";")
    match = re.match(r"\s*([A-Za-z0-9._-]+)\s*(?:\[([^\]]*)\])?", requirement)
    assert match is not None, spec
    extras = {e.strip() for e in (match.group(2) or "").split(",") if e.strip()}
    return match.group(1), extras, marker


def _marker_extras(marker: str) -> set[str]:
    return set(re.findall(r"extra\s*==\s*['\"]([^'\"]+)['\"]", marker))


def runtime_distributions(root: str = DISTRIBUTION) -> list[metadata.Distribution]:
    """The installed packages `root` needs to run (its dependencies, theirs, ...), without test or build extras.
    A requirement whose marker does not hold here is simply not installed, so it is skipped."""
    found: dict[str, metadata.Distribution] = {}
    wanted_extras: dict[str, set[str]] = {}

    def walk(name: str, extras: set[str]) -> None:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            return
        key = _key(dist.metadata["Name"])
        known = wanted_extras.setdefault(key, set())
        if key in found and extras <= known:
            return
        known |= extras
        found[key] = dist
        for spec in dist.requires or []:
            dep, dep_extras, marker = _requirement(spec)
            needs = _marker_extras(marker)
            if needs and not needs & known:
                continue  # an optional extra nobody asked for (tests, docs, ...)
            walk(dep, dep_extras)

    walk(root, set())
    found.pop(_key(root), None)
    return sorted(found.values(), key=lambda d: _key(d.metadata["Name"]))


def _licence_summary(dist: metadata.Distribution) -> str:
    meta: Any = dist.metadata  # an email.message.Message: the PackageMetadata protocol does not declare get()
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    licence = (meta.get("License") or "").strip()
    if licence and "\n" not in licence and len(licence) <= 80:
        return licence
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return ", ".join(classifiers) or "see the licence text below"


def _licence_files(dist: metadata.Distribution) -> Iterator[tuple[str, str]]:
    """The licence files the package ships in its metadata folder (PEP 639 `licenses/` or the folder itself)."""
    seen: set[str] = set()
    for file in dist.files or []:
        parts = file.parts
        in_metadata = bool(parts) and parts[0].endswith((".dist-info", ".egg-info"))
        if not in_metadata or not _LICENCE_NAME.match(file.name):
            continue
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if text.strip() and text not in seen:
            seen.add(text)
            yield "/".join(parts[1:]), text


def packages(root: str = DISTRIBUTION) -> list[Package]:
    return [Package(d.metadata["Name"], d.version, _licence_summary(d), tuple(_licence_files(d)))
            for d in runtime_distributions(root)]


def _python_licence() -> str | None:
    version = f"python{sys.version_info[0]}.{sys.version_info[1]}"
    for candidate in (Path(sys.base_prefix) / "LICENSE.txt", Path(sys.base_prefix) / "lib" / version / "LICENSE.txt"):
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8", errors="replace")
    return None


def third_party_text(root: str = DISTRIBUTION, *, with_python: bool = True) -> str:
    """THIRD-PARTY-NOTICES.txt: a list of every package with its version and licence, then each licence text."""
    found = packages(root)
    lines = ["Branch Service Desk: third-party software", "",
             "This program includes the following packages. Qt/PySide6 (LGPL-3.0), the",
             "WenQuanYi Micro Hei font (Apache-2.0) and the Tabler icons (MIT) have notices of their own.", ""]
    if with_python:
        lines.append(f"  Python {sys.version.split()[0]} — PSF-2.0 (the interpreter, in the Windows build)")
    lines += [f"  {p.name} {p.version} — {p.licence}" for p in found]
    python = _python_licence() if with_python else None
    if python:
        lines += ["", _RULE, f"Python {sys.version.split()[0]}", _RULE, "", python.rstrip()]
    for package in found:
        lines += ["", _RULE, f"{package.name} {package.version} — {package.licence}", _RULE]
        if not package.texts:
            lines += ["", f"(The package ships no licence file; its licence is {package.licence}.)"]
        for name, text in package.texts:
            lines += ["", f"--- {name} ---", "", text.rstrip()]
    return "\n".join(lines) + "\n"


def write_third_party(folder: Path) -> Path:
    """Used by the build: refuses to write an empty list when the project itself is not installed."""
    if not packages():
        raise RuntimeError(f"{DISTRIBUTION} is not installed here (pip install -e .): no third-party list to write")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / THIRD_PARTY_FILE
    target.write_text(third_party_text(), encoding="utf-8")
    return target


def _title(path: Path) -> str:
    first = path.read_text(encoding="utf-8").splitlines()[0].strip()
    return first or path.stem


def notices() -> list[Notice]:
    """What Help → About shows: the committed notices, then the third-party list (written by the build, or made
    now from the installed packages)."""
    folder = paths.licenses_dir()
    result = [Notice(_title(p), p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))
              if p.name != THIRD_PARTY_FILE]
    generated = folder / THIRD_PARTY_FILE
    text = generated.read_text(encoding="utf-8") if generated.is_file() else third_party_text()
    result.append(Notice("Third-party packages", text, third_party_list=True))
    return result
