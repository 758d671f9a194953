"""The project's own documents stand alone and say what the code does.

Links: every Markdown link and every repository path written in README.md, CONTRIBUTING.md and docs/ must stay
inside the repository and point at something that exists (a heading, for a link with #anchor). Facts: the tables
that restate the code (permissions, cross-area imports, rule ids, workbook sheets and versions) must match it."""

from __future__ import annotations

import glob
import re
from pathlib import Path

import pytest

from desktop.exports.columns import DATA_SHEETS, SCHEMA_VERSION
from desktop.rules.adjudication import RULE_IDS
from desktop.services.core.permissions import CLERK, DISPATCHER, ENGINEER, PERMISSIONS, SUPERVISOR
from tests.test_architecture import ALLOWED_CROSS_AREA

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = sorted([ROOT / "README.md", ROOT / "CONTRIBUTING.md", *(ROOT / "docs").glob("*.md")])
# Top-level entries of the repository a bare path in the text may start with.
REPO_TOP = ("desktop/", "tests/", "docs/", "forms/", "resources/", "scripts/", "benchmarks/", "installer/", ".ci/",
            ".github/")
ROOT_FILES = ("README.md", "CONTRIBUTING.md", "pyproject.toml", "setup.py", "build.spec")

_LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_FENCE = re.compile(r"^(```|~~~).*?^\1", re.S | re.M)
_CODE = re.compile(r"`([^`\n]+)`")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens."""
    text = heading.strip().lower().replace("`", "")
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def anchors(path: Path) -> set[str]:
    found: set[str] = set()
    text = _FENCE.sub("", path.read_text(encoding="utf-8"))
    for heading in re.findall(r"^#{1,6}\s+(.+?)\s*#*\s*$", text, re.M):
        base = slug(heading)
        name, n = base, 0
        while name in found:
            n += 1
            name = f"{base}-{n}"
        found.add(name)
    return found


def _exists_in_repo(target: str) -> bool:
    """A path as written: placeholders (<area>) and globs (*_factories.py) match what they stand for; a module path
    with an attribute (core/numbering.next_number) names its .py file."""
    target = re.sub(r"<[^>]*>", "*", target)
    if any(c in target for c in "*?["):
        return bool(glob.glob(str(ROOT / target)))
    if (ROOT / target).exists():
        return True
    module = re.match(r"^([\w/-]+)\.[A-Za-z_]", target)
    return bool(module and (ROOT / f"{module.group(1)}.py").exists())


def link_problems(document: Path, text: str | None = None) -> list[str]:
    """What is wrong with the links and paths of `document` (or of `text`, read as if it were that document)."""
    text = document.read_text(encoding="utf-8") if text is None else text
    problems = []
    for target in _LINK.findall(text):
        if _SCHEME.match(target):
            problems.append(f"{target}: leaves the repository")
            continue
        path_part, _, anchor = target.partition("#")
        resolved = (document.parent / path_part).resolve() if path_part else document
        try:
            resolved.relative_to(ROOT)
        except ValueError:
            problems.append(f"{target}: leaves the repository")
            continue
        if not resolved.exists():
            problems.append(f"{target}: no such file")
        elif anchor and resolved.suffix == ".md" and anchor not in anchors(resolved):
            problems.append(f"{target}: no heading #{anchor} in {resolved.name}")
    for match in re.finditer(r"(?<![\w(/.])\.\./[\w./-]+", text):
        problems.append(f"{match.group(0)}: leaves the repository")
    prose = _FENCE.sub("", text)
    for code in _CODE.findall(prose):
        for token in re.findall(r"[\w.<>*?/-]+", code):
            token = token.rstrip(".,;:")
            is_repo_path = token.startswith(REPO_TOP) or token in ROOT_FILES
            if is_repo_path and not _exists_in_repo(token):
                problems.append(f"{token}: no such file or folder in the repository")
    return problems


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_links_stay_in_the_repository_and_resolve(document: Path) -> None:
    assert link_problems(document) == []


def test_the_checker_finds_what_a_clone_lacks() -> None:
    probe = ("# Probe\nSee ../shared/DESIGN.md, [rules](../../shared/DOMAIN_RULES.md), [web](https://example.com),\n"
             "[gone](architecture.md#no-such-heading), [missing](nowhere.md), `desktop/no_such_module.py` and\n"
             "`desktop/services/core/numbering.next_number`.\n")
    joined = "\n".join(link_problems(ROOT / "docs" / "probe.md", probe))
    for expected in ("../shared/DESIGN.md: leaves", "../../shared/DOMAIN_RULES.md: leaves",
                     "https://example.com: leaves", "#no-such-heading", "nowhere.md: no such file",
                     "desktop/no_such_module.py: no such file"):
        assert expected in joined
    assert "numbering" not in joined  # a module path with an attribute names an existing file


def test_every_document_is_reachable_from_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for document in (ROOT / "docs").glob("*.md"):
        assert f"(docs/{document.name})" in readme, f"README does not link to docs/{document.name}"
    assert "(CONTRIBUTING.md)" in readme


def test_the_slug_matches_githubs() -> None:
    assert slug("The audit log's anchors") == "the-audit-logs-anchors"
    assert slug("三包: return and exchange decisions") == "三包-return-and-exchange-decisions"
    assert slug("Signing keys: create, import, trust, rotate") == "signing-keys-create-import-trust-rotate"
    assert slug("Adding an area, step by step") == "adding-an-area-step-by-step"


# ---- the tables that restate the code -----------------------------------------------------------------------------

def _doc(name: str) -> str:
    return (ROOT / "docs" / name).read_text(encoding="utf-8")


def test_the_permission_table_is_the_code() -> None:
    rows = {}
    for line in _doc("architecture.md").splitlines():
        m = re.match(r"^\| `([a-z_]+\.[a-z_]+)` \|(.*)\|\s*$", line)
        cells = [c.strip() for c in m.group(2).split("|")] if m else []
        if m and len(cells) == 4 and set(cells) <= {"", "✓"}:
            rows[m.group(1)] = {role for role, cell in zip((CLERK, DISPATCHER, SUPERVISOR, ENGINEER), cells,
                                                          strict=True) if cell}
    assert rows == {name: set(roles) for name, roles in PERMISSIONS.items()}


def test_the_cross_area_list_is_the_code() -> None:
    text = _doc("architecture.md")
    listed = set(re.findall(r"^\| `([a-z_]+\.[a-z_]+)` \| `([a-z_]+\.[a-z_]+)` \|", text, re.M))
    assert listed == set(ALLOWED_CROSS_AREA)


def test_every_rule_id_of_the_engine_is_in_the_decision_table() -> None:
    text = _doc("domain.md")
    table = set(re.findall(r"^\| \d+ \| \*\*([A-Z0-9-]+)\*\*", text, re.M))
    assert table == {r for r in RULE_IDS if not r.startswith("S-")}
    for rule in ("S-0", "S-1", "S-2", "S-3"):
        assert rule in text


def test_every_workbook_sheet_and_version_is_described() -> None:
    text = _doc("domain.md")
    sheets = {s.key: s.since for s in DATA_SHEETS}
    described = {key: int(since) for key, since in re.findall(r"^\| `([a-z_]+)` [^|]*\| [^|]* \| (\d+) \|", text,
                                                               re.M)}
    assert described == sheets
    versions = {int(v) for v in re.findall(r"^\| (\d+) \| ", text[text.index("**Versions.**"):], re.M)}
    assert versions == set(range(1, SCHEMA_VERSION + 1))
