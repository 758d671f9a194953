"""QualityFeedbackDialog: the 质量问题反馈单 raised from a ticket, a visit, a claim or a complaint (prefilled from it),
then sent to HQ, HQ's answer (analysis, corrective and preventive actions) recorded, closed, and printed."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QWidget

from desktop.clock import to_local
from desktop.services.contacts.quality_records import QualityFields
from desktop.services.core.actor import Actor
from desktop.services.core.permissions import allowed
from desktop.views import shortcuts, window_state
from desktop.views.contacts.contact_texts import (
    chinese,
    describe,
    line_name,
    quality_source_names,
    quality_status_names,
    register,
)
from desktop.views.ui.ui_quality_feedback_dialog import Ui_QualityFeedbackDialog

if TYPE_CHECKING:
    from desktop.services.contacts.quality_feedback_service import QualityFeedbackService
    from desktop.views.background import BackgroundRunner

TIME = "%Y-%m-%d %H:%M"
_SERIAL_SEPARATORS = re.compile(r"[\s,，、;；]+")


def parse_serials(text: str) -> tuple[str, ...]:
    return tuple(s for s in _SERIAL_SEPARATORS.split(text) if s)


class QualityFeedbackDialog(QDialog):
    feedback_saved = Signal(int)

    def __init__(self, service: QualityFeedbackService, actor: Actor, *, feedback_id: int | None = None,
                 source: str | None = None,
                 source_id: int | None = None, runner: BackgroundRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        register()
        self.ui = Ui_QualityFeedbackDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self._service = service
        self._actor = actor
        self._runner = runner
        self._source, self._source_id = source, source_id
        self._models: tuple[Any, ...] = ()
        self.draft: Any = None
        self.detail: Any = None
        self.preview_dialog: QWidget | None = None
        for edit in (self.ui.fault_edit, self.ui.analysis_edit, self.ui.corrective_edit, self.ui.preventive_edit):
            edit.setMinimumHeight(60)
        shortcuts.install(self, "quality_form")
        self._connect_signals()
        if feedback_id is not None:
            self._load_catalogue()
            self.load(feedback_id)
        else:
            self._load_draft()

    def _connect_signals(self) -> None:
        self.ui.product_line_combo.currentIndexChanged.connect(self._on_product_line_changed)
        self.ui.save_button.clicked.connect(self._on_save_button_clicked)
        self.ui.send_button.clicked.connect(self._on_send_button_clicked)
        self.ui.answer_button.clicked.connect(self._on_answer_button_clicked)
        self.ui.close_form_button.clicked.connect(self._on_close_form_button_clicked)
        self.ui.print_button.clicked.connect(self._on_print_button_clicked)
        self.ui.done_button.clicked.connect(self.accept)

    # --- loading ------------------------------------------------------------------------------------------------

    def _set_catalogue(self, lines: Any, models: Any) -> None:
        self._models = tuple(models)
        self.ui.product_line_combo.blockSignals(True)
        self.ui.product_line_combo.clear()
        for line in lines:
            self.ui.product_line_combo.addItem(line_name(line.name_zh, line.name_en), line.id)
        self.ui.product_line_combo.blockSignals(False)

    def _load_catalogue(self) -> None:
        try:
            self._set_catalogue(*self._service.catalogue(self._actor))
        except Exception as exc:
            self.ui.message_label.setText(describe(exc))

    def _load_draft(self) -> None:
        try:
            # Opened from a record: source and source_id are set.
            draft = self._service.draft(self._actor, cast(str, self._source), cast(int, self._source_id))
        except Exception as exc:
            self.ui.message_label.setText(describe(exc))
            self._set_buttons(None)
            return
        self.draft = draft
        self._set_catalogue(draft.lines, draft.models)
        self.setWindowTitle(self.tr("New quality problem feedback"))
        self.ui.header_label.setText(self.tr("Raised from {source} {number}{round}. HQ's part stays empty until "
                                             "it answers.").format(
            source=quality_source_names().get(draft.source, draft.source), number=draft.source_number,
            round=self.tr(", visit {round}").format(round=draft.visit_round) if draft.visit_round else ""))
        self._show_fields(draft.product_line_id, draft.model_id, "", draft.serials, max(1, len(draft.serials)),
                          draft.fault)
        self.ui.progress_label.clear()
        self._set_buttons(None)

    def load(self, feedback_id: int) -> None:
        try:
            self.show_detail(self._service.detail(self._actor, feedback_id))
        except Exception as exc:
            self.ui.message_label.setText(describe(exc))
            self._set_buttons(None)

    def _show_fields(self, line_id: int | None, model_id: int | None, batch: str, serials: tuple[str, ...],
                     cases: int, fault: str) -> None:
        index = self.ui.product_line_combo.findData(line_id)
        self.ui.product_line_combo.setCurrentIndex(max(index, 0))
        self._on_product_line_changed()
        index = self.ui.model_combo.findData(model_id)
        self.ui.model_combo.setCurrentIndex(max(index, 0))
        self.ui.batch_edit.setText(batch)
        self.ui.serials_edit.setPlainText("\n".join(serials))
        self.ui.cases_spin.setValue(cases)
        self.ui.fault_edit.setPlainText(fault)

    def show_detail(self, d: Any) -> None:
        self.detail = d
        self.setWindowTitle(self.tr("Quality problem feedback {number}").format(number=d.number))
        self.ui.header_label.setText(self.tr("{number} · {status} · raised {at} by {who} from {source} {source_no}")
                                     .format(number=d.number, status=quality_status_names().get(d.status, d.status),
                                             at=to_local(d.created_at).strftime(TIME), who=d.raised_by_name,
                                             source=quality_source_names().get(d.source, d.source),
                                             source_no=d.source_number))
        self._show_fields(d.product_line_id, d.model_id, d.batch, d.serials, d.cases, d.fault)
        self.ui.analysis_edit.setPlainText(d.analysis)
        self.ui.corrective_edit.setPlainText(d.corrective_action)
        self.ui.preventive_edit.setPlainText(d.preventive_action)
        self.ui.responder_edit.setText(d.hq_responder)
        steps = []
        if d.sent_at:
            steps.append(self.tr("sent to HQ {at} by {who}").format(at=to_local(d.sent_at).strftime(TIME),
                                                                    who=d.sent_by_name))
        if d.answered_at:
            steps.append(self.tr("HQ's answer recorded {at} by {who}").format(
                at=to_local(d.answered_at).strftime(TIME), who=d.answered_by_name))
        if d.closed_at:
            steps.append(self.tr("closed {at} by {who}").format(at=to_local(d.closed_at).strftime(TIME),
                                                                who=d.closed_by_name))
        self.ui.progress_label.setText(("；" if chinese() else "; ").join(steps))
        self._set_buttons(d)

    def _set_buttons(self, d: Any) -> None:
        """New: only the branch's part and Save. Then each state offers its one next step."""
        manage = allowed(self._actor, "quality.manage")
        new = d is None and self.draft is not None
        editable = new or (d is not None and d.status == "raised" and manage)
        for widget in (self.ui.product_line_combo, self.ui.model_combo, self.ui.batch_edit, self.ui.cases_spin):
            widget.setEnabled(editable)
        for edit in (self.ui.serials_edit, self.ui.fault_edit):
            edit.setReadOnly(not editable)
        answering = d is not None and d.status == "sent" and manage
        edits: tuple[QPlainTextEdit, ...] = (self.ui.analysis_edit, self.ui.corrective_edit, self.ui.preventive_edit)
        for edit in edits:
            edit.setReadOnly(not answering)
        self.ui.responder_edit.setReadOnly(not answering)
        self.ui.answer_group.setEnabled(d is not None)
        self.ui.save_button.setVisible(editable)
        self.ui.save_button.setText(self.tr("Raise the &form") if new else self.tr("&Save changes"))
        self.ui.send_button.setVisible(d is not None and d.status == "raised" and manage)
        self.ui.answer_button.setVisible(answering)
        self.ui.close_form_button.setVisible(d is not None and d.status == "answered" and manage)
        self.ui.print_button.setEnabled(d is not None and allowed(self._actor, "print.documents"))

    def _on_product_line_changed(self, *_args: object) -> None:
        line_id = self.ui.product_line_combo.currentData()
        self.ui.model_combo.clear()
        self.ui.model_combo.addItem(self.tr("(model not known)"), None)
        for model in self._models:
            if model.product_line_id == line_id:
                self.ui.model_combo.addItem(f"{model.code}  {model.name}", model.id)
        if self.ui.model_combo.count() > 1:
            self.ui.model_combo.setCurrentIndex(1)

    # --- saving ---------------------------------------------------------------------------------------------------

    def fields(self) -> QualityFields:
        return QualityFields(product_line_id=self.ui.product_line_combo.currentData(),
                             model_id=self.ui.model_combo.currentData(), batch=self.ui.batch_edit.text(),
                             serials=parse_serials(self.ui.serials_edit.toPlainText()),
                             cases=self.ui.cases_spin.value(), fault=self.ui.fault_edit.toPlainText())

    def _apply(self, call: Any, *args: Any, **kwargs: Any) -> bool:
        try:
            detail = call(self._actor, *args, **kwargs)
        except Exception as exc:
            # What was typed stays in the form.
            self.ui.message_label.setText(describe(exc))
            return False
        self.show_detail(detail)
        self.ui.message_label.setText(self.tr("Saved."))
        self.feedback_saved.emit(detail.id)
        return True

    def _on_save_button_clicked(self) -> None:
        if self.detail is None and self.draft is not None:
            if self._apply(self._service.raise_feedback, self._source, self._source_id, self.fields()):
                self.ui.message_label.setText(self.tr(
                    "Form {number} is in the quality feedback list. Send it to HQ when it is complete.").format(
                    number=self.detail.number if self.detail else ""))
        elif self.detail is not None:
            self._apply(self._service.update, self.detail.id, self.detail.version, self.fields())

    def _on_send_button_clicked(self) -> None:
        if self.detail is not None and self._apply(self._service.send_to_hq, self.detail.id, self.detail.version):
            self.ui.message_label.setText(self.tr(
                "Marked as sent to HQ; it also goes into the next HQ workbook (sheet 质量问题反馈)."))

    def _on_answer_button_clicked(self) -> None:
        if self.detail is not None:
            self._apply(self._service.record_answer, self.detail.id, self.detail.version,
                        analysis=self.ui.analysis_edit.toPlainText(),
                        corrective_action=self.ui.corrective_edit.toPlainText(),
                        preventive_action=self.ui.preventive_edit.toPlainText(),
                        responder=self.ui.responder_edit.text())

    def _on_close_form_button_clicked(self) -> None:
        if self.detail is not None:
            self._apply(self._service.close, self.detail.id, self.detail.version)

    # --- printing -------------------------------------------------------------------------------------------------

    def _on_print_button_clicked(self) -> None:
        if self.detail is None:
            return
        self.ui.print_button.setEnabled(False)
        self.ui.message_label.setText(self.tr("Preparing the form..."))
        if self._runner is None:
            try:
                self._on_pdf_ready(self._service.printable(self._actor, self.detail.id))
            except Exception as exc:  # the same path as a failed background task
                self._on_pdf_failed(exc)
            return
        task = self._runner.run(self._service.printable, self._actor, self.detail.id)
        task.succeeded.connect(self._on_pdf_ready)
        task.failed.connect(self._on_pdf_failed)

    def _on_pdf_ready(self, result: tuple[str, bytes]) -> None:
        from desktop.views.printing.pdf_preview_dialog import PdfPreviewDialog

        number, pdf = result
        self.ui.print_button.setEnabled(True)
        self.ui.message_label.clear()
        self.preview_dialog = PdfPreviewDialog(pdf, self.tr("Quality problem feedback {number}").format(
            number=number), f"{number}.pdf", self, working_paper=True)
        self.preview_dialog.open()

    def _on_pdf_failed(self, exc: BaseException) -> None:
        self.ui.print_button.setEnabled(True)
        self.ui.message_label.setText(describe(exc))
