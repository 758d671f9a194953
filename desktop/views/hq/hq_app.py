"""`service-desk --hq --database postgresql+psycopg://user@server/hq`: the HQ window over the HQ database.

HQ people sign in to PostgreSQL (their role's grants are their permissions): a password the URL does not carry
is asked for here, or taken from PGPASSWORD / ~/.pgpass as libpq does. The database is upgraded to the HQ
schema's head on start, as the branch window upgrades its own."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

from desktop import __version__, paths
from desktop.errors import DomainError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from desktop.hq.hq_connection import HqConnection

log = logging.getLogger(__name__)


def _connect(app: QApplication, url: str) -> HqConnection | None:
    """Open the HQ database, asking for the password as long as the server refuses the sign-in."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

    from desktop.hq.hq_connection import connect_hq, needs_password
    from desktop.views.messages import error_message

    password: str | None = None
    while True:
        try:
            return connect_hq(url, password)
        except DomainError as exc:
            log.error("cannot open the HQ database: %s", exc)
            if needs_password(exc):
                text, ok = QInputDialog.getText(
                    None, app.translate("HqApp", "HQ database"),
                    app.translate("HqApp", "Password for the HQ database:"), QLineEdit.EchoMode.Password)
                if ok:
                    password = text
                    continue
                return None
            if exc.code == "hq_database_newer":
                # Nothing to retry: only installing the newer version helps.
                QMessageBox.critical(None, app.translate("HqApp", "HQ database"), error_message(exc))
                return None
            box = QMessageBox(QMessageBox.Icon.Critical, app.translate("HqApp", "HQ database"), error_message(exc))
            retry = box.addButton(app.translate("HqApp", "Retry"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(app.translate("HqApp", "Quit"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not retry:
                return None


def run_hq(args: argparse.Namespace, log_file: Path) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.i18n import install_cjk_font, install_translators
    from desktop.views.background import BackgroundRunner
    from desktop.views.hq import hq_messages
    from desktop.views.hq.hq_window import HqWindow
    from desktop.views.look import apply_look

    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setOrganizationName("BranchServiceDesk")
    app.setApplicationName("BranchServiceDesk")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "app.png")))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    language = args.lang or str(QSettings().value("ui/language", "zh_CN"))
    install_cjk_font()
    install_translators(app, language)
    apply_look(app)
    hq_messages.install()
    url = args.database or str(QSettings().value("hq/database_url", "") or "")
    if not url:
        QMessageBox.critical(None, app.translate("HqApp", "HQ database"), app.translate(
            "HqApp", "The HQ mode needs the HQ database, for example:\n"
                     "service-desk --hq --database postgresql+psycopg://analyst@hq-server/hq"))
        return 2
    connection = _connect(app, url)
    if connection is None:
        return 2
    from desktop.hq.hq_connection import url_to_remember

    QSettings().setValue("hq/database_url", url_to_remember(url))
    runner = BackgroundRunner(app)
    window = HqWindow(connection, runner, language)
    window.show()
    window.start()
    code = app.exec()
    runner.wait_for_done(30_000)
    connection.dispose()
    log.info("HQ window closed (log: %s)", log_file)
    return code
