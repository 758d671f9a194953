"""Composition root without Qt: the database a start opens, and every service built once over it.

The window (desktop/app.py) and the console commands (desktop/cli.py) both start here, so a service is constructed
in exactly one place and each area receives the typed services it uses."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from desktop import paths
from desktop.database import Database, as_url, migrate, open_database
from desktop.services.admin.auth_service import AuthService
from desktop.services.admin.maintenance_service import MaintenanceService
from desktop.services.admin.settings_service import SettingsService
from desktop.services.admin.signing_service import SigningService
from desktop.services.callbacks.callback_service import CallbackService
from desktop.services.callbacks.care_service import CareService
from desktop.services.callbacks.complaint_service import ComplaintService
from desktop.services.callbacks.script_service import ScriptService
from desktop.services.charges.fee_service import FeeService
from desktop.services.charges.payment_service import PaymentService
from desktop.services.claims.claim_service import ClaimService
from desktop.services.contacts.consultation_service import ConsultationService
from desktop.services.contacts.quality_feedback_service import QualityFeedbackService
from desktop.services.core.change_feed import ChangeFeedService
from desktop.services.customers.customer_file_service import CustomerFileService
from desktop.services.dashboard.dashboard_service import DashboardService
from desktop.services.dispatch.dispatch_print_service import DispatchPrintService
from desktop.services.dispatch.dispatch_service import DispatchService
from desktop.services.dispatch.engineer_service import EngineerService
from desktop.services.dispatch.my_day_service import MyDayService
from desktop.services.dispatch.visit_service import VisitService
from desktop.services.exports.export_service import ExportService
from desktop.services.installations.installation_print_service import InstallationPrintService
from desktop.services.installations.installation_service import InstallationService
from desktop.services.printing.report_print_service import ReportPrintService
from desktop.services.setup.record_import_service import RecordImportService
from desktop.services.setup.setup_service import SetupService
from desktop.services.stock.part_service import PartService
from desktop.services.stock.return_service import ReturnService
from desktop.services.stock.stock_service import StockService
from desktop.services.tickets.customer_service import CustomerService
from desktop.services.tickets.ticket_service import TicketService
from desktop.sqlite_backup import RestoreRecovery

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Services:
    """Every service, built once and handed to the areas that need them."""

    database: Database
    auth: AuthService
    settings: SettingsService
    maintenance: MaintenanceService
    change_feed: ChangeFeedService
    signing: SigningService
    claims: ClaimService
    callbacks: CallbackService
    complaints: ComplaintService
    customers: CustomerService
    tickets: TicketService
    engineers: EngineerService
    dispatch: DispatchService
    visits: VisitService
    dispatch_printing: DispatchPrintService
    report_printing: ReportPrintService
    export: ExportService
    dashboard: DashboardService
    consultations: ConsultationService
    quality: QualityFeedbackService
    customer_file: CustomerFileService
    installations: InstallationService
    installation_printing: InstallationPrintService
    setup: SetupService
    records: RecordImportService
    my_day: MyDayService
    scripts: ScriptService
    care: CareService
    parts: PartService
    stock: StockService
    returns: ReturnService
    fees: FeeService
    payments: PaymentService


def build_services(database: Database, auth: AuthService | None = None) -> Services:
    signing = SigningService(database)
    return Services(
        database=database,
        auth=auth or AuthService(database),
        settings=SettingsService(database),
        maintenance=MaintenanceService(database, signer=signing.sign_anchor),
        change_feed=ChangeFeedService(database),
        signing=signing,
        claims=ClaimService(database),
        callbacks=CallbackService(database),
        complaints=ComplaintService(database),
        customers=CustomerService(database),
        tickets=TicketService(database),
        engineers=EngineerService(database),
        dispatch=DispatchService(database),
        visits=VisitService(database),
        dispatch_printing=DispatchPrintService(database),
        report_printing=ReportPrintService(database, signing),
        export=ExportService(database, signer=signing.sign_anchor),
        dashboard=DashboardService(database),
        consultations=ConsultationService(database),
        quality=QualityFeedbackService(database),
        customer_file=CustomerFileService(database),
        installations=InstallationService(database),
        installation_printing=InstallationPrintService(database, signing),
        setup=SetupService(database),
        records=RecordImportService(database),
        my_day=MyDayService(database),
        scripts=ScriptService(database),
        care=CareService(database),
        parts=PartService(database),
        stock=StockService(database),
        returns=ReturnService(database),
        fees=FeeService(database),
        payments=PaymentService(database, signing),
    )


def sqlite_path_of(url: URL) -> Path | None:
    return Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None


def prepare_database(url: str | URL, *, demo: bool) -> Database:
    """Open, back up and migrate; the demo database gets its demo branch and history on first use. A real branch
    is created by the setup wizard (services.setup), never seeded here: it must not start with demo data.
    Raises DatabaseUnavailableError, and then holds no handle on the file (a restore offered next must be able
    to replace it, which Windows refuses while open)."""
    from desktop.sqlite_backup import guard_new_database

    parsed = as_url(url)
    path = sqlite_path_of(parsed)
    if path is not None:
        guard_new_database(path)
    database = open_database(parsed)
    try:
        migrate(database)
        created = False
        if demo:
            from desktop.demo.seed import seed_branch

            created = seed_branch(database, demo=True)
    except BaseException:
        database.dispose()
        raise
    if path is not None:
        for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            paths.make_private_file(file)
    if created:
        from desktop.demo.history import generate_history

        generate_history(database, tickets=1500, seed=2026)
    return database


def recover_restore(url: URL) -> RestoreRecovery | None:
    """Before anything opens the file: finish or undo a restore that a kill or power cut interrupted."""
    from desktop.sqlite_backup import recover_interrupted_restore

    path = sqlite_path_of(url)
    return None if path is None else recover_interrupted_restore(path)
