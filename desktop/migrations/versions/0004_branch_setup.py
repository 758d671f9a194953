"""branch setup: the first-start wizard's saved progress and the service records imported from a branch's workbooks

Revision ID: 0004_branch_setup
Revises: 0003_branch_identity
Create Date: 2026-12-02 09:00:00

setup_draft holds one row while the wizard runs (so closing it half way loses nothing); past_service holds the
repairs a branch recorded in Excel before it used this application, kept apart from tickets so no period's
indicators change when history is imported.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop.models.base import UTCDateTime

revision = "0004_branch_setup"
down_revision = "0003_branch_identity"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "setup_draft",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("page", sa.String(length=20), nullable=False),
        sa.Column("pages", sa.JSON(), nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_setup_draft_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_setup_draft")),
    )
    op.create_table(
        "past_service",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("served_on", sa.Date(), nullable=False),
        sa.Column("fault_text", sa.Text(), nullable=False),
        sa.Column("work_done", sa.Text(), nullable=False),
        sa.Column("engineer_name", sa.String(length=60), nullable=False),
        sa.Column("result", sa.String(length=12), nullable=False),
        sa.Column("source_file", sa.String(length=200), nullable=False),
        sa.Column("source_row", sa.Integer(), nullable=False),
        sa.Column("dedupe_key", sa.String(length=64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.CheckConstraint("result IN ('resolved', 'unresolved')", name=op.f("ck_past_service_result")),
        sa.ForeignKeyConstraint(["branch_id"], ["branch.id"], name=op.f("fk_past_service_branch_id_branch")),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_past_service_customer_id_customer")),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_past_service_unit_id_unit")),
        sa.ForeignKeyConstraint(["created_by"], ["app_user.id"], name=op.f("fk_past_service_created_by_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_past_service")),
        sa.UniqueConstraint("branch_id", "dedupe_key", name=op.f("uq_past_service_branch_id_dedupe_key")),
    )
    with op.batch_alter_table("past_service") as batch:
        batch.create_index(batch.f("ix_past_service_customer_id"), ["customer_id"], unique=False)
        batch.create_index(batch.f("ix_past_service_unit_id"), ["unit_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("past_service") as batch:
        batch.drop_index(batch.f("ix_past_service_unit_id"))
        batch.drop_index(batch.f("ix_past_service_customer_id"))
    op.drop_table("past_service")
    op.drop_table("setup_draft")
