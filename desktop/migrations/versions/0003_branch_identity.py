"""branch identity: an installation id made once per branch database, written into every HQ workbook

Revision ID: 0003_branch_identity
Revises: 0002_ticket_search
Create Date: 2026-11-29 10:30:00

Two branches that chose the same code (or a branch that reinstalled and kept its code) are told apart at HQ by this
UUID, so a merge can refuse a code clash instead of letting one branch's tickets replace the other's.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0003_branch_identity"
down_revision = "0002_ticket_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("branch") as batch:
        batch.add_column(sa.Column("installation_id", sa.String(length=36), nullable=True))
    branch = sa.table("branch", sa.column("id", sa.Integer), sa.column("installation_id", sa.String))
    connection = op.get_bind()
    for (branch_id,) in connection.execute(sa.select(branch.c.id)).all():
        connection.execute(branch.update().where(branch.c.id == branch_id)
                           .values(installation_id=str(uuid.uuid4())))
    with op.batch_alter_table("branch") as batch:
        batch.alter_column("installation_id", existing_type=sa.String(length=36), nullable=False)
        batch.create_unique_constraint(op.f("uq_branch_installation_id"), ["installation_id"])


def downgrade() -> None:
    with op.batch_alter_table("branch") as batch:
        batch.drop_constraint(op.f("uq_branch_installation_id"), type_="unique")
        batch.drop_column("installation_id")
