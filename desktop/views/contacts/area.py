"""Consultations (咨询, badge: replies overdue) and quality feedback (质量问题反馈, badge: not yet sent to HQ).

Also wires the two ways in from elsewhere: intake's "Question" button opens a new consultation with what the clerk
typed, and every area's "Quality problem..." button raises a form through AreaContext.raise_quality_feedback."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.views.area_context import AreaContext

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from desktop.services.contacts.consultation_records import NewConsultation
    from desktop.services.tickets.customer_service import ProductLineRow
    from desktop.views.contacts.consultation_list_view import ConsultationListView
    from desktop.views.contacts.quality_list_view import QualityListView
    from desktop.views.intake.intake_view import IntakeView


def install(ctx: AreaContext) -> None:
    services, window = ctx.services, ctx.window

    if ctx.allowed("consultation.read"):
        def build_consultations() -> ConsultationListView:
            from desktop.views.contacts.consultation_list_view import ConsultationListView

            consultations = ConsultationListView(services.consultations, ctx.actor,
                                                 can_work=ctx.allowed("consultation.work"))
            consultations.counts_changed.connect(lambda count: window.set_area_badge("consultations", count))
            window.set_area_badge("consultations", consultations.overdue)
            consultations.new_requested.connect(new_consultation)
            consultations.consultation_activated.connect(open_consultation)
            window.change_watcher.changed.connect(
                lambda tables: consultations.refresh() if "consultation" in tables else None)
            return consultations

        def new_consultation(draft: NewConsultation | None = None, parent: QWidget | None = None,
                             saved: Callable[[], None] | None = None) -> None:
            from desktop.views.contacts.new_consultation_dialog import NewConsultationDialog

            dialog = NewConsultationDialog(services.consultations, services.customers, window.actor, draft,
                                           parent or window)
            dialog.consultation_opened.connect(lambda _id: ctx.refresh("consultations"))
            if saved is not None:
                dialog.consultation_opened.connect(lambda _id: saved())
            dialog.open()

        def open_consultation(consultation_id: int) -> None:
            from desktop.views.contacts.consultation_dialog import ConsultationDialog

            dialog = ConsultationDialog(services.consultations, services.customers, window.actor, consultation_id,
                                        window, open_ticket=ctx.open_ticket)
            dialog.consultation_saved.connect(lambda _id: ctx.refresh("consultations"))
            dialog.open()

        ctx.record_openers["consultation"] = open_consultation
        window.add_area("consultations", lambda: ctx.app.translate("App", "Consultations"), build_consultations)
        ctx.badge("consultations",
                  lambda: services.consultations.list_page(ctx.actor, status="overdue", limit=1).total,
                  {"consultation"})

        def question_from_intake(intake: QWidget) -> None:
            if ctx.allowed("consultation.work"):
                view: IntakeView = intake  # type: ignore[assignment]
                view.question_requested.connect(lambda draft: new_consultation(draft, view,
                                                                               saved=view.question_recorded))

        window.when_built("intake", question_from_intake)
    window.when_built("intake", lambda intake: intake.ui.question_button.setVisible(  # type: ignore[attr-defined]
        ctx.allowed("consultation.work")))

    def build_quality() -> QualityListView:
        from desktop.views.contacts.quality_list_view import QualityListView

        quality = QualityListView(services.quality, ctx.actor, product_lines=_catalogue(ctx))
        quality.counts_changed.connect(lambda count: window.set_area_badge("quality", count))
        window.set_area_badge("quality", quality.unsent)
        quality.feedback_activated.connect(open_feedback)
        window.change_watcher.changed.connect(
            lambda tables: quality.refresh() if "quality_feedback" in tables else None)
        return quality

    def open_feedback(feedback_id: int) -> None:
        from desktop.views.contacts.quality_feedback_dialog import QualityFeedbackDialog

        dialog = QualityFeedbackDialog(services.quality, window.actor, feedback_id=feedback_id, runner=ctx.runner,
                                       parent=window)
        dialog.feedback_saved.connect(lambda _id: ctx.refresh("quality"))
        dialog.open()

    def raise_feedback(source: str, source_id: int, parent: QWidget | None) -> None:
        from desktop.views.contacts.quality_feedback_dialog import QualityFeedbackDialog

        dialog = QualityFeedbackDialog(services.quality, window.actor, source=source, source_id=source_id,
                                       runner=ctx.runner, parent=parent or window)
        dialog.feedback_saved.connect(lambda _id: ctx.refresh("quality"))
        dialog.open()

    window.add_area("quality", lambda: ctx.app.translate("App", "Quality feedback"), build_quality)
    ctx.badge("quality", lambda: services.quality.list_page(ctx.actor, status="raised", limit=1).total,
              {"quality_feedback"})
    ctx.quality_raisers.append(raise_feedback)


def _catalogue(ctx: AreaContext) -> list[ProductLineRow]:
    try:
        return list(ctx.services.customers.catalogue(ctx.actor))
    except Exception:  # the list still works without its product filter
        return []
