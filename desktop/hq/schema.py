"""The HQ schema: branches, the register of loaded files, one table per workbook sheet, and the figures.

Every table carries `branch_id`, the column a Citus cluster distributes by (docs/operations.md, "HQ database"):
each load, each figure recomputation and each drill-down touches one branch only, and the network views add up
per-branch figures, so no query needs a join across branches. Tables holding branch records are partitioned by
`period` (the first day of the branch-local month the record belongs to); partitions are created by
desktop/hq/partitions.py as months arrive.

Sheet tables are generated from the workbook's SheetSpec (desktop/exports/columns.py) for the columns frozen
in SHEET_COLUMNS: a column a later workbook version adds is kept in `extra` (JSONB) until a migration gives it
a column of its own, and a sheet without a table here (a version-3 sheet of another area) is loaded into
`sheet_row` as JSONB, so new sheets load without a change to the loader or the schema."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Identity,
    Index,
    Integer,
    MetaData,
    Numeric,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.types import TypeEngine

from desktop.exports.columns import SHEETS_BY_KEY, ColumnType, SheetSpec
from desktop.models.base import NAMING_CONVENTION

SCHEMA = "hq"
metadata = MetaData(schema=SCHEMA, naming_convention=NAMING_CONVENTION)
PARTITION_BY = "RANGE (period)"

# The branch registry. A Citus reference table (small, copied to every node).
branch = Table(
    "branch", metadata,
    Column("branch_id", Integer, Identity(), primary_key=True),
    # Empty for a branch known only from schema-1 workbooks, until its first later workbook names it.
    Column("installation_id", String(36), nullable=True, unique=True),
    Column("code", String(40), nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("first_loaded_at", DateTime(timezone=True), nullable=False),
    Column("last_loaded_at", DateTime(timezone=True), nullable=False),
)

# Every workbook loaded (or recognised as older than what is loaded): who, when, what it changed.
load = Table(
    "load", metadata,
    Column("branch_id", Integer, nullable=False),
    Column("load_id", BigInteger, Identity(), nullable=False),
    Column("file_name", Text, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("file_bytes", BigInteger, nullable=False),
    Column("schema_version", Integer, nullable=False),
    Column("branch_code", String(40), nullable=False),
    Column("branch_name", Text, nullable=False),
    Column("installation_id", String(36), nullable=False),
    Column("period_start", Date, nullable=False),
    Column("period_end", Date, nullable=False),
    # Naive UTC, as the workbook's _meta carries it.
    Column("exported_at", DateTime, nullable=False),
    Column("language", String(8), nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("masked_columns", JSONB, nullable=False),
    # Rows per sheet key in the file.
    Column("rows", JSONB, nullable=False),
    # Per sheet key: {"added", "updated", "unchanged", "gone", "kept"} (kept: a newer export already holds it).
    Column("changes", JSONB, nullable=False),
    # loaded: the first export of this branch and period; replaced: a later export of a period already loaded;
    # older: an export older than the one loaded for the period, registered and otherwise ignored.
    Column("outcome", String(20), nullable=False),
    Column("replaces_load_id", BigInteger, nullable=True),
    # The database role that signed in (HQ people sign in to PostgreSQL), and the operating-system account.
    Column("loaded_by", String(128), nullable=False),
    Column("loaded_by_os", String(128), nullable=False),
    Column("loaded_at", DateTime(timezone=True), nullable=False),
    Column("seconds", Float, nullable=False),
    PrimaryKeyConstraint("branch_id", "load_id"),
    UniqueConstraint("branch_id", "content_hash"),
    # "Was this file loaded already?" is asked before the branch is known.
    Index("ix_load_content_hash", "content_hash"),
    Index("ix_load_branch_period", "branch_id", "period_start", "period_end"),
)

_SQL_TYPES: dict[ColumnType, type[TypeEngine] | TypeEngine] = {
    ColumnType.DATE: Date,
    # Branch-local wall time, as the workbook shows it (exported_at alone is UTC).
    ColumnType.DATETIME: DateTime,
    ColumnType.MONEY: Numeric(14, 2),
    ColumnType.INT: Integer,
    ColumnType.TEXT: Text,
    ColumnType.PERCENT: Numeric(9, 4),
    ColumnType.BOOL: Boolean,
    # The choice's key (satisfied, charged, report_back ...), never its label.
    ColumnType.CHOICE: Text,
}

# Columns of the workbook that HQ stores in typed columns, frozen as of workbook schema 3. branch_code becomes
# branch_id; exported_at is kept per row (the latest export wins row by row).
SHEET_COLUMNS: dict[str, tuple[str, ...]] = {
    "tickets": ("ticket_no", "opened_at", "status", "channel", "priority", "product_line", "model", "serial",
                "customer_name", "phone", "address", "fault_category", "fault_text", "warranty", "engineer",
                "first_contact_due", "first_contact_met", "onsite_due", "onsite_met", "completed_at", "closed_at",
                "visit_count", "repeat_repair"),
    "visits": ("ticket_no", "visit_no", "engineer", "arrived_at", "finished_at", "result", "fixed", "labour_charge",
               "parts_amount"),
    "parts": ("ticket_no", "visit_no", "line_no", "part_code", "part_name", "qty", "unit_price", "charged",
              "amount"),
    "returns": ("claim_no", "ticket_no", "requested_at", "requested", "outcome", "rule_id", "refund_amount",
                "depreciation", "approver", "decided_at"),
    "callbacks": ("ticket_no", "callback_no", "due_at", "done_at", "attempts", "reached", "satisfaction",
                  "answers"),
    "complaints": ("complaint_no", "ticket_no", "received_at", "channel", "category", "customer_name", "phone",
                   "summary", "status", "due_at", "resolved_at", "handler", "overdue"),
    "commitments": ("ticket_no", "commitment", "round", "due_at", "met_at", "met"),
}


def key_columns(spec: SheetSpec) -> tuple[str, ...]:
    """The sheet's row key without branch_code (branch_id takes its place)."""
    return tuple(k for k in spec.row_key if k != "branch_code")


def _sheet_table(spec: SheetSpec, stored: tuple[str, ...]) -> Table:
    by_key = {c.key: c for c in spec.columns}
    keys = key_columns(spec)
    columns: list[Column[Any]] = [Column("branch_id", Integer, nullable=False), Column("period", Date, nullable=False)]
    for key in stored:
        sql_type = _SQL_TYPES[by_key[key].type]
        # Key columns are never NULL: an empty optional key (a ticketless callback) is stored as ''.
        columns.append(Column(key, sql_type, nullable=key not in keys))
    columns += [
        # The branch-local day that places the row in an export period: the ticket's opening day for rows that
        # follow a ticket, else the row's own first date (docs: "which period a row belongs to").
        Column("anchor_day", Date, nullable=False),
        Column("exported_at", DateTime, nullable=False),
        Column("load_id", BigInteger, nullable=False),
        Column("extra", JSONB, nullable=True),
    ]
    return Table(spec.key, metadata, *columns, PrimaryKeyConstraint("branch_id", "period", *keys),
                 postgresql_partition_by=PARTITION_BY)


SHEET_TABLES: dict[str, Table] = {key: _sheet_table(SHEETS_BY_KEY[key], cols) for key, cols in SHEET_COLUMNS.items()}

# Rows of sheets without a table of their own (added to the workbook after this schema): kept whole as JSONB.
sheet_row = Table(
    "sheet_row", metadata,
    Column("branch_id", Integer, nullable=False),
    Column("period", Date, nullable=False),
    Column("sheet", String(40), nullable=False),
    # The row key's values (without the branch code), joined by U+001F.
    Column("row_key", Text, nullable=False),
    Column("ticket_no", Text, nullable=False),
    Column("anchor_day", Date, nullable=False),
    # Machine key -> value (dates as ISO text, money as text, choices as keys).
    Column("data", JSONB, nullable=False),
    Column("exported_at", DateTime, nullable=False),
    Column("load_id", BigInteger, nullable=False),
    PrimaryKeyConstraint("branch_id", "period", "sheet", "row_key"),
    postgresql_partition_by=PARTITION_BY,
)

# The figures per branch and month, recomputed from the sheet tables inside each load's transaction. Each is
# a count with its base (numerator and denominator) or an amount, so any grouping of branches and months adds
# up; the dashboard, the ranking and the summary workbook read only this table.
figure = Table(
    "figure", metadata,
    Column("branch_id", Integer, nullable=False),
    Column("period", Date, nullable=False),
    Column("figure", String(40), nullable=False),
    # A breakdown within the figure: the 三包 rule id, the satisfaction grade, the product line and model.
    Column("key1", Text, nullable=False),
    Column("key2", Text, nullable=False),
    Column("count", BigInteger, nullable=False),
    Column("base", BigInteger, nullable=True),
    Column("amount", Numeric(16, 2), nullable=True),
    PrimaryKeyConstraint("branch_id", "period", "figure", "key1", "key2"),
    # The network views and the ranking ask "this figure, these months, every branch".
    Index("ix_figure_period_figure", "period", "figure"),
    postgresql_partition_by=PARTITION_BY,
)

PARTITIONED: tuple[Table, ...] = (*SHEET_TABLES.values(), sheet_row, figure)
