"""Import rules: views never touch SQLAlchemy; the core never imports Qt; layers only look downwards."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "desktop"
QT_FREE = ["models", "rules", "services", "printing", "exports", "imports", "demo", "hq"]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def files_under(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("package", QT_FREE)
def test_core_packages_never_import_qt(package: str) -> None:
    offenders = {
        str(p.relative_to(ROOT)): sorted(m for m in imported_modules(p) if m.split(".")[0] in ("PySide6", "shiboken6"))
        for p in files_under(package)
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_views_never_import_sqlalchemy_or_models() -> None:
    offenders = {}
    for path in files_under("views"):
        bad = sorted(m for m in imported_modules(path)
                     if m.split(".")[0] == "sqlalchemy" or m.startswith(("desktop.models", "desktop.database")))
        if bad:
            offenders[str(path.relative_to(ROOT))] = bad
    assert offenders == {}


def test_rules_are_pure() -> None:
    """Rules hold policy only: no database, no files, no services."""
    offenders = {}
    for path in files_under("rules"):
        bad = sorted(m for m in imported_modules(path)
                     if m.split(".")[0] in ("sqlalchemy", "openpyxl", "reportlab")
                     or m.startswith(("desktop.models", "desktop.database", "desktop.views")))
        if bad:
            offenders[str(path.relative_to(ROOT))] = bad
    assert offenders == {}


@pytest.mark.parametrize("package", ["printing", "exports", "imports"])
def test_printing_and_exports_do_not_reach_into_the_database(package: str) -> None:
    offenders = {}
    for path in files_under(package):
        bad = sorted(m for m in imported_modules(path)
                     if m.split(".")[0] == "sqlalchemy" or m.startswith(("desktop.models", "desktop.database")))
        if bad:
            offenders[str(path.relative_to(ROOT))] = bad
    assert offenders == {}


def test_the_checker_sees_imports() -> None:
    """Guard against a checker that finds nothing: this file itself imports pytest and ast."""
    assert {"pytest", "ast"} <= imported_modules(Path(__file__))


# ---------------------------------------------------------------------------------------------------------------
# Services are grouped by area (desktop/services/<area>/), mirroring desktop/views/<area>/. An area imports core
# and itself; any other arrow between areas must be listed here with its reason, so a new one is a decision.

SERVICE_AREAS = ("core", "tickets", "dispatch", "claims", "callbacks", "exports", "dashboard", "printing", "admin",
                 "contacts", "customers", "installations", "setup", "stock", "charges")
ALLOWED_CROSS_AREA = {
    ("tickets.ticket_service", "callbacks.callback_hooks"):
        "a ticket resolved by phone gets its same-day callback in the same transaction",
    ("dispatch.visit_service", "callbacks.callback_hooks"):
        "a completed visit gets its same-day callback in the same transaction",
    ("claims.claim_service", "callbacks.callback_hooks"):
        "an executed return decision schedules the after-return callback",
    ("claims.claim_service", "tickets.ticket_service"):
        "a refused claim opens a charged-repair ticket through the ticket service",
    ("dashboard.dashboard_service", "callbacks.followup_indicators"): "the dashboard shows the callback indicators",
    ("dashboard.dashboard_service", "contacts.contact_indicators"):
        "the dashboard counts consultations, complaint call-backs and quality feedback",
    ("contacts.consultation_service", "tickets.ticket_service"):
        "a consultation that turns out to be a fault opens its ticket through the ticket service",
    ("dashboard.dashboard_service", "dispatch.field_indicators"): "the dashboard shows the first-visit fix rate",
    ("dashboard.dashboard_service", "exports.export_period"): "the dashboard and the HQ export count one period alike",
    ("printing.report_print_data", "callbacks.callback_outcomes"): "the callback record prints the engineer's name",
    ("printing.report_print_data", "dispatch.dispatch_records"): "the printed report reads the visit result",
    ("printing.report_print_data", "dispatch.dispatch_service"): "forms load the ticket and visit as dispatch does",
    ("printing.report_print_data", "dispatch.visit_service"):
        "the printed report carries the same content digest that the signature binds",
    ("printing.report_print_service", "dispatch.dispatch_service"): "printing loads the ticket as dispatch does",
    ("printing.report_print_service", "admin.signing_service"): "printed forms are signed with the branch key",
    ("customers.customer_file_service", "callbacks.callback_hooks"):
        "marking a key account schedules its weekly and monthly callbacks in the same transaction",
    ("customers.customer_file_service", "tickets.customer_service"):
        "the customer file corrects a unit with the same checks intake registers it with",
    ("installations.installation_service", "callbacks.callback_hooks"):
        "a completed installation schedules the after-installation callback in the same transaction",
    ("installations.installation_service", "dispatch.dispatch_service"):
        "the installation visit is loaded as dispatch loads every visit",
    ("installations.installation_print_service", "admin.signing_service"):
        "the installation acceptance form is signed with the branch key like the other forms",
    ("setup.setup_service", "admin.password_policy"):
        "the accounts the setup wizard creates follow the same password rules as every other account",
    ("dispatch.visit_service", "stock.stock_moves"):
        "the parts written on a returned sheet leave the engineer's van stock in the same transaction",
    ("dispatch.visit_service", "charges.payment_taking"):
        "money the engineer collected on site is saved with the returned sheet, in the same transaction",
    ("dispatch.visit_service", "charges.charge_basis"):
        "the sheet's charges are checked against the fee schedule and the warranty status when it is recorded",
    ("charges.payment_service", "admin.signing_service"): "the receipt is signed with the branch key",
}


def service_imports() -> set[tuple[str, str]]:
    """(importing area.module, imported area.module) for every import between service modules."""
    found: set[tuple[str, str]] = set()
    for path in files_under("services"):
        if path.parent.name == "services":
            continue
        here = f"{path.parent.name}.{path.stem}"
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("desktop.services"):
                parts = node.module.split(".")
                targets = [f"{parts[2]}.{a.name}" for a in node.names] if len(parts) == 3 else [
                    f"{parts[2]}.{parts[3]}"]
                found.update((here, t) for t in targets)
    return found


def test_services_are_grouped_by_area() -> None:
    folders = {p.name for p in (ROOT / "services").iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert folders == set(SERVICE_AREAS)
    loose = [p.name for p in (ROOT / "services").glob("*.py") if p.name != "__init__.py"]
    assert loose == []


def test_an_area_imports_only_core_its_own_area_and_the_listed_calls() -> None:
    imports = service_imports()
    assert imports, "the checker found no imports at all"
    unlisted = sorted((a, b) for a, b in imports
                      if a.split(".")[0] != b.split(".")[0] and b.split(".")[0] != "core"
                      and (a, b) not in ALLOWED_CROSS_AREA)
    assert unlisted == [], "new cross-area import: remove it or list it with its reason in ALLOWED_CROSS_AREA"
    core_up = sorted((a, b) for a, b in imports if a.startswith("core.") and not b.startswith("core."))
    assert core_up == [], "core is below every area"
    stale = sorted(set(ALLOWED_CROSS_AREA) - imports)
    assert stale == [], "listed cross-area calls that no longer exist: drop them from the list"


# Below every layer: shared vocabulary (errors, clock), storage plumbing, and the packages services build on.
BELOW_SERVICES = ["models", "rules", "printing", "exports", "imports", "errors.py", "clock.py", "paths.py",
                  "database.py", "sqlite_backup.py", "audit_anchors.py"]


@pytest.mark.parametrize("place", BELOW_SERVICES)
def test_lower_layers_never_import_services_or_views(place: str) -> None:
    paths = [ROOT / place] if place.endswith(".py") else files_under(place)
    offenders = {str(p.relative_to(ROOT)): sorted(m for m in imported_modules(p)
                                                  if m.startswith(("desktop.services", "desktop.views")))
                 for p in paths}
    assert {k: v for k, v in offenders.items() if v} == {}
