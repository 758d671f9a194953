"""Frozen records the installation services take and return."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class NewInstallation:
    """A sale to install: the customer and unit (registered first, as at intake), where and when wanted."""

    customer_id: int
    unit_id: int
    contact_phone: str
    requested_date: date
    address_id: int | None = None  # the unit's address when not given
    sold_by: str = ""
    note: str = ""
    channel: str = "salesperson"
    priority: str = "normal"


@dataclass(frozen=True)
class InstallationResult:
    """The installation acceptance as brought back: times, the checks, the appearance, the handover, signature."""

    arrived_at: datetime
    departed_at: datetime
    result: str  # installed | not_installed
    installed_on: date | None = None
    checks: Mapping[str, bool] = field(default_factory=dict)
    appearance_defect: bool = False
    appearance_note: str = ""
    use_explained: bool = False
    work_note: str = ""
    customer_comment: str = ""
    # Exactly one of these (an installed unit is always signed for), or neither when not installed.
    signature_strokes_json: str | None = None
    signature_scan: bytes | None = None
    early_arrival_reason: str = ""


@dataclass(frozen=True)
class OpenedInstallation:
    id: int
    ticket_id: int
    ticket_number: str
    version: int


@dataclass(frozen=True)
class InstallationRow:
    """One installation order in the list, with its current visit (if one is planned) and its acceptance."""

    id: int
    ticket_id: int
    ticket_number: str
    ticket_status: str
    customer_id: int
    customer_name: str
    phone: str
    address: str
    model: str
    serial: str
    requested_date: date
    sold_by: str
    opened_at: datetime
    engineer_name: str
    installed_on: date | None
    visit_id: int | None
    visit_status: str | None
    report_id: int | None


@dataclass(frozen=True)
class InstallationPage:
    rows: tuple[InstallationRow, ...]
    total: int


@dataclass(frozen=True)
class InstallationVisit:
    """What the acceptance dialog shows about the visit it records."""

    visit_id: int
    version: int
    ticket_id: int
    ticket_number: str
    round: int
    engineer_name: str
    customer_name: str
    unit_text: str
    requested_date: date
    planned_start: datetime
    planned_end: datetime
    agreed_start: datetime | None
    agreed_end: datetime | None
    invoice_date: date | None


@dataclass(frozen=True)
class AcceptanceRow:
    id: int
    visit_id: int
    ticket_id: int
    result: str
    installed_on: date | None
    content_digest: str
    signature_kind: str
    ticket_status: str
    callback_id: int | None
