"""Frozen records of QualityFeedbackService: the form's fields, the prefill from its source, rows and detail."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

LIST_FILTERS = ("open", "raised", "sent", "answered", "closed", "all")


@dataclass(frozen=True)
class QualityFields:
    """What the branch writes on the form (seed 002 §4.9): product, model, batch or serial numbers, the fault and
    the number of cases. The analysis and the corrective and preventive actions are HQ's: they come with its answer
    (技术部牵头分析)."""

    product_line_id: int
    fault: str
    model_id: int | None = None
    batch: str = ""
    serials: tuple[str, ...] = ()
    cases: int = 1


@dataclass(frozen=True)
class LineChoice:
    id: int
    code: str
    name_zh: str
    name_en: str


@dataclass(frozen=True)
class ModelChoice:
    id: int
    product_line_id: int
    code: str
    name: str


@dataclass(frozen=True)
class QualityDraft:
    """The form prefilled from the record it is raised from, with the catalogue to choose from."""

    source: str
    source_id: int
    source_number: str
    visit_round: int | None
    product_line_id: int | None
    model_id: int | None
    serials: tuple[str, ...]
    fault: str
    lines: tuple[LineChoice, ...]
    models: tuple[ModelChoice, ...]


@dataclass(frozen=True)
class QualityRow:
    id: int
    number: str
    created_at: datetime
    source: str
    source_number: str
    product_line_zh: str
    product_line_en: str
    model: str
    serials: tuple[str, ...]
    cases: int
    fault: str  # the first characters, for the list
    status: str
    sent_at: datetime | None
    answered_at: datetime | None
    raised_by_name: str
    version: int


@dataclass(frozen=True)
class QualityDetail:
    id: int
    number: str
    created_at: datetime
    raised_by_name: str
    source: str
    source_number: str
    visit_round: int | None
    ticket_id: int | None
    product_line_id: int
    product_line_zh: str
    product_line_en: str
    model_id: int | None
    model: str
    model_name: str
    batch: str
    serials: tuple[str, ...]
    fault: str
    cases: int
    analysis: str
    corrective_action: str
    preventive_action: str
    hq_responder: str
    status: str
    sent_at: datetime | None
    sent_by_name: str
    answered_at: datetime | None
    answered_by_name: str
    closed_at: datetime | None
    closed_by_name: str
    version: int

    @property
    def editable(self) -> bool:
        """Once sent, the form is what HQ received: only HQ's answer is added to it."""
        return self.status == "raised"


@dataclass(frozen=True)
class QualityPage:
    rows: tuple[QualityRow, ...]
    total: int
