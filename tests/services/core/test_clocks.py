"""meet_clocks: an arrival stops three clocks with one query, each at its own time, the latest round of each."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from desktop.clock import utc_now
from desktop.models import ServiceClock
from desktop.services.core.clocks import meet_clocks, start_clock
from tests.services.dispatch_factories import make_ticket
from tests.statements import caught_statements


def test_several_clocks_are_met_with_one_query_each_at_its_own_time(db) -> None:  # type: ignore[no-untyped-def]
    ticket = make_ticket(db)
    now = utc_now()
    with db.write.begin() as session:
        start_clock(session, ticket, "on_site", now - timedelta(days=2), now - timedelta(days=1), round_=1)
        start_clock(session, ticket, "on_site", now - timedelta(hours=5), now + timedelta(hours=1), round_=2)
        start_clock(session, ticket, "first_contact", now - timedelta(hours=5), now - timedelta(hours=4))
        already = start_clock(session, ticket, "report_back", now - timedelta(hours=5), now - timedelta(hours=4))
        already.met_at = now - timedelta(hours=4, minutes=30)
        start_clock(session, ticket, "callback", now, now + timedelta(hours=8))
    arrived, reported = now - timedelta(minutes=30), now
    with db.write.begin() as session:
        with caught_statements(db, lambda sql: "service_clock" in sql and sql.lstrip().upper().startswith("SELECT")
                               ) as selects:
            met = meet_clocks(session, ticket, {"on_site": arrived, "first_contact": arrived,
                                                "report_back": reported})
        assert len(selects) == 1
        assert set(met) == {"on_site", "first_contact"}  # the report-back kept its first time
    with db.read.begin() as session:
        clocks = {(c.commitment, c.round): c for c in session.scalars(
            select(ServiceClock).where(ServiceClock.ticket_id == ticket))}

    def at(key):  # type: ignore[no-untyped-def]
        value = clocks[key].met_at
        return None if value is None else value.replace(microsecond=0, tzinfo=None)

    assert at(("on_site", 2)) == arrived.replace(microsecond=0, tzinfo=None)
    assert at(("on_site", 1)) is None  # only the latest round
    assert at(("first_contact", 1)) == arrived.replace(microsecond=0, tzinfo=None)
    assert at(("report_back", 1)) == (now - timedelta(hours=4, minutes=30)).replace(microsecond=0, tzinfo=None)
    assert at(("callback", 1)) is None  # not asked for
