"""address town: customer_address.town, the 乡镇/街道 within the district, so that an engineer whose areas are
towns (as the region lists them: solar water heater branches ride to rural towns) matches a customer's address

Revision ID: 0015_address_town
Revises: 0014_address_key
Create Date: 2026-11-29 23:50:00

Every existing address gets an empty town (not known): the column is added with the server default '' on both
databases, which SQLite does in place (no rebuild of a table holding every address of the branch) and PostgreSQL
without rewriting the table. The default stays, so writers that insert rows directly and know no town still work.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_address_town"
down_revision = "0014_address_key"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("customer_address") as batch:
        batch.add_column(sa.Column("town", sa.String(length=20), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("customer_address") as batch:
        batch.drop_column("town")
