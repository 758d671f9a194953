"""The figures of one branch for some months, recomputed from its loaded rows into hq.figure (inside a load).

Every figure is a count with the base it is a share of (numerator and denominator), or a count with an amount of
money, never a rate: the network, a region or a quarter is the sum of its branches' and months' rows. The
definitions follow the branch's own HQ workbook summary (desktop/exports/records.SummaryBuilder and
desktop/services/exports/export_summary.py), counted over the rows of tickets opened in the month:

- contact, on_site: round one of the clock, met in time / decided (met, or past due when exported);
- report_back, callback: the same from the commitments sheet (workbook schema 3 and later);
- satisfaction: 满意 + 基本满意 / callbacks with a grade; satisfaction_grade: per grade / callbacks with a grade;
- callbacks_done: callbacks done / callbacks;
- first_visit_fix: first visits that fixed the fault / first visits; repeat_repair: repeat repairs / tickets;
- returns (per 三包 rule id): claims, with the money refunded as the amount;
- complaints: received; complaints_answered, complaints_overdue: answered (or closed) / not answered by the promised
  time (answered late or still open past it), of those received;
- quality_items, quality_cases (per product line and model): from the quality feedback sheet (see QUALITY).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, text

from desktop.exports import records
from desktop.hq.schema import SCHEMA
from desktop.services.exports.export_labels import COMPLAINT_STATUS

# Grades counted as pleased, as SummaryBuilder.build counts them (records.PLEASED_KEYS where the grades are a
# branch setting, 满意 + 基本满意 before).
PLEASED_GRADES: tuple[str, ...] = tuple(records.PLEASED_KEYS)
# Complaint states that mean the customer has had the answer, in both workbook languages.
ANSWERED_LABELS = tuple(label for state in ("answered", "closed") for label in COMPLAINT_STATUS[state])


@dataclass(frozen=True)
class ExpectedSheet:
    """A sheet another area adds to the workbook (schema 3): the keys these figures read from its rows."""

    key: str
    product: str
    model: str
    cases: str


# Issue 15's 质量问题反馈单 sheet, not in the workbook yet: its rows will load into hq.sheet_row as JSON, and these
# are the keys expected there. Forms without a case count count as one case.
QUALITY = ExpectedSheet("quality_feedback", product="product_line", model="model", cases="cases")

_T = SCHEMA
_SCOPE = "branch_id = :branch AND period = ANY(:months)"

_STATEMENTS = (
    f"DELETE FROM {_T}.figure WHERE {_SCOPE}",
    # Tickets: counts, contact and on-site (round one), repeat repairs.
    f"""INSERT INTO {_T}.figure (branch_id, period, figure, key1, key2, count, base, amount)
    SELECT a.branch_id, a.period, v.figure, '', '', v.count, v.base, NULL
    FROM (SELECT branch_id, period, count(*) AS tickets,
                 count(*) FILTER (WHERE first_contact_met) AS contact_met, count(first_contact_met) AS contact_due,
                 count(*) FILTER (WHERE onsite_met) AS onsite_met, count(onsite_met) AS onsite_due,
                 count(*) FILTER (WHERE repeat_repair) AS repeats
          FROM {_T}.tickets WHERE {_SCOPE} GROUP BY branch_id, period) a
    CROSS JOIN LATERAL (VALUES ('tickets', a.tickets, NULL::bigint), ('contact', a.contact_met, a.contact_due),
                               ('on_site', a.onsite_met, a.onsite_due), ('repeat_repair', a.repeats, a.tickets))
         AS v(figure, count, base)""",
    # Report-back and the same-day callback: round one of their clocks.
    f"""INSERT INTO {_T}.figure (branch_id, period, figure, key1, key2, count, base, amount)
    SELECT branch_id, period, commitment, '', '', count(*) FILTER (WHERE met), count(met), NULL
    FROM {_T}.commitments
    WHERE {_SCOPE} AND round = 1 AND commitment IN ('report_back', 'callback')
    GROUP BY branch_id, period, commitment""",
    # First-visit fix rate and visits.
    f"""INSERT INTO {_T}.figure (branch_id, period, figure, key1, key2, count, base, amount)
    SELECT a.branch_id, a.period, v.figure, '', '', v.count, v.base, NULL
    FROM (SELECT branch_id, period, count(*) AS visits,
                 count(*) FILTER (WHERE visit_no = 1 AND fixed) AS fixed, count(*) FILTER (WHERE visit_no = 1) AS first
          FROM {_T}.visits WHERE {_SCOPE} GROUP BY branch_id, period) a
    CROSS JOIN LATERAL (VALUES ('first_visit_fix', a.fixed, a.first), ('visits', a.visits, NULL::bigint))
         AS v(figure, count, base)""",
    # Callbacks: done, satisfaction, and each grade.
    f"""INSERT INTO {_T}.figure (branch_id, period, figure, key1, key2, count, base, amount)
    SELECT a.branch_id, a.period, v.figure, '', '', v.count, v.base, NULL
    FROM (SELECT branch_id, period, count(*) AS callbacks, count(done_at) AS done,
                 count(*) FILTER (WHERE satisfaction = ANY(:pleased)) AS pleased,
                 count(*) FILTER (WHERE satisfaction = ANY(:grades)) AS rated
          FROM {_T}.callbacks WHERE {_SCOPE} GROUP BY branch_id, period) a
    CROSS JOIN LATERAL (VALUES ('callbacks_done', a.done, a.callbacks), ('satisfaction', a.pleased, a.rated))
         AS v(figure, count, base)""",
    f"""INSERT INTO {_T}.figure (branch_id, period, figure, key1, key2, count, base, amount)
    SELECT c.branch_id, c.period, 'satisfaction_grade', c.satisfaction, '', count(*),
           sum(count(*)) OVER (PARTITION BY c.branch_id, c.period), NULL
    FROM {_T}.callbacks c WHERE c.{_SCOPE.replace(' AND ', ' AND c.')} AND c.satisfaction = ANY(:grades)
    GROUP BY c.branch_id, c.period, c.satisfaction""",
    # Returns by 三包 rule, with the money refunded.
    f"""INSERT INTO {_T}.figure (branch_id, period, figure, key1, key2, count, base, amount)
    SELECT branch_id, period, 'returns', coalesce(rule_id, ''), '', count(*), NULL, coalesce(sum(refund_amount), 0)
    FROM {_T}.returns WHERE {_SCOPE} GROUP BY branch_id, period, coalesce(rule_id, '')""",
    # Complaints received, answered, overdue.
    f"""INSERT INTO {_T}.figure (branch_id, period, figure, key1, key2, count, base, amount)
    SELECT a.branch_id, a.period, v.figure, '', '', v.count, v.base, NULL
    FROM (SELECT branch_id, period, count(*) AS received,
                 count(*) FILTER (WHERE resolved_at IS NOT NULL OR status = ANY(:answered)) AS answered,
                 count(*) FILTER (WHERE overdue) AS overdue
          FROM {_T}.complaints WHERE {_SCOPE} GROUP BY branch_id, period) a
    CROSS JOIN LATERAL (VALUES ('complaints', a.received, NULL::bigint),
                               ('complaints_answered', a.answered, a.received),
                               ('complaints_overdue', a.overdue, a.received)) AS v(figure, count, base)""",
    # Quality feedback by product line and model (rows of a sheet without a table of its own).
    f"""INSERT INTO {_T}.figure (branch_id, period, figure, key1, key2, count, base, amount)
    SELECT a.branch_id, a.period, v.figure, a.product, a.model, v.count, NULL, NULL
    FROM (SELECT branch_id, period, coalesce(data ->> :q_product, '') AS product,
                 coalesce(data ->> :q_model, '') AS model, count(*) AS items,
                 sum(CASE WHEN (data ->> :q_cases) ~ '^[0-9]{{1,9}}$' THEN (data ->> :q_cases)::bigint ELSE 1 END)
                     AS cases
          FROM {_T}.sheet_row WHERE {_SCOPE} AND sheet = :q_sheet GROUP BY 1, 2, 3, 4) a
    CROSS JOIN LATERAL (VALUES ('quality_items', a.items), ('quality_cases', a.cases)) AS v(figure, count)""",
)


def recompute(conn: Connection, branch_id: int, months: Sequence[date]) -> None:
    """Replace the branch's figures for these months with ones counted from its rows now."""
    from desktop.exports.columns import SATISFACTION_CHOICES

    params = {"branch": branch_id, "months": list(months), "pleased": list(PLEASED_GRADES),
              "grades": [c.key for c in SATISFACTION_CHOICES], "answered": list(ANSWERED_LABELS),
              "q_sheet": QUALITY.key, "q_product": QUALITY.product, "q_model": QUALITY.model,
              "q_cases": QUALITY.cases}
    for statement in _STATEMENTS:
        conn.execute(text(statement), params)
