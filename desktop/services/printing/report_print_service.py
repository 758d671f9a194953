"""Printing from the ticket: the signed customer service report (客户服务报告), the pre-filled service sheet
(服务单), the callback record, the counter's QR scan, and the record of what really came out of the printer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from desktop.clock import utc_now
from desktop.database import Database
from desktop.errors import NotFoundError, ValidationError
from desktop.models import Callback, Engineer, ServiceReport, Ticket, Visit
from desktop.printing.documents import ServiceReportData
from desktop.printing.labels import Labels
from desktop.printing.qr import parse_payload
from desktop.services.admin.signing_service import SigningService
from desktop.services.core import audit, own_work
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service
from desktop.services.core.permissions import require
from desktop.services.core.ticket_events import log_event
from desktop.services.core.validation import clean_query
from desktop.services.dispatch.dispatch_service import load_ticket
from desktop.services.printing import report_print_data

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
# What mark_printed accepts: the document kind and the table its record id points into.
DOCUMENTS = {"service_report": "visit", "service_sheet": "ticket", "callback_record": "callback"}


@dataclass(frozen=True)
class PrintableReport:
    """A visit of the ticket with a recorded report: one "print signed service report" button each."""

    visit_id: int
    round: int
    engineer_name: str
    result: str
    signature_kind: str


@dataclass(frozen=True)
class ScannedTicket:
    ticket_id: int
    number: str


class ReportPrintService(Service):
    def __init__(self, database: Database, signing: SigningService) -> None:
        super().__init__(database)
        self._signing = signing

    # ---- the service report ------------------------------------------------------------------------------------

    def printable_reports(self, actor: Actor, ticket_id: int) -> tuple[PrintableReport, ...]:
        with self._reading(actor, "print.documents") as session:
            load_ticket(session, actor, ticket_id)
            rows = session.execute(
                select(Visit.id, Visit.round, Engineer.name, ServiceReport.result, ServiceReport.signature_kind)
                .join(ServiceReport, ServiceReport.visit_id == Visit.id)
                .join(Engineer, Engineer.id == Visit.engineer_id)
                .where(Visit.ticket_id == ticket_id).order_by(Visit.round, Visit.id)).all()
            return tuple(PrintableReport(*row) for row in rows)

    def service_report_data(self, actor: Actor, visit_id: int, language: str | None = None) -> ServiceReportData:
        """The report as printed; ValidationError("signature_digest_mismatch") when the stored report no longer
        matches what the customer signed."""
        with self._reading(actor, "print.documents") as session:
            return report_print_data.service_report(session, actor, visit_id, language).data

    def render_signed_report(self, actor: Actor, visit_id: int, progress: Progress | None = None,
                             cancelled: Cancelled | None = None) -> bytes:
        """Rendered and signed with the branch key. StateError("signing_locked" / "branch_key_missing") lets the
        view offer the key dialog, or `render_unsigned_report` when the user explicitly accepts that."""
        require(actor, "print.documents")
        pdf, number = self._render_report(actor, visit_id, progress, cancelled)
        return self._signing.sign(actor, pdf, f"客户服务报告 {number}")

    def render_unsigned_report(self, actor: Actor, visit_id: int, progress: Progress | None = None,
                               cancelled: Cancelled | None = None) -> bytes:
        """The same report without the digital signature: only on the user's explicit choice."""
        require(actor, "print.documents")
        return self._render_report(actor, visit_id, progress, cancelled)[0]

    def _render_report(self, actor: Actor, visit_id: int, progress: Progress | None,
                       cancelled: Cancelled | None) -> tuple[bytes, str]:
        # ReportLab on the first print, not when the service is built at start-up.
        from desktop.printing.layout import render_parts
        from desktop.printing.service_report import report_part

        with self._reading(actor, "print.documents") as session:
            source = report_print_data.service_report(session, actor, visit_id, None)
        data = source.data
        title = f"{Labels(source.header.language)('title_service_report')} {data.ticket_no}"
        pdf = render_parts(source.header, [report_part(source.header, data)], title=title, subject=data.ticket_no,
                           printed_at=report_print_data.printed_now(source.zone), progress=progress,
                           is_cancelled=cancelled)
        return pdf, data.ticket_no

    # ---- the service sheet and the callback record ----------------------------------------------------------

    def service_sheet(self, actor: Actor, ticket_id: int) -> bytes:
        """One pre-filled 服务单 for the ticket's current visit (the engineer's day prints them in a batch)."""
        from desktop.printing.service_sheet import render_service_sheet

        with self._reading(actor, "print.documents") as session:
            context, sheet = report_print_data.service_sheet(session, actor, ticket_id)
        return render_service_sheet(context.header, sheet, printed_at=report_print_data.printed_now(context.zone))

    def callback_record(self, actor: Actor, callback_id: int) -> bytes:
        from desktop.printing.callback_record import render_callback_record

        with self._reading(actor, "print.documents") as session:
            context, record, _ticket_id = report_print_data.callback_record(session, actor, callback_id)
        return render_callback_record(context.header, record, printed_at=report_print_data.printed_now(context.zone))

    # ---- the counter ------------------------------------------------------------------------------------------

    def find_scanned(self, actor: Actor, text: str) -> ScannedTicket:
        """A USB scanner's keystrokes (QR payload or a bare ticket number) to the ticket they name."""
        require(actor, "ticket.read")
        payload = parse_payload(clean_query(text, "scan", max_length=2000))
        with self._reading(actor, "ticket.read") as session:
            ticket = session.scalar(select(Ticket).where(Ticket.number == payload.ticket_no,
                                                         Ticket.branch_id == actor.branch_id))
            if ticket is None:
                raise NotFoundError("ticket_number_unknown", "ticket_no", ticket_no=payload.ticket_no)
            own_work.require_own_ticket(session, actor, ticket.id, "ticket_number_unknown")
            return ScannedTicket(ticket.id, ticket.number)

    # ---- after the printer took it ------------------------------------------------------------------------------

    def mark_printed(self, actor: Actor, document: str, record_id: int, *, signed: bool = False) -> None:
        """Audit and timeline entry; the view calls it from the preview's `printed` signal only, never on save.
        `signed` records whether the paper came from a digitally signed PDF."""
        require(actor, "print.documents")
        if document not in DOCUMENTS:
            raise ValidationError("invalid_choice", "document")
        now = utc_now()
        with self._writing(actor, "print.documents") as session:
            if document == "service_report":
                visit = session.get(Visit, record_id)
                ticket_id = load_ticket(session, actor, visit.ticket_id).id if visit else None
            elif document == "callback_record":
                callback = session.get(Callback, record_id)
                ticket_id = (callback.ticket_id if callback is not None and callback.branch_id == actor.branch_id
                             else None)
            else:
                ticket_id = load_ticket(session, actor, record_id).id
            if ticket_id is None:
                raise NotFoundError("record_not_found", "record_id")
            log_event(session, actor, ticket_id, "printed",
                      data={"document": document, "record_id": record_id, "signed": signed})
            audit.record(session, actor, f"{document}.print", DOCUMENTS[document], record_id, None,
                         {"printed_at": now, "ticket_id": ticket_id, "signed": signed})
