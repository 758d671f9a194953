"""address key: customer_address.detail_key, the address detail as compared (rules.addresses.address_key: full-width
digits, spaces and 号楼/栋 written one way), with an index on (district, detail_key), so that registering a customer
finds a similar name at the same address by one equality however the address was typed, instead of reading the
district's addresses that begin like it (which missed addresses typed another way, and cut a busy street at 500)

Revision ID: 0014_address_key
Revises: 0013_care_index
Create Date: 2026-11-29 21:15:00

Existing addresses get their key here, in batches of BATCH rows by id (a branch with 450,000 addresses: see
docs/operations.md for the time it takes). The key is computed by the application's own function, not a copy: the
stored keys must be exactly those the application compares with.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop.rules.addresses import KEY_LENGTH, address_key

revision = "0014_address_key"
down_revision = "0013_care_index"
branch_labels = None
depends_on = None

BATCH = 5000


def upgrade() -> None:
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    # SQLite adds a NOT NULL column in place only with a default (anything else rebuilds the table, and with it
    # every address of the branch): '' stands until the rows below get their keys. PostgreSQL drops it afterwards,
    # so a row inserted without its key is refused there; SQLite keeps it (dropping it rebuilds the table), which
    # the tests of every writer on both databases make up for.
    with op.batch_alter_table("customer_address") as batch:
        batch.add_column(sa.Column("detail_key", sa.String(length=KEY_LENGTH), nullable=False, server_default=""))
    last = 0
    while True:
        rows = connection.execute(sa.text("SELECT id, detail FROM customer_address WHERE id > :last "
                                          "ORDER BY id LIMIT :batch"), {"last": last, "batch": BATCH}).all()
        if not rows:
            break
        if sqlite:
            connection.execute(sa.text("UPDATE customer_address SET detail_key = :key WHERE id = :id"),
                               [{"id": row[0], "key": address_key(row[1])} for row in rows])
        else:
            # One statement per batch (an executemany is one round trip per row on psycopg). The id range lets the
            # server read just the batch's rows by primary key: without it, it read the whole table for each batch
            # (a hash join: 18.5 s instead of 7.5 s for 448,000 addresses).
            connection.execute(
                sa.text("UPDATE customer_address SET detail_key = v.detail_key "
                        "FROM unnest(CAST(:ids AS integer[]), CAST(:keys AS text[])) AS v(id, detail_key) "
                        "WHERE customer_address.id = v.id AND customer_address.id BETWEEN :first AND :last"),
                {"ids": [row[0] for row in rows], "keys": [address_key(row[1]) for row in rows],
                 "first": rows[0][0], "last": rows[-1][0]})
        last = rows[-1][0]
    if not sqlite:
        op.alter_column("customer_address", "detail_key", server_default=None,
                        existing_type=sa.String(length=KEY_LENGTH), existing_nullable=False)
    # After the keys: one index build instead of an index update per row.
    op.create_index("ix_customer_address_district_detail_key", "customer_address", ["district", "detail_key"])


def downgrade() -> None:
    op.drop_index("ix_customer_address_district_detail_key", table_name="customer_address")
    with op.batch_alter_table("customer_address") as batch:
        batch.drop_column("detail_key")
