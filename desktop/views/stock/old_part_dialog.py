"""OldPartDialog: the engineer hands in the old part of a free warranty replacement; the clerk writes its tag."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop.errors import DomainError
from desktop.services.core.actor import Actor
from desktop.services.stock.stock_records import OldPartDue
from desktop.views import window_state
from desktop.views.messages import error_message
from desktop.views.stock import stock_messages  # noqa: F401  (registers the error texts)
from desktop.views.stock.stock_texts import part_name
from desktop.views.ui.ui_old_part_dialog import Ui_OldPartDialog

if TYPE_CHECKING:
    from desktop.services.stock.return_service import ReturnService


class OldPartDialog(QDialog):
    handed_in = Signal(object)  # ShelfPart

    def __init__(self, service: ReturnService, actor: Actor, due: OldPartDue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OldPartDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self.setObjectName("old_part_dialog")
        self._service, self._actor, self._due = service, actor, due
        self.ui.part_label.setText(self.tr("{part} ×{quantity} from ticket {ticket}, fitted by {engineer}. Tie the tag "
                                           "to the old part and type its number.").format(
            part=part_name(due.part_code, due.part_name_zh, due.part_name_en), quantity=due.quantity,
            ticket=due.ticket_number, engineer=due.engineer_name))
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)

    def _on_button_box_accepted(self) -> None:
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(False)
        try:
            shelf = self._service.return_old_part(self._actor, self._due.part_usage_id, self.ui.tag_edit.text(),
                                                  note=self.ui.note_edit.text())
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
            save.setEnabled(True)
            return
        self.handed_in.emit(shelf)
        self.accept()
