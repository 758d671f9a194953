"""The completed customer service report (客户服务报告): work, parts with amounts, result and both signatures."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from desktop.errors import ValidationError
from desktop.printing.conduct_block import conduct_table
from desktop.printing.documents import BranchHeader, ServiceReportData
from desktop.printing.labels import Labels
from desktop.printing.layout import (
    SIX_COLUMNS,
    FormPart,
    Grid,
    MinHeight,
    TickOptions,
    add_customer_and_unit,
    fmt_datetime,
    fmt_money,
    para,
    promise_lines,
    render_parts,
    styles,
)
from desktop.printing.qr import make_payload
from desktop.printing.service_sheet import (
    charges_table,
    parts_table,
    satisfaction_ticks,
    signature_row,
)


def check_signature_binding(report: ServiceReportData) -> str:
    """Return the report's content digest, refusing a signature that was given for different content.

    A signature captured before a later edit of the report no longer belongs to what would be printed; the
    service must ask the customer to sign again rather than print a signature under words they did not see.
    """
    digest = report.content_digest()
    for field, signature in (("customer_signature", report.customer_signature),
                             ("engineer_signature", report.engineer_signature)):
        if signature is not None and signature.digest != digest:
            raise ValidationError("signature_digest_mismatch", field)
    return digest


def report_story(header: BranchHeader, report: ServiceReportData, digest: str) -> list[Flowable]:
    labels = Labels(header.language)
    s = styles()
    grid = Grid(SIX_COLUMNS)
    add_customer_and_unit(grid, labels, report.customer, report.unit)
    grid.section(labels("sec_request"))
    grid.fields((labels("received_at"), fmt_datetime(report.received_at)), (labels("fault"), report.fault),
                spans=[1, 3])
    grid.section(labels("sec_service_done"))
    grid.fields(
        (labels("engineer"), report.engineer_name),
        (labels("engineer_phone"), report.engineer_phone),
        (labels("visit_no"), str(report.visit_no)),
    )
    grid.fields((labels("arrival"), fmt_datetime(report.arrival_at)),
                (labels("departure"), fmt_datetime(report.departure_at)), spans=[2, 1])
    grid.fields((labels("cause"), MinHeight(para(report.cause, s.value), 8 * mm)), spans=[5])
    grid.fields((labels("work"), MinHeight(para(report.work_done, s.value), 10 * mm)), spans=[5])

    if report.parts:
        rows = [(p.name, " / ".join(x for x in (p.part_no, p.serial) if x), str(p.quantity), fmt_money(p.unit_price),
                 labels("part_waived") if p.waived else fmt_money(p.amount)) for p in report.parts]
        parts = parts_table(labels, rows, covered_checks=[p.covered for p in report.parts])
    else:
        parts = parts_table(labels, [(labels("no_parts"), "", "", "", "")])
    charges = charges_table(labels, (fmt_money(report.travel_charge), fmt_money(report.labour_charge),
                                     fmt_money(report.parts_total), fmt_money(report.total)))
    note: list[Flowable] = []
    if report.charge_note:
        extra = Grid(SIX_COLUMNS)
        extra.fields((labels("charge_note"), para(report.charge_note, s.value)), spans=[5])
        note.append(extra.table())

    result = Grid(SIX_COLUMNS)
    result.section(labels("sec_result"))
    result.fields((labels("resolved"), TickOptions([labels("resolved.yes"), labels("resolved.no")],
                                                   [0 if report.resolved else 1])), spans=[5])
    result.fields((labels("follow_up"), MinHeight(para(report.follow_up, s.value), 6 * mm)), spans=[5])
    result.fields((labels("customer_comment"), MinHeight(para(report.customer_comment, s.value), 8 * mm)), spans=[5])
    result.fields((labels("satisfaction"), satisfaction_ticks(labels, report.grades, report.satisfaction)),
                  spans=[5])
    result.full(para(labels("signature_binding", digest=digest[:32]), s.hint))

    story: list[Flowable] = [grid.table(), parts, charges, *note]
    if report.conduct:
        story.append(conduct_table(labels, dict(report.conduct)))
    return [*story, result.table(), signature_row(labels, report.customer_signature, report.engineer_signature)]


def report_part(header: BranchHeader, report: ServiceReportData) -> FormPart:
    labels = Labels(header.language)
    digest = check_signature_binding(report)
    return FormPart(
        key=report.ticket_no,
        title=labels("title_service_report"),
        story=report_story(header, report, digest),
        qr_payload=make_payload(report.ticket_no, digest),
        number=(labels("ticket_no"), report.ticket_no),
        footer_lines=promise_lines(header, labels),
    )


def render_service_report(header: BranchHeader, report: ServiceReportData, *,
                          printed_at: dt.datetime | None = None) -> bytes:
    """The service report as PDF bytes, ready for `signing.sign_pdf`."""
    labels = Labels(header.language)
    return render_parts(header, [report_part(header, report)],
                        title=f"{labels('title_service_report')} {report.ticket_no}", subject=report.ticket_no,
                        printed_at=printed_at)

