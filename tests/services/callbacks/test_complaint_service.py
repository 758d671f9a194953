"""ComplaintService: promised answer time, inspection before liability, closing, who sees what."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.exc import IntegrityError

from desktop.clock import utc_now
from desktop.errors import PermissionDenied, StateError, ValidationError
from desktop.models import Complaint
from desktop.services.admin.settings_service import SettingsService
from desktop.services.callbacks.complaint_service import ComplaintService
from tests.services.callback_factories import make_completed_ticket


def _open(db, actor, **kw):  # type: ignore[no-untyped-def]
    made = make_completed_ticket(db, actor, with_callback=False)
    return ComplaintService(db).open(actor, customer_id=made.customer_id, ticket_id=made.ticket_id,
                                     source=kw.pop("source", "phone"), concerns=kw.pop("concerns", "product"),
                                     description=kw.pop("description", "水箱漏水，已经两次了"), **kw)


def test_open_numbers_and_promises_an_answer_time(db, clerk, supervisor) -> None:  # type: ignore[no-untyped-def]
    SettingsService(db).set(supervisor, "complaint.answer_hours", 4)
    complaint = _open(db, clerk, concerns="staff", concerns_person="张师傅")
    assert complaint.number.startswith("AY01-C") and complaint.status == "open"
    assert complaint.owner_id == clerk.user_id and complaint.concerns_person == "张师傅"
    assert timedelta(hours=3, minutes=59) < complaint.promised_answer_at - utc_now() <= timedelta(hours=4)
    assert not complaint.can_state_liability
    with pytest.raises(ValidationError):
        _open(db, clerk, source="email")


def test_liability_is_refused_before_the_inspection(db, clerk) -> None:  # type: ignore[no-untyped-def]
    service = ComplaintService(db)
    complaint = _open(db, clerk)
    with pytest.raises(StateError) as err:
        service.set_liability(clerk, complaint.id, complaint.version, "company")
    assert err.value.code == "inspection_required"
    inspected = service.record_inspection(clerk, complaint.id, complaint.version, "现场查看：焊缝渗水")
    assert inspected.status == "inspected" and inspected.can_state_liability
    decided = service.set_liability(clerk, complaint.id, inspected.version, "company")
    assert decided.liability == "company"
    assert [s.note for s in decided.steps] == ["现场查看：焊缝渗水"]


def test_schema_refuses_liability_without_inspection_too(db, clerk) -> None:  # type: ignore[no-untyped-def]
    complaint = _open(db, clerk)
    with pytest.raises(IntegrityError), db.write.begin() as session:
        session.get(Complaint, complaint.id).liability = "company"


def test_answer_closes_only_when_the_customer_accepts(db, clerk) -> None:  # type: ignore[no-untyped-def]
    service = ComplaintService(db)
    complaint = _open(db, clerk)
    stepped = service.add_step(clerk, complaint.id, complaint.version, "已电话联系客户，约定明天上门")
    assert stepped.version > complaint.version and len(stepped.steps) == 1
    refused = service.answer(clerk, complaint.id, stepped.version, "免费更换水箱", customer_accepted=False)
    assert refused.status == "answered" and refused.closed_at is None
    closed = service.answer(clerk, complaint.id, refused.version, "免费更换水箱并延保一年", customer_accepted=True)
    assert closed.status == "closed" and closed.customer_accepted and closed.closed_at is not None
    with pytest.raises(StateError):
        service.add_step(clerk, complaint.id, closed.version, "再次回访")


def test_supervisor_sees_all_others_their_own_and_overdue_is_flagged(db, clerk, supervisor, dispatcher) -> None:  # type: ignore[no-untyped-def]
    service = ComplaintService(db)
    mine = _open(db, clerk)
    theirs = _open(db, dispatcher)
    with db.write.begin() as session:
        session.get(Complaint, theirs.id).promised_answer_at = utc_now() - timedelta(hours=1)
    assert [r.id for r in service.list_page(clerk).rows] == [mine.id]
    assert {r.id for r in service.list_page(supervisor).rows} == {mine.id, theirs.id}
    overdue = service.list_page(supervisor, status="overdue")
    assert [r.id for r in overdue.rows] == [theirs.id] and overdue.rows[0].overdue
    with pytest.raises(PermissionDenied):
        service.detail(clerk, theirs.id)
    assert service.detail(supervisor, theirs.id).overdue
    figures = service.indicators(supervisor, utc_now() - timedelta(days=1), utc_now() + timedelta(days=1))
    assert (figures.opened, figures.open_now, figures.overdue_now, figures.closed) == (2, 2, 1, 0)


def test_engineer_cannot_work_complaints(db, clerk, engineer_user) -> None:  # type: ignore[no-untyped-def]
    complaint = _open(db, clerk)
    with pytest.raises(PermissionDenied):
        ComplaintService(db).record_inspection(engineer_user, complaint.id, complaint.version, "看过了")
