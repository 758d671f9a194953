"""SQLAlchemy ORM classes only; importing this package registers every table on Base.metadata."""

from desktop.models.base import Base
from desktop.models.care import ConsumableInterval, MaintenanceItem
from desktop.models.catalogue import FaultCategory, Part, ProductLine, ProductModel
from desktop.models.charges import FeeSchedule, LabourFee, Payment
from desktop.models.claims import Decision, ReturnClaim
from desktop.models.contacts import Consultation, QualityFeedback
from desktop.models.customer import Customer, CustomerAddress, CustomerPhone, Unit
from desktop.models.field import Escalation, PartUsage, ServiceReport, Visit
from desktop.models.followup import Callback, CallbackAttempt, Complaint, ComplaintStep
from desktop.models.installation import InstallationOrder, InstallationReport
from desktop.models.organisation import AuditHead, AuditLog, Branch, Engineer, NumberCounter, Setting, User
from desktop.models.setup import PastService, SetupDraft
from desktop.models.stock import ReturnList, StockBalance, StockLocation, StockMovement, VisitPart
from desktop.models.ticket import ServiceClock, Ticket, TicketEvent
from desktop.models.wording import ScriptText

__all__ = [
    "AuditHead",
    "AuditLog",
    "Base",
    "Branch",
    "Callback",
    "CallbackAttempt",
    "Complaint",
    "ComplaintStep",
    "Consultation",
    "ConsumableInterval",
    "Customer",
    "CustomerAddress",
    "CustomerPhone",
    "Decision",
    "Engineer",
    "Escalation",
    "FaultCategory",
    "FeeSchedule",
    "InstallationOrder",
    "InstallationReport",
    "LabourFee",
    "MaintenanceItem",
    "NumberCounter",
    "Part",
    "PartUsage",
    "PastService",
    "Payment",
    "ProductLine",
    "ProductModel",
    "QualityFeedback",
    "ReturnClaim",
    "ReturnList",
    "ScriptText",
    "ServiceClock",
    "ServiceReport",
    "Setting",
    "SetupDraft",
    "StockBalance",
    "StockLocation",
    "StockMovement",
    "Ticket",
    "TicketEvent",
    "Unit",
    "User",
    "Visit",
    "VisitPart",
]
