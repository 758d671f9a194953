"""Branch settings for the supervisor: the branch header of printed forms, commitments, locks, backups."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop import credentials
from desktop.errors import DomainError
from desktop.services.admin.settings_service import SettingsService
from desktop.services.core.actor import Actor
from desktop.views import file_dialogs, window_state
from desktop.views.durations import words_beside
from desktop.views.messages import error_message
from desktop.views.ui.ui_settings_dialog import Ui_SettingsDialog

# Spin boxes and the setting each one edits.
SPIN_SETTINGS = {
    "first_contact_spin": "commitment.first_contact_minutes",
    "report_back_spin": "commitment.report_back_minutes",
    "idle_lock_spin": "security.idle_lock_minutes",
    "backup_keep_spin": "backup.keep_days",
    "complaint_contact_spin": "complaint.first_contact_minutes",
    "complaint_answer_spin": "complaint.answer_hours",
    "consultation_reply_spin": "consultation.reply_minutes",
}
DURATION_UNITS = {"first_contact_spin": "minutes", "report_back_spin": "minutes", "complaint_contact_spin": "minutes",
                  "complaint_answer_spin": "hours", "consultation_reply_spin": "minutes"}


class SettingsDialog(QDialog):
    def __init__(self, settings: SettingsService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self._settings = settings
        self._actor = actor
        self._logo: bytes | None = None
        self.ui.print_language_combo.addItem(self.tr("Chinese"), "zh")
        self.ui.print_language_combo.addItem(self.tr("English"), "en")
        self._branch = settings.branch(actor)
        values = settings.all(actor)
        self.ui.name_edit.setText(self._branch.name)
        self.ui.address_edit.setText(self._branch.address)
        self.ui.hotline_edit.setText(self._branch.hotline)
        self.ui.code_edit.setText(self._branch.code)
        # Ticket numbers carry the code: once the first ticket exists it is shown, no longer edited.
        self.ui.code_edit.setReadOnly(self._branch.code_fixed)
        self.ui.code_hint_label.setText(
            self.tr("Fixed: tickets already carry this code.") if self._branch.code_fixed else
            self.tr("2 to 8 capital letters or digits; it can change until the first ticket is opened."))
        for widget_name, key in SPIN_SETTINGS.items():
            getattr(self.ui, widget_name).setValue(int(values[key]))
        # Commitments are edited in exact minutes (hours for a complaint's answer) and read beside as people say them.
        for widget_name, unit in DURATION_UNITS.items():
            words_beside(getattr(self.ui, widget_name), unit)
        self.ui.print_language_combo.setCurrentIndex(0 if values["print.language"] == "zh" else 1)
        self.ui.mask_checkbox.setChecked(bool(values["export.mask_personal_data"]))
        # A password saved here by an older version is never shown again (it moves to the keyring at the next start).
        self.ui.database_edit.setText(credentials.shown_setting(str(QSettings().value("database/url", "") or "")))
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.logo_button.clicked.connect(self._on_logo_button_clicked)
        self.ui.onsite_windows_button.clicked.connect(self._on_onsite_windows_button_clicked)
        self.ui.region_button.clicked.connect(self._on_region_button_clicked)

    def _on_region_button_clicked(self) -> None:
        from desktop.views.admin.region_dialog import RegionDialog

        RegionDialog(self._settings, self._actor, self).exec()

    def _on_logo_button_clicked(self) -> None:
        name = file_dialogs.open_file(self, self.tr("Choose the logo"), self.tr("Images (*.png)"))
        if name:
            self._logo = Path(name).read_bytes()
            self.ui.logo_button.setText(Path(name).name)

    def _on_onsite_windows_button_clicked(self) -> None:
        from desktop.views.admin.onsite_windows_dialog import OnsiteWindowsDialog

        self.windows_dialog = OnsiteWindowsDialog(self._settings, self._actor, self)
        self.windows_dialog.open()

    def save(self) -> bool:
        try:
            # Checked first: a mistyped address must not leave the branch settings half saved.
            database = credentials.save_database_setting(self.ui.database_edit.text(),
                                                         self.ui.database_password_edit.text())
            self._branch = self._settings.update_branch(
                self._actor, version=self._branch.version, name=self.ui.name_edit.text(),
                address=self.ui.address_edit.text(), hotline=self.ui.hotline_edit.text(), logo_png=self._logo,
                code=None if self._branch.code_fixed else self.ui.code_edit.text())
            for widget_name, key in SPIN_SETTINGS.items():
                self._settings.set(self._actor, key, getattr(self.ui, widget_name).value())
            self._settings.set(self._actor, "print.language", self.ui.print_language_combo.currentData())
            self._settings.set(self._actor, "export.mask_personal_data", self.ui.mask_checkbox.isChecked())
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
            return False
        # The settings file keeps the server without its password; the password is in the OS keyring.
        QSettings().setValue("database/url", database.setting)
        self.ui.database_password_edit.clear()
        if database.server and database.password_asked:
            QMessageBox.information(self, self.tr("Database password"), self.tr(
                "This PC has no credential store the program can use, so the server password is not saved: it "
                "will be asked for at each start."))
        return True

    def _on_button_box_accepted(self) -> None:
        if self.save():
            self.accept()
