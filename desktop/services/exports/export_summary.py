"""The summary sheet's indicators, counted in SQL over exactly the rows the export streams (export_scope).

Each count follows SummaryBuilder's definition, so a branch's own summary and the one HQ recomputes from its rows
when merging are the same numbers."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from desktop.exports.records import (
    FIRST_CONTACT,
    ON_SITE,
    PLEASED_KEYS,
    SATISFACTION_KEYS,
    Rate,
    SummaryIndicators,
)
from desktop.models import Callback, Complaint, Decision, ReturnClaim, ServiceClock, Ticket
from desktop.services.exports import export_labels as L
from desktop.services.exports.export_queries import latest_decisions
from desktop.services.exports.export_scope import ExportScope


def _count_if(condition: Any) -> Any:
    return func.count().filter(condition)


def _grouped(session: Session, column: Any, condition: Any) -> dict[Any, int]:
    statement = select(column, func.count()).where(condition).group_by(column)
    return {key: int(n) for key, n in session.execute(statement)}


def _relabel(counts: dict[Any, int], labels: Any, language: Any) -> dict[str, int]:
    out: dict[str, int] = {}
    for key, n in counts.items():
        text = L.label(labels, key, language)
        out[text] = out.get(text, 0) + n
    return out


def on_time(session: Session, scope: ExportScope) -> dict[str, Rate]:
    """Round one of each commitment's clock per ticket: met in time / decided (met, or open past its due time)."""
    met = and_(ServiceClock.met_at.is_not(None), ServiceClock.met_at <= ServiceClock.due_at)
    decided = or_(ServiceClock.met_at.is_not(None),
                  and_(ServiceClock.cancelled.is_(False), ServiceClock.due_at < scope.now))
    rows = session.execute(
        select(ServiceClock.commitment, _count_if(met), _count_if(decided))
        .join(Ticket, Ticket.id == ServiceClock.ticket_id)
        .where(scope.ticket_condition(), ServiceClock.commitment.in_((FIRST_CONTACT, ON_SITE)),
               ServiceClock.round == 1)
        .group_by(ServiceClock.commitment)
    ).all()
    found = {c: Rate(int(m), int(d)) for c, m, d in rows}
    return {c: found.get(c, Rate()) for c in (FIRST_CONTACT, ON_SITE)}


def build_summary(session: Session, scope: ExportScope) -> SummaryIndicators:
    lang = scope.language
    tickets = scope.ticket_condition()
    by_status = _relabel(_grouped(session, Ticket.status, tickets), L.TICKET_STATUS, lang)
    by_line_id = _grouped(session, Ticket.product_line_id, tickets)
    by_line: dict[str, int] = {}
    for line_id, n in by_line_id.items():
        name = scope.product_lines.get(line_id, ("", ""))[1]
        by_line[name] = by_line.get(name, 0) + n
    repeat = session.scalar(select(func.count()).where(tickets, Ticket.is_repeat.is_(True))) or 0

    rv = scope.reported_visits()
    visits_total, first_total, first_fixed = session.execute(
        select(func.count(), _count_if(rv.c.visit_no == 1),
               _count_if(and_(rv.c.visit_no == 1, rv.c.result == "resolved"))).select_from(rv)
    ).one()

    latest = latest_decisions()
    claim_rows = session.execute(
        select(Decision.outcome, Decision.rule_id, func.count())
        .select_from(ReturnClaim)
        .outerjoin(latest, latest.c.claim_id == ReturnClaim.id)
        .outerjoin(Decision, Decision.id == latest.c.decision_id)
        .where(scope.claim_condition())
        .group_by(Decision.outcome, Decision.rule_id)
    ).all()
    by_outcome: dict[str, int] = {}
    by_rule: dict[str, int] = {}
    for outcome, rule_id, n in claim_rows:
        text = L.label(L.REMEDY, outcome or "pending", lang)
        by_outcome[text] = by_outcome.get(text, 0) + int(n)
        if rule_id:
            by_rule[rule_id] = by_rule.get(rule_id, 0) + int(n)

    callbacks = scope.callback_condition()
    cb_total = cb_done = 0
    satisfaction: dict[str, int] = {}
    for key, n, done in session.execute(
        select(Callback.satisfaction, func.count(), _count_if(Callback.done_at.is_not(None)))
        .where(callbacks).group_by(Callback.satisfaction)
    ):
        cb_total, cb_done = cb_total + int(n), cb_done + int(done)
        if key:
            satisfaction[key] = int(n)
    answered = sum(satisfaction.get(k, 0) for k in SATISFACTION_KEYS)
    pleased = sum(satisfaction.get(k, 0) for k in PLEASED_KEYS)

    open_ = Complaint.closed_at.is_(None)
    c_total, c_open, c_overdue = session.execute(
        select(func.count(), _count_if(open_), _count_if(and_(open_, Complaint.promised_answer_at < scope.now)))
        .where(scope.complaint_condition())
    ).one()

    return SummaryIndicators(
        tickets_by_status=MappingProxyType(by_status),
        tickets_by_product_line=MappingProxyType(by_line),
        on_time=MappingProxyType(on_time(session, scope)),
        first_visit_fix=Rate(int(first_fixed), int(first_total)),
        repeat_repairs=int(repeat),
        visits_total=int(visits_total),
        returns_by_outcome=MappingProxyType(by_outcome),
        returns_by_rule=MappingProxyType(by_rule),
        callbacks_done=Rate(cb_done, cb_total),
        satisfaction_counts=MappingProxyType(satisfaction),
        satisfaction=Rate(pleased, answered),
        complaints_total=int(c_total),
        complaints_open=int(c_open),
        complaints_overdue=int(c_overdue),
    )
