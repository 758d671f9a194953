"""Composition root without Qt: the database a start opens, and every service over it, each built once, on first use.

The window (desktop/app.py) and the console commands (desktop/cli.py) both start here, so a service is constructed
in exactly one place and each area receives the typed services it uses. A service (and its module, with the models
and libraries it imports) is built when something first asks for it: a start signs in and paints its home area
without loading the other areas' services (issue 18)."""

from __future__ import annotations

import logging
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import paths

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    from desktop.database import Database
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


class Services:
    """Every service, handed to the areas that need them; each is built on first access and kept (one instance per
    start, as before). `names()` lists them all (the permission walk builds every one)."""

    def __init__(self, database: Database, auth: AuthService | None = None) -> None:
        self.database = database
        if auth is not None:
            # cached_property reads the instance's __dict__ first: a given AuthService is the one used.
            self.__dict__["auth"] = auth

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(name for name, member in vars(cls).items() if isinstance(member, cached_property))

    def replaced(self, **services: Any) -> Services:
        """A copy with the given services in place of its own (a test gives one its own signing key); the others
        are shared, or built on first use as usual."""
        unknown = set(services) - set(self.names())
        if unknown:
            raise TypeError(f"not a service: {', '.join(sorted(unknown))}")
        copy = Services(self.database)
        copy.__dict__.update({name: built for name, built in vars(self).items() if name != "database"})
        copy.__dict__.update(services)
        return copy

    @cached_property
    def auth(self) -> AuthService:
        from desktop.services.admin.auth_service import AuthService

        return AuthService(self.database)

    @cached_property
    def settings(self) -> SettingsService:
        from desktop.services.admin.settings_service import SettingsService

        return SettingsService(self.database)

    @cached_property
    def maintenance(self) -> MaintenanceService:
        from desktop.services.admin.maintenance_service import MaintenanceService

        return MaintenanceService(self.database, signer=self.signing.sign_anchor)

    @cached_property
    def change_feed(self) -> ChangeFeedService:
        from desktop.services.core.change_feed import ChangeFeedService

        return ChangeFeedService(self.database)

    @cached_property
    def signing(self) -> SigningService:
        from desktop.services.admin.signing_service import SigningService

        return SigningService(self.database)

    @cached_property
    def claims(self) -> ClaimService:
        from desktop.services.claims.claim_service import ClaimService

        return ClaimService(self.database)

    @cached_property
    def callbacks(self) -> CallbackService:
        from desktop.services.callbacks.callback_service import CallbackService

        return CallbackService(self.database)

    @cached_property
    def complaints(self) -> ComplaintService:
        from desktop.services.callbacks.complaint_service import ComplaintService

        return ComplaintService(self.database)

    @cached_property
    def customers(self) -> CustomerService:
        from desktop.services.tickets.customer_service import CustomerService

        return CustomerService(self.database)

    @cached_property
    def tickets(self) -> TicketService:
        from desktop.services.tickets.ticket_service import TicketService

        return TicketService(self.database)

    @cached_property
    def engineers(self) -> EngineerService:
        from desktop.services.dispatch.engineer_service import EngineerService

        return EngineerService(self.database)

    @cached_property
    def dispatch(self) -> DispatchService:
        from desktop.services.dispatch.dispatch_service import DispatchService

        return DispatchService(self.database)

    @cached_property
    def visits(self) -> VisitService:
        from desktop.services.dispatch.visit_service import VisitService

        return VisitService(self.database)

    @cached_property
    def dispatch_printing(self) -> DispatchPrintService:
        from desktop.services.dispatch.dispatch_print_service import DispatchPrintService

        return DispatchPrintService(self.database)

    @cached_property
    def report_printing(self) -> ReportPrintService:
        from desktop.services.printing.report_print_service import ReportPrintService

        return ReportPrintService(self.database, self.signing)

    @cached_property
    def export(self) -> ExportService:
        from desktop.services.exports.export_service import ExportService

        return ExportService(self.database, signer=self.signing.sign_anchor)

    @cached_property
    def dashboard(self) -> DashboardService:
        from desktop.services.dashboard.dashboard_service import DashboardService

        return DashboardService(self.database)

    @cached_property
    def consultations(self) -> ConsultationService:
        from desktop.services.contacts.consultation_service import ConsultationService

        return ConsultationService(self.database)

    @cached_property
    def quality(self) -> QualityFeedbackService:
        from desktop.services.contacts.quality_feedback_service import QualityFeedbackService

        return QualityFeedbackService(self.database)

    @cached_property
    def customer_file(self) -> CustomerFileService:
        from desktop.services.customers.customer_file_service import CustomerFileService

        return CustomerFileService(self.database)

    @cached_property
    def installations(self) -> InstallationService:
        from desktop.services.installations.installation_service import InstallationService

        return InstallationService(self.database)

    @cached_property
    def installation_printing(self) -> InstallationPrintService:
        from desktop.services.installations.installation_print_service import InstallationPrintService

        return InstallationPrintService(self.database, self.signing)

    @cached_property
    def setup(self) -> SetupService:
        from desktop.services.setup.setup_service import SetupService

        return SetupService(self.database)

    @cached_property
    def records(self) -> RecordImportService:
        from desktop.services.setup.record_import_service import RecordImportService

        return RecordImportService(self.database)

    @cached_property
    def my_day(self) -> MyDayService:
        from desktop.services.dispatch.my_day_service import MyDayService

        return MyDayService(self.database)

    @cached_property
    def scripts(self) -> ScriptService:
        from desktop.services.callbacks.script_service import ScriptService

        return ScriptService(self.database)

    @cached_property
    def care(self) -> CareService:
        from desktop.services.callbacks.care_service import CareService

        return CareService(self.database)

    @cached_property
    def parts(self) -> PartService:
        from desktop.services.stock.part_service import PartService

        return PartService(self.database)

    @cached_property
    def stock(self) -> StockService:
        from desktop.services.stock.stock_service import StockService

        return StockService(self.database)

    @cached_property
    def returns(self) -> ReturnService:
        from desktop.services.stock.return_service import ReturnService

        return ReturnService(self.database)

    @cached_property
    def fees(self) -> FeeService:
        from desktop.services.charges.fee_service import FeeService

        return FeeService(self.database)

    @cached_property
    def payments(self) -> PaymentService:
        from desktop.services.charges.payment_service import PaymentService

        return PaymentService(self.database, self.signing)


def build_services(database: Database, auth: AuthService | None = None) -> Services:
    return Services(database, auth)


def sqlite_path_of(url: URL) -> Path | None:
    return Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None


def prepare_database(url: str | URL, *, demo: bool) -> Database:
    """Open, back up and migrate; the demo database gets its demo branch and history on first use. A real branch
    is created by the setup wizard (services.setup), never seeded here: it must not start with demo data.
    Raises DatabaseUnavailableError, and then holds no handle on the file (a restore offered next must be able
    to replace it, which Windows refuses while open)."""
    from desktop.database import as_url, migrate, open_database
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
