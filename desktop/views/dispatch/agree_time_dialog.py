"""AgreeTimeDialog: the clerk phoned the customer (约好上门时间) and records the agreed window."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import QDialog, QWidget

from desktop.clock import BRANCH_TZ, to_local
from desktop.errors import DomainError
from desktop.services.core.actor import Actor
from desktop.services.dispatch.dispatch_records import VisitRow
from desktop.services.dispatch.dispatch_service import DispatchService
from desktop.views import window_state
from desktop.views.messages import error_message
from desktop.views.ui.ui_agree_time_dialog import Ui_AgreeTimeDialog


class AgreeTimeDialog(QDialog):
    time_agreed = Signal(int)

    def __init__(self, service: DispatchService, actor: Actor, visit: VisitRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AgreeTimeDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self.setObjectName("agree_time_dialog")
        self._service, self._actor, self._visit = service, actor, visit
        start = to_local(visit.agreed_start or visit.planned_start)
        end = to_local(visit.agreed_end or visit.planned_end)
        self.ui.ticket_label.setText(self.tr("{number}, engineer {engineer}: call the customer and agree the time.")
                                     .format(number=visit.ticket_number, engineer=visit.engineer_name))
        self.ui.date_edit.setDate(QDate(start.year, start.month, start.day))
        self.ui.start_edit.setTime(QTime(start.hour, start.minute))
        self.ui.end_edit.setTime(QTime(end.hour, end.minute))
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)

    def window(self) -> tuple[datetime, datetime]:  # type: ignore[override]  # shadows QWidget.window(); tests and callers use this name
        d, s, e = self.ui.date_edit.date(), self.ui.start_edit.time(), self.ui.end_edit.time()
        return (datetime(d.year(), d.month(), d.day(), s.hour(), s.minute(), tzinfo=BRANCH_TZ),
                datetime(d.year(), d.month(), d.day(), e.hour(), e.minute(), tzinfo=BRANCH_TZ))

    def _on_button_box_accepted(self) -> None:
        start, end = self.window()
        try:
            saved = self._service.agree_time(self._actor, self._visit.id, start, end, version=self._visit.version)
        except DomainError as exc:
            # The dialog stays open with what was typed; a stale copy says to reload, nothing is overwritten.
            self.ui.message_label.setText(error_message(exc))
            return
        self.time_agreed.emit(saved.id)
        self.accept()
