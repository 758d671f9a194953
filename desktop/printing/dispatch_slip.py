"""The dispatch slip (售后服务派遣单): one engineer's visits for a day, each with a QR code that opens the ticket."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from desktop.printing.conduct_block import conduct_table
from desktop.printing.documents import BranchHeader, DispatchLine, DispatchSlipData
from desktop.printing.labels import Labels
from desktop.printing.layout import (
    LABEL_FILL,
    SIX_COLUMNS,
    FormPart,
    Grid,
    fmt_date,
    fmt_datetime,
    fmt_range,
    grid_style,
    para,
    promise_lines,
    render_parts,
    styles,
)
from desktop.printing.qr import draw_qr, make_payload
from desktop.printing.signature import content_digest

# 携带配件 is wide enough for a part name and its quantity (配件需求 of the visit).
LINE_COLUMNS = (7 * mm, 23 * mm, 25 * mm, 25 * mm, 33 * mm, 31 * mm, 28 * mm, 14 * mm)
QR_SIZE = 15 * mm


class _TicketCell(Flowable):
    """Ticket number above a small QR code carrying the same payload as the ticket's own sheet would."""

    def __init__(self, line: DispatchLine) -> None:
        super().__init__()
        self.line = line

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, QR_SIZE + 4.5 * mm
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(styles().font, 6.5)
        canvas.setFillColorRGB(0.7, 0.15, 0.12)
        canvas.drawCentredString(self.width / 2, self.height - 2.5 * mm, self.line.ticket_no)
        draw_qr(canvas, make_payload(self.line.ticket_no, content_digest(self.line)), (self.width - QR_SIZE) / 2, 0,
                QR_SIZE)


def _lines_table(labels: Labels, slip: DispatchSlipData) -> Table:
    s = styles()
    keys = ("col_no", "col_time", "col_ticket", "col_customer", "col_address", "col_job", "col_parts", "col_done")
    data: list[list[object]] = [[para(labels(k), s.cell_center) for k in keys]]
    for index, line in enumerate(slip.lines, start=1):
        when = fmt_range(line.appointment_start, line.appointment_end)
        if line.deadline:
            when += f"\n{labels('col_deadline')} {fmt_datetime(line.deadline)}"
        data.append([
            para(str(index), s.cell_center),
            para(when, s.small),
            _TicketCell(line),
            para(f"{line.customer_name}\n{line.phone}", s.small),
            para(line.address, s.small),
            para(f"{line.product}\n{line.fault}", s.small),
            para(line.parts_to_take, s.small),
            "",
        ])
    table = Table(data, colWidths=list(LINE_COLUMNS), repeatRows=1)
    table.setStyle(grid_style([("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL), ("VALIGN", (0, 1), (-1, -1), "TOP")]))
    return table


def slip_part(header: BranchHeader, slip: DispatchSlipData) -> FormPart:
    labels = Labels(header.language)
    s = styles()
    grid = Grid(SIX_COLUMNS)
    grid.fields((labels("engineer"), slip.engineer_name), (labels("engineer_phone"), slip.engineer_phone),
                (labels("slip_date"), fmt_date(slip.day)))
    grid.fields((labels("slip_area"), slip.area), (labels("dispatcher"), slip.dispatcher_name),
                (labels("slip_count"), str(len(slip.lines))))
    sign = Grid(SIX_COLUMNS)
    sign.fields((labels("engineer_receipt"), ""), (labels("dispatcher"), ""), (labels("signature_date"), ""))
    sign_table = sign.table()
    sign_table.setStyle([("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)])
    return FormPart(
        key=slip.slip_no,
        title=labels("title_dispatch_slip"),
        story=[grid.table(), Spacer(1, 3 * mm), _lines_table(labels, slip), Spacer(1, 2 * mm),
               para(labels("slip_notice"), s.hint), Spacer(1, 2 * mm),
               conduct_table(labels, hint=labels("conduct_slip_hint")), Spacer(1, 3 * mm), sign_table],
        qr_payload=None,
        number=(labels("slip_no"), slip.slip_no),
        footer_lines=promise_lines(header, labels),
    )


def render_dispatch_slip(header: BranchHeader, slip: DispatchSlipData, *,
                         printed_at: dt.datetime | None = None) -> bytes:
    """The engineer's dispatch slip as PDF bytes (several pages when the day is long; the header repeats)."""
    labels = Labels(header.language)
    return render_parts(header, [slip_part(header, slip)], title=f"{labels('title_dispatch_slip')} {slip.slip_no}",
                        subject=slip.slip_no, printed_at=printed_at)
