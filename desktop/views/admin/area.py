"""Administration menu: users, branch settings, backups and restore, the audit-log check, signing keys."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop.views.area_context import AreaContext
from desktop.views.messages import error_message

if TYPE_CHECKING:
    from desktop.services.core.audit import ChainCheck


def install(ctx: AreaContext) -> None:
    app, window, services, runner = ctx.app, ctx.window, ctx.services, ctx.runner

    # The dialogs load when first opened.
    def users() -> None:
        from desktop.views.admin.users_dialog import UsersDialog

        UsersDialog(services.auth, window.actor, window).exec()

    def settings() -> None:
        from desktop.views.admin.settings_dialog import SettingsDialog

        SettingsDialog(services.settings, window.actor, window).exec()

    def backup() -> None:
        task = runner.run(services.maintenance.backup_now, window.actor)
        task.succeeded.connect(
            lambda path: window.statusBar().showMessage(
                app.translate("App", "Backup saved: {path}").format(path=path), 10_000))
        task.failed.connect(lambda exc: QMessageBox.warning(window, app.translate("App", "Backup"), error_message(exc)))

    def restore() -> None:
        try:
            backups = services.maintenance.backups(window.actor)
        except Exception as exc:
            QMessageBox.warning(window, app.translate("App", "Restore"), error_message(exc))
            return
        if not backups:
            QMessageBox.information(
                window, app.translate("App", "Restore"), app.translate("App", "There are no backups yet."))
            return
        names = [f"{b.taken_at:%Y-%m-%d %H:%M}  {b.path.name}" for b in backups]
        name, ok = QInputDialog.getItem(
            window, app.translate("App", "Restore a backup"), app.translate("App", "Backup to restore (newest first):"),
            names, 0, False)
        if not ok:
            return
        answer = QMessageBox.question(
            window, app.translate("App", "Restore"),
            app.translate("App", "Replace the current database with this backup? The current file is kept beside "
                                 "it. The application closes afterwards."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        runner.wait_for_done(30_000)
        window.change_watcher.stop()
        try:
            services.maintenance.restore(window.actor, backups[names.index(name)].path)
        except Exception as exc:
            QMessageBox.warning(window, app.translate("App", "Restore"), error_message(exc))
            return
        QMessageBox.information(
            window, app.translate("App", "Restore"),
            app.translate("App", "The backup was restored. Please start the application again."))
        app.quit()

    def audit_check() -> None:
        task = runner.run(services.maintenance.check_audit_chain, window.actor)

        def show(result: ChainCheck) -> None:
            if result.ok:
                QMessageBox.information(
                    window, app.translate("App", "Audit log"),
                    app.translate("App", "The audit log is intact ({count} records).").format(count=result.records))
            else:
                problems = {
                    "broken_link": app.translate("App", "a record was removed or put in between"),
                    "malformed": app.translate("App", "a record cannot be read"),
                    "altered": app.translate("App", "a record was changed"),
                    "truncated": app.translate("App", "the latest records are missing"),
                    "deleted": app.translate("App", "the log was emptied"),
                }
                QMessageBox.critical(
                    window, app.translate("App", "Audit log"),
                    app.translate("App", "The audit log has been tampered with at record {id} ({problem}).").format(
                        id=result.first_bad_id or "—",
                        problem=problems.get(result.problem or "", app.translate("App", "it does not add up"))))

        task.succeeded.connect(show)
        task.failed.connect(
            lambda exc: QMessageBox.warning(window, app.translate("App", "Audit log"), error_message(exc)))

    def verify() -> None:
        from desktop.views.printing.verify_dialog import VerifyDialog

        VerifyDialog(services.signing.trusted(), window).exec()

    window.users_requested.connect(users)
    window.settings_requested.connect(settings)
    window.backup_requested.connect(backup)
    window.restore_requested.connect(restore)
    window.audit_check_requested.connect(audit_check)
    window.verify_requested.connect(verify)
    window.signing_key_requested.connect(ctx.open_signing_key)
