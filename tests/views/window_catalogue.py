"""Every window and dialog of the application, opened on demo data the way the application opens it: the main
window with each area shown, and each dialog built with real services and records from the demo history.

`every_dialog_class()` lists the dialog classes in desktop/views, so a dialog added without an entry here makes
the catalogue test fail instead of silently going unchecked."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlalchemy import func, select

import desktop.views
from desktop.clock import local_today
from desktop.composition import Services, build_services
from desktop.database import Database
from desktop.demo.history import generate_history
from desktop.models import (
    Callback,
    Complaint,
    Consultation,
    PartUsage,
    QualityFeedback,
    ServiceReport,
    Ticket,
    TicketEvent,
    Unit,
    Visit,
)
from desktop.services.admin.auth_service import AuthService
from desktop.services.core.actor import Actor
from desktop.views.background import BackgroundRunner
from tests.conftest import FAST_HASHER, actor_for

# Dialogs the catalogue opens indirectly or that are not part of the branch window (each with its reason).
NOT_OPENED_DIRECTLY: dict[str, str] = {
    "TaskProgressDialog": "a progress box over a running task; it has only a Cancel button",
}


def demo_database(database: Database, tickets: int = 120) -> Database:
    """The demo branch (already seeded by the fixture) with a history of tickets in every state."""
    generate_history(database, tickets=tickets, seed=2026)
    return database


@dataclass
class Env:
    app: QApplication
    database: Database
    services: Services
    actor: Actor
    runner: BackgroundRunner
    parent: QWidget

    def first(self, statement: Any) -> Any:
        with self.database.read.begin() as session:
            return session.scalars(statement.limit(1)).first()

    def settle(self) -> None:
        for _ in range(5):
            self.runner.wait_for_done(10_000)
            self.app.processEvents()


def make_env(app: QApplication, database: Database, username: str = "admin") -> Env:
    services = build_services(database, auth=AuthService(database, hasher=FAST_HASHER))
    parent = QWidget()
    return Env(app, database, services, actor_for(database, username), BackgroundRunner(), parent)


Opener = Callable[[Env], QDialog]


def _visit_id(env: Env, *statuses: str, kind: str = "repair") -> int:
    return env.first(select(Visit.id).join(Ticket, Ticket.id == Visit.ticket_id)
                     .where(Visit.status.in_(statuses), Ticket.kind == kind).order_by(Visit.id))


def _ticket_dialog(env: Env) -> QDialog:
    from desktop.views.tickets.ticket_detail_dialog import TicketDetailDialog

    # The ticket with the longest history (a callback reopened it): its timeline shows the most kinds of entry.
    ticket_id = env.first(select(TicketEvent.ticket_id).group_by(TicketEvent.ticket_id)
                          .order_by(func.count().desc(), TicketEvent.ticket_id))
    return TicketDetailDialog(env.services.tickets, env.runner, env.actor, ticket_id, env.parent,
                              printing=env.services.report_printing)


def _report_back(env: Env) -> QDialog:
    from desktop.views.tickets.report_back_dialog import ReportBackDialog

    ticket = env.first(select(Ticket).where(Ticket.status == "new"))
    return ReportBackDialog(env.services.tickets, env.actor, ticket.id, ticket.number, env.parent)


def _plan_visit(env: Env) -> QDialog:
    from desktop.views.dispatch.plan_visit_dialog import PlanVisitDialog

    ticket = env.services.dispatch.waiting_tickets(env.actor)[0]
    board = env.services.dispatch.board(env.actor, local_today(), 7)
    return PlanVisitDialog(ticket, board.engineers, local_today(), env.parent)


def _agree_time(env: Env) -> QDialog:
    from desktop.views.dispatch.agree_time_dialog import AgreeTimeDialog

    row = env.services.dispatch.visit(env.actor, _visit_id(env, "dispatched", "scheduled"))
    return AgreeTimeDialog(env.services.dispatch, env.actor, row, env.parent)


def _visit_result(env: Env) -> QDialog:
    from desktop.views.dispatch.visit_result_dialog import VisitResultDialog

    row = env.services.dispatch.visit(env.actor, _visit_id(env, "dispatched", "scheduled", "on_site"))
    return VisitResultDialog(env.services.visits, env.actor, row, "solar", env.parent)


def _escalation(env: Env) -> QDialog:
    from desktop.views.dispatch.escalation_dialog import EscalationDialog

    ticket = env.first(select(Ticket).order_by(Ticket.id))
    return EscalationDialog(env.services.visits, env.actor, ticket.id, ticket.number, ticket.version, env.parent)


def _override(env: Env) -> QDialog:
    from desktop.views.dispatch.override_dialog import OverrideDialog

    return OverrideDialog(["overlap", "outside_hours", "area_mismatch"], env.parent)


def _engineers(env: Env) -> QDialog:
    from desktop.views.dispatch.engineers_dialog import EngineersDialog

    return EngineersDialog(env.services.engineers, env.services.dispatch, env.services.auth, env.actor, env.parent)


def _installation_result(env: Env) -> QDialog:
    from desktop.views.installations.installation_result_dialog import InstallationResultDialog

    visit_id = _visit_id(env, "dispatched", "scheduled", "on_site", "completed", kind="installation")
    return InstallationResultDialog(env.services.installations, env.actor,
                                    env.services.installations.visit(env.actor, visit_id), env.parent)


def _new_installation(env: Env) -> QDialog:
    from desktop.views.installations.new_installation_dialog import NewInstallationDialog

    return NewInstallationDialog(env.services.customers, env.services.installations, env.actor, env.parent,
                                 region=env.services.settings.region(env.actor))


def _customer_file(env: Env) -> Any:
    customer_id = env.first(select(Unit.customer_id).order_by(Unit.id))
    return env.services.customer_file.page(env.actor, customer_id)


def _customer_edit(env: Env) -> QDialog:
    from desktop.views.customers.customer_edit_dialog import CustomerEditDialog

    return CustomerEditDialog(env.services.customer_file, env.actor, _customer_file(env), env.parent,
                              region=env.services.settings.region(env.actor))


def _unit_edit(env: Env) -> QDialog:
    from desktop.views.customers.unit_edit_dialog import UnitEditDialog

    page = _customer_file(env)
    return UnitEditDialog(env.services.customer_file, env.actor, page.units[0],
                          list(env.services.customers.catalogue(env.actor)), env.parent)


def _merge_customers(env: Env) -> QDialog:
    from desktop.views.customers.merge_customers_dialog import MergeCustomersDialog

    return MergeCustomersDialog(env.services.customer_file, env.actor, _customer_file(env), env.parent)


def _stock_move(mode: str) -> Opener:
    def open_(env: Env) -> QDialog:
        from desktop.views.stock.stock_move_dialog import StockMoveDialog

        return StockMoveDialog(env.services.stock, env.actor, mode, env.services.parts.parts(env.actor),
                               env.services.engineers.list(env.actor), parent=env.parent)
    return open_


def _return_list(env: Env) -> QDialog:
    from desktop.views.stock.return_list_dialog import ReturnListDialog

    return ReturnListDialog(env.services.returns, env.actor, env.services.returns.old_parts_on_shelf(env.actor),
                            env.services.parts.parts(env.actor), env.parent)


def _old_part(env: Env) -> QDialog:
    from desktop.views.stock.old_part_dialog import OldPartDialog

    return OldPartDialog(env.services.returns, env.actor, env.services.returns.old_parts_due(env.actor)[0],
                         env.parent)


def _visit_parts(env: Env) -> QDialog:
    from desktop.views.stock.visit_parts_dialog import VisitPartsDialog

    needs = env.services.stock.visits_needing_parts(env.actor, local_today() - timedelta(days=3), 14)
    return VisitPartsDialog(env.services.stock, env.actor, needs[0], env.services.parts.parts(env.actor),
                            env.parent)


def _part(env: Env) -> QDialog:
    from desktop.views.stock.part_dialog import PartDialog

    lines = [(code, zh) for code, zh, _en in env.services.parts.product_lines(env.actor)]
    return PartDialog(env.services.parts, env.actor, lines, env.services.parts.parts(env.actor)[0], env.parent)


def _payment(env: Env) -> QDialog:
    from desktop.views.charges.payment_dialog import PaymentDialog

    report_id = env.first(select(ServiceReport.id).join(PartUsage, PartUsage.report_id == ServiceReport.id)
                          .where(PartUsage.charged.is_(True)))
    due = env.services.payments.charge_due(env.actor, report_id)
    return PaymentDialog(env.services.payments, env.actor, due, env.services.engineers.list(env.actor), env.parent)


def _call_card(env: Env) -> QDialog:
    from desktop.views.callbacks.call_card_dialog import CallCardDialog

    callback_id = env.first(select(Callback.id).where(Callback.status == "pending").order_by(Callback.id))
    return CallCardDialog(env.services.callbacks, env.actor, callback_id, env.parent,
                          printing=env.services.report_printing, runner=env.runner, care=env.services.care)


def _ad_hoc_callback(env: Env) -> QDialog:
    from desktop.views.callbacks.ad_hoc_callback_dialog import AdHocCallbackDialog

    return AdHocCallbackDialog(env.services.callbacks, env.services.customers, env.actor, env.parent)


def _line_words(env: Env) -> QDialog:
    from desktop.views.callbacks.line_words_dialog import LineWordsDialog

    return LineWordsDialog(env.services.scripts, env.services.care, env.actor, env.parent)


def _complaint(env: Env) -> QDialog:
    from desktop.views.callbacks.complaint_dialog import ComplaintDialog

    complaint_id = env.first(select(Complaint.id).order_by(Complaint.id))
    return ComplaintDialog(env.services.complaints, env.actor, complaint_id, env.parent,
                           raise_quality=lambda *_: None)


def _new_complaint(env: Env) -> QDialog:
    from desktop.views.callbacks.new_complaint_dialog import NewComplaintDialog

    users = env.services.auth.list_users(env.actor)
    return NewComplaintDialog(env.services.complaints, env.services.customers, env.services.settings, env.actor,
                              [(u.id, u.display_name) for u in users], env.parent)


def _consultation(env: Env) -> QDialog:
    from desktop.views.contacts.consultation_dialog import ConsultationDialog

    consultation_id = env.first(select(Consultation.id).order_by(Consultation.id))
    return ConsultationDialog(env.services.consultations, env.services.customers, env.actor, consultation_id,
                              env.parent, open_ticket=lambda _id: None)


def _new_consultation(env: Env) -> QDialog:
    from desktop.views.contacts.new_consultation_dialog import NewConsultationDialog

    return NewConsultationDialog(env.services.consultations, env.services.customers, env.actor, None, env.parent)


def _quality_feedback(env: Env) -> QDialog:
    from desktop.views.contacts.quality_feedback_dialog import QualityFeedbackDialog

    feedback_id = env.first(select(QualityFeedback.id).order_by(QualityFeedback.id))
    if feedback_id is None:
        ticket_id = env.first(select(Ticket.id).where(Ticket.status == "completed"))
        return QualityFeedbackDialog(env.services.quality, env.actor, source="ticket", source_id=ticket_id,
                                     runner=env.runner, parent=env.parent)
    return QualityFeedbackDialog(env.services.quality, env.actor, feedback_id=feedback_id, runner=env.runner,
                                 parent=env.parent)


def _policy_editor(env: Env) -> QDialog:
    from desktop.views.claims.policy_editor_dialog import PolicyEditorDialog

    return PolicyEditorDialog(env.services.claims, env.actor, env.parent)


def _settings(env: Env) -> QDialog:
    from desktop.views.admin.settings_dialog import SettingsDialog

    return SettingsDialog(env.services.settings, env.actor, env.parent)


def _region(env: Env) -> QDialog:
    from desktop.views.admin.region_dialog import RegionDialog

    return RegionDialog(env.services.settings, env.actor, env.parent)


def _onsite_windows(env: Env) -> QDialog:
    from desktop.views.admin.onsite_windows_dialog import OnsiteWindowsDialog

    return OnsiteWindowsDialog(env.services.settings, env.actor, env.parent)


def _signing_key(env: Env) -> QDialog:
    from desktop.views.admin.signing_key_dialog import SigningKeyDialog

    return SigningKeyDialog(env.services.signing, env.actor, env.parent, env.runner)


def _replace_key(env: Env) -> QDialog:
    from desktop.views.admin.replace_key_dialog import ReplaceKeyDialog

    return ReplaceKeyDialog(env.services.signing, env.actor, env.runner, env.parent)


def _users(env: Env) -> QDialog:
    from desktop.views.admin.users_dialog import UsersDialog

    return UsersDialog(env.services.auth, env.actor, env.parent)


def _about(env: Env) -> QDialog:
    from desktop.views.about_dialog import AboutDialog

    return AboutDialog(env.parent)


def _help(env: Env) -> QDialog:
    from desktop.views.help_dialog import HelpDialog

    # The guide's text is the same in both UI languages here; its buttons and contents follow the translators.
    return HelpDialog("zh_CN", env.parent)


def _export(env: Env) -> QDialog:
    from desktop.views.exports.export_dialog import ExportDialog

    return ExportDialog(env.services.export, env.runner, env.actor, env.parent)


def _hq_merge(env: Env) -> QDialog:
    from desktop.views.exports.hq_merge_dialog import HqMergeDialog

    return HqMergeDialog(lambda *_a, **_k: None, env.runner, env.parent)


def _import(env: Env) -> QDialog:
    from desktop.views.setup.import_dialog import ImportDialog

    return ImportDialog(env.services.records, env.runner, env.actor, "zh_CN", env.parent)


def _login(env: Env) -> QDialog:
    from desktop.demo.seed import DEMO_PASSWORD, DEMO_USERS
    from desktop.views.login_dialog import LoginDialog

    return LoginDialog(env.services.auth, demo_accounts=DEMO_USERS, demo_password=DEMO_PASSWORD, parent=env.parent)


def _lock(env: Env) -> QDialog:
    from desktop.views.login_dialog import LoginDialog

    return LoginDialog(env.services.auth, locked_username=env.actor.username, parent=env.parent)


def _verify(env: Env) -> QDialog:
    from desktop.views.printing.verify_dialog import VerifyDialog

    return VerifyDialog(env.services.signing.trusted(), env.parent)


def _pdf_preview(env: Env) -> QDialog:
    from desktop.views.printing.pdf_preview_dialog import PdfPreviewDialog

    visit_id = env.first(select(ServiceReport.visit_id).order_by(ServiceReport.id))
    pdf = env.services.report_printing.render_unsigned_report(env.actor, visit_id)
    return PdfPreviewDialog(pdf, "report", "report.pdf", env.parent)


def _setup_wizard(env: Env) -> QDialog:
    from desktop.views.setup.setup_wizard import SetupWizard

    return SetupWizard(env.services.setup, env.services.signing, "zh_CN", env.parent)


def _key_shortcuts(env: Env) -> QDialog:
    from desktop.views.shortcuts_dialog import ShortcutsDialog

    return ShortcutsDialog(env.parent)


DIALOGS: dict[str, Opener] = {
    "TicketDetailDialog": _ticket_dialog,
    "ReportBackDialog": _report_back,
    "PlanVisitDialog": _plan_visit,
    "AgreeTimeDialog": _agree_time,
    "VisitResultDialog": _visit_result,
    "EscalationDialog": _escalation,
    "OverrideDialog": _override,
    "EngineersDialog": _engineers,
    "InstallationResultDialog": _installation_result,
    "NewInstallationDialog": _new_installation,
    "CustomerEditDialog": _customer_edit,
    "UnitEditDialog": _unit_edit,
    "MergeCustomersDialog": _merge_customers,
    "StockMoveDialog": _stock_move("receipt"),
    "StockMoveDialog/issue": _stock_move("issue"),
    "StockMoveDialog/van_return": _stock_move("van_return"),
    "ReturnListDialog": _return_list,
    "OldPartDialog": _old_part,
    "VisitPartsDialog": _visit_parts,
    "PartDialog": _part,
    "PaymentDialog": _payment,
    "CallCardDialog": _call_card,
    "AdHocCallbackDialog": _ad_hoc_callback,
    "LineWordsDialog": _line_words,
    "ComplaintDialog": _complaint,
    "NewComplaintDialog": _new_complaint,
    "ConsultationDialog": _consultation,
    "NewConsultationDialog": _new_consultation,
    "QualityFeedbackDialog": _quality_feedback,
    "PolicyEditorDialog": _policy_editor,
    "SettingsDialog": _settings,
    "RegionDialog": _region,
    "OnsiteWindowsDialog": _onsite_windows,
    "SigningKeyDialog": _signing_key,
    "ReplaceKeyDialog": _replace_key,
    "UsersDialog": _users,
    "AboutDialog": _about,
    "HelpDialog": _help,
    "ExportDialog": _export,
    "HqMergeDialog": _hq_merge,
    "ImportDialog": _import,
    "LoginDialog": _login,
    "LoginDialog/lock": _lock,
    "VerifyDialog": _verify,
    "PdfPreviewDialog": _pdf_preview,
    "SetupWizard": _setup_wizard,
    "ShortcutsDialog": _key_shortcuts,
}


def every_dialog_class() -> set[str]:
    """The names of every QDialog subclass defined in desktop/views (the HQ window's own package included)."""
    names: set[str] = set()
    for info in pkgutil.walk_packages(desktop.views.__path__, "desktop.views."):
        if ".ui." in info.name or info.name.endswith(".ui"):
            continue
        module = importlib.import_module(info.name)
        for name, obj in inspect.getmembers(module, inspect.isclass):
            if obj.__module__ == module.__name__ and issubclass(obj, QDialog):
                names.add(name)
    return names


def open_dialogs(env: Env, names: list[str] | None = None) -> Iterator[tuple[str, QDialog]]:
    """Each catalogue dialog, loaded (its background work done), then closed and deleted."""
    for name in names or list(DIALOGS):
        dialog = DIALOGS[name](env)
        env.settle()
        try:
            yield name, dialog
        finally:
            dialog.close()
            dialog.deleteLater()
            env.settle()
