"""What a start imports (issue 18): the sign-in dialog is painted before the database stack loads, and neither the
sign-in nor the main window with every area's builder pulls in a heavy stack (workbooks, PDFs, signing, migrations,
HQ). Each is imported where it is first used. Measured in a fresh interpreter, as a start would be."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Imported when first used, never at start: the workbook stack, the PDF stack, PDF signing and the key's
# cryptography, the migration stack, image and QR libraries, the OS keyring, the PostgreSQL driver (on SQLite), the
# HQ side, and the app's own workbook, PDF and demo-history modules.
HEAVY = ("openpyxl", "xlsxwriter", "reportlab", "pyhanko", "pyhanko_certvalidator", "cryptography", "alembic", "mako",
         "PIL", "qrcode", "keyring", "psycopg", "desktop.hq", "desktop.views.hq", "desktop.exports.workbook_writer",
         "desktop.exports.workbook_reader", "desktop.exports.hq_merge", "desktop.printing.layout",
         "desktop.printing.signing", "desktop.imports.record_workbook", "desktop.demo.history", "desktop.demo.seed")
# Before the sign-in dialog is painted: not even the database layer.
DATABASE = ("sqlalchemy", "desktop.models", "desktop.database", "desktop.composition", "argon2")

SIGN_IN = """
import json, sys
import desktop.app, desktop.cli, desktop.i18n, desktop.logging_setup, desktop.demo.accounts
import desktop.views.login_dialog, desktop.views.sign_in_session, desktop.views.single_instance
print(json.dumps(sorted(sys.modules)))
"""

MAIN_WINDOW = """
import json, sys, tempfile, importlib
from pathlib import Path
import desktop.app
from desktop.composition import build_services
from desktop.database import current_revision, head_revision, open_database, sqlite_url
database = open_database(sqlite_url(Path(tempfile.mkdtemp()) / "start.sqlite3"))
services = build_services(database)
for name in services.names():
    getattr(services, name)
current_revision(database), head_revision(database)
import desktop.views.main_window, desktop.views.area_context, desktop.views.change_watcher, desktop.views.background
for area in sys.argv[1:]:
    importlib.import_module(f"desktop.views.{area}.area")
database.dispose()
print(json.dumps(sorted(sys.modules)))
"""


COMPOSED = """
import json, sys, tempfile
from pathlib import Path
from desktop.composition import build_services
from desktop.database import open_database, sqlite_url
services = build_services(open_database(sqlite_url(Path(tempfile.mkdtemp()) / "start.sqlite3")))
before = sorted(sys.modules)
services.tickets.open_ticket  # one area's service, built on first use
print(json.dumps([before, sorted(sys.modules)]))
"""


def _modules(script: str, *args: str) -> set[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120, check=True)
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def _offenders(modules: set[str], stacks: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == s or m.startswith(s + ".") for s in stacks))


def test_the_sign_in_dialog_needs_neither_the_database_nor_a_heavy_stack() -> None:
    modules = _modules(SIGN_IN)
    assert "desktop.views.login_dialog" in modules and "PySide6.QtWidgets" in modules
    assert _offenders(modules, DATABASE + HEAVY) == []


def test_the_main_window_and_every_area_builder_load_no_heavy_stack() -> None:
    areas = sorted(p.parent.name for p in (ROOT / "desktop" / "views").glob("*/area.py"))
    assert {"intake", "tickets", "exports", "stock"} <= set(areas)
    modules = _modules(MAIN_WINDOW, *areas)
    assert "sqlalchemy" in modules and "desktop.services.exports.export_service" in modules
    assert all(f"desktop.views.{area}.area" in modules for area in areas)
    assert _offenders(modules, HEAVY) == []


def test_the_schema_head_is_read_from_the_migration_files_as_alembic_reads_it() -> None:
    from alembic.script import ScriptDirectory

    from desktop.database import alembic_config, head_revision, migration_heads

    alembic_head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert migration_heads() == {alembic_head}
    assert head_revision() == alembic_head


def test_two_heads_in_the_files_are_left_to_alembic(tmp_path: Path) -> None:
    from desktop.database import migration_heads

    (tmp_path / "a.py").write_text('revision = "a"\ndown_revision = None\n', encoding="utf-8")
    (tmp_path / "b.py").write_text('revision: str = "b"\ndown_revision: str | None = "a"\n', encoding="utf-8")
    (tmp_path / "c.py").write_text("revision = 'c'\ndown_revision = 'a'\n", encoding="utf-8")
    assert migration_heads(tmp_path) == {"b", "c"}
    (tmp_path / "d.py").write_text('revision = "d"\ndown_revision = ("b", "c")\n', encoding="utf-8")
    assert migration_heads(tmp_path) == {"d"}


def test_services_are_built_when_first_used() -> None:
    """A start signs in and paints its home area without loading the other areas' services (or their stacks)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", COMPOSED], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120, check=True)
    composed, after_tickets = (set(m) for m in json.loads(done.stdout.strip().splitlines()[-1]))
    assert not {m for m in composed if m.startswith("desktop.services.") and m.endswith("_service")}
    assert "desktop.services.tickets.ticket_service" in after_tickets
    assert "desktop.services.exports.export_service" not in after_tickets
