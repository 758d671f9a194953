"""The callback queue (回访, badge: due now) and complaints (投诉, badge: overdue); key-account scheduling."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from desktop.clock import local_today, utc_now
from desktop.services.core.actor import Actor
from desktop.services.core.permissions import allowed
from desktop.views.area_context import AreaContext
from desktop.views.background import BackgroundRunner

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.composition import Services
    from desktop.views.callbacks.callback_queue_view import CallbackQueueView
    from desktop.views.callbacks.complaint_list_view import ComplaintListView
    from desktop.views.callbacks.new_complaint_dialog import NewComplaintDialog

log = logging.getLogger(__name__)


class _QueueRefresh:
    """What the start-up scheduling refreshes: the queue if it has been built, else the navigation count."""

    def __init__(self, ctx: AreaContext) -> None:
        self._ctx = ctx

    def refresh(self) -> None:
        self._ctx.refresh("callbacks")


def install(ctx: AreaContext) -> None:
    services, window = ctx.services, ctx.window

    def new_complaint(parent: QWidget) -> NewComplaintDialog:
        from desktop.views.callbacks.new_complaint_dialog import NewComplaintDialog

        # Only a supervisor may list the branch's accounts; everyone else opens complaints they own.
        users = services.auth.list_users(window.actor) if allowed(window.actor, "user.manage") else []
        owners = [(u.id, u.display_name) for u in users if u.active and u.role != "engineer"]
        return NewComplaintDialog(services.complaints, services.customers, services.settings, window.actor,
                                  owners, parent)

    def build_queue() -> CallbackQueueView:
        from desktop.views.callbacks.callback_queue_view import CallbackQueueView

        queue = CallbackQueueView(services.callbacks, ctx.actor, printing=services.report_printing,
                                  runner=ctx.runner, care=services.care, scripts=services.scripts,
                                  customers=services.customers)
        queue.counts_changed.connect(lambda count: window.set_area_badge("callbacks", count))
        queue.call_finished.connect(lambda _id: ctx.refresh("complaints"))
        window.set_area_badge("callbacks", queue.model.counts.due_now if queue.model.counts else 0)
        window.change_watcher.changed.connect(
            lambda tables: queue.refresh() if tables & {"callback", "ticket"} else None)
        return queue

    def build_complaints() -> ComplaintListView:
        from desktop.views.callbacks.complaint_list_view import ComplaintListView

        complaints = ComplaintListView(
            services.complaints, ctx.actor, new_dialog=new_complaint if allowed(ctx.actor, "complaint.work") else None,
            raise_quality=lambda cid, parent: ctx.raise_quality_feedback("complaint", cid, parent))
        complaints.counts_changed.connect(lambda count: window.set_area_badge("complaints", count))
        window.change_watcher.changed.connect(lambda tables: complaints.refresh() if "complaint" in tables else None)
        return complaints

    window.add_area("callbacks", lambda: ctx.app.translate("App", "Callbacks"), build_queue)
    window.add_area("complaints", lambda: ctx.app.translate("App", "Complaints"), build_complaints)

    def open_complaint(complaint_id: int) -> None:
        # A clock alert clicked: the complaints list is built (and its dialog opened) only then.
        complaints = window.built_area("complaints")
        if complaints is not None:
            complaints.open_complaint(complaint_id)  # type: ignore[attr-defined]

    ctx.record_openers["complaint"] = open_complaint
    ctx.badge("callbacks", lambda: services.callbacks.counts(ctx.actor).due_now, {"callback", "ticket"})
    ctx.badge("complaints", lambda: _overdue_complaints(services, ctx.actor), {"complaint"})
    queue = _QueueRefresh(ctx)
    window.after_first_paint(lambda: schedule_key_account_callbacks(services, ctx.actor, ctx.runner, queue))
    window.after_first_paint(lambda: schedule_care_reminders(services, ctx.actor, ctx.runner, queue))


def _overdue_complaints(services: Services, actor: Actor) -> int:
    # The same figure the complaints list shows in its badge.
    now = utc_now()
    return services.complaints.indicators(actor, now - timedelta(days=30), now).overdue_now


def schedule_key_account_callbacks(services: Services, actor: Actor, runner: BackgroundRunner, queue: Any) -> None:
    """Seed 003 (6): weekly/monthly key-account callbacks, created once per start; the service creates only the
    missing ones, so every PC may run it. A failure is logged, never shown: the queue works without it."""
    if not allowed(actor, "callback.work"):
        return
    task = runner.run(services.callbacks.schedule_key_accounts, actor, local_today())
    task.succeeded.connect(lambda created: queue.refresh() if created else None)
    task.failed.connect(lambda exc: log.warning("key-account callbacks not scheduled: %s", exc))


def schedule_care_reminders(services: Services, actor: Actor, runner: BackgroundRunner, queue: Any) -> None:
    """Seed 001 产品保养提醒: a reminder call for each unit whose consumable falls due, made once per start in the
    background like the key-account tasks (one per unit and due date, whichever PC makes it)."""
    if not allowed(actor, "callback.work"):
        return
    task = runner.run(services.care.schedule_reminders, actor, local_today())
    task.succeeded.connect(lambda created: queue.refresh() if created else None)
    task.failed.connect(lambda exc: log.warning("care reminders not scheduled: %s", exc))
