"""What HQ asks of its database, answered from hq.figure (the per-branch, per-month rollups) and, for the
drill-down to tickets, from the sheet tables; every answer is a frozen dataclass.

HQ people sign in to PostgreSQL: the database role is the identity, and its grants are the permissions
(docs/operations.md, "HQ database": hq_reader may read, hq_loader may also load). Reading changes nothing, and
every change (a load) is registered in hq.load with the role that made it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import text

from desktop.database import Database
from desktop.errors import ValidationError
from desktop.hq.figure_catalogue import BY_CODE, RATES, SIDE_BY_SIDE
from desktop.hq.partitions import month_of
from desktop.hq.schema import SCHEMA

_T = SCHEMA
MAX_MONTHS = 120
MAX_PAGE = 1000


@dataclass(frozen=True)
class Figure:
    """A count with its base (a rate's numerator and denominator) or its amount of money."""

    count: int = 0
    base: int | None = None
    amount: Decimal | None = None

    @property
    def rate(self) -> float | None:
        return self.count / self.base if self.base else None

    def __add__(self, other: Figure) -> Figure:
        base = None if self.base is None and other.base is None else (self.base or 0) + (other.base or 0)
        amount = None if self.amount is None and other.amount is None else \
            (self.amount or Decimal(0)) + (other.amount or Decimal(0))
        return Figure(self.count + other.count, base, amount)


@dataclass(frozen=True)
class BranchFigures:
    branch_id: int
    code: str
    name: str
    figures: Mapping[str, Figure]

    def get(self, code: str) -> Figure:
        return self.figures.get(code, Figure())


@dataclass(frozen=True)
class NetworkFigures:
    months: tuple[date, ...]
    branches: tuple[BranchFigures, ...]
    total: Mapping[str, Figure]


@dataclass(frozen=True)
class RankRow:
    rank: int
    branch_id: int
    code: str
    name: str
    figure: Figure


@dataclass(frozen=True)
class MonthFigures:
    period: date
    figures: Mapping[str, Figure]

    def get(self, code: str) -> Figure:
        return self.figures.get(code, Figure())


@dataclass(frozen=True)
class BreakdownRow:
    key1: str
    key2: str
    figure: Figure


@dataclass(frozen=True)
class BranchInfo:
    branch_id: int
    code: str
    name: str
    installation_id: str
    timezone: str
    first_loaded_at: datetime
    last_loaded_at: datetime


@dataclass(frozen=True)
class TicketRow:
    ticket_no: str
    opened_at: datetime | None
    status: str
    product_line: str
    model: str
    fault_category: str
    warranty: str
    engineer: str
    first_contact_met: bool | None
    onsite_met: bool | None
    completed_at: datetime | None
    visit_count: int
    repeat_repair: bool


@dataclass(frozen=True)
class TicketPage:
    rows: tuple[TicketRow, ...]
    total: int


@dataclass(frozen=True)
class LoadRow:
    load_id: int
    branch_id: int
    branch_code: str
    file_name: str
    period_start: date
    period_end: date
    schema_version: int
    exported_at: datetime  # naive UTC, as in the workbook
    outcome: str
    rows: Mapping[str, int]
    changes: Mapping[str, Mapping[str, int]]
    loaded_by: str
    loaded_by_os: str
    loaded_at: datetime


@dataclass(frozen=True)
class BranchMonth:
    branch_id: int
    period: date
    figures: Mapping[str, Figure]

    def get(self, code: str) -> Figure:
        return self.figures.get(code, Figure())


@dataclass(frozen=True)
class BranchBreakdownRow:
    branch_id: int
    key1: str
    key2: str
    figure: Figure



TICKET_COLUMNS = ("ticket_no", "opened_at", "status", "product_line", "model", "fault_category", "warranty",
                  "engineer", "first_contact_met", "onsite_met", "completed_at", "visit_count", "repeat_repair")


def _months(months: Sequence[date]) -> list[date]:
    found = sorted({month_of(m) for m in months})
    if not found or len(found) > MAX_MONTHS:
        raise ValidationError("period_invalid", "period", value=f"{len(found)} months")
    return found


def _figure(count: Any, base: Any, amount: Any) -> Figure:
    return Figure(int(count or 0), None if base is None else int(base), None if amount is None else Decimal(amount))


class HqService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def _rows(self, sql: str, params: Mapping[str, Any] | None = None) -> list[Any]:
        with self._db.engine.connect() as conn:
            return list(conn.execute(text(sql), dict(params or {})))

    # --- what there is ----------------------------------------------------------------------------------------

    def months(self) -> tuple[date, ...]:
        """Months with figures, oldest first."""
        rows = self._rows(f"SELECT DISTINCT period FROM {_T}.figure ORDER BY period")
        return tuple(r[0] for r in rows)

    def branches(self) -> tuple[BranchInfo, ...]:
        rows = self._rows(f"SELECT branch_id, code, name, coalesce(installation_id, ''), timezone, first_loaded_at, "
                          f"last_loaded_at FROM {_T}.branch ORDER BY code")
        return tuple(BranchInfo(*r) for r in rows)

    def branch(self, branch_id: int) -> BranchInfo:
        rows = self._rows(f"SELECT branch_id, code, name, coalesce(installation_id, ''), timezone, first_loaded_at, "
                          f"last_loaded_at FROM {_T}.branch WHERE branch_id = :b", {"b": branch_id})
        if not rows:
            from desktop.errors import NotFoundError

            raise NotFoundError("not_found", "branch")
        return BranchInfo(*rows[0])

    # --- side by side -----------------------------------------------------------------------------------------

    def network(self, months: Sequence[date]) -> NetworkFigures:
        """Every branch's figures over these months side by side, and the network's (their sums)."""
        wanted = _months(months)
        rows = self._rows(
            f"SELECT b.branch_id, b.code, b.name, f.figure, sum(f.count), sum(f.base), sum(f.amount) "
            f"FROM {_T}.figure f JOIN {_T}.branch b ON b.branch_id = f.branch_id "
            f"WHERE f.period = ANY(:months) AND f.figure = ANY(:figures) "
            f"GROUP BY b.branch_id, b.code, b.name, f.figure ORDER BY b.code",
            {"months": wanted, "figures": [*SIDE_BY_SIDE, "callbacks_done", "visits"]})
        branches: dict[int, tuple[str, str, dict[str, Figure]]] = {}
        total: dict[str, Figure] = {}
        for branch_id, code, name, figure, count, base, amount in rows:
            value = _figure(count, base, amount)
            branches.setdefault(branch_id, (code, name, {}))[2][figure] = value
            total[figure] = total.get(figure, Figure()) + value
        return NetworkFigures(tuple(wanted), tuple(BranchFigures(i, c, n, f) for i, (c, n, f) in branches.items()),
                              total)

    def ranking(self, months: Sequence[date], figure: str) -> tuple[RankRow, ...]:
        """Branches ranked on one rate over these months, best first (ties share a rank; no base: last)."""
        if figure not in RATES:
            raise ValidationError("unknown_value", "figure", value=figure)
        order = "DESC" if BY_CODE[figure].higher_is_better else "ASC"
        rows = self._rows(
            f"SELECT rank() OVER (ORDER BY r.rate {order} NULLS LAST), r.branch_id, b.code, b.name, r.count, r.base "
            f"FROM (SELECT branch_id, sum(count) AS count, sum(base) AS base, "
            f"             sum(count)::numeric / nullif(sum(base), 0) AS rate "
            f"      FROM {_T}.figure WHERE period = ANY(:months) AND figure = :figure AND key1 = '' "
            f"      GROUP BY branch_id) r JOIN {_T}.branch b ON b.branch_id = r.branch_id "
            f"ORDER BY 1, b.code",
            {"months": _months(months), "figure": figure})
        return tuple(RankRow(int(rank), i, code, name, _figure(n, base, None)) for rank, i, code, name, n, base in rows)

    def trend(self, months: Sequence[date], branch_id: int | None = None) -> tuple[MonthFigures, ...]:
        """Month by month, for the network or one branch."""
        where = "" if branch_id is None else " AND branch_id = :branch"
        rows = self._rows(
            f"SELECT period, figure, sum(count), sum(base), sum(amount) FROM {_T}.figure "
            f"WHERE period = ANY(:months) AND figure = ANY(:figures){where} GROUP BY period, figure ORDER BY period",
            {"months": _months(months), "figures": [*SIDE_BY_SIDE, "callbacks_done", "visits"], "branch": branch_id})
        by_month: dict[date, dict[str, Figure]] = {m: {} for m in _months(months)}
        for period, figure, count, base, amount in rows:
            by_month[period][figure] = _figure(count, base, amount)
        return tuple(MonthFigures(m, f) for m, f in by_month.items())

    def breakdown(self, months: Sequence[date], figure: str, branch_id: int | None = None) -> tuple[BreakdownRow, ...]:
        """A keyed figure: returns per 三包 rule (with the money refunded), satisfaction per grade, quality feedback
        per product line and model; largest first."""
        if figure not in ("returns", "satisfaction_grade", "quality_items", "quality_cases"):
            raise ValidationError("unknown_value", "figure", value=figure)
        where = "" if branch_id is None else " AND branch_id = :branch"
        rows = self._rows(
            f"SELECT key1, key2, sum(count), sum(base), sum(amount) FROM {_T}.figure "
            f"WHERE period = ANY(:months) AND figure = :figure{where} GROUP BY key1, key2 "
            f"ORDER BY sum(count) DESC, key1, key2",
            {"months": _months(months), "figure": figure, "branch": branch_id})
        return tuple(BreakdownRow(k1, k2, _figure(n, base, amount)) for k1, k2, n, base, amount in rows)

    def quality(self, months: Sequence[date], branch_id: int | None = None) -> tuple[tuple[str, str, int, int], ...]:
        """(product line, model, feedback forms, cases), most cases first."""
        forms = {(r.key1, r.key2): r.figure.count for r in self.breakdown(months, "quality_items", branch_id)}
        cases = self.breakdown(months, "quality_cases", branch_id)
        return tuple((r.key1, r.key2, forms.get((r.key1, r.key2), 0), r.figure.count) for r in cases)

    # --- drill-down to tickets --------------------------------------------------------------------------------

    def tickets(self, branch_id: int, months: Sequence[date], offset: int = 0, limit: int = 200,
                order: str = "ticket_no", descending: bool = False, search: str = "") -> TicketPage:
        """One page of a branch's tickets in these months, sorted and filtered in SQL."""
        if order not in TICKET_COLUMNS:
            raise ValidationError("unknown_value", "order", value=order)
        limit = max(1, min(int(limit), MAX_PAGE))
        where = "branch_id = :branch AND period = ANY(:months)"
        params: dict[str, Any] = {"branch": branch_id, "months": _months(months), "offset": max(0, int(offset)),
                                  "limit": limit}
        if search.strip():
            where += " AND (ticket_no ILIKE :pattern OR model ILIKE :pattern OR engineer ILIKE :pattern)"
            escaped = search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params["pattern"] = f"%{escaped}%"
        direction = "DESC" if descending else "ASC"
        columns = ", ".join(TICKET_COLUMNS)
        with self._db.engine.connect() as conn:
            total = conn.execute(text(f"SELECT count(*) FROM {_T}.tickets WHERE {where}"), params).scalar_one()
            rows = conn.execute(text(
                f"SELECT {columns} FROM {_T}.tickets WHERE {where} "
                f"ORDER BY {order} {direction} NULLS LAST, ticket_no {direction} LIMIT :limit OFFSET :offset"),
                params).all()
        return TicketPage(tuple(TicketRow(r[0], r[1], r[2] or "", r[3] or "", r[4] or "", r[5] or "", r[6] or "",
                                          r[7] or "", r[8], r[9], r[10], int(r[11] or 0), bool(r[12]))
                                for r in rows), int(total))

    # --- the register of loads --------------------------------------------------------------------------------

    def loads(self, branch_id: int | None = None, limit: int = 200) -> tuple[LoadRow, ...]:
        where = "" if branch_id is None else "WHERE branch_id = :branch"
        rows = self._rows(
            f"SELECT load_id, branch_id, branch_code, file_name, period_start, period_end, schema_version, "
            f"exported_at, outcome, rows, changes, loaded_by, loaded_by_os, loaded_at FROM {_T}.load {where} "
            f"ORDER BY loaded_at DESC, load_id DESC LIMIT :limit",
            {"branch": branch_id, "limit": max(1, min(int(limit), MAX_PAGE))})
        return tuple(LoadRow(*r) for r in rows)

    # --- for the summary workbook -----------------------------------------------------------------------------

    def branch_months(self, months: Sequence[date]) -> tuple[BranchMonth, ...]:
        """Every branch's figures month by month, in one query (for the summary workbook)."""
        rows = self._rows(
            f"SELECT branch_id, period, figure, count, base, amount FROM {_T}.figure "
            f"WHERE period = ANY(:months) AND figure = ANY(:figures) ORDER BY branch_id, period",
            {"months": _months(months), "figures": [*SIDE_BY_SIDE, "callbacks_done", "visits"]})
        found: dict[tuple[int, date], dict[str, Figure]] = {}
        for branch_id, period, figure, count, base, amount in rows:
            cell = found.setdefault((branch_id, period), {})
            cell[figure] = cell.get(figure, Figure()) + _figure(count, base, amount)
        return tuple(BranchMonth(b, p, f) for (b, p), f in found.items())

    def breakdown_by_branch(self, months: Sequence[date], figure: str) -> tuple[BranchBreakdownRow, ...]:
        """A keyed figure per branch (returns per rule, grades, quality per model), in one query."""
        if figure not in ("returns", "satisfaction_grade", "quality_items", "quality_cases"):
            raise ValidationError("unknown_value", "figure", value=figure)
        rows = self._rows(
            f"SELECT branch_id, key1, key2, sum(count), sum(base), sum(amount) FROM {_T}.figure "
            f"WHERE period = ANY(:months) AND figure = :figure GROUP BY branch_id, key1, key2 "
            f"ORDER BY branch_id, sum(count) DESC, key1, key2",
            {"months": _months(months), "figure": figure})
        return tuple(BranchBreakdownRow(b, k1, k2, _figure(n, base, amount)) for b, k1, k2, n, base, amount in rows)
