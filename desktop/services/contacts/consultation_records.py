"""Frozen records of ConsultationService: what the clerk hands in, the list rows, the detail and a page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

# List filters, all applied in SQL.
LIST_FILTERS = ("open", "awaiting", "overdue", "closed", "all")


@dataclass(frozen=True)
class NewConsultation:
    """A caller's question. With `answer` it was answered at once and closes at once; without, the caller is
    promised a reply by `reply_due_at` (None: the branch's setting consultation.reply_minutes from now)."""

    phone: str
    question: str
    caller_name: str = ""
    customer_id: int | None = None
    product_line_id: int | None = None
    channel: str = "hotline"
    topic: str = "other"
    answer: str = ""
    reply_due_at: datetime | None = None


@dataclass(frozen=True)
class ConsultationRow:
    id: int
    number: str
    created_at: datetime
    caller_name: str
    phone: str
    product_line_zh: str
    product_line_en: str
    topic: str
    question: str  # the first characters, for the list
    status: str
    reply_due_at: datetime | None
    replied_at: datetime | None
    overdue: bool
    ticket_number: str
    version: int


@dataclass(frozen=True)
class ConsultationDetail:
    id: int
    number: str
    created_at: datetime
    created_by_name: str
    customer_id: int | None
    caller_name: str
    phone: str
    product_line_id: int | None
    product_line_zh: str
    product_line_en: str
    channel: str
    topic: str
    question: str
    answer: str
    status: str
    reply_due_at: datetime | None
    replied_at: datetime | None
    replied_by_name: str
    closed_at: datetime | None
    ticket_id: int | None
    ticket_number: str
    overdue: bool
    version: int

    @property
    def answered_at_once(self) -> bool:
        return self.reply_due_at is None and self.replied_at is not None

    @property
    def reply_on_time(self) -> bool | None:
        """The promised reply kept (True), missed (False), or not decided yet / no promise made (None)."""
        if self.reply_due_at is None:
            return None
        if self.replied_at is not None:
            return self.replied_at <= self.reply_due_at
        return False if self.overdue else None


@dataclass(frozen=True)
class ConsultationPage:
    rows: tuple[ConsultationRow, ...]
    total: int
