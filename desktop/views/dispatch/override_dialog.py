"""OverrideDialog: lists the dispatch warnings and asks for the reason the dispatcher goes ahead anyway."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop.views import window_state
from desktop.views.dispatch.dispatch_messages import warning_text
from desktop.views.ui.ui_override_dialog import Ui_OverrideDialog


class OverrideDialog(QDialog):
    def __init__(self, warnings: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OverrideDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self.setObjectName("override_dialog")
        for code in warnings:
            self.ui.warnings_list.addItem(warning_text(code))
        self._connect_signals()
        self._on_reason_changed()

    def _connect_signals(self) -> None:
        self.ui.reason_edit.textChanged.connect(self._on_reason_changed)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    def _on_reason_changed(self) -> None:
        # A blank reason would be refused by the service anyway; the button says so earlier.
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason()))

    def reason(self) -> str:
        return self.ui.reason_edit.toPlainText().strip()
