"""The benchmark's history (generate_history + add_contact_volume) holds consultations and quality feedback in a busy
branch's numbers, and the export writes every one of them: the workbook read back with openpyxl against the
database, cell by cell for the columns taken straight from the records."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
from sqlalchemy import func, select

from desktop.clock import BRANCH_TZ, local_date_of
from desktop.database import Database
from desktop.demo.history import generate_history
from desktop.demo.history_contacts import QUALITY_CASES, QUESTIONS
from desktop.demo.history_contacts_volume import (
    TICKETS_PER_CONSULTATION,
    TICKETS_PER_QUALITY_FEEDBACK,
    add_contact_volume,
)
from desktop.exports.columns import CONSULTATIONS, QUALITY_FEEDBACK
from desktop.models import Consultation, QualityFeedback, Ticket, User
from desktop.services.exports.export_service import ExportService
from tests.conftest import actor_for

TICKETS = 1600
MS = timedelta(milliseconds=1)


def _local(moment: datetime | None) -> datetime | None:
    return None if moment is None else _ms(moment.astimezone(BRANCH_TZ).replace(tzinfo=None))


def _ms(moment: object) -> object:
    """To the millisecond: a cell holds a time as a fraction of a day, which keeps no finer."""
    if not isinstance(moment, datetime):
        return moment
    return datetime.min + round((moment - datetime.min) / MS) * MS


def test_consultations_and_quality_feedback_come_in_volume_and_reach_the_workbook_unchanged(
        sqlite_db: Database, tmp_path: Path) -> None:
    generate_history(sqlite_db, tickets=TICKETS, seed=7)
    with sqlite_db.read.begin() as session:
        before = session.scalar(select(func.count()).select_from(Consultation))
        quality_before = session.scalar(select(func.count()).select_from(QualityFeedback))
    consultations, feedback = add_contact_volume(sqlite_db, 7)
    assert consultations == TICKETS // TICKETS_PER_CONSULTATION
    assert feedback == max(1, TICKETS // TICKETS_PER_QUALITY_FEEDBACK)

    with sqlite_db.read.begin() as session:
        names = dict(session.execute(select(User.id, User.display_name)).all())
        tickets = dict(session.execute(select(Ticket.id, Ticket.number)).all())
        asked = session.scalars(select(Consultation).order_by(Consultation.created_at, Consultation.id)).all()
        forms = session.scalars(select(QualityFeedback).order_by(QualityFeedback.created_at)).all()
        low, high = session.execute(select(func.min(Ticket.opened_at), func.max(Ticket.opened_at))).one()
        expected_questions = {(c.number, c.caller_name, c.question, c.answer, _local(c.created_at),
                               names[c.created_by]) for c in asked}
        expected_forms = {(f.number, tickets[f.ticket_id], "、".join(f.serials), f.cases, f.fault, f.analysis,
                           f.corrective_action, f.preventive_action, _local(f.created_at), _local(f.sent_at))
                          for f in forms}
    assert len(asked) == before + consultations and len(forms) == quality_before + feedback
    # Realistic content from the demo's own vocabulary, not placeholders.
    vocabulary = {q[2] for q in QUESTIONS}
    assert sum(c.question in vocabulary for c in asked) >= consultations
    faults = {case[1] for case in QUALITY_CASES}
    assert sum(f.fault in faults for f in forms) >= feedback

    start = min(local_date_of(low), *(local_date_of(c.created_at) for c in asked),
                *(local_date_of(f.created_at) for f in forms))
    end = max(local_date_of(high), *(local_date_of(c.created_at) for c in asked),
              *(local_date_of(f.closed_at or f.answered_at or f.sent_at or f.created_at) for f in forms))
    out = tmp_path / "hq.xlsx"
    result = ExportService(sqlite_db).export_workbook(actor_for(sqlite_db, "admin"), start, end, out, "zh",
                                                      mask=False)
    assert result.rows["consultations"] == len(asked)
    assert result.rows["quality_feedback"] == len(forms)

    book = openpyxl.load_workbook(out, read_only=True)
    c_keys, q_keys = CONSULTATIONS.keys, QUALITY_FEEDBACK.keys
    sheet = list(book[CONSULTATIONS.title("zh")].iter_rows(min_row=2, values_only=True))
    got_questions = {tuple(row[c_keys.index(k)] for k in ("consultation_no", "caller_name", "question", "answer",
                                                           "received_at", "taken_by")) for row in sheet}
    sheet = list(book[QUALITY_FEEDBACK.title("zh")].iter_rows(min_row=2, values_only=True))
    got_forms = {tuple(row[q_keys.index(k)] for k in ("feedback_no", "source_no", "serials", "cases", "fault",
                                                       "analysis", "corrective_action", "preventive_action",
                                                       "raised_at", "sent_at")) for row in sheet}
    book.close()
    # Empty texts are empty cells.
    assert {tuple(map(_ms, row)) for row in got_questions} == {
        tuple(v if v != "" else None for v in row) for row in expected_questions}
    assert {tuple(map(_ms, row)) for row in got_forms} == {
        tuple(v if v != "" else None for v in row) for row in expected_forms}
