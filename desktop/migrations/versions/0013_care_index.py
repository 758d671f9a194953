"""care reminders by unit: a partial index on callback (unit_id, care_due_on) over the rows that have a unit (the
maintenance reminders), so the reminders of a batch of units are read by index on a long history

Revision ID: 0013_care_index
Revises: 0012_perf
Create Date: 2026-11-29 17:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_care_index"
down_revision = "0012_perf"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_callback_unit_care", "callback", ["unit_id", "care_due_on"],
                    sqlite_where=sa.text("unit_id IS NOT NULL"), postgresql_where=sa.text("unit_id IS NOT NULL"))


def downgrade() -> None:
    op.drop_index("ix_callback_unit_care", table_name="callback")
