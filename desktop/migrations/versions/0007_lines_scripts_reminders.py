"""every product line's words, care reminders, satisfaction grades, ad-hoc callbacks, engineer conduct

Revision ID: 0007_lines_scripts_reminders
Revises: 0006_parts_stock_charges
Create Date: 2026-11-29 14:00:00

- product_line: the brand and the service name customers of the line hear and read; the brand is filled from the
  first word of the line's model names (the catalogue wrote models as "<brand> <model>").
- fault_category.maintenance: routine care is never a 返修; 更换滤芯 (filter_change) is care.
- consumable_interval, maintenance_item, script_text: new tables.
- callback: the unit and reason of care and ad-hoc callbacks, the care due date, the new kinds; satisfaction grades
  非常满意 / 满意 / 一般 / 不满意 (/ 非常不满意): 基本满意 answers become 一般.
- service_report: the conduct checklist; a signed report keeps its 基本满意 (the customer's signature covers it).
"""

from __future__ import annotations

from collections import Counter

import sqlalchemy as sa
from alembic import op

import desktop.models.base

revision = "0007_lines_scripts_reminders"
down_revision = "0006_parts_stock_charges"
branch_labels = None
depends_on = None

OLD_KINDS = "('after_service', 'after_install', 'after_return', 'key_account_phone', 'key_account_visit')"
NEW_KINDS = ("('after_service', 'after_install', 'after_return', 'key_account_phone', 'key_account_visit', "
             "'maintenance', 'ad_hoc_phone', 'ad_hoc_visit')")
OLD_GRADES = "('satisfied', 'basically_satisfied', 'dissatisfied')"
NEW_GRADES = "('very_satisfied', 'satisfied', 'neutral', 'dissatisfied', 'very_dissatisfied')"
REPORT_GRADES = ("('very_satisfied', 'satisfied', 'neutral', 'dissatisfied', 'very_dissatisfied', "
                 "'basically_satisfied')")


def upgrade() -> None:
    connection = op.get_bind()

    with op.batch_alter_table("product_line") as batch:
        batch.add_column(sa.Column("brand", sa.String(length=40), nullable=False, server_default=""))
        batch.add_column(sa.Column("service_name", sa.String(length=100), nullable=False, server_default=""))
    _fill_brands(connection)

    with op.batch_alter_table("fault_category") as batch:
        batch.add_column(sa.Column("maintenance", sa.Boolean(), nullable=False, server_default=sa.false()))
    fault = sa.table("fault_category", sa.column("code", sa.String), sa.column("maintenance", sa.Boolean))
    connection.execute(fault.update().where(fault.c.code == "filter_change").values(maintenance=True))

    with op.batch_alter_table("callback") as batch:
        batch.add_column(sa.Column("unit_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("reason", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("care_due_on", sa.Date(), nullable=True))
        batch.create_foreign_key(op.f("fk_callback_unit_id_unit"), "unit", ["unit_id"], ["id"])
        batch.create_index(op.f("ix_callback_unit_id"), ["unit_id"], unique=False)
        batch.drop_constraint(op.f("ck_callback_kind"), type_="check")
        batch.create_check_constraint(op.f("ck_callback_kind"), f"kind IN {NEW_KINDS}")
        batch.drop_constraint(op.f("ck_callback_satisfaction"), type_="check")
    callback = sa.table("callback", sa.column("satisfaction", sa.String))
    # 基本满意 is in no seed and was counted as satisfied; it is today's 一般, which is not.
    connection.execute(callback.update().where(callback.c.satisfaction == "basically_satisfied")
                       .values(satisfaction="neutral"))
    with op.batch_alter_table("callback") as batch:
        batch.create_check_constraint(op.f("ck_callback_satisfaction"),
                                      f"satisfaction IS NULL OR satisfaction IN {NEW_GRADES}")

    with op.batch_alter_table("service_report") as batch:
        batch.add_column(sa.Column("conduct", sa.JSON(), nullable=True))
        batch.drop_constraint(op.f("ck_service_report_satisfaction"), type_="check")
        batch.create_check_constraint(op.f("ck_service_report_satisfaction"),
                                      f"satisfaction IS NULL OR satisfaction IN {REPORT_GRADES}")

    op.create_table(
        "consumable_interval",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("model_id", sa.Integer(), nullable=False),
        sa.Column("part_id", sa.Integer(), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("months BETWEEN 1 AND 120", name=op.f("ck_consumable_interval_months_range")),
        sa.ForeignKeyConstraint(["model_id"], ["product_model.id"],
                                name=op.f("fk_consumable_interval_model_id_product_model")),
        sa.ForeignKeyConstraint(["part_id"], ["part.id"], name=op.f("fk_consumable_interval_part_id_part")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consumable_interval")),
        sa.UniqueConstraint("model_id", "part_id", name=op.f("uq_consumable_interval_model_id_part_id")),
    )
    with op.batch_alter_table("consumable_interval") as batch:
        batch.create_index(op.f("ix_consumable_interval_model_id"), ["model_id"], unique=False)

    op.create_table(
        "maintenance_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("part_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_maintenance_item_quantity_positive")),
        sa.ForeignKeyConstraint(["part_id"], ["part.id"], name=op.f("fk_maintenance_item_part_id_part")),
        sa.ForeignKeyConstraint(["ticket_id"], ["ticket.id"], name=op.f("fk_maintenance_item_ticket_id_ticket")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_maintenance_item")),
        sa.UniqueConstraint("ticket_id", "part_id", name=op.f("uq_maintenance_item_ticket_id_part_id")),
    )
    with op.batch_alter_table("maintenance_item") as batch:
        batch.create_index(op.f("ix_maintenance_item_ticket_id"), ["ticket_id"], unique=False)

    op.create_table(
        "script_text",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("product_line_id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.String(length=4), nullable=False),
        sa.Column("zh", sa.Text(), nullable=False),
        sa.Column("en", sa.Text(), nullable=False),
        sa.Column("updated_at", desktop.models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["product_line_id"], ["product_line.id"],
                                name=op.f("fk_script_text_product_line_id_product_line")),
        sa.ForeignKeyConstraint(["updated_by"], ["app_user.id"], name=op.f("fk_script_text_updated_by_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_script_text")),
        sa.UniqueConstraint("product_line_id", "line_id", name=op.f("uq_script_text_product_line_id_line_id")),
    )


def _fill_brands(connection: sa.engine.Connection) -> None:
    """The brand is the first word of most of a line's model names ("鸿盛 RO反渗透 400G" → 鸿盛)."""
    line = sa.table("product_line", sa.column("id", sa.Integer), sa.column("brand", sa.String))
    model = sa.table("product_model", sa.column("product_line_id", sa.Integer), sa.column("name", sa.String))
    heads: dict[int, Counter[str]] = {}
    for line_id, name in connection.execute(sa.select(model.c.product_line_id, model.c.name)).all():
        head, sep, _ = (name or "").strip().partition(" ")
        if sep and len(head) <= 40:
            heads.setdefault(line_id, Counter())[head] += 1
    for line_id, counts in heads.items():
        brand = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        connection.execute(line.update().where(line.c.id == line_id).values(brand=brand))


def downgrade() -> None:
    connection = op.get_bind()
    op.drop_table("script_text")
    with op.batch_alter_table("maintenance_item") as batch:
        batch.drop_index(op.f("ix_maintenance_item_ticket_id"))
    op.drop_table("maintenance_item")
    with op.batch_alter_table("consumable_interval") as batch:
        batch.drop_index(op.f("ix_consumable_interval_model_id"))
    op.drop_table("consumable_interval")

    report = sa.table("service_report", sa.column("satisfaction", sa.String))
    callback = sa.table("callback", sa.column("id", sa.Integer), sa.column("kind", sa.String),
                        sa.column("satisfaction", sa.String))
    attempt = sa.table("callback_attempt", sa.column("callback_id", sa.Integer))
    with op.batch_alter_table("service_report") as batch:
        batch.drop_constraint(op.f("ck_service_report_satisfaction"), type_="check")
        batch.drop_column("conduct")
    with op.batch_alter_table("callback") as batch:
        batch.drop_constraint(op.f("ck_callback_satisfaction"), type_="check")
        batch.drop_constraint(op.f("ck_callback_kind"), type_="check")
    # The older scale has three grades; the new kinds of callback did not exist and cannot be kept.
    for table in (report, callback):
        for new, old in (("very_satisfied", "satisfied"), ("neutral", "basically_satisfied"),
                         ("very_dissatisfied", "dissatisfied")):
            connection.execute(table.update().where(table.c.satisfaction == new).values(satisfaction=old))
    gone = sa.select(callback.c.id).where(callback.c.kind.in_(("maintenance", "ad_hoc_phone", "ad_hoc_visit")))
    connection.execute(attempt.delete().where(attempt.c.callback_id.in_(gone)))
    connection.execute(callback.delete().where(callback.c.id.in_(gone)))
    with op.batch_alter_table("service_report") as batch:
        batch.create_check_constraint(op.f("ck_service_report_satisfaction"),
                                      f"satisfaction IS NULL OR satisfaction IN {OLD_GRADES}")
    with op.batch_alter_table("callback") as batch:
        batch.create_check_constraint(op.f("ck_callback_satisfaction"),
                                      f"satisfaction IS NULL OR satisfaction IN {OLD_GRADES}")
        batch.create_check_constraint(op.f("ck_callback_kind"), f"kind IN {OLD_KINDS}")
        batch.drop_index(op.f("ix_callback_unit_id"))
        batch.drop_constraint(op.f("fk_callback_unit_id_unit"), type_="foreignkey")
        batch.drop_column("care_due_on")
        batch.drop_column("reason")
        batch.drop_column("unit_id")
    with op.batch_alter_table("fault_category") as batch:
        batch.drop_column("maintenance")
    with op.batch_alter_table("product_line") as batch:
        batch.drop_column("service_name")
        batch.drop_column("brand")
