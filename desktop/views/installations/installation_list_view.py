"""InstallationListView (安装单): the branch's installation orders, a new order from a sale, the acceptance typed
in from the returned form, and the acceptance form printed and signed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

from desktop.errors import DomainError
from desktop.services.core.actor import Actor
from desktop.services.core.permissions import allowed
from desktop.services.core.region import EMPTY_REGION, Region
from desktop.services.installations.installation_records import AcceptanceRow, InstallationRow, OpenedInstallation
from desktop.views import shortcuts
from desktop.views.installations import installation_text  # noqa: F401  (registers the error sentences)
from desktop.views.installations.acceptance_printer import AcceptancePrinter
from desktop.views.installations.installation_result_dialog import InstallationResultDialog
from desktop.views.installations.installation_table_model import InstallationTableModel
from desktop.views.installations.new_installation_dialog import NewInstallationDialog
from desktop.views.messages import error_message
from desktop.views.ui.ui_installation_list_view import Ui_InstallationListView
from desktop.views.widgets.empty_state import show_when_empty
from desktop.views.widgets.table_columns import fit_columns

if TYPE_CHECKING:
    from desktop.services.installations.installation_print_service import InstallationPrintService
    from desktop.services.installations.installation_service import InstallationService
    from desktop.services.tickets.customer_service import CustomerService
    from desktop.views.background import BackgroundRunner

SEARCH_DELAY_MS = 300


class InstallationListView(QWidget):
    ticket_requested = Signal(int)
    installation_changed = Signal(int)

    def __init__(self, installations: InstallationService, customers: CustomerService,
                 printing: InstallationPrintService, runner: BackgroundRunner, actor: Actor,
                 parent: QWidget | None = None, open_signing_key: Callable[[], None] | None = None,
                 region: Region = EMPTY_REGION) -> None:
        super().__init__(parent)
        self._region = region
        self.ui = Ui_InstallationListView()
        self.ui.setupUi(self)
        self.setObjectName("installation_list_view")
        self._installations, self._customers, self._actor = installations, customers, actor
        self.printer = AcceptancePrinter(printing, runner, actor, self, open_signing_key) if printing else None
        self.dialog: QDialog | None = None
        self.model = InstallationTableModel(installations, actor, self)
        self.ui.installation_table.setModel(self.model)
        fit_columns(self.ui.installation_table, stretch=4)
        show_when_empty(self.ui.installation_table, lambda: self.tr(
            "No installation orders here. Open one with New installation order... when a sold unit needs "
            "installing; untick the box above to see the finished ones."))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self.ui.new_button.setVisible(allowed(actor, "installation.create"))
        shortcuts.install(self, "installations")
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self.ui.search_edit.textEdited.connect(lambda _text: self._timer.start())
        self._timer.timeout.connect(self.refresh)
        self.ui.open_only_check.toggled.connect(self.refresh)
        self.ui.refresh_button.clicked.connect(self.refresh)
        self.ui.new_button.clicked.connect(self._on_new_button_clicked)
        self.ui.result_button.clicked.connect(self._on_result_button_clicked)
        self.ui.print_button.clicked.connect(self._on_print_button_clicked)
        self.ui.open_ticket_button.clicked.connect(self._on_open_ticket_button_clicked)
        self.ui.installation_table.doubleClicked.connect(self._on_open_ticket_button_clicked)
        self.ui.installation_table.selectionModel().selectionChanged.connect(self._update_buttons)
        if self.printer is not None:
            self.printer.message_changed.connect(self.ui.message_label.setText)

    def refresh(self) -> None:
        try:
            self.model.set_filter(self.ui.open_only_check.isChecked(), self.ui.search_edit.text())
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
        self._update_buttons()

    def selected(self) -> InstallationRow | None:
        rows = self.ui.installation_table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_ticket(self, ticket_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).ticket_id == ticket_id:
                self.ui.installation_table.selectRow(row)
                return

    def _update_buttons(self, *_: object) -> None:
        row = self.selected()
        recordable = row is not None and row.visit_id is not None and row.visit_status in (
            "dispatched", "scheduled", "on_site")
        self.ui.result_button.setEnabled(recordable and allowed(self._actor, "installation.record_result"))
        self.ui.print_button.setEnabled(row is not None and row.report_id is not None and self.printer is not None)
        self.ui.open_ticket_button.setEnabled(row is not None)

    # ---- actions -----------------------------------------------------------------------------------------------

    def _on_new_button_clicked(self) -> None:
        try:
            dialog = NewInstallationDialog(self._customers, self._installations, self._actor, self,
                                           region=self._region)
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
            return
        dialog.installation_opened.connect(self._on_installation_opened)
        self.dialog = dialog
        dialog.open()

    def _on_installation_opened(self, opened: OpenedInstallation) -> None:
        self.ui.message_label.setText(self.tr(
            "Installation order {number} opened: phone the customer to agree the time, then plan it on the "
            "dispatch board.").format(number=opened.ticket_number))
        self.refresh()
        self.select_ticket(opened.ticket_id)
        self.installation_changed.emit(opened.ticket_id)

    def result_dialog(self, visit_id: int, parent: QWidget | None = None) -> InstallationResultDialog:
        """The acceptance dialog for one visit; the dispatch board opens it for installation visits too."""
        dialog = InstallationResultDialog(self._installations, self._actor,
                                          self._installations.visit(self._actor, visit_id), parent or self)
        dialog.result_saved.connect(self._on_result_saved)
        self.dialog = dialog
        return dialog

    def _on_result_button_clicked(self) -> None:
        row = self.selected()
        if row is None or row.visit_id is None:
            return
        try:
            dialog = self.result_dialog(row.visit_id)
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
            return
        dialog.open()

    def _on_result_saved(self, row: AcceptanceRow) -> None:
        if row.result == "installed":
            text = self.tr("Installed on {day}: the unit's warranty starts that day; the after-installation callback "
                           "is scheduled. Print the acceptance form for the file.").format(day=f"{row.installed_on}")
        else:
            text = self.tr("Not installed: escalate the ticket on the dispatch board to plan the next visit.")
        self.refresh()
        self.select_ticket(row.ticket_id)
        self.ui.message_label.setText(text)
        self.installation_changed.emit(row.ticket_id)

    def _on_print_button_clicked(self) -> None:
        row = self.selected()
        if row is None or row.report_id is None or self.printer is None:
            return
        self.printer.print_acceptance(row.report_id, row.ticket_number)

    def _on_open_ticket_button_clicked(self, *_: object) -> None:
        row = self.selected()
        if row is not None:
            self.ticket_requested.emit(row.ticket_id)
