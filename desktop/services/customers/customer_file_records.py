"""Frozen records of the customer file: search rows, the customer page, edits and their results."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop.rules.addresses import address_text, place_text
from desktop.rules.warranty import WarrantyStatus


@dataclass(frozen=True)
class CustomerSearchRow:
    id: int
    name: str
    phone: str
    address: str
    units: int
    open_tickets: int
    is_key_account: bool


@dataclass(frozen=True)
class CustomerSearchPage:
    rows: tuple[CustomerSearchRow, ...]
    total: int


@dataclass(frozen=True)
class FilePhone:
    id: int
    number: str
    display: str
    kind: str


@dataclass(frozen=True)
class FileAddress:
    id: int
    province: str
    city: str
    district: str
    detail: str
    in_use: bool  # a unit or ticket points at it: it may be corrected, not removed
    town: str = ""

    @property
    def text(self) -> str:
        return place_text(self.district, self.town, self.detail)

    @property
    def full_text(self) -> str:
        return address_text(self.province, self.city, self.district, self.town, self.detail)


@dataclass(frozen=True)
class FileUnit:
    id: int
    model_id: int
    model_code: str
    model_name: str
    product_line_code: str
    product_line_name: str
    serial: str
    invoice_date: date | None
    installation_date: date | None
    production_date: date | None
    proof: str
    usage: str
    installed_by_us: bool
    invoice_price_fen: int | None
    status: str
    address_id: int | None
    warranty: WarrantyStatus
    version: int
    product_line_name_en: str = ""  # beside product_line_name (Chinese): the view picks by language


@dataclass(frozen=True)
class FileTicket:
    id: int
    number: str
    kind: str
    status: str
    opened_at: datetime
    fault_name: str
    fault_text: str
    serial: str
    fault_name_en: str = ""  # beside fault_name (Chinese): the view picks by language


@dataclass(frozen=True)
class FileVisit:
    ticket_number: str
    round: int
    engineer_name: str
    status: str
    planned_start: datetime
    arrived_at: datetime | None
    result: str | None  # resolved | unresolved | installed | not_installed | None (no sheet yet)


@dataclass(frozen=True)
class FileClaim:
    id: int
    number: str
    status: str
    created_at: datetime
    serial: str
    requested_remedy: str
    outcome: str | None


@dataclass(frozen=True)
class FileComplaint:
    id: int
    number: str
    status: str
    created_at: datetime
    concerns: str
    description: str


@dataclass(frozen=True)
class FileCallback:
    id: int
    kind: str
    status: str
    due_at: datetime
    done_at: datetime | None
    ticket_number: str
    satisfaction: str | None


@dataclass(frozen=True)
class FileDocument:
    """A form that came out of the printer for one of the customer's tickets."""

    ticket_number: str
    document: str
    printed_at: datetime
    signed: bool
    user_name: str


@dataclass(frozen=True)
class CustomerFile:
    id: int
    name: str
    kind: str
    note: str
    is_key_account: bool
    created_at: datetime
    version: int
    phones: tuple[FilePhone, ...]
    addresses: tuple[FileAddress, ...]
    units: tuple[FileUnit, ...]
    tickets: tuple[FileTicket, ...]
    visits: tuple[FileVisit, ...]
    claims: tuple[FileClaim, ...]
    complaints: tuple[FileComplaint, ...]
    callbacks: tuple[FileCallback, ...]
    documents: tuple[FileDocument, ...]


@dataclass(frozen=True)
class AddressEdit:
    """An address as the edit dialog has it: id None adds it; an existing id missing from the list removes it."""

    id: int | None
    district: str
    detail: str
    # Empty: an address kept keeps its own; a new one is in the branch's province and city.
    province: str = ""
    city: str = ""
    # The 乡镇/街道; empty when not known.
    town: str = ""


@dataclass(frozen=True)
class CustomerEdit:
    name: str
    phones: tuple[str, ...]
    addresses: tuple[AddressEdit, ...]
    kind: str = "person"
    note: str = ""


@dataclass(frozen=True)
class UnitEdit:
    model_id: int
    serial: str
    invoice_date: date | None
    installation_date: date | None
    production_date: date | None
    proof: str
    usage: str
    installed_by_us: bool
    invoice_price_fen: int | None


@dataclass(frozen=True)
class WarrantyChange:
    """The unit's warranty as it is and as the edit would make it, for the clerk to see before saving."""

    before: WarrantyStatus
    after: WarrantyStatus

    @property
    def moves(self) -> bool:
        b, a = self.before, self.after
        return (b.coverage, b.start_date, b.whole_unit_end, b.main_parts_end) != (
            a.coverage, a.start_date, a.whole_unit_end, a.main_parts_end)


@dataclass(frozen=True)
class MergeResult:
    kept_id: int
    merged_id: int
    phones: int
    addresses: int
    units: int
    tickets: int
    callbacks: int
    complaints: int
    version: int


@dataclass(frozen=True)
class KeyAccountResult:
    is_key_account: bool
    callbacks_created: int
    callbacks_cancelled: int
    version: int
