"""Consultations (咨询, badge: replies overdue) and quality feedback (质量问题反馈, badge: not yet sent to HQ).

Also wires the two ways in from elsewhere: intake's "Question" button opens a new consultation with what the clerk
typed, and every area's "Quality problem..." button raises a form through AreaContext.raise_quality_feedback."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desktop.services.contacts.consultation_records import NewConsultation
from desktop.views.area_context import AreaContext
from desktop.views.contacts.consultation_dialog import ConsultationDialog
from desktop.views.contacts.consultation_list_view import ConsultationListView
from desktop.views.contacts.new_consultation_dialog import NewConsultationDialog
from desktop.views.contacts.quality_feedback_dialog import QualityFeedbackDialog
from desktop.views.contacts.quality_list_view import QualityListView
from desktop.views.intake.intake_view import IntakeView

if TYPE_CHECKING:
    from desktop.services.tickets.customer_service import ProductLineRow


def install(ctx: AreaContext, intake: IntakeView | None = None) -> tuple[ConsultationListView | None,
                                                                         QualityListView]:
    services, window = ctx.services, ctx.window
    consultations: ConsultationListView | None = None
    if ctx.allowed("consultation.read"):
        consultations = ConsultationListView(services.consultations, ctx.actor,
                                             can_work=ctx.allowed("consultation.work"))
        window.add_area("consultations", lambda: ctx.app.translate("App", "Consultations"), consultations)
        consultations.counts_changed.connect(lambda count: window.set_area_badge("consultations", count))
        window.set_area_badge("consultations", consultations.overdue)

        def new_consultation(draft: NewConsultation | None = None, parent: QWidget | None = None) -> None:
            dialog = NewConsultationDialog(services.consultations, services.customers, window.actor, draft,
                                           parent or window)
            dialog.consultation_opened.connect(lambda _id: consultations.refresh())
            dialog.open()

        def open_consultation(consultation_id: int) -> None:
            dialog = ConsultationDialog(services.consultations, services.customers, window.actor, consultation_id,
                                        window, open_ticket=ctx.open_ticket)
            dialog.consultation_saved.connect(lambda _id: consultations.refresh())
            dialog.open()

        ctx.record_openers["consultation"] = open_consultation
        consultations.new_requested.connect(new_consultation)
        consultations.consultation_activated.connect(open_consultation)
        if intake is not None and ctx.allowed("consultation.work"):
            intake.question_requested.connect(lambda draft: new_consultation(draft, intake))
    if intake is not None:
        intake.ui.question_button.setVisible(ctx.allowed("consultation.work"))

    quality = QualityListView(services.quality, ctx.actor, product_lines=_catalogue(ctx))
    window.add_area("quality", lambda: ctx.app.translate("App", "Quality feedback"), quality)
    quality.counts_changed.connect(lambda count: window.set_area_badge("quality", count))
    window.set_area_badge("quality", quality.unsent)

    def open_feedback(feedback_id: int) -> None:
        dialog = QualityFeedbackDialog(services.quality, window.actor, feedback_id=feedback_id, runner=ctx.runner,
                                       parent=window)
        dialog.feedback_saved.connect(lambda _id: quality.refresh())
        dialog.open()

    def raise_feedback(source: str, source_id: int, parent: QWidget | None) -> None:
        dialog = QualityFeedbackDialog(services.quality, window.actor, source=source, source_id=source_id,
                                       runner=ctx.runner, parent=parent or window)
        dialog.feedback_saved.connect(lambda _id: quality.refresh())
        dialog.open()

    quality.feedback_activated.connect(open_feedback)
    ctx.quality_raisers.append(raise_feedback)

    def on_changed(tables: frozenset[str]) -> None:
        if consultations is not None and "consultation" in tables:
            consultations.refresh()
        if "quality_feedback" in tables:
            quality.refresh()

    window.change_watcher.changed.connect(on_changed)
    return consultations, quality


def _catalogue(ctx: AreaContext) -> list[ProductLineRow]:
    try:
        return list(ctx.services.customers.catalogue(ctx.actor))
    except Exception:  # the list still works without its product filter
        return []
