"""The return list (旧件及配件返还清单) that goes in the box with old parts and stock sent back to HQ or the factory."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from desktop.printing.documents import BranchHeader
from desktop.printing.labels import Labels
from desktop.printing.layout import (
    CONTENT_WIDTH,
    LABEL_FILL,
    SECTION_FILL,
    SIX_COLUMNS,
    FormPart,
    Grid,
    SignatureBox,
    fmt_datetime,
    fmt_money,
    grid_style,
    para,
    promise_lines,
    render_parts,
    styles,
)

LINE_COLUMNS = (8 * mm, 26 * mm, 40 * mm, 10 * mm, 11 * mm, 26 * mm, 25 * mm, 14 * mm, 26 * mm)


@dataclass(frozen=True)
class ReturnListLine:
    part_code: str
    part_name: str
    unit: str
    quantity: int
    unit_price: Decimal
    old_part: bool
    tag_no: str = ""
    ticket_no: str = ""

    @property
    def amount(self) -> Decimal:
        return self.unit_price * self.quantity


@dataclass(frozen=True)
class ReturnListData:
    number: str
    destination: str  # hq | factory
    created_at: dt.datetime  # branch local
    handled_by: str
    note: str
    lines: tuple[ReturnListLine, ...]

    @property
    def quantity(self) -> int:
        return sum(line.quantity for line in self.lines)

    @property
    def amount(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal(0))


def _lines_table(labels: Labels, data: ReturnListData) -> Table:
    s = styles()
    keys = ("col_no", "col_part_code", "col_part_name", "col_unit", "col_qty", "col_tag", "col_source_ticket",
            "col_line_kind", "col_value")
    rows: list[list[object]] = [[para(labels(k), s.cell_center) for k in keys]]
    for index, line in enumerate(data.lines, start=1):
        rows.append([
            para(str(index), s.cell_center), para(line.part_code, s.small), para(line.part_name, s.small),
            para(line.unit, s.cell_center), para(str(line.quantity), s.cell_center), para(line.tag_no, s.small),
            para(line.ticket_no, s.small), para(labels("line_kind.old" if line.old_part else "line_kind.good"),
                                                s.cell_center),
            para(fmt_money(line.amount), s.cell_right),
        ])
    table = Table(rows, colWidths=list(LINE_COLUMNS), repeatRows=1)
    table.setStyle(grid_style([("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL), ("VALIGN", (0, 1), (-1, -1), "TOP")]))
    return table


def return_list_part(header: BranchHeader, data: ReturnListData) -> FormPart:
    labels = Labels(header.language)
    s = styles()
    grid = Grid(SIX_COLUMNS)
    grid.fields((labels("return_to"), labels.code("destination", data.destination)),
                (labels("return_date"), fmt_datetime(data.created_at)), (labels("handled_by"), data.handled_by))
    if data.note:
        grid.fields((labels("return_note"), data.note), spans=[5])
    totals = labels("return_totals", lines=len(data.lines), quantity=data.quantity, amount=fmt_money(data.amount))
    boxes = Table(
        [[para(labels("sec_signatures"), s.section), "", ""],
         [SignatureBox(labels(key), labels("signature_date"), None, 18 * mm, "", labels.colon)
          for key in ("handled_by", "warehouse_keeper", "receiver")]],
        colWidths=[CONTENT_WIDTH / 3] * 3)
    boxes.setStyle(grid_style([("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), SECTION_FILL),
                               ("VALIGN", (0, 1), (-1, 1), "TOP")]))
    story: list[Flowable] = [grid.table(), Spacer(1, 3 * mm), _lines_table(labels, data), Spacer(1, 2 * mm),
                             para(totals, s.value), para(labels("return_notice"), s.hint), Spacer(1, 3 * mm), boxes]
    return FormPart(key=data.number, title=labels("title_return_list"), story=story, qr_payload=None,
                    number=(labels("return_no"), data.number), footer_lines=promise_lines(header, labels))


def render_return_list(header: BranchHeader, data: ReturnListData, *, printed_at: dt.datetime | None = None) -> bytes:
    labels = Labels(header.language)
    return render_parts(header, [return_list_part(header, data)],
                        title=f"{labels('title_return_list')} {data.number}", subject=data.number,
                        printed_at=printed_at)
