"""Branch settings → Districts and towns: the list intake, the board's filter and the engineers' areas use."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from desktop.errors import DomainError
from desktop.services.admin.settings_service import SettingsService
from desktop.services.core.actor import Actor
from desktop.services.core.region import Region
from desktop.views import window_state
from desktop.views.setup import setup_messages
from desktop.views.setup.region_tree import RegionTree
from desktop.views.ui.ui_region_dialog import Ui_RegionDialog


class RegionDialog(QDialog):
    def __init__(self, settings: SettingsService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        setup_messages.register()
        self.ui = Ui_RegionDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self.setObjectName("region_dialog")
        self._settings, self._actor = settings, actor
        self.places = RegionTree(self.ui.district_tree, self.ui.place_edit, self.ui.add_district_button,
                                 self.ui.add_town_button, self.ui.remove_place_button, self.ui.message_label.setText)
        region = settings.region(actor)
        self.ui.province_edit.setText(region.province)
        self.ui.city_edit.setText(region.city)
        self.places.show(region)
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)

    def save(self) -> bool:
        region = Region(self.ui.province_edit.text(), self.ui.city_edit.text(), self.places.districts())
        try:
            self._settings.set_region(self._actor, region)
        except DomainError as exc:
            # What was typed stays; only the message changes.
            self.ui.message_label.setText(setup_messages.describe(exc))
            return False
        return True

    def _on_button_box_accepted(self) -> None:
        if self.save():
            self.accept()
