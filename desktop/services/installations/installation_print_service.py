"""Printing the installation acceptance form (安装验收单): read back as signed, rendered, signed with the branch key
like the other forms, and recorded as printed only when the printer took it."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.clock import to_local, utc_now
from desktop.database import Database
from desktop.errors import NotFoundError, ValidationError
from desktop.models import (
    Branch,
    Customer,
    CustomerAddress,
    Engineer,
    InstallationOrder,
    InstallationReport,
    ProductLine,
    ProductModel,
    Ticket,
    Unit,
    Visit,
)
from desktop.printing.documents import BranchHeader, CustomerInfo, Signature, UnitInfo
from desktop.printing.signature import content_digest, signature_from_json
from desktop.rules.addresses import address_line
from desktop.rules.phones import format_phone
from desktop.services.admin.signing_service import SigningService
from desktop.services.core import audit
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service
from desktop.services.core.permissions import require
from desktop.services.core.product_words import line_words
from desktop.services.core.settings_store import load_setting
from desktop.services.core.ticket_events import log_event
from desktop.services.installations.installation_service import acceptance_content, stored_result

if TYPE_CHECKING:
    from desktop.printing.installation_acceptance import InstallationAcceptanceData

DOCUMENT = "installation_acceptance"


@dataclasses.dataclass(frozen=True)
class AcceptanceSource:
    header: BranchHeader
    data: InstallationAcceptanceData
    ticket_id: int
    zone: ZoneInfo


def _signed_content_unchanged(report: InstallationReport, ticket_no: str, zone: ZoneInfo) -> bool:
    """The stored acceptance still says what the customer signed (same instants in UTC or branch time)."""
    result = stored_result(report)
    converters: tuple[Callable[[datetime], datetime], ...] = (lambda m: m.astimezone(UTC),
                                                               lambda m: m.astimezone(zone))
    for convert in converters:
        candidate = dataclasses.replace(result, arrived_at=convert(result.arrived_at),
                                        departed_at=convert(result.departed_at))
        if content_digest(acceptance_content(ticket_no, report.visit_id, candidate)) == report.content_digest:
            return True
    return False


def acceptance_source(session: Session, actor: Actor, report_id: int) -> AcceptanceSource:
    from desktop.printing.installation_acceptance import InstallationAcceptanceData  # ReportLab with the first form

    report = session.get(InstallationReport, report_id)
    visit = session.get(Visit, report.visit_id) if report else None
    ticket = session.get(Ticket, visit.ticket_id) if visit else None
    if report is None or visit is None or ticket is None or ticket.branch_id != actor.branch_id:
        raise NotFoundError("record_not_found", "report_id")
    branch = session.get(Branch, actor.branch_id)
    assert branch is not None
    zone = ZoneInfo(branch.timezone or "Asia/Shanghai")
    language = str(load_setting(session, actor.branch_id, "print.language"))
    # The name this product line's customers know (a purifier's service centre, never a branch name that names
    # the solar heaters), as on the service report and the certificate.
    company = line_words(session, ticket.product_line_id, ticket.branch_id).company
    header = BranchHeader(branch.code, company or branch.name, branch.address, branch.hotline, branch.logo_png,
                          language, timezone=branch.timezone or "Asia/Shanghai")
    if report.signature_kind != "none" and not _signed_content_unchanged(report, ticket.number, zone):
        raise ValidationError("signature_digest_mismatch", "customer_signature")
    order = session.scalar(select(InstallationOrder).where(InstallationOrder.ticket_id == ticket.id))
    customer = session.get(Customer, ticket.customer_id)
    address = session.get(CustomerAddress, ticket.address_id) if ticket.address_id else None
    unit = session.get(Unit, order.unit_id) if order else None
    model = session.get(ProductModel, unit.model_id) if unit else None
    line = session.get(ProductLine, ticket.product_line_id)
    engineer = session.get(Engineer, visit.engineer_id)
    product = (line.name_zh if language == "zh" else line.name_en) if line else ""
    data = InstallationAcceptanceData(
        ticket_no=ticket.number,
        customer=CustomerInfo(customer.name if customer else "", ticket.contact_phone,
                              address_line(address)),
        unit=UnitInfo(product, model.name if model else "", unit.serial if unit else "",
                      unit.invoice_date if unit else None,
                      report.installed_on if report.result == "installed" else None,
                      "in_warranty" if report.result == "installed" else "unknown"),
        requested_date=order.requested_date if order else None, sold_by=order.sold_by if order else "",
        engineer_name=engineer.name if engineer else "",
        engineer_phone=format_phone(engineer.phone) if engineer else "",
        arrival_at=to_local(report.arrived_at, zone), departure_at=to_local(report.departed_at, zone),
        installed=report.result == "installed", installed_on=report.installed_on, checks=dict(report.checks or {}),
        appearance_defect=report.appearance_defect, appearance_note=report.appearance_note,
        use_explained=report.use_explained, work_note=report.work_note, customer_comment=report.customer_comment)
    signed_at = to_local(report.departed_at, zone)
    signer = customer.name if customer else ""
    signature = None
    if report.signature_kind == "strokes" and report.signature_strokes:
        signature = Signature(data.content_digest(), strokes=signature_from_json(json.dumps(report.signature_strokes)),
                              signer_name=signer, signed_at=signed_at)
    elif report.signature_kind == "scan" and report.signature_scan:
        signature = Signature(data.content_digest(), image_png=report.signature_scan, signer_name=signer,
                              signed_at=signed_at)
    if signature is not None:
        data = dataclasses.replace(data, customer_signature=signature)
    return AcceptanceSource(header, data, ticket.id, zone)


class InstallationPrintService(Service):
    def __init__(self, database: Database, signing: SigningService) -> None:
        super().__init__(database)
        self._signing = signing

    def acceptance_data(self, actor: Actor, report_id: int) -> InstallationAcceptanceData:
        with self._reading(actor, "print.documents") as session:
            return acceptance_source(session, actor, report_id).data

    def render_signed_acceptance(self, actor: Actor, report_id: int) -> bytes:
        """Rendered and signed with the branch key; StateError("signing_locked" / "branch_key_missing") lets the
        view offer the key dialog or an explicitly unsigned copy, as for the service report."""
        require(actor, "print.documents")
        pdf, number = self._render(actor, report_id)
        return self._signing.sign(actor, pdf, f"安装验收单 {number}")

    def render_unsigned_acceptance(self, actor: Actor, report_id: int) -> bytes:
        require(actor, "print.documents")
        return self._render(actor, report_id)[0]

    def _render(self, actor: Actor, report_id: int) -> tuple[bytes, str]:
        from desktop.printing.installation_acceptance import render_installation_acceptance

        with self._reading(actor, "print.documents") as session:
            source = acceptance_source(session, actor, report_id)
        printed_at = to_local(utc_now(), source.zone)
        pdf = render_installation_acceptance(source.header, source.data, printed_at=printed_at)
        return pdf, source.data.ticket_no

    def mark_printed(self, actor: Actor, document: str, record_id: int, *, signed: bool = False) -> None:
        """Called from the preview's `printed` signal: the ticket's timeline and the audit record what came out."""
        require(actor, "print.documents")
        if document != DOCUMENT:
            raise ValidationError("invalid_choice", "document")
        with self._writing(actor, "print.documents") as session:
            report = session.get(InstallationReport, record_id)
            visit = session.get(Visit, report.visit_id) if report else None
            ticket = session.get(Ticket, visit.ticket_id) if visit else None
            if ticket is None or ticket.branch_id != actor.branch_id:
                raise NotFoundError("record_not_found", "record_id")
            log_event(session, actor, ticket.id, "printed",
                      data={"document": document, "record_id": record_id, "signed": signed})
            audit.record(session, actor, f"{document}.print", "installation_report", record_id, None,
                         {"printed_at": utc_now(), "ticket_id": ticket.id, "signed": signed})
