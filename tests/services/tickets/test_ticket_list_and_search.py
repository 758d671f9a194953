"""The ticket list in SQL (filters, sort, pages) and the one search box on both databases, incl. 2-character
terms that the trigram index alone cannot answer."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update

from desktop.clock import local_today, utc_now
from desktop.database import Database
from desktop.demo.history import generate_history
from desktop.models import ServiceClock, Ticket
from desktop.services.core.actor import Actor
from desktop.services.core.ticket_search import bigram_text, split_terms
from desktop.services.tickets.ticket_service import TicketFilter, TicketService
from tests.services.intake_factories import open_ticket, register


@pytest.fixture
def three_tickets(db: Database, clerk: Actor) -> list[int]:
    wang = register(db, clerk)
    li = register(db, clerk, phone="0372-2108187", name="李秀兰", serial="HS-RO-77", detail="红旗路 8 号幸福家园",
                  district="北关区")
    return [
        open_ticket(db, clerk, wang, text="屋顶水箱漏水").id,
        open_ticket(db, clerk, li, fault_code="controller", text="控制仪显示E1", phone="03722108187").id,
        open_ticket(db, clerk, wang, fault_code="tube_broken", text="冰雹砸坏两根真空管", note="已告知").id,
    ]


SEARCHES = (
    ("漏水", [0]),  # two characters: answered by the bigram table (SQLite) / the bigram tsvector (PostgreSQL)
    ("水", [0]),  # one character
    ("真空管", [2]),
    ("720001", [2, 0]),  # phone fragment, newest first
    ("2108187", [1]),
    ("李秀兰", [1]),
    ("HS-RO", [1]),  # serial, any case
    ("hs-ro-77", [1]),
    ("幸福家园", [1]),
    ("北关区", [1]),
    ("E1", [1]),
    ("王建国 冰雹", [2]),  # every term must match
    ("漏水 王建国", [0]),  # short and long terms together
    ("不存在的词", []),
    ('"', []),
)


def test_search_box(db: Database, clerk: Actor, three_tickets: list[int]) -> None:
    # One database for all the queries: creating a PostgreSQL database per query would dominate the run time.
    service = TicketService(db)
    found = {query: [r.id for r in service.search(clerk, query)] for query, _ in SEARCHES}
    assert found == {query: [three_tickets[i] for i in expected] for query, expected in SEARCHES}


def test_search_by_ticket_number(db: Database, clerk: Actor, three_tickets: list[int]) -> None:
    service = TicketService(db)
    number = service.detail(clerk, three_tickets[1]).number
    assert [r.id for r in service.search(clerk, number)] == [three_tickets[1]]
    assert [r.id for r in service.search(clerk, number[-9:])] == [three_tickets[1]]


def test_list_page_filters_and_sorts_in_sql(db: Database, clerk: Actor, three_tickets: list[int]) -> None:
    service = TicketService(db)
    page = service.list_page(clerk)
    assert page.total == 3 and [r.id for r in page.rows] == three_tickets[::-1]
    assert [r.id for r in service.list_page(clerk, sort="opened_at", descending=False).rows] == three_tickets
    by_name = service.list_page(clerk, sort="customer", descending=False).rows
    assert [r.customer_name for r in by_name] == sorted(r.customer_name for r in by_name)
    assert service.list_page(clerk, TicketFilter(statuses=("resolved_by_phone",))).total == 1
    assert service.list_page(clerk, TicketFilter(open_only=True)).total == 2
    assert service.list_page(clerk, TicketFilter(search="漏水")).total == 1
    today = local_today()
    assert service.list_page(clerk, TicketFilter(opened_from=today, opened_to=today)).total == 3
    assert service.list_page(clerk, TicketFilter(opened_to=today - timedelta(days=1))).total == 0
    solar_line = service.list_page(clerk).rows[0]
    assert solar_line.product_line == "太阳能热水器"
    assert service.list_page(clerk, TicketFilter(engineer_id=1)).total == 0
    assert service.list_page(clerk, TicketFilter(overdue_only=True)).total == 0
    with db.write.begin() as session:
        session.execute(update(ServiceClock).where(ServiceClock.ticket_id == three_tickets[0])
                        .values(started_at=utc_now() - timedelta(hours=3), due_at=utc_now() - timedelta(hours=2)))
    overdue = service.list_page(clerk, TicketFilter(overdue_only=True))
    assert [r.id for r in overdue.rows] == [three_tickets[0]]
    assert overdue.rows[0].next_due_at is not None and overdue.rows[0].next_due_at < utc_now()
    with db.write.begin() as session:
        session.execute(update(Ticket).where(Ticket.id == three_tickets[1]).values(engineer_id=2))
    assert [r.engineer_name for r in service.list_page(clerk, TicketFilter(engineer_id=2)).rows] == ["刘师傅"]


def test_pages_of_a_larger_history_neither_overlap_nor_skip(sqlite_db: Database) -> None:
    from tests.conftest import actor_for

    clerk = actor_for(sqlite_db, "clerk")
    generate_history(sqlite_db, tickets=450, seed=7)
    service = TicketService(sqlite_db)
    for sort in ("opened_at", "status", "priority"):
        seen: list[int] = []
        offset = 0
        while True:
            page = service.list_page(clerk, sort=sort, offset=offset, limit=100, with_total=offset == 0)
            if not page.rows:
                break
            seen.extend(r.id for r in page.rows)
            offset += 100
        assert len(seen) == len(set(seen)) == 450


def test_short_terms_on_generated_history_agree_with_like(db: Database) -> None:
    """The bigram index (SQLite's side table, PostgreSQL's tsvector column) answers 1-2 character CJK terms exactly
    as a LIKE scan over the same text would; on PostgreSQL from its own GIN index."""
    from sqlalchemy import text

    from desktop.services.core.ticket_search import matching_ids_select, newest_matches

    generate_history(db, tickets=400, seed=11)
    content, key, column = (("ticket_search_content", "id", "c0") if db.is_sqlite
                            else ("ticket_search", "ticket_id", "doc"))
    with db.read.begin() as session:
        for term in ("漏水", "滑县", "滤芯", "真空管", "0372", "杨", "县"):
            like = list(session.scalars(text(
                f"SELECT {key} FROM {content} WHERE {column} LIKE :p ORDER BY {key} DESC LIMIT 100"),
                {"p": f"%{term}%"}))
            assert newest_matches(session, term, 100) == like, term
            assert like, term
        if not db.is_sqlite:
            # A trigram index cannot answer two characters; the bigram column's index can (without a scan).
            session.execute(text("SET LOCAL enable_seqscan = off"))
            query = matching_ids_select(session, "漏水")
            plan = "\n".join(session.scalars(text("EXPLAIN " + str(query.compile(
                compile_kwargs={"literal_binds": True})))))
            assert "ix_fts_ticket_search_grams" in plan, plan


def test_bigram_text_and_terms() -> None:
    assert bigram_text("漏水了 AY01") == " 漏水 水了 了  AY01"
    assert split_terms("  漏水   王建国 ") == ["漏水", "王建国"]


@pytest.mark.postgres
def test_postgres_searches_are_planned_for_their_terms_however_often_they_run(pg_db: Database) -> None:
    """A statement prepared on the server may get one generic plan for every value: for `doc ILIKE $1` that plan
    reads the whole table newest first (1.1 s for a rare name on 1,000,000 tickets). The search box runs the same
    statement all day, so no read is prepared: every search is planned with its own term (the trigram index). The
    saves' statements are prepared (key lookups and inserts, issue 18), on the same pooled connections."""
    from sqlalchemy import text

    from desktop.services.core.ticket_search import newest_matches
    from tests.conftest import actor_for

    clerk = actor_for(pg_db, "clerk")
    ids = [open_ticket(pg_db, clerk, register(pg_db, clerk), text="屋顶水箱漏水").id]
    with pg_db.read() as session:
        for _ in range(12):  # more than psycopg's default threshold (5) and PostgreSQL's custom-plan runs (5)
            assert newest_matches(session, "屋顶水箱", 10) == ids
        prepared = session.scalars(text("SELECT statement FROM pg_prepared_statements")).all()
        assert prepared, "the saves on this connection prepared nothing"
        assert any("INSERT INTO ticket " in s for s in prepared)
        assert not [s for s in prepared if "ticket_search" in s and "ILIKE" in s]


def test_intake_writes_the_search_row_index_tickets_would(db: Database, clerk: Actor,
                                                          three_tickets: list[int]) -> None:
    """Intake builds its ticket's search row from what it read before numbering (issue 18) instead of reading the
    ticket back; that row must be the one index_tickets makes, or a later reindex would change what a search finds."""
    from sqlalchemy import text

    from desktop.services.core.ticket_search import index_tickets

    content, key, column = (("ticket_search_content", "id", "c0") if db.is_sqlite
                            else ("ticket_search", "ticket_id", "doc"))

    def rows() -> dict[int, str]:
        with db.read.begin() as session:
            return dict(session.execute(text(f"SELECT {key}, {column} FROM {content}")).tuples().all())

    written = rows()
    assert set(three_tickets) <= set(written) and "幸福家园" in written[three_tickets[1]]
    with db.write.begin() as session:
        index_tickets(session, three_tickets)
    assert rows() == written
