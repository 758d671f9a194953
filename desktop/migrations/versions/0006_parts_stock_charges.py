"""parts, stock and charges: the parts catalogue's unit and flags, stock locations, balances and movements, return
lists, the parts a visit needs, the fee schedule, payments, and the service report's follow-up, call-out fee, charge
exceptions and engineer signature

Revision ID: 0006_parts_stock_charges
Revises: 0005_installations_customer_file
Create Date: 2026-11-30 09:00:00

Columns added to existing tables carry server defaults so that existing rows get a value: reports recorded before
keep content_version 1 (their signature digest covers the fields of that time and must still verify); a part line
recorded before counted as covered by warranty exactly when it was not charged, which is how it printed.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop.models.base import UTCDateTime

revision = "0006_parts_stock_charges"
down_revision = "0005_installations_customer_file"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fee_schedule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("product_line_id", sa.Integer(), nullable=False),
        sa.Column("call_out_fee_fen", sa.Integer(), nullable=False),
        sa.Column("labour_fen", sa.Integer(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("call_out_fee_fen >= 0", name=op.f("ck_fee_schedule_call_out_nonneg")),
        sa.CheckConstraint("labour_fen >= 0", name=op.f("ck_fee_schedule_labour_nonneg")),
        sa.ForeignKeyConstraint(["branch_id"], ["branch.id"], name=op.f("fk_fee_schedule_branch_id_branch")),
        sa.ForeignKeyConstraint(
            ["product_line_id"], ["product_line.id"], name=op.f("fk_fee_schedule_product_line_id_product_line")
        ),
        sa.ForeignKeyConstraint(["updated_by"], ["app_user.id"], name=op.f("fk_fee_schedule_updated_by_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fee_schedule")),
        sa.UniqueConstraint("branch_id", "product_line_id", name=op.f("uq_fee_schedule_branch_id_product_line_id")),
    )
    op.create_table(
        "return_list",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("destination", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("printed_at", UTCDateTime(), nullable=True),
        sa.CheckConstraint("destination IN ('hq', 'factory')", name=op.f("ck_return_list_destination")),
        sa.ForeignKeyConstraint(["branch_id"], ["branch.id"], name=op.f("fk_return_list_branch_id_branch")),
        sa.ForeignKeyConstraint(["created_by"], ["app_user.id"], name=op.f("fk_return_list_created_by_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_return_list")),
        sa.UniqueConstraint("number", name=op.f("uq_return_list_number")),
    )
    op.create_table(
        "labour_fee",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fee_schedule_id", sa.Integer(), nullable=False),
        sa.Column("fault_category_id", sa.Integer(), nullable=False),
        sa.Column("labour_fen", sa.Integer(), nullable=False),
        sa.CheckConstraint("labour_fen >= 0", name=op.f("ck_labour_fee_labour_nonneg")),
        sa.ForeignKeyConstraint(
            ["fault_category_id"], ["fault_category.id"], name=op.f("fk_labour_fee_fault_category_id_fault_category")
        ),
        sa.ForeignKeyConstraint(
            ["fee_schedule_id"],
            ["fee_schedule.id"],
            name=op.f("fk_labour_fee_fee_schedule_id_fee_schedule"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_labour_fee")),
        sa.UniqueConstraint(
            "fee_schedule_id", "fault_category_id", name=op.f("uq_labour_fee_fee_schedule_id_fault_category_id")
        ),
    )
    op.create_table(
        "stock_location",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("engineer_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "(kind = 'van') = (engineer_id IS NOT NULL)", name=op.f("ck_stock_location_van_has_engineer")
        ),
        sa.CheckConstraint("kind IN ('warehouse', 'van', 'old_parts')", name=op.f("ck_stock_location_kind")),
        sa.ForeignKeyConstraint(["branch_id"], ["branch.id"], name=op.f("fk_stock_location_branch_id_branch")),
        sa.ForeignKeyConstraint(["engineer_id"], ["engineer.id"], name=op.f("fk_stock_location_engineer_id_engineer")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_location")),
        sa.UniqueConstraint("branch_id", "key", name=op.f("uq_stock_location_branch_id_key")),
        sa.UniqueConstraint("engineer_id", name=op.f("uq_stock_location_engineer_id")),
    )
    op.create_table(
        "stock_balance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("part_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["location_id"], ["stock_location.id"], name=op.f("fk_stock_balance_location_id_stock_location")
        ),
        sa.ForeignKeyConstraint(["part_id"], ["part.id"], name=op.f("fk_stock_balance_part_id_part")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_balance")),
        sa.UniqueConstraint("location_id", "part_id", name=op.f("uq_stock_balance_location_id_part_id")),
    )
    with op.batch_alter_table("stock_balance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stock_balance_part_id"), ["part_id"], unique=False)

    op.create_table(
        "visit_part",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("part_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_visit_part_quantity_positive")),
        sa.ForeignKeyConstraint(["part_id"], ["part.id"], name=op.f("fk_visit_part_part_id_part")),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_visit_part_visit_id_visit"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_part")),
        sa.UniqueConstraint("visit_id", "part_id", name=op.f("uq_visit_part_visit_id_part_id")),
    )
    with op.batch_alter_table("visit_part", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_part_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("receipt_no", sa.String(length=24), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("engineer_id", sa.Integer(), nullable=True),
        sa.Column("payer_name", sa.String(length=60), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("paid_at", UTCDateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=False),
        sa.Column("voided_at", UTCDateTime(), nullable=True),
        sa.Column("voided_by", sa.Integer(), nullable=True),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("printed_at", UTCDateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("(status = 'void') = (voided_at IS NOT NULL)", name=op.f("ck_payment_void_has_time")),
        sa.CheckConstraint("method IN ('cash', 'wechat', 'alipay', 'transfer')", name=op.f("ck_payment_method")),
        sa.CheckConstraint("status IN ('valid', 'void')", name=op.f("ck_payment_status")),
        sa.CheckConstraint("amount_fen > 0", name=op.f("ck_payment_amount_positive")),
        sa.ForeignKeyConstraint(["branch_id"], ["branch.id"], name=op.f("fk_payment_branch_id_branch")),
        sa.ForeignKeyConstraint(["engineer_id"], ["engineer.id"], name=op.f("fk_payment_engineer_id_engineer")),
        sa.ForeignKeyConstraint(["recorded_by"], ["app_user.id"], name=op.f("fk_payment_recorded_by_app_user")),
        sa.ForeignKeyConstraint(["report_id"], ["service_report.id"], name=op.f("fk_payment_report_id_service_report")),
        sa.ForeignKeyConstraint(["ticket_id"], ["ticket.id"], name=op.f("fk_payment_ticket_id_ticket")),
        sa.ForeignKeyConstraint(["voided_by"], ["app_user.id"], name=op.f("fk_payment_voided_by_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
        sa.UniqueConstraint("receipt_no", name=op.f("uq_payment_receipt_no")),
    )
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index("ix_payment_branch_paid", ["branch_id", "paid_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_payment_report_id"), ["report_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_payment_ticket_id"), ["ticket_id"], unique=False)

    op.create_table(
        "stock_movement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("part_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("from_location_id", sa.Integer(), nullable=True),
        sa.Column("to_location_id", sa.Integer(), nullable=True),
        sa.Column("engineer_id", sa.Integer(), nullable=True),
        sa.Column("ticket_id", sa.Integer(), nullable=True),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("part_usage_id", sa.Integer(), nullable=True),
        sa.Column("tag_no", sa.String(length=40), nullable=False),
        sa.Column("source_movement_id", sa.Integer(), nullable=True),
        sa.Column("return_list_id", sa.Integer(), nullable=True),
        sa.Column("destination", sa.String(length=10), nullable=True),
        sa.Column("reference", sa.String(length=60), nullable=False),
        sa.Column("unit_price_fen", sa.Integer(), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("moved_at", UTCDateTime(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "destination IS NULL OR destination IN ('hq', 'factory')", name=op.f("ck_stock_movement_destination")
        ),
        sa.CheckConstraint(
            "kind IN ('receipt', 'issue', 'van_return', 'use', 'old_part_return', 'return_out')",
            name=op.f("ck_stock_movement_kind"),
        ),
        sa.CheckConstraint(
            "from_location_id IS NOT NULL OR to_location_id IS NOT NULL", name=op.f("ck_stock_movement_has_location")
        ),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_stock_movement_quantity_positive")),
        sa.CheckConstraint("unit_price_fen >= 0", name=op.f("ck_stock_movement_price_nonneg")),
        sa.ForeignKeyConstraint(["branch_id"], ["branch.id"], name=op.f("fk_stock_movement_branch_id_branch")),
        sa.ForeignKeyConstraint(["engineer_id"], ["engineer.id"], name=op.f("fk_stock_movement_engineer_id_engineer")),
        sa.ForeignKeyConstraint(
            ["from_location_id"], ["stock_location.id"], name=op.f("fk_stock_movement_from_location_id_stock_location")
        ),
        sa.ForeignKeyConstraint(["part_id"], ["part.id"], name=op.f("fk_stock_movement_part_id_part")),
        sa.ForeignKeyConstraint(
            ["part_usage_id"],
            ["part_usage.id"],
            name=op.f("fk_stock_movement_part_usage_id_part_usage"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(["recorded_by"], ["app_user.id"], name=op.f("fk_stock_movement_recorded_by_app_user")),
        sa.ForeignKeyConstraint(
            ["return_list_id"], ["return_list.id"], name=op.f("fk_stock_movement_return_list_id_return_list")
        ),
        sa.ForeignKeyConstraint(
            ["source_movement_id"],
            ["stock_movement.id"],
            name=op.f("fk_stock_movement_source_movement_id_stock_movement"),
        ),
        sa.ForeignKeyConstraint(["ticket_id"], ["ticket.id"], name=op.f("fk_stock_movement_ticket_id_ticket")),
        sa.ForeignKeyConstraint(
            ["to_location_id"], ["stock_location.id"], name=op.f("fk_stock_movement_to_location_id_stock_location")
        ),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], name=op.f("fk_stock_movement_visit_id_visit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_movement")),
        sa.UniqueConstraint("number", name=op.f("uq_stock_movement_number")),
        sa.UniqueConstraint("source_movement_id", name=op.f("uq_stock_movement_source_movement_id")),
    )
    with op.batch_alter_table("stock_movement", schema=None) as batch_op:
        batch_op.create_index("ix_stock_movement_branch_at", ["branch_id", "moved_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_stock_movement_engineer_id"), ["engineer_id"], unique=False)
        batch_op.create_index("ix_stock_movement_part_at", ["part_id", "moved_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_stock_movement_part_usage_id"), ["part_usage_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_stock_movement_return_list_id"), ["return_list_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_stock_movement_ticket_id"), ["ticket_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_stock_movement_visit_id"), ["visit_id"], unique=False)

    with op.batch_alter_table("part", schema=None) as batch_op:
        batch_op.add_column(sa.Column("unit", sa.String(length=10), nullable=False, server_default="个"))
        batch_op.add_column(sa.Column("is_warranty_part", sa.Boolean(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("reorder_level", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))

    with op.batch_alter_table("part_usage", schema=None) as batch_op:
        batch_op.add_column(sa.Column("covered", sa.Boolean(), nullable=False, server_default="0"))

    with op.batch_alter_table("service_report", schema=None) as batch_op:
        batch_op.add_column(sa.Column("content_version", sa.Integer(), nullable=False, server_default="1"))
        batch_op.add_column(sa.Column("follow_up", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("call_out_fee_fen", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("coverage", sa.String(length=16), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("charge_exceptions", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("charge_reason", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("engineer_signature_strokes", sa.JSON(), nullable=True))

    part_usage = sa.table("part_usage", sa.column("covered", sa.Boolean), sa.column("charged", sa.Boolean))
    op.execute(part_usage.update().values(covered=sa.not_(part_usage.c.charged)))
    # Until HQ's price list says otherwise, every part that is not a consumable is treated as a warranty part.
    part = sa.table("part", sa.column("is_warranty_part", sa.Boolean), sa.column("is_consumable", sa.Boolean))
    op.execute(part.update().values(is_warranty_part=sa.not_(part.c.is_consumable)))


def downgrade() -> None:
    with op.batch_alter_table("service_report", schema=None) as batch_op:
        batch_op.drop_column("engineer_signature_strokes")
        batch_op.drop_column("charge_reason")
        batch_op.drop_column("charge_exceptions")
        batch_op.drop_column("coverage")
        batch_op.drop_column("call_out_fee_fen")
        batch_op.drop_column("follow_up")
        batch_op.drop_column("content_version")

    with op.batch_alter_table("part_usage", schema=None) as batch_op:
        batch_op.drop_column("covered")

    with op.batch_alter_table("part", schema=None) as batch_op:
        batch_op.drop_column("version")
        batch_op.drop_column("reorder_level")
        batch_op.drop_column("is_warranty_part")
        batch_op.drop_column("unit")

    with op.batch_alter_table("stock_movement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stock_movement_visit_id"))
        batch_op.drop_index(batch_op.f("ix_stock_movement_ticket_id"))
        batch_op.drop_index(batch_op.f("ix_stock_movement_return_list_id"))
        batch_op.drop_index(batch_op.f("ix_stock_movement_part_usage_id"))
        batch_op.drop_index("ix_stock_movement_part_at")
        batch_op.drop_index(batch_op.f("ix_stock_movement_engineer_id"))
        batch_op.drop_index("ix_stock_movement_branch_at")

    op.drop_table("stock_movement")
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_ticket_id"))
        batch_op.drop_index(batch_op.f("ix_payment_report_id"))
        batch_op.drop_index("ix_payment_branch_paid")

    op.drop_table("payment")
    with op.batch_alter_table("visit_part", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_part_visit_id"))

    op.drop_table("visit_part")
    with op.batch_alter_table("stock_balance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stock_balance_part_id"))

    op.drop_table("stock_balance")
    op.drop_table("stock_location")
    op.drop_table("labour_fee")
    op.drop_table("return_list")
    op.drop_table("fee_schedule")
