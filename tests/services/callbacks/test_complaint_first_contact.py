"""The complainant's first contact is a service clock (seed 003 「几分钟后给您答复」): a setting, 30 minutes by default,
met by the call back (or by standing on site, or by the answer), and counted."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update

from desktop.clock import local_today, utc_now
from desktop.errors import StateError, ValidationError
from desktop.models import Complaint
from desktop.services.admin.settings_service import SettingsService
from desktop.services.callbacks.complaint_service import ComplaintService
from desktop.services.dashboard.dashboard_service import DashboardService
from tests.services.callback_factories import make_completed_ticket


def _open(db, actor, description: str = "安装师傅态度差"):  # type: ignore[no-untyped-def]
    made = make_completed_ticket(db, actor, with_callback=False)
    return ComplaintService(db).open(actor, customer_id=made.customer_id, ticket_id=made.ticket_id, source="phone",
                                     concerns="staff", description=description)


def _backdate(db, complaint_id: int, minutes: int) -> None:  # type: ignore[no-untyped-def]
    with db.write.begin() as session:
        session.execute(update(Complaint).where(Complaint.id == complaint_id).values(
            created_at=utc_now() - timedelta(minutes=minutes + 30),
            first_contact_due_at=utc_now() - timedelta(minutes=minutes)))


def test_the_first_contact_is_due_in_thirty_minutes_by_default(db, clerk, supervisor) -> None:  # type: ignore[no-untyped-def]
    complaint = _open(db, clerk)
    assert complaint.first_contact_due_at - complaint.created_at == timedelta(minutes=30)
    assert complaint.first_contact_at is None and not complaint.first_contact_overdue
    SettingsService(db).set(supervisor, "complaint.first_contact_minutes", 10)
    sooner = _open(db, clerk)
    assert sooner.first_contact_due_at - sooner.created_at == timedelta(minutes=10)


def test_the_call_back_meets_the_clock_once(db, clerk) -> None:  # type: ignore[no-untyped-def]
    service = ComplaintService(db)
    complaint = _open(db, clerk)
    with pytest.raises(ValidationError):
        service.record_first_contact(clerk, complaint.id, complaint.version, "")
    called = service.record_first_contact(clerk, complaint.id, complaint.version, "已回电，约明天上午上门查看")
    assert called.first_contact_at is not None and called.first_contact_at <= called.first_contact_due_at
    assert called.steps[-1].note == "已回电，约明天上午上门查看"
    with pytest.raises(StateError):
        service.record_first_contact(clerk, called.id, called.version, "again")


def test_an_uncontacted_complaint_is_overdue_and_listed(db, clerk, supervisor) -> None:  # type: ignore[no-untyped-def]
    service = ComplaintService(db)
    waiting = _open(db, clerk)
    _backdate(db, waiting.id, 5)
    late = service.detail(clerk, waiting.id)
    assert late.first_contact_overdue and not late.overdue  # the answer itself is not due yet
    assert [r.id for r in service.list_page(clerk, status="overdue").rows] == [waiting.id]
    assert service.indicators(clerk, utc_now() - timedelta(days=1), utc_now()).overdue_now == 1
    # Going on site counts as the contact; the clock is then decided, late.
    inspected = service.record_inspection(clerk, late.id, late.version, "现场查看，师傅未穿鞋套")
    assert inspected.first_contact_at is not None and not inspected.first_contact_overdue
    assert service.list_page(clerk, status="overdue").total == 0
    on_time = _open(db, clerk)
    service.record_first_contact(clerk, on_time.id, on_time.version, "已致歉")
    today = local_today()  # the dashboard's days are the branch's days
    contacts = DashboardService(db).indicators(supervisor, today - timedelta(days=1), today).contacts
    assert contacts is not None
    assert (contacts.complaints_contacted_on_time, contacts.complaints_contact_decided) == (1, 2)
