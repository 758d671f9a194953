"""Render the main window (and optionally one area) to a PNG, for looking at the UI as a user would.

Usage: xvfb-run -a python scripts/screenshot.py OUT.png [AREA_KEY] [--lang en]"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    area = argv[1] if len(argv) > 1 and not argv[1].startswith("--") else None
    language = "en" if "--lang" in argv and argv[argv.index("--lang") + 1] == "en" else "zh_CN"
    from PySide6.QtWidgets import QApplication

    from desktop.app import build_main_window, build_services, prepare_database
    from desktop.database import sqlite_url
    from desktop.i18n import install_cjk_font, install_translators
    from desktop.services.admin.auth_service import AuthService

    app = QApplication([sys.argv[0]])
    install_cjk_font()
    install_translators(app, language)
    # A fresh folder each time: a deleted database whose backups exist is refused (data safety), not recreated.
    db_path = Path(tempfile.mkdtemp(prefix="service-desk-screenshot-")) / "service-desk.sqlite3"
    database = prepare_database(sqlite_url(db_path), demo=True)
    actor = AuthService(database).login("admin", "demo1234")
    window, runner = build_main_window(app, build_services(database), actor, language, database.url)
    window.resize(1366, 800)
    window.show()
    if area:
        window.show_area(area)
    for _ in range(30):
        app.processEvents()
        runner.wait_for_done(200)
    app.processEvents()
    window.grab().save(str(out))
    print(f"saved {out}; areas: {window.area_keys()}")
    runner.wait_for_done(5000)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
