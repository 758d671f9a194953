"""ticket search: full-text and trigram indexes for the one search box and the phone-fragment lookup

Revision ID: 0002_ticket_search
Revises: 0001
Create Date: 2026-11-25 14:00:00

Hand-written (Alembic cannot autogenerate virtual tables or operator-class indexes). The objects are named
ticket_search* / ix_trgm_* / ix_fts_* so that database.include_object keeps them out of the model comparison.

SQLite: ticket_search is FTS5 with the trigram tokenizer (substrings of 3+ characters). Trigrams cannot find
1-2 character terms such as 漏水, so ticket_search_bigram holds the same text cut into CJK bigrams (written by
desktop/services/core/ticket_search.py) and answers those terms from an index too. ticket_search_phone indexes
customer phone numbers by trigram for "type any 3+ digits" lookups; triggers keep it in step with
customer_phone. rowid is the ticket id (or the customer_phone id), so "newest first" is ORDER BY rowid DESC.

PostgreSQL: pg_trgm GIN indexes answer LIKE/ILIKE '%x%' directly, so one plain table holds the ticket text.
"""

from __future__ import annotations

from alembic import op

revision = "0002_ticket_search"
down_revision = "0001"
branch_labels = None
depends_on = None

SQLITE_UP = [
    "CREATE VIRTUAL TABLE ticket_search USING fts5(doc, tokenize = 'trigram')",
    # detail=none: only single-token lookups are asked of this table, so positions would be dead weight.
    "CREATE VIRTUAL TABLE ticket_search_bigram USING fts5(doc, tokenize = 'unicode61', detail = 'none')",
    "CREATE VIRTUAL TABLE ticket_search_phone USING fts5(number, tokenize = 'trigram')",
    "INSERT INTO ticket_search_phone(rowid, number) SELECT id, number FROM customer_phone",
    """CREATE TRIGGER ticket_search_phone_ai AFTER INSERT ON customer_phone BEGIN
         INSERT INTO ticket_search_phone(rowid, number) VALUES (new.id, new.number);
       END""",
    """CREATE TRIGGER ticket_search_phone_ad AFTER DELETE ON customer_phone BEGIN
         DELETE FROM ticket_search_phone WHERE rowid = old.id;
       END""",
    """CREATE TRIGGER ticket_search_phone_au AFTER UPDATE OF number ON customer_phone BEGIN
         DELETE FROM ticket_search_phone WHERE rowid = old.id;
         INSERT INTO ticket_search_phone(rowid, number) VALUES (new.id, new.number);
       END""",
]

SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS ticket_search_phone_au",
    "DROP TRIGGER IF EXISTS ticket_search_phone_ad",
    "DROP TRIGGER IF EXISTS ticket_search_phone_ai",
    "DROP TABLE IF EXISTS ticket_search_phone",
    "DROP TABLE IF EXISTS ticket_search_bigram",
    "DROP TABLE IF EXISTS ticket_search",
]

POSTGRES_UP = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """CREATE TABLE ticket_search (
         ticket_id integer PRIMARY KEY REFERENCES ticket (id) ON DELETE CASCADE,
         doc text NOT NULL
       )""",
    "CREATE INDEX ix_trgm_ticket_search_doc ON ticket_search USING gin (doc gin_trgm_ops)",
    "CREATE INDEX ix_trgm_customer_phone_number ON customer_phone USING gin (number gin_trgm_ops)",
]

POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS ix_trgm_customer_phone_number",
    "DROP TABLE IF EXISTS ticket_search",
]


def _run(statements: list[str]) -> None:
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _run(SQLITE_UP)
    else:
        _run(POSTGRES_UP)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _run(SQLITE_DOWN)
    else:
        _run(POSTGRES_DOWN)
