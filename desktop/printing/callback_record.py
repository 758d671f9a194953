"""The callback record (客户回访记录): the scripted questions of seed 000 回访规范 with the customer's answers."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Table

from desktop.printing.documents import BranchHeader, CallbackRecordData
from desktop.printing.labels import Labels
from desktop.printing.layout import (
    CONTENT_WIDTH,
    SECTION_FILL,
    SIX_COLUMNS,
    FormPart,
    Grid,
    MinHeight,
    add_customer_and_unit,
    fmt_date,
    fmt_datetime,
    grid_style,
    para,
    promise_lines,
    render_parts,
    styles,
)
from desktop.printing.qr import make_payload
from desktop.printing.service_sheet import satisfaction_ticks
from desktop.printing.signature import content_digest

ANSWER_WIDTH = 30 * mm


def _answer(labels: Labels, value: bool | None) -> str:
    if value is None:
        return labels("not_asked")
    return labels("yes") if value else labels("no")


def callback_part(header: BranchHeader, record: CallbackRecordData) -> FormPart:
    labels = Labels(header.language)
    s = styles()
    grid = Grid(SIX_COLUMNS)
    add_customer_and_unit(grid, labels, record.customer, record.unit)
    grid.section(labels("sec_callback"))
    grid.fields((labels("callback_time"), fmt_datetime(record.called_at)), (labels("agent"), record.agent_name),
                (labels("channel"), labels.code("channel", record.channel)))
    grid.fields((labels("reached"), labels("yes") if record.reached else labels("no")),
                (labels("engineer"), record.engineer_name),
                (labels("service_date"), fmt_date(record.service_date)))

    # One row per question, each with its own answer: Q1 asks two things, so it takes two rows.
    product = record.unit.product or labels("product_generic")
    questions = [
        (labels("q1"), record.satisfied_with_service),
        (labels("q1b"), record.explained_use),
        (labels("q2"), record.manual_read),
        (labels("q3", product=product), record.product_working),
        (labels("q5"), record.conduct_kept),
    ]
    rows: list[list[object]] = [[para(labels("sec_answers"), s.section), ""]]
    rows += [[para(text, s.value), para(_answer(labels, answer), s.cell_center)] for text, answer in questions]
    answers = Table(rows, colWidths=[CONTENT_WIDTH - ANSWER_WIDTH, ANSWER_WIDTH])
    answers.setStyle(grid_style([("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), SECTION_FILL)]))

    more = Grid(SIX_COLUMNS)
    more.fields((labels("suggestions"), MinHeight(para(record.suggestions, s.value), 10 * mm)), spans=[5])
    more.fields((labels("service_complaint"), MinHeight(para(record.service_complaint, s.value), 10 * mm)), spans=[5])
    more.fields((labels("product_complaint"), MinHeight(para(record.product_complaint, s.value), 10 * mm)), spans=[5])
    more.fields((labels("satisfaction"), satisfaction_ticks(labels, record.grades, record.satisfaction)), spans=[5])
    more.fields((labels("follow_up_needed"), labels("yes") if record.follow_up_needed else labels("no")),
                (labels("follow_up_ref"), record.follow_up_ref), spans=[1, 3])
    closing_key = f"closing.{record.closing_line}"
    more.fields((labels("closing_line"), labels(closing_key, hotline=header.hotline)), spans=[5])
    if record.notes:
        more.fields((labels("notes"), record.notes), spans=[5])

    return FormPart(
        key=record.ticket_no,
        title=labels("title_callback_record"),
        story=[grid.table(), answers, more.table()],
        qr_payload=make_payload(record.ticket_no, content_digest(record)),
        number=(labels("ticket_no"), record.ticket_no),
        footer_lines=promise_lines(header, labels),
    )


def render_callback_record(header: BranchHeader, record: CallbackRecordData, *,
                           printed_at: dt.datetime | None = None) -> bytes:
    labels = Labels(header.language)
    return render_parts(header, [callback_part(header, record)],
                        title=f"{labels('title_callback_record')} {record.ticket_no}", subject=record.ticket_no,
                        printed_at=printed_at)
