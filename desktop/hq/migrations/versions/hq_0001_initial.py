"""HQ schema: branches, loads, one partitioned table per workbook sheet, sheet rows, figures.

Sheet tables and figures are partitioned by month (`period`); the partitions are created by the loader
(desktop/hq/partitions.py) as months arrive, never here.

Revision ID: hq_0001
Revises:
Create Date: 2026-11-29 10:45:03.066009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = 'hq_0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE SCHEMA IF NOT EXISTS hq")
    op.create_table('branch',
    sa.Column('branch_id', sa.Integer(), sa.Identity(always=False), nullable=False),
    sa.Column('installation_id', sa.String(length=36), nullable=True),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('first_loaded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_loaded_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('branch_id', name=op.f('pk_branch')),
    sa.UniqueConstraint('code', name=op.f('uq_branch_code')),
    sa.UniqueConstraint('installation_id', name=op.f('uq_branch_installation_id')),
    schema='hq'
    )
    op.create_table('callbacks',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.Date(), nullable=False),
    sa.Column('ticket_no', sa.Text(), nullable=False),
    sa.Column('callback_no', sa.Integer(), nullable=False),
    sa.Column('due_at', sa.DateTime(), nullable=True),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=True),
    sa.Column('reached', sa.Boolean(), nullable=True),
    sa.Column('satisfaction', sa.Text(), nullable=True),
    sa.Column('answers', sa.Text(), nullable=True),
    sa.Column('anchor_day', sa.Date(), nullable=False),
    sa.Column('exported_at', sa.DateTime(), nullable=False),
    sa.Column('load_id', sa.BigInteger(), nullable=False),
    sa.Column('extra', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.PrimaryKeyConstraint('branch_id', 'period', 'ticket_no', 'callback_no', name=op.f('pk_callbacks')),
    schema='hq',
    postgresql_partition_by='RANGE (period)'
    )
    op.create_table('commitments',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.Date(), nullable=False),
    sa.Column('ticket_no', sa.Text(), nullable=False),
    sa.Column('commitment', sa.Text(), nullable=False),
    sa.Column('round', sa.Integer(), nullable=False),
    sa.Column('due_at', sa.DateTime(), nullable=True),
    sa.Column('met_at', sa.DateTime(), nullable=True),
    sa.Column('met', sa.Boolean(), nullable=True),
    sa.Column('anchor_day', sa.Date(), nullable=False),
    sa.Column('exported_at', sa.DateTime(), nullable=False),
    sa.Column('load_id', sa.BigInteger(), nullable=False),
    sa.Column('extra', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.PrimaryKeyConstraint('branch_id', 'period', 'ticket_no', 'commitment', 'round', name=op.f('pk_commitments')),
    schema='hq',
    postgresql_partition_by='RANGE (period)'
    )
    op.create_table('complaints',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.Date(), nullable=False),
    sa.Column('complaint_no', sa.Text(), nullable=False),
    sa.Column('ticket_no', sa.Text(), nullable=True),
    sa.Column('received_at', sa.DateTime(), nullable=True),
    sa.Column('channel', sa.Text(), nullable=True),
    sa.Column('category', sa.Text(), nullable=True),
    sa.Column('customer_name', sa.Text(), nullable=True),
    sa.Column('phone', sa.Text(), nullable=True),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('status', sa.Text(), nullable=True),
    sa.Column('due_at', sa.DateTime(), nullable=True),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('handler', sa.Text(), nullable=True),
    sa.Column('overdue', sa.Boolean(), nullable=True),
    sa.Column('anchor_day', sa.Date(), nullable=False),
    sa.Column('exported_at', sa.DateTime(), nullable=False),
    sa.Column('load_id', sa.BigInteger(), nullable=False),
    sa.Column('extra', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.PrimaryKeyConstraint('branch_id', 'period', 'complaint_no', name=op.f('pk_complaints')),
    schema='hq',
    postgresql_partition_by='RANGE (period)'
    )
    op.create_table('figure',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.Date(), nullable=False),
    sa.Column('figure', sa.String(length=40), nullable=False),
    sa.Column('key1', sa.Text(), nullable=False),
    sa.Column('key2', sa.Text(), nullable=False),
    sa.Column('count', sa.BigInteger(), nullable=False),
    sa.Column('base', sa.BigInteger(), nullable=True),
    sa.Column('amount', sa.Numeric(precision=16, scale=2), nullable=True),
    sa.PrimaryKeyConstraint('branch_id', 'period', 'figure', 'key1', 'key2', name=op.f('pk_figure')),
    schema='hq',
    postgresql_partition_by='RANGE (period)'
    )
    op.create_index('ix_figure_period_figure', 'figure', ['period', 'figure'], unique=False, schema='hq')
    op.create_table('load',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('load_id', sa.BigInteger(), sa.Identity(always=False), nullable=False),
    sa.Column('file_name', sa.Text(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('file_bytes', sa.BigInteger(), nullable=False),
    sa.Column('schema_version', sa.Integer(), nullable=False),
    sa.Column('branch_code', sa.String(length=40), nullable=False),
    sa.Column('branch_name', sa.Text(), nullable=False),
    sa.Column('installation_id', sa.String(length=36), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('exported_at', sa.DateTime(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('masked_columns', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('rows', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('changes', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('replaces_load_id', sa.BigInteger(), nullable=True),
    sa.Column('loaded_by', sa.String(length=128), nullable=False),
    sa.Column('loaded_by_os', sa.String(length=128), nullable=False),
    sa.Column('loaded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('seconds', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('branch_id', 'load_id', name=op.f('pk_load')),
    sa.UniqueConstraint('branch_id', 'content_hash', name=op.f('uq_load_branch_id_content_hash')),
    schema='hq'
    )
    op.create_index('ix_load_branch_period', 'load', ['branch_id', 'period_start', 'period_end'], unique=False, schema='hq')
    op.create_index('ix_load_content_hash', 'load', ['content_hash'], unique=False, schema='hq')
    op.create_table('parts',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.Date(), nullable=False),
    sa.Column('ticket_no', sa.Text(), nullable=False),
    sa.Column('visit_no', sa.Integer(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('part_code', sa.Text(), nullable=True),
    sa.Column('part_name', sa.Text(), nullable=True),
    sa.Column('qty', sa.Integer(), nullable=True),
    sa.Column('unit_price', sa.Numeric(precision=14, scale=2), nullable=True),
    sa.Column('charged', sa.Text(), nullable=True),
    sa.Column('amount', sa.Numeric(precision=14, scale=2), nullable=True),
    sa.Column('anchor_day', sa.Date(), nullable=False),
    sa.Column('exported_at', sa.DateTime(), nullable=False),
    sa.Column('load_id', sa.BigInteger(), nullable=False),
    sa.Column('extra', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.PrimaryKeyConstraint('branch_id', 'period', 'ticket_no', 'visit_no', 'line_no', name=op.f('pk_parts')),
    schema='hq',
    postgresql_partition_by='RANGE (period)'
    )
    op.create_table('returns',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.Date(), nullable=False),
    sa.Column('claim_no', sa.Text(), nullable=False),
    sa.Column('ticket_no', sa.Text(), nullable=True),
    sa.Column('requested_at', sa.DateTime(), nullable=True),
    sa.Column('requested', sa.Text(), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=True),
    sa.Column('rule_id', sa.Text(), nullable=True),
    sa.Column('refund_amount', sa.Numeric(precision=14, scale=2), nullable=True),
    sa.Column('depreciation', sa.Numeric(precision=14, scale=2), nullable=True),
    sa.Column('approver', sa.Text(), nullable=True),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('anchor_day', sa.Date(), nullable=False),
    sa.Column('exported_at', sa.DateTime(), nullable=False),
    sa.Column('load_id', sa.BigInteger(), nullable=False),
    sa.Column('extra', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.PrimaryKeyConstraint('branch_id', 'period', 'claim_no', name=op.f('pk_returns')),
    schema='hq',
    postgresql_partition_by='RANGE (period)'
    )
    op.create_table('sheet_row',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.Date(), nullable=False),
    sa.Column('sheet', sa.String(length=40), nullable=False),
    sa.Column('row_key', sa.Text(), nullable=False),
    sa.Column('ticket_no', sa.Text(), nullable=False),
    sa.Column('anchor_day', sa.Date(), nullable=False),
    sa.Column('data', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('exported_at', sa.DateTime(), nullable=False),
    sa.Column('load_id', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('branch_id', 'period', 'sheet', 'row_key', name=op.f('pk_sheet_row')),
    schema='hq',
    postgresql_partition_by='RANGE (period)'
    )
    op.create_table('tickets',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.Date(), nullable=False),
    sa.Column('ticket_no', sa.Text(), nullable=False),
    sa.Column('opened_at', sa.DateTime(), nullable=True),
    sa.Column('status', sa.Text(), nullable=True),
    sa.Column('channel', sa.Text(), nullable=True),
    sa.Column('priority', sa.Text(), nullable=True),
    sa.Column('product_line', sa.Text(), nullable=True),
    sa.Column('model', sa.Text(), nullable=True),
    sa.Column('serial', sa.Text(), nullable=True),
    sa.Column('customer_name', sa.Text(), nullable=True),
    sa.Column('phone', sa.Text(), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('fault_category', sa.Text(), nullable=True),
    sa.Column('fault_text', sa.Text(), nullable=True),
    sa.Column('warranty', sa.Text(), nullable=True),
    sa.Column('engineer', sa.Text(), nullable=True),
    sa.Column('first_contact_due', sa.DateTime(), nullable=True),
    sa.Column('first_contact_met', sa.Boolean(), nullable=True),
    sa.Column('onsite_due', sa.DateTime(), nullable=True),
    sa.Column('onsite_met', sa.Boolean(), nullable=True),
    sa.Column('completed_at', sa.DateTime(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('visit_count', sa.Integer(), nullable=True),
    sa.Column('repeat_repair', sa.Boolean(), nullable=True),
    sa.Column('anchor_day', sa.Date(), nullable=False),
    sa.Column('exported_at', sa.DateTime(), nullable=False),
    sa.Column('load_id', sa.BigInteger(), nullable=False),
    sa.Column('extra', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.PrimaryKeyConstraint('branch_id', 'period', 'ticket_no', name=op.f('pk_tickets')),
    schema='hq',
    postgresql_partition_by='RANGE (period)'
    )
    op.create_table('visits',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.Date(), nullable=False),
    sa.Column('ticket_no', sa.Text(), nullable=False),
    sa.Column('visit_no', sa.Integer(), nullable=False),
    sa.Column('engineer', sa.Text(), nullable=True),
    sa.Column('arrived_at', sa.DateTime(), nullable=True),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('result', sa.Text(), nullable=True),
    sa.Column('fixed', sa.Boolean(), nullable=True),
    sa.Column('labour_charge', sa.Numeric(precision=14, scale=2), nullable=True),
    sa.Column('parts_amount', sa.Numeric(precision=14, scale=2), nullable=True),
    sa.Column('anchor_day', sa.Date(), nullable=False),
    sa.Column('exported_at', sa.DateTime(), nullable=False),
    sa.Column('load_id', sa.BigInteger(), nullable=False),
    sa.Column('extra', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.PrimaryKeyConstraint('branch_id', 'period', 'ticket_no', 'visit_no', name=op.f('pk_visits')),
    schema='hq',
    postgresql_partition_by='RANGE (period)'
    )


def downgrade() -> None:
    op.drop_table('visits', schema='hq')
    op.drop_table('tickets', schema='hq')
    op.drop_table('sheet_row', schema='hq')
    op.drop_table('returns', schema='hq')
    op.drop_table('parts', schema='hq')
    op.drop_index('ix_load_content_hash', table_name='load', schema='hq')
    op.drop_index('ix_load_branch_period', table_name='load', schema='hq')
    op.drop_table('load', schema='hq')
    op.drop_index('ix_figure_period_figure', table_name='figure', schema='hq')
    op.drop_table('figure', schema='hq')
    op.drop_table('complaints', schema='hq')
    op.drop_table('commitments', schema='hq')
    op.drop_table('callbacks', schema='hq')
    op.drop_table('branch', schema='hq')
