"""Wizard page 1: the branch (name, code, address, hotline) and its region with districts and towns."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.rules.phones import area_code
from desktop.services.core.actor import Actor
from desktop.services.core.region import Region
from desktop.services.setup.setup_records import BranchPage
from desktop.services.setup.setup_service import SetupService
from desktop.views import phone_examples
from desktop.views.setup.region_tree import RegionTree
from desktop.views.setup.setup_page import SetupPage
from desktop.views.ui.ui_setup_branch_page import Ui_SetupBranchPage
from desktop.views.widgets.wrapped_label import keep_all_lines


class BranchSetupPage(SetupPage):
    key = "branch"

    def __init__(self, service: SetupService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(service, actor, parent)
        self.ui = Ui_SetupBranchPage()
        self.ui.setupUi(self)
        self.setObjectName("branch_page")
        self.message_label = self.ui.message_label
        # The form column can be narrow (a saved size, the longer English text): the hints keep all their lines.
        keep_all_lines(self.ui.code_hint_label, self.ui.region_hint_label, self.ui.message_label)
        self.places = RegionTree(self.ui.district_tree, self.ui.place_edit, self.ui.add_district_button,
                                 self.ui.add_town_button, self.ui.remove_place_button, self.set_message)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.code_edit.textEdited.connect(self._on_code_edit_text_edited)
        # The engineers' and users' phones on later pages are explained with the hotline's own area code.
        self.ui.hotline_edit.textChanged.connect(lambda text: phone_examples.set_area_code(area_code(text)))

    def field_widgets(self) -> dict[str, QWidget]:
        return {"name": self.ui.name_edit, "code": self.ui.code_edit, "address": self.ui.address_edit,
                "hotline": self.ui.hotline_edit, "province": self.ui.province_edit, "city": self.ui.city_edit,
                "districts": self.ui.district_tree, "towns": self.ui.district_tree}

    def _on_code_edit_text_edited(self, text: str) -> None:
        position = self.ui.code_edit.cursorPosition()
        self.ui.code_edit.setText(text.upper())
        self.ui.code_edit.setCursorPosition(position)

    def region(self) -> Region:
        return Region(self.ui.province_edit.text(), self.ui.city_edit.text(), self.places.districts())

    # ---- page ----------------------------------------------------------------------------------------------------

    def collect(self) -> BranchPage:
        return BranchPage(self.ui.name_edit.text(), self.ui.code_edit.text(), self.ui.address_edit.text(),
                          self.ui.hotline_edit.text(), self.region())

    def show_page(self, page: BranchPage) -> None:
        self.ui.name_edit.setText(page.name)
        self.ui.code_edit.setText(page.code)
        self.ui.address_edit.setText(page.address)
        self.ui.hotline_edit.setText(page.hotline)
        self.ui.province_edit.setText(page.region.province)
        self.ui.city_edit.setText(page.region.city)
        self.places.show(page.region)
