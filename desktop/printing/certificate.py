"""The return/exchange certificate (退换货凭证): the decision, the rule that produced it, the money and the approval."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Table

from desktop.printing.documents import BranchHeader, CertificateData
from desktop.printing.labels import Labels
from desktop.printing.layout import (
    CONTENT_WIDTH,
    SECTION_FILL,
    SIX_COLUMNS,
    FormPart,
    Grid,
    SignatureBox,
    add_customer_and_unit,
    fmt_date,
    fmt_datetime,
    fmt_money,
    grid_style,
    para,
    promise_lines,
    render_parts,
    styles,
)
from desktop.printing.qr import make_payload
from desktop.printing.signature import content_digest


def certificate_digest(cert: CertificateData) -> str:
    fields = {f.name: getattr(cert, f.name) for f in dataclasses.fields(cert) if f.name != "customer_signature"}
    return content_digest(fields)

def _rate(rate: Decimal | None) -> str:
    return "" if rate is None else f"{(rate * 100).normalize():f}%"

def _days(days: int | None) -> str:
    return "" if days is None else str(days)

def certificate_part(header: BranchHeader, cert: CertificateData) -> FormPart:
    labels = Labels(header.language)
    s = styles()
    grid = Grid(SIX_COLUMNS)
    add_customer_and_unit(grid, labels, cert.customer, cert.unit)

    grid.section(labels("sec_decision"))
    grid.fields((labels("ticket_no"), cert.ticket_no), (labels("claim_date"), fmt_date(cert.claim_date)),
                (labels("requested_remedy"), labels.code("outcome", cert.requested_remedy)))
    grid.fields((labels("outcome"), para(labels.code("outcome", cert.outcome), s.value_large)),
                (labels("rule"), cert.rule_id), spans=[1, 3])
    if cert.requested_denied:
        grid.full(para(labels("requested_denied"), s.hint))
    allowed = "、".join(labels.code("outcome", r) for r in cert.allowed_remedies) if labels.language == "zh" else \
        ", ".join(labels.code("outcome", r) for r in cert.allowed_remedies)
    grid.fields((labels("allowed_remedies"), allowed), spans=[5])
    grid.fields((labels("rule_explanation"), cert.rule_explanation), spans=[5])
    if cert.outcome == "refuse":
        grid.full(para(labels("refuse_notice"), s.value))

    if cert.price is not None:
        grid.section(labels("sec_money"))
        grid.fields((labels("invoice_date"), fmt_date(cert.invoice_date)), (labels("price"), fmt_money(cert.price)),
                    (labels("days_used"), _days(cert.days_used)))
        grid.fields((labels("repair_days"), _days(cert.repair_days)),
                    (labels("depreciation_days"), _days(cert.depreciation_days)),
                    (labels("depreciation_rate"), _rate(cert.depreciation_rate)))
        grid.fields((labels("depreciation_amount"), fmt_money(cert.depreciation_amount)),
                    (labels("refund_amount"), para(fmt_money(cert.refund_amount), s.value_large)),
                    (labels("exchange_model"), cert.exchange_model))

    grid.section(labels("sec_approval"))
    approver = f"{cert.approver_name}（{cert.approver_role}）" if cert.approver_role else cert.approver_name
    grid.fields((labels("approver"), approver), (labels("approved_at"), fmt_datetime(cert.approved_at)),
                (labels("hq_confirmation"), cert.hq_confirmation))
    if cert.override_reason:
        grid.fields((labels("override_reason"), cert.override_reason), spans=[5])
    grid.full(para(labels("certificate_basis"), s.hint))

    boxes = Table(
        [[para(labels("sec_signatures"), s.section), ""],
         [SignatureBox(labels("customer_signature"), labels("signature_date"), cert.customer_signature, 24 * mm,
                       labels("signature_scanned"), labels.colon),
          SignatureBox(labels("branch_seal"), labels("signature_date"), None, 24 * mm, "", labels.colon)]],
        colWidths=[CONTENT_WIDTH / 2, CONTENT_WIDTH / 2],
    )
    boxes.setStyle(grid_style([("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), SECTION_FILL),
                               ("VALIGN", (0, 1), (-1, 1), "TOP")]))
    return FormPart(
        key=cert.claim_no,
        title=labels("title_certificate"),
        story=[grid.table(), boxes],
        qr_payload=make_payload(cert.ticket_no, certificate_digest(cert)),
        number=(labels("claim_no"), cert.claim_no),
        footer_lines=promise_lines(header, labels),
    )

def render_certificate(header: BranchHeader, cert: CertificateData, *, printed_at: dt.datetime | None = None) -> bytes:
    """The certificate as PDF bytes, ready for `signing.sign_pdf`."""
    labels = Labels(header.language)
    return render_parts(header, [certificate_part(header, cert)],
                        title=f"{labels('title_certificate')} {cert.claim_no}", subject=cert.ticket_no,
                        printed_at=printed_at)
