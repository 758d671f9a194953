"""The callback queue (回访, badge: due now) and complaints (投诉, badge: overdue); key-account scheduling."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QWidget

from desktop.clock import local_today
from desktop.composition import Services
from desktop.services.core.actor import Actor
from desktop.services.core.permissions import allowed
from desktop.views.area_context import AreaContext
from desktop.views.background import BackgroundRunner
from desktop.views.callbacks.callback_queue_view import CallbackQueueView
from desktop.views.callbacks.complaint_list_view import ComplaintListView
from desktop.views.callbacks.new_complaint_dialog import NewComplaintDialog

log = logging.getLogger(__name__)


def install(ctx: AreaContext) -> CallbackQueueView:
    services, window = ctx.services, ctx.window

    def new_complaint(parent: QWidget) -> NewComplaintDialog:
        # Only a supervisor may list the branch's accounts; everyone else opens complaints they own.
        users = services.auth.list_users(window.actor) if allowed(window.actor, "user.manage") else []
        owners = [(u.id, u.display_name) for u in users if u.active and u.role != "engineer"]
        return NewComplaintDialog(services.complaints, services.customers, services.settings, window.actor,
                                  owners, parent)

    queue = CallbackQueueView(services.callbacks, ctx.actor, printing=services.report_printing, runner=ctx.runner,
                              care=services.care, scripts=services.scripts, customers=services.customers)
    complaints = ComplaintListView(services.complaints, ctx.actor,
                                   new_dialog=new_complaint if allowed(ctx.actor, "complaint.work") else None,
                                   raise_quality=lambda cid, parent: ctx.raise_quality_feedback("complaint", cid,
                                                                                                parent))
    window.add_area("callbacks", lambda: ctx.app.translate("App", "Callbacks"), queue)
    window.add_area("complaints", lambda: ctx.app.translate("App", "Complaints"), complaints)
    ctx.record_openers["complaint"] = complaints.open_complaint
    queue.counts_changed.connect(lambda count: window.set_area_badge("callbacks", count))
    complaints.counts_changed.connect(lambda count: window.set_area_badge("complaints", count))
    queue.call_finished.connect(lambda _id: complaints.refresh())
    window.set_area_badge("callbacks", queue.model.counts.due_now if queue.model.counts else 0)

    def on_changed(tables: frozenset[str]) -> None:
        if tables & {"callback", "ticket"}:
            queue.refresh()
        if "complaint" in tables:
            complaints.refresh()

    window.change_watcher.changed.connect(on_changed)
    schedule_key_account_callbacks(services, ctx.actor, ctx.runner, queue)
    schedule_care_reminders(services, ctx.actor, ctx.runner, queue)
    return queue


def schedule_key_account_callbacks(services: Services, actor: Actor, runner: BackgroundRunner,
                                   queue: CallbackQueueView) -> None:
    """Seed 003 (6): weekly/monthly key-account callbacks, created once per start; the service creates only the
    missing ones, so every PC may run it. A failure is logged, never shown: the queue works without it."""
    if not allowed(actor, "callback.work"):
        return
    task = runner.run(services.callbacks.schedule_key_accounts, actor, local_today())
    task.succeeded.connect(lambda created: queue.refresh() if created else None)
    task.failed.connect(lambda exc: log.warning("key-account callbacks not scheduled: %s", exc))


def schedule_care_reminders(services: Services, actor: Actor, runner: BackgroundRunner,
                            queue: CallbackQueueView) -> None:
    """Seed 001 产品保养提醒: a reminder call for each unit whose consumable falls due, made once per start in the
    background like the key-account tasks (one per unit and due date, whichever PC makes it)."""
    if not allowed(actor, "callback.work"):
        return
    task = runner.run(services.care.schedule_reminders, actor, local_today())
    task.succeeded.connect(lambda created: queue.refresh() if created else None)
    task.failed.connect(lambda exc: log.warning("care reminders not scheduled: %s", exc))
