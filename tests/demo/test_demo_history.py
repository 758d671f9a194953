"""The demo history: consistent rows in every state, numbering that intake continues. (Its speed is measured by
benchmarks/bench_tickets.py, which prints the generation time beside its target; a timed test fails on a busy CI.)"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from desktop.database import Database
from desktop.demo.history import generate_history
from desktop.models import Callback, Customer, CustomerAddress, PartUsage, ReturnClaim, Ticket, Visit
from desktop.models.ticket import TICKET_STATES
from desktop.rules.addresses import address_key
from desktop.services.tickets.ticket_service import TicketService
from tests.conftest import actor_for
from tests.services.intake_factories import open_ticket, register


def test_demo_history_is_complete_and_consistent(db: Database) -> None:
    stats = generate_history(db, tickets=1500, seed=2026)
    assert stats.tickets == 1500
    with db.read.begin() as session:
        states = set(session.scalars(select(Ticket.status).distinct()))
        assert states == set(TICKET_STATES)
        numbers = session.scalar(select(func.count(func.distinct(Ticket.number))))
        assert numbers == 1500
        for model in (Visit, PartUsage, Callback, ReturnClaim):
            assert session.scalar(select(func.count()).select_from(model)), model.__tablename__
        districts = set(session.scalars(select(CustomerAddress.district).distinct()))
        assert {"文峰区", "林州市", "滑县"} <= districts
        # The history writes its rows without the ORM: each address with its key, as the application computes it.
        keys = session.execute(select(CustomerAddress.detail, CustomerAddress.detail_key)).all()
        assert keys and [k for d, k in keys if k != address_key(d)] == []
        assert session.scalar(select(func.count()).select_from(Customer)) == stats.customers
        if db.is_sqlite:
            assert session.execute(text("PRAGMA foreign_key_check")).all() == []
    clerk = actor_for(db, "clerk")
    # The search index covers the history, and today's numbering continues after the generated tickets.
    assert TicketService(db).search(clerk, "漏水")
    opened = open_ticket(db, clerk, register(db, clerk, phone="19912345678", serial="NEW-1"))
    with db.read.begin() as session:
        assert session.scalar(select(func.count()).where(Ticket.number == opened.number)) == 1


def _index_definitions(db: Database) -> list[str]:
    with db.read.begin() as session:
        return list(session.scalars(text("SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' "
                                         "ORDER BY indexname")))


def test_postgresql_loads_an_empty_history_without_its_lookup_indexes_and_builds_them_back(pg_db: Database,
                                                                                             monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.demo import history

    schema = _index_definitions(pg_db)
    dropped: list[list[str]] = []
    rebuild = history._rebuild_indexes

    def watching(conn, **options):  # type: ignore[no-untyped-def]
        dropped.append(list(conn.info.get("bulk_indexes", [])))
        return rebuild(conn, **options)

    monkeypatch.setattr(history, "_rebuild_indexes", watching)
    generate_history(pg_db, tickets=200, seed=3)
    # The trigram and bigram indexes and the lookup btrees were set aside; every one is back as the migrations made it.
    assert any("gin_trgm_ops" in d for d in dropped[0]) and any("ix_ticket_event_ticket_id" in d for d in dropped[0])
    assert _index_definitions(pg_db) == schema
    # More history on top keeps its indexes (nothing set aside) and they stay whole.
    generate_history(pg_db, tickets=50, seed=4)
    assert dropped[1] == [] and _index_definitions(pg_db) == schema


def test_gin_indexes_are_built_in_smaller_memory_than_the_btrees(pg_db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A GIN build is cheaper with GIN_BUILD_MEMORY (its key runs stay in the caches); a b-tree sorts in the larger
    memory; and each connection has its own setting back after the builds."""
    from sqlalchemy import Connection

    from desktop.demo import history

    seen: dict[str, str] = {}
    execute = Connection.exec_driver_sql

    def watching(self, statement, *args, **kwargs):  # type: ignore[no-untyped-def]
        if statement.startswith("CREATE INDEX"):
            seen[statement.split()[2]] = execute(self, "SHOW maintenance_work_mem").scalar()
        return execute(self, statement, *args, **kwargs)

    monkeypatch.setattr(Connection, "exec_driver_sql", watching)
    generate_history(pg_db, tickets=200, seed=3)
    assert seen["ix_trgm_ticket_search_doc"] == seen["ix_fts_ticket_search_grams"] == history.GIN_BUILD_MEMORY
    assert seen["ix_trgm_customer_phone_number"] == history.GIN_BUILD_MEMORY
    btrees = {name: memory for name, memory in seen.items() if "_trgm_" not in name and "_fts_" not in name}
    assert btrees and all(memory not in (history.GIN_BUILD_MEMORY, "64MB") for memory in btrees.values()), btrees
    with pg_db.engine.connect() as conn:
        assert conn.exec_driver_sql("SHOW maintenance_work_mem").scalar() == "64MB"  # the server's default


def test_a_failed_postgresql_load_still_builds_the_indexes_back(pg_db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from desktop.demo import history

    schema = _index_definitions(pg_db)

    def broken(self, batch, index):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk full")

    monkeypatch.setattr(history._Generator, "ticket", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        generate_history(pg_db, tickets=10, seed=5)
    assert _index_definitions(pg_db) == schema


def test_postgresql_history_stores_the_search_text_and_json_the_app_would(pg_db: Database) -> None:
    """The load writes ticket_search and the json columns its own way (bigram text cut field by field, json made by
    the C encoder for COPY): what it stores is what the app's own writes would store for the same values."""
    import json

    from desktop.services.core.ticket_search import TS_CONFIG, bigram_text

    generate_history(pg_db, tickets=300, seed=8, workers=2)
    with pg_db.read.begin() as session:
        rows = session.execute(text("SELECT doc, grams::text FROM ticket_search ORDER BY ticket_id")).all()
        assert len(rows) == 300
        for doc, grams in rows:
            made = session.scalar(text(f"SELECT to_tsvector('{TS_CONFIG}', :g)::text"), {"g": bigram_text(doc)})
            assert grams == made, doc
        stored = list(session.scalars(text(
            "SELECT data::text FROM ticket_event WHERE data IS NOT NULL UNION ALL "
            "SELECT answers::text FROM callback UNION ALL SELECT checks::text FROM installation_report")))
        assert len(stored) > 300
        # json keeps the text it is given: json.dumps' own (SQLAlchemy's), spacing and escapes included.
        assert all(value == json.dumps(json.loads(value)) for value in stored)


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_the_demo_engineers_account_has_an_agreed_visit_to_open(seeded_sqlite_template, tmp_path, seed) -> None:  # type: ignore[no-untyped-def]
    """The demo engineer signs in to My day: at some hours every agreed visit of the history had gone to the five
    other engineers, and My day (and the result sheet the catalogue opens from it) had nothing."""
    import shutil

    from desktop.database import open_database, sqlite_url
    from desktop.models import Engineer, User

    path = tmp_path / f"seed{seed}.sqlite3"
    shutil.copyfile(seeded_sqlite_template, path)
    database = open_database(sqlite_url(path))
    try:
        generate_history(database, tickets=120, seed=seed)
        with database.read.begin() as session:
            own = session.scalar(
                select(func.count()).select_from(Visit).join(Engineer, Engineer.id == Visit.engineer_id)
                .join(User, User.id == Engineer.user_id)
                .join(Ticket, Ticket.id == Visit.ticket_id)
                .where(User.username == "engineer", Visit.status == "scheduled", Ticket.kind == "repair"))
        assert own >= 1
        # My day (today and tomorrow) is where that account opens: the visit is there at any hour.
        from desktop.clock import local_today
        from desktop.services.dispatch.my_day_service import MyDayService
        from tests.conftest import actor_for

        day = MyDayService(database).visits(actor_for(database, "engineer"), local_today())
        assert day.visits
    finally:
        database.dispose()


@pytest.mark.parametrize(("tickets", "hour"), [(300, 0), (300, 12), (300, 14), (1500, 0)])
def test_the_demo_has_old_parts_still_due_at_any_hour(seeded_sqlite_template, tmp_path, monkeypatch, tickets,
                                                      hour) -> None:  # type: ignore[no-untyped-def]
    """The old-parts list (and the dialog the catalogue opens from it, from the views' 300-ticket history) was
    empty at some hours: every free warranty part had been handed in (300 tickets at 00:30 UTC). The last week's
    stay in the vans. 12:30 and 14:30 are the hours with the fewest."""
    import shutil
    from datetime import UTC, datetime

    import desktop.demo.history as history_module
    from desktop.database import open_database, sqlite_url
    from desktop.services.stock.return_service import ReturnService
    from tests.conftest import actor_for

    monkeypatch.setattr(history_module, "utc_now", lambda: datetime(2026, 11, 30, hour, 30, tzinfo=UTC))
    path = tmp_path / f"demo{hour}.sqlite3"
    shutil.copyfile(seeded_sqlite_template, path)
    database = open_database(sqlite_url(path))
    try:
        generate_history(database, tickets=tickets, seed=2026)  # the demo's seed (desktop/composition.py)
        assert ReturnService(database).old_parts_due(actor_for(database, "admin"))
    finally:
        database.dispose()
