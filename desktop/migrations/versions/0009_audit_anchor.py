"""audit lanes and anchors: parallel audit chains (AuditHead rows 1..32, audit_log.chain) so saves from many PCs do
not queue on one head row; the branch remembers whether it is a demo (the demo password works there only)

Revision ID: 0009_audit_anchor
Revises: 0008_consultations_quality
Create Date: 2026-11-29 11:00:00

Existing records are all in chain 1 (the one head row becomes lane 1); lanes 2..32 start empty. A branch created by
the demo seed is found by its first audit record ("branch.create" with demo true).
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0009_audit_anchor"
down_revision = "0008_consultations_quality"
branch_labels = None
depends_on = None

LANES = 32
GENESIS = "0" * 64


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("chain", sa.Integer(), server_default="1", nullable=False))
    with op.batch_alter_table("audit_head") as batch:
        batch.drop_constraint(op.f("ck_audit_head_single_row"), type_="check")
        batch.create_check_constraint(op.f("ck_audit_head_lane_range"), "id BETWEEN 1 AND 32")
    head = sa.table("audit_head", sa.column("id", sa.Integer), sa.column("last_id", sa.Integer),
                    sa.column("last_digest", sa.String))
    connection = op.get_bind()
    present = {row[0] for row in connection.execute(sa.select(head.c.id)).all()}
    missing = [{"id": lane, "last_id": 0, "last_digest": GENESIS} for lane in range(1, LANES + 1)
               if lane not in present]
    if missing:
        op.bulk_insert(head, missing)

    with op.batch_alter_table("branch") as batch:
        batch.add_column(sa.Column("demo", sa.Boolean(), server_default=sa.false(), nullable=False))
    branch = sa.table("branch", sa.column("id", sa.Integer), sa.column("demo", sa.Boolean))
    log = sa.table("audit_log", sa.column("action", sa.String), sa.column("entity_id", sa.Integer),
                   sa.column("after", sa.Text))
    for entity_id, after in connection.execute(
            sa.select(log.c.entity_id, sa.cast(log.c.after, sa.Text)).where(log.c.action == "branch.create")).all():
        try:
            demo = bool(json.loads(after or "null").get("demo"))
        except (ValueError, AttributeError):
            demo = False
        if demo and entity_id is not None:
            connection.execute(branch.update().where(branch.c.id == entity_id).values(demo=True))


def downgrade() -> None:
    with op.batch_alter_table("branch") as batch:
        batch.drop_column("demo")
    connection = op.get_bind()
    head = sa.table("audit_head", sa.column("id", sa.Integer))
    connection.execute(head.delete().where(head.c.id > 1))
    with op.batch_alter_table("audit_head") as batch:
        batch.drop_constraint(op.f("ck_audit_head_lane_range"), type_="check")
        batch.create_check_constraint(op.f("ck_audit_head_single_row"), "id = 1")
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("chain")
