"""The search index behind the one search box: what text a ticket is found by, and how a query is answered.

SQLite: FTS5 trigram (3+ characters) plus a bigram side table for 1-2 character terms (see migration 0002).
PostgreSQL: ILIKE over ticket_search.doc, answered by the pg_trgm GIN index (3+ characters); 1-2 character terms
match ticket_search.grams, the same bigram text as SQLite's side table in a tsvector with its own GIN index
(migration 0012), since a trigram index cannot answer them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, bindparam, literal_column, select, text
from sqlalchemy.orm import Session

from desktop.models import Customer, CustomerAddress, CustomerPhone, FaultCategory, Ticket, Unit

MAX_TERMS = 6
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def document_text(number: str, phones: Iterable[str], name: str, serial: str | None, district: str | None,
                  address: str | None, fault_name: str | None, fault_text: str) -> str:
    """One line per ticket; fields are separated by " | " so a trigram never spans two fields' words."""
    parts = [number, " ".join(dict.fromkeys(p for p in phones if p)), name, serial or "", district or "",
             address or "", fault_name or "", fault_text]
    return " | ".join(p for p in parts if p)


def place_words(district: str | None, town: str | None) -> str:
    """The district and the town as one field of the document: a ticket is found by either name."""
    return " ".join(p for p in (district, town) if p)


def bigram_text(doc: str) -> str:
    """Every CJK run as overlapping bigrams plus its last character, so "漏水了" is found by 漏水, 水了, 了 and
    (as a prefix) 漏; other words stay whole for the unicode61 tokenizer."""

    def cut(match: re.Match[str]) -> str:
        run = match.group(0)
        grams = [run[i:i + 2] for i in range(len(run) - 1)]
        grams.append(run[-1])
        return " " + " ".join(grams) + " "

    return _CJK_RUN.sub(cut, doc)


def split_terms(query: str) -> list[str]:
    terms = [t for t in re.split(r"\s+", query.strip()) if t]
    return terms[:MAX_TERMS]


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _short_term_query(term: str) -> str:
    # A two-character CJK term is exactly one bigram token; anything shorter or non-CJK matches as a prefix.
    if len(term) == 2 and _CJK_RUN.fullmatch(term):
        return _fts_phrase(term)
    return _fts_phrase(term) + "*"


# PostgreSQL's text search configuration for the bigram column: no stemming, no stop words, lower case.
TS_CONFIG = "simple"


def _ts_term(term: str) -> str:
    """The tsquery for one 1-2 character term, as _short_term_query is for SQLite: a two-character CJK term is one
    bigram, anything shorter or non-CJK a prefix. Quoted, so that no character of the term is query syntax."""
    quoted = "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"
    return quoted if len(term) == 2 and _CJK_RUN.fullmatch(term) else quoted + ":*"


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def matching_ids_select(session: Session, query: str) -> Select[Any] | None:
    """A SELECT of the ticket ids matching every term (AND), for use as `Ticket.id.in_(...)`; None if no terms."""
    terms = split_terms(query)
    if not terms:
        return None
    long_terms = [t for t in terms if len(t) >= 3]
    short_terms = [t for t in terms if len(t) < 3]
    if session.get_bind().dialect.name != "sqlite":
        stmt: Select[Any] = select(literal_column("ticket_id")).select_from(text("ticket_search"))
        for i, term in enumerate(long_terms):
            stmt = stmt.where(text(f"doc ILIKE :t{i} ESCAPE '\\'").bindparams(bindparam(f"t{i}", _like_pattern(term))))
        if short_terms:
            stmt = stmt.where(text(f"grams @@ to_tsquery('{TS_CONFIG}', :short_q)").bindparams(
                bindparam("short_q", " & ".join(_ts_term(t) for t in short_terms))))
        return stmt
    selects: list[Select[Any]] = []
    if long_terms:
        selects.append(
            select(literal_column("rowid")).select_from(text("ticket_search"))
            .where(text("ticket_search MATCH :long_q").bindparams(
                bindparam("long_q", " AND ".join(_fts_phrase(t) for t in long_terms))))
        )
    if short_terms:
        selects.append(
            select(literal_column("rowid")).select_from(text("ticket_search_bigram"))
            .where(text("ticket_search_bigram MATCH :short_q").bindparams(
                bindparam("short_q", " AND ".join(_short_term_query(t) for t in short_terms))))
        )
    if len(selects) == 1:
        return selects[0]
    return selects[0].where(literal_column("rowid").in_(selects[1]))


def search_condition(session: Session, query: str) -> ColumnElement[bool] | None:
    ids = matching_ids_select(session, query)
    return None if ids is None else Ticket.id.in_(ids)


def newest_matches(session: Session, query: str, limit: int = 100) -> list[int]:
    """Ticket ids, newest first. Ids grow with intake time, so the index's rowid order is the time order."""
    ids = matching_ids_select(session, query)
    if ids is None:
        return []
    sub = ids.subquery()
    return list(session.scalars(select(sub.c[0]).order_by(sub.c[0].desc()).limit(limit)))


def index_tickets(session: Session, ticket_ids: Sequence[int]) -> None:
    """Rewrite the index rows of these tickets (after intake, or after a customer's phones or name changed)."""
    if not ticket_ids:
        return
    rows = session.execute(
        select(Ticket.id, Ticket.number, Ticket.contact_phone, Ticket.customer_id, Customer.name, Unit.serial,
               CustomerAddress.district, CustomerAddress.detail, FaultCategory.name_zh, Ticket.fault_text,
               CustomerAddress.town)
        .join(Customer, Customer.id == Ticket.customer_id)
        .outerjoin(Unit, Unit.id == Ticket.unit_id)
        .outerjoin(CustomerAddress, CustomerAddress.id == Ticket.address_id)
        .outerjoin(FaultCategory, FaultCategory.id == Ticket.fault_category_id)
        .where(Ticket.id.in_(ticket_ids))
    ).all()
    customer_ids = {r.customer_id for r in rows}
    phones: dict[int, list[str]] = {}
    for cid, number in session.execute(
        select(CustomerPhone.customer_id, CustomerPhone.number).where(CustomerPhone.customer_id.in_(customer_ids))
    ):
        phones.setdefault(cid, []).append(number)
    docs = [
        (r.id, document_text(r.number, [r.contact_phone, *phones.get(r.customer_id, [])], r.name, r.serial,
                             place_words(r.district, r.town), r.detail, r.name_zh, r.fault_text))
        for r in rows
    ]
    write_documents(session, docs, replace=True)


def write_documents(executor: Session | Connection, docs: Sequence[tuple[int, str]], *, replace: bool) -> None:
    """Index rows for (ticket id, document); `executor` is a Session (services) or a Connection (bulk load)."""
    if not docs:
        return
    bind = executor.get_bind() if isinstance(executor, Session) else executor
    ids = [{"id": i} for i, _ in docs]
    if bind.dialect.name == "sqlite":
        if replace:
            executor.execute(text("DELETE FROM ticket_search WHERE rowid = :id"), ids)
            executor.execute(text("DELETE FROM ticket_search_bigram WHERE rowid = :id"), ids)
        executor.execute(text("INSERT INTO ticket_search(rowid, doc) VALUES (:id, :doc)"),
                         [{"id": i, "doc": d} for i, d in docs])
        executor.execute(text("INSERT INTO ticket_search_bigram(rowid, doc) VALUES (:id, :doc)"),
                         [{"id": i, "doc": bigram_text(d)} for i, d in docs])
    else:
        # Rewriting a ticket's row is one upsert on its primary key (a DELETE and an INSERT were two statements in
        # every ticket save).
        upsert = " ON CONFLICT (ticket_id) DO UPDATE SET doc = EXCLUDED.doc, grams = EXCLUDED.grams" if replace else ""
        executor.execute(text(f"INSERT INTO ticket_search(ticket_id, doc, grams) "
                              f"VALUES (:id, :doc, to_tsvector('{TS_CONFIG}', :grams)){upsert}"),
                         [{"id": i, "doc": d, "grams": bigram_text(d)} for i, d in docs])


def tickets_of_customer(session: Session, customer_id: int) -> list[int]:
    return list(session.scalars(select(Ticket.id).where(Ticket.customer_id == customer_id)))
