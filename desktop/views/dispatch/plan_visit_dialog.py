"""PlanVisitDialog: the keyboard path to the board (choose engineer, day, start and length for a ticket)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog, QWidget

from desktop.clock import BRANCH_TZ
from desktop.rules.addresses import covers
from desktop.services.dispatch.dispatch_records import BoardEngineer, PanelTicket
from desktop.views import window_state
from desktop.views.ui.ui_plan_visit_dialog import Ui_PlanVisitDialog


class PlanVisitDialog(QDialog):
    def __init__(self, ticket: PanelTicket, engineers: Sequence[BoardEngineer], day: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanVisitDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self.setObjectName("plan_visit_dialog")
        self.ticket = ticket
        self.ui.ticket_label.setText(f"{ticket.number} · {ticket.customer_name} · {ticket.place}")
        for engineer in engineers:
            fits = _fits(ticket, engineer)
            label = engineer.name if fits else self.tr("{name} (other area or skill)").format(name=engineer.name)
            self.ui.engineer_combo.addItem(label, engineer.id)
        # Engineers covering the ticket's town or district and product line first, as a hint rather than a filter.
        best = next((i for i, e in enumerate(engineers) if _fits(ticket, e)), 0)
        self.ui.engineer_combo.setCurrentIndex(best)
        self.ui.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.ui.start_edit.setTime(QTime(9, 0))
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    def engineer_id(self) -> int:
        return int(self.ui.engineer_combo.currentData())

    def window(self) -> tuple[datetime, datetime]:  # type: ignore[override]  # shadows QWidget.window(); tests and callers use this name
        d = self.ui.date_edit.date()
        t = self.ui.start_edit.time()
        start = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=BRANCH_TZ)
        return start, start + timedelta(minutes=self.ui.duration_spin.value())


def _fits(ticket: PanelTicket, engineer: BoardEngineer) -> bool:
    """One of his areas is the ticket's town or district, and he repairs its product line."""
    return covers(engineer.areas, ticket.district, ticket.town) and ticket.product_line in engineer.skills
