"""The panel of tickets waiting for an engineer: a table model that drags ticket ids onto the board."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QDrag
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from desktop.clock import to_local, utc_now
from desktop.i18n import catalogue_name
from desktop.services.dispatch.dispatch_records import PanelTicket
from desktop.views.dispatch.board_widget import TICKET_MIME, ticket_mime
from desktop.views.look import ALERT, ESCALATED_FILL

Index = QModelIndex | QPersistentModelIndex
OVERDUE = ALERT
ESCALATED = ESCALATED_FILL


class TicketPanelTableModel(QAbstractTableModel):
    """Small by nature (tickets not yet dispatched), so the service returns the whole sorted list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PanelTicket] = []

    def set_rows(self, rows: Sequence[PanelTicket]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def ticket(self, row: int) -> PanelTicket:
        return self._rows[row]

    def row_of(self, ticket_id: int) -> int | None:
        return next((i for i, t in enumerate(self._rows) if t.id == ticket_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Due"), self.tr("Ticket"), self.tr("Customer"), self.tr("Area"),
                self.tr("Product"))[section]

    def escalation_text(self, level: int) -> str:
        """Words for a ticket back on the list after an unresolved visit (it read "↑1", which nobody could read)."""
        if level <= 1:
            return self.tr("(escalated)")
        return self.tr("(escalated {count} times)").format(count=level)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        ticket = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return "" if ticket.due_at is None else f"{to_local(ticket.due_at):%m-%d %H:%M}"
            if column == 1:
                level = " " + self.escalation_text(ticket.escalation_level) if ticket.status == "escalated" else ""
                kind = " " + self.tr("(installation)") if ticket.kind == "installation" else ""
                return ticket.number + level + kind
            line = catalogue_name(ticket.product_line_name, ticket.product_line_en)
            return (None, None, ticket.customer_name, ticket.place, line)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return ticket.fault
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and ticket.due_at and ticket.due_at < utc_now():
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.BackgroundRole and ticket.status == "escalated":
            return QBrush(ESCALATED)
        if role == Qt.ItemDataRole.UserRole:
            return ticket.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [TICKET_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ticket = self._rows[indexes[0].row()]
        return ticket_mime(ticket.id, ticket.version)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction


class TicketPanelView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticket_panel")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.verticalHeader().setVisible(False)

    def selected_ticket(self) -> PanelTicket | None:
        model = self.model()
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        if not rows or not isinstance(model, TicketPanelTableModel):
            return None
        return model.ticket(rows[0].row())

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        indexes = self.selectionModel().selectedRows()
        if indexes:
            self.start_drag(self.model().mimeData(indexes))

    def start_drag(self, mime: QMimeData) -> None:
        """Runs Qt's drag loop; a test replaces it to hand the mime data straight to the board."""
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.CopyAction)
