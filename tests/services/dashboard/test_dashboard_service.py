"""DashboardService on a generated history: SQL counts agree with plain counts of the same rows."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from desktop.clock import local_today
from desktop.database import Database
from desktop.demo.history import generate_history
from desktop.errors import PermissionDenied, ValidationError
from desktop.models import Ticket
from desktop.services.dashboard.dashboard_service import DashboardService
from tests.conftest import actor_for


def test_indicators_add_up(db: Database) -> None:
    generate_history(db, tickets=150, seed=3)
    today = local_today()
    start = today - timedelta(days=29)
    d = DashboardService(db).indicators(actor_for(db, "clerk"), start, today)
    with db.read.begin() as session:
        opened = session.scalars(select(Ticket.opened_at)).all()
        total = session.scalar(select(func.count(Ticket.id)))
    from desktop.clock import BRANCH_TZ
    from desktop.services.exports.export_period import Period

    low, high = Period(start, today).utc_bounds(BRANCH_TZ)
    assert sum(n for day in d.tickets_per_day for _, n in day.counts) == sum(low <= t < high for t in opened) > 0
    assert total == 150
    assert all(start <= day.day <= today for day in d.tickets_per_day)
    assert [c.commitment for c in d.on_time] == ["first_contact", "report_back", "on_site", "callback"]
    assert all(0 <= c.met <= c.decided for c in d.on_time)
    assert 0 <= d.first_visit_fixed <= d.first_visit_total
    assert d.satisfaction_by_week and all(w.pleased <= w.rated for w in d.satisfaction_by_week)
    assert d.engineer_load and all(e.hours >= 0 for e in d.engineer_load)
    assert d.week_start.weekday() == 0


def test_engineer_may_not_read_the_dashboard_and_range_is_checked(db: Database) -> None:
    today = local_today()
    with pytest.raises(PermissionDenied):
        DashboardService(db).indicators(actor_for(db, "engineer"), today, today)
    with pytest.raises(ValidationError):
        DashboardService(db).indicators(actor_for(db, "admin"), today, today - timedelta(days=1))
