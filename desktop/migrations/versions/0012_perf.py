"""search and clocks at branch scale: the running service clocks get a small partial index instead of one over every
clock (the clock watch asks for them every minute on every PC); on PostgreSQL, 1-2 character search terms get an index of their own (the
trigram index cannot answer them): ticket_search.grams, the document's CJK bigrams (the text SQLite's
ticket_search_bigram holds) as a tsvector with a GIN index; the charges, claims and callback lists get indexes in
their own order, so their first page is read without a pass over the whole history

Revision ID: 0012_perf
Revises: 0009_audit_anchor
Create Date: 2026-11-29 14:00:00

Existing documents are cut into bigrams here, in batches (a branch with a million tickets takes a minute or two).
SQLite already has its bigram table (migration 0002): nothing changes there.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0012_perf"
down_revision = "0009_audit_anchor"
branch_labels = None
depends_on = None

BATCH = 5000
# As desktop/services/core/ticket_search.py cuts documents (kept here so the migration never changes with it).
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def _bigram_text(doc: str) -> str:
    def cut(match: re.Match[str]) -> str:
        run = match.group(0)
        grams = [run[i:i + 2] for i in range(len(run) - 1)]
        grams.append(run[-1])
        return " " + " ".join(grams) + " "

    return _CJK_RUN.sub(cut, doc)


LIVE_SQLITE = "met_at IS NULL AND cancelled IS 0"
LIVE_POSTGRESQL = "met_at IS NULL AND cancelled IS false"


def upgrade() -> None:
    connection = op.get_bind()
    # (met_at, due_at) held every clock ever started: the running ones are a few per open ticket.
    op.drop_index("ix_service_clock_open_due", "service_clock")
    op.create_index("ix_service_clock_live_ticket", "service_clock", ["ticket_id", "due_at", "commitment"],
                    sqlite_where=sa.text(LIVE_SQLITE), postgresql_where=sa.text(LIVE_POSTGRESQL))
    # First openings of the areas on a long history: each list walks an index in its own order and stops after a
    # page (charges: newest visit first; claims: newest claim first); the callback queue and its counts read one
    # index (pending, branch, due time); the queue header's 30-day indicators are bounded by the first due time.
    op.create_index("ix_service_report_departed", "service_report", ["departed_at", "id"])
    op.create_index("ix_return_claim_created", "return_claim", ["created_at", "id"])
    op.drop_index("ix_callback_status_due", "callback")
    op.create_index("ix_callback_status_branch_due", "callback", ["status", "branch_id", "due_at"])
    op.create_index("ix_callback_first_due", "callback", ["first_due_at"])
    if connection.dialect.name == "sqlite":
        return
    # The clock watch reads the open tickets' ids (and branch) from the status index alone (SQLite's indexes hold
    # the rowid already).
    op.drop_index("ix_ticket_status_opened", "ticket")
    op.create_index("ix_ticket_status_opened", "ticket", ["status", "opened_at"],
                    postgresql_include=["id", "branch_id"])
    op.execute("ALTER TABLE ticket_search ADD COLUMN grams tsvector")
    last = 0
    while True:
        rows = connection.execute(sa.text("SELECT ticket_id, doc FROM ticket_search WHERE ticket_id > :last "
                                          "ORDER BY ticket_id LIMIT :batch"), {"last": last, "batch": BATCH}).all()
        if not rows:
            break
        connection.execute(
            sa.text("UPDATE ticket_search SET grams = to_tsvector('simple', v.grams) "
                    "FROM unnest(CAST(:ids AS integer[]), CAST(:grams AS text[])) AS v(ticket_id, grams) "
                    "WHERE ticket_search.ticket_id = v.ticket_id"),
            {"ids": [r[0] for r in rows], "grams": [_bigram_text(r[1]) for r in rows]})
        last = rows[-1][0]
    op.execute("ALTER TABLE ticket_search ALTER COLUMN grams SET NOT NULL")
    op.execute("CREATE INDEX ix_fts_ticket_search_grams ON ticket_search USING gin (grams)")


def downgrade() -> None:
    op.drop_index("ix_service_clock_live_ticket", "service_clock")
    op.create_index("ix_service_clock_open_due", "service_clock", ["met_at", "due_at"])
    op.drop_index("ix_callback_first_due", "callback")
    op.drop_index("ix_callback_status_branch_due", "callback")
    op.create_index("ix_callback_status_due", "callback", ["status", "due_at"])
    op.drop_index("ix_return_claim_created", "return_claim")
    op.drop_index("ix_service_report_departed", "service_report")
    if op.get_bind().dialect.name == "sqlite":
        return
    op.drop_index("ix_ticket_status_opened", "ticket")
    op.create_index("ix_ticket_status_opened", "ticket", ["status", "opened_at"])
    op.execute("DROP INDEX IF EXISTS ix_fts_ticket_search_grams")
    op.execute("ALTER TABLE ticket_search DROP COLUMN grams")
