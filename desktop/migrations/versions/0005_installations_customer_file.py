"""installations and the customer file: ticket kind, installation orders and acceptance reports, merged customers,
the reason for an early arrival on the service report

Revision ID: 0005_installations_customer_file
Revises: 0004_branch_setup
Create Date: 2026-12-02 09:00:00

An installation (安装单) is its own ticket kind, planned on the board like a repair visit; its result is the
installation acceptance (开箱检验, use explained, customer's signature) that sets the unit's installation date.
A customer merged into another keeps its row with `merged_into_id`, so the audit trail still names it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import desktop.models.base

revision = "0005_installations_customer_file"
down_revision = "0004_branch_setup"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ticket") as batch:
        batch.add_column(sa.Column("kind", sa.String(length=12), server_default="repair", nullable=False))
        batch.create_check_constraint(op.f("ck_ticket_kind"), "kind IN ('repair', 'installation')")

    with op.batch_alter_table("service_report") as batch:
        batch.add_column(sa.Column("early_arrival_reason", sa.Text(), server_default="", nullable=False))

    with op.batch_alter_table("customer") as batch:
        batch.add_column(sa.Column("merged_into_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(op.f("fk_customer_merged_into_id_customer"), "customer", ["merged_into_id"], ["id"])

    op.create_table(
        "installation_order",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("requested_date", sa.Date(), nullable=False),
        sa.Column("sold_by", sa.String(length=60), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", desktop.models.base.UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["created_by"], ["app_user.id"],
                                name=op.f("fk_installation_order_created_by_app_user")),
        sa.ForeignKeyConstraint(["ticket_id"], ["ticket.id"], name=op.f("fk_installation_order_ticket_id_ticket")),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_installation_order_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_installation_order")),
        sa.UniqueConstraint("ticket_id", name=op.f("uq_installation_order_ticket_id")),
    )
    with op.batch_alter_table("installation_order") as batch:
        batch.create_index(batch.f("ix_installation_order_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "installation_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("result", sa.String(length=14), nullable=False),
        sa.Column("arrived_at", desktop.models.base.UTCDateTime(), nullable=False),
        sa.Column("departed_at", desktop.models.base.UTCDateTime(), nullable=False),
        sa.Column("early_arrival_reason", sa.Text(), nullable=False),
        sa.Column("installed_on", sa.Date(), nullable=True),
        sa.Column("checks", sa.JSON(), nullable=False),
        sa.Column("appearance_defect", sa.Boolean(), nullable=False),
        sa.Column("appearance_note", sa.Text(), nullable=False),
        sa.Column("use_explained", sa.Boolean(), nullable=False),
        sa.Column("work_note", sa.Text(), nullable=False),
        sa.Column("customer_comment", sa.Text(), nullable=False),
        sa.Column("signature_kind", sa.String(length=8), nullable=False),
        sa.Column("signature_strokes", sa.JSON(), nullable=True),
        sa.Column("signature_scan", sa.LargeBinary(), nullable=True),
        sa.Column("content_digest", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", desktop.models.base.UTCDateTime(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("result IN ('installed', 'not_installed')", name=op.f("ck_installation_report_result")),
        sa.CheckConstraint("signature_kind IN ('none', 'strokes', 'scan')",
                           name=op.f("ck_installation_report_signature_kind")),
        sa.CheckConstraint("departed_at >= arrived_at", name=op.f("ck_installation_report_times_order")),
        sa.CheckConstraint("result = 'not_installed' OR installed_on IS NOT NULL",
                           name=op.f("ck_installation_report_installed_has_date")),
        sa.ForeignKeyConstraint(["recorded_by"], ["app_user.id"],
                                name=op.f("fk_installation_report_recorded_by_app_user")),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], name=op.f("fk_installation_report_visit_id_visit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_installation_report")),
        sa.UniqueConstraint("visit_id", name=op.f("uq_installation_report_visit_id")),
    )


def downgrade() -> None:
    op.drop_table("installation_report")
    with op.batch_alter_table("installation_order") as batch:
        batch.drop_index(batch.f("ix_installation_order_unit_id"))
    op.drop_table("installation_order")
    with op.batch_alter_table("customer") as batch:
        batch.drop_constraint(op.f("fk_customer_merged_into_id_customer"), type_="foreignkey")
        batch.drop_column("merged_into_id")
    with op.batch_alter_table("service_report") as batch:
        batch.drop_column("early_arrival_reason")
    with op.batch_alter_table("ticket") as batch:
        batch.drop_constraint(op.f("ck_ticket_kind"), type_="check")
        batch.drop_column("kind")
