"""The pre-filled service sheet (客户服务单) the engineer takes to the customer, singly or as a batch."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from desktop.printing.documents import BranchHeader, ServiceSheetData, Signature
from desktop.printing.labels import Labels
from desktop.printing.layout import (
    CONTENT_WIDTH,
    LABEL_FILL,
    SECTION_FILL,
    SIX_COLUMNS,
    FormPart,
    Grid,
    MinHeight,
    RenderCancelled,
    SignatureBox,
    TickOptions,
    add_customer_and_unit,
    fmt_datetime,
    fmt_range,
    grid_style,
    para,
    promise_lines,
    render_parts,
    styles,
)
from desktop.printing.qr import make_payload
from desktop.printing.signature import content_digest

BLANK_PART_ROWS = 3
PART_COLUMNS = (52 * mm, 50 * mm, 16 * mm, 22 * mm, 24 * mm, 22 * mm)
CHARGE_COLUMNS = (20 * mm, 26.5 * mm) * 4


def sheet_digest(sheet: ServiceSheetData) -> str:
    return content_digest(sheet)


def parts_table(labels: Labels, rows: Sequence[Sequence[object]], *, blank_rows: int = 0,
                covered_checks: Sequence[bool] | None = None) -> Table:
    """Parts grid: a header row, then `rows` of (name, no./serial, qty, unit price, amount) or blank rows."""
    s = styles()
    data: list[list[object]] = [[para(labels("sec_parts"), s.section)] + [""] * 5]
    data.append([para(labels(k), s.cell_center) for k in ("part_name", "part_no", "quantity", "unit_price", "amount",
                                                          "covered")])
    for index, row in enumerate(rows):
        covered = bool(covered_checks and covered_checks[index])
        data.append([para(row[0], s.value), para(row[1], s.value), para(row[2], s.cell_center),
                     para(row[3], s.cell_right), para(row[4], s.cell_right),
                     para(labels("yes") if covered else "", s.cell_center)])
    for _ in range(blank_rows):
        data.append(["", "", "", "", "", TickOptions([""], size=8)])
    heights = [None, None] + [None] * len(rows) + [6.5 * mm] * blank_rows
    table = Table(data, colWidths=list(PART_COLUMNS), rowHeights=heights)
    table.setStyle(grid_style([
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), SECTION_FILL),
        ("BACKGROUND", (0, 1), (-1, 1), LABEL_FILL),
        ("LEFTPADDING", (5, 2), (5, -1), 9 * mm),
    ]))
    return table


def charges_table(labels: Labels, values: Sequence[str] = ("", "", "", "")) -> Table:
    s = styles()
    keys = ("charge_travel", "charge_labour", "charge_parts", "total")
    cells: list[object] = []
    for key, value in zip(keys, values):
        cells += [para(labels(key), s.label), para(value, s.cell_right)]
    table = Table([[para(labels("sec_charges"), s.section)] + [""] * 7, cells,
                   [para(labels("charge_notice"), s.hint)] + [""] * 7],
                  colWidths=list(CHARGE_COLUMNS), rowHeights=[None, 7.5 * mm, None])
    table.setStyle(grid_style([
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), SECTION_FILL),
        ("SPAN", (0, 2), (-1, 2)),
        *[("BACKGROUND", (col, 1), (col, 1), LABEL_FILL) for col in (0, 2, 4, 6)],
    ]))
    return table


def signature_row(labels: Labels, customer: Signature | None = None, engineer: Signature | None = None,
                  height: float = 22 * mm) -> Table:
    note = labels("signature_scanned")
    boxes = [
        SignatureBox(labels("customer_signature"), labels("signature_date"), customer, height, note, labels.colon),
        SignatureBox(labels("engineer_signature"), labels("signature_date"), engineer, height, note, labels.colon),
    ]
    table = Table([[para(labels("sec_signatures"), styles().section), ""], boxes],
                  colWidths=[CONTENT_WIDTH / 2, CONTENT_WIDTH / 2])
    table.setStyle(grid_style([("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), SECTION_FILL),
                               ("VALIGN", (0, 1), (-1, 1), "TOP")]))
    return table


def satisfaction_ticks(labels: Labels, grades: Sequence[str], recorded: str = "") -> TickOptions:
    """The branch's grades as tick boxes, the recorded one ticked. A grade no longer offered (a report signed under
    the older scale) is printed after them, ticked, with its own words: the paper shows what the customer chose."""
    codes = list(grades)
    if recorded and recorded not in codes:
        codes.append(recorded)
    return TickOptions([labels.code("satisfaction", c) for c in codes],
                       [codes.index(recorded)] if recorded else [])


def sheet_story(header: BranchHeader, sheet: ServiceSheetData) -> list[Flowable]:
    labels = Labels(header.language)
    s = styles()
    grid = Grid(SIX_COLUMNS)
    add_customer_and_unit(grid, labels, sheet.customer, sheet.unit)
    grid.section(labels("sec_request"))
    grid.fields(
        (labels("received_at"), fmt_datetime(sheet.received_at)),
        (labels("appointment"), fmt_range(sheet.appointment_start, sheet.appointment_end)),
        spans=[1, 3],
    )
    grid.fields((labels("fault"), MinHeight(para(sheet.fault, s.value), 10 * mm)), spans=[5])
    if sheet.notes:
        grid.fields((labels("notes"), sheet.notes), spans=[5])
    grid.section(labels("sec_service"))
    grid.fields(
        (labels("engineer"), sheet.engineer_name),
        (labels("engineer_phone"), sheet.engineer_phone),
        (labels("visit_no"), str(sheet.visit_no)),
    )
    blank_time = para(labels("time_blank"), s.hint_right)
    grid.fields((labels("arrival"), blank_time), (labels("departure"), blank_time), spans=[2, 1])
    grid.fields((labels("cause"), MinHeight(None, 12 * mm)), spans=[5])
    grid.fields((labels("work"), MinHeight(None, 16 * mm)), spans=[5])

    result = Grid(SIX_COLUMNS)
    result.section(labels("sec_result"))
    result.fields((labels("resolved"), TickOptions([labels("resolved.yes"), labels("resolved.no")])), spans=[5])
    result.fields((labels("follow_up"), MinHeight(None, 8 * mm)), spans=[5])
    result.fields((labels("customer_comment"), MinHeight(para(labels("comment_hint"), s.hint), 12 * mm)), spans=[5])
    result.fields((labels("satisfaction"), satisfaction_ticks(labels, sheet.grades)), spans=[5])
    result.full(para(labels("sheet_notice"), s.hint))

    return [
        grid.table(),
        parts_table(labels, [], blank_rows=BLANK_PART_ROWS),
        charges_table(labels),
        result.table(),
        signature_row(labels),
    ]


def sheet_part(header: BranchHeader, sheet: ServiceSheetData) -> FormPart:
    labels = Labels(header.language)
    return FormPart(
        key=sheet.ticket_no,
        title=labels("title_service_sheet"),
        story=sheet_story(header, sheet),
        qr_payload=make_payload(sheet.ticket_no, sheet_digest(sheet)),
        number=(labels("ticket_no"), sheet.ticket_no),
        footer_lines=promise_lines(header, labels),
    )


def render_service_sheet(header: BranchHeader, sheet: ServiceSheetData, *,
                         printed_at: dt.datetime | None = None) -> bytes:
    """One service sheet as PDF bytes."""
    labels = Labels(header.language)
    return render_parts(header, [sheet_part(header, sheet)], title=f"{labels('title_service_sheet')} {sheet.ticket_no}",
                        subject=sheet.ticket_no, printed_at=printed_at)


def render_service_sheets(
    header: BranchHeader,
    sheets: Sequence[ServiceSheetData],
    *,
    printed_at: dt.datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """Many sheets in one PDF (one print job, one embedded font subset).

    `progress(done, total)` is called as each sheet starts and at the end; when `is_cancelled()` turns true the
    build stops with `layout.RenderCancelled`. Meant to run in the background runner, never on the GUI thread.
    """
    labels = Labels(header.language)
    parts = []
    for sheet in sheets:
        if is_cancelled is not None and is_cancelled():
            raise RenderCancelled()
        parts.append(sheet_part(header, sheet))
    return render_parts(header, parts, title=labels("title_service_sheet"), subject=f"{len(parts)}",
                        printed_at=printed_at, progress=progress, is_cancelled=is_cancelled)
