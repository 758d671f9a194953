"""consultations and quality feedback: questions with a promised reply time, the complainant's first-contact clock,
and the quality problem feedback form (质量问题反馈单) raised from any record, with HQ's answer

Revision ID: 0008_consultations_quality
Revises: 0007_lines_scripts_reminders
Create Date: 2026-12-02 09:00:00

Existing quality feedback rows all came from return claims: they become source "claim", get the branch of the
clerk who raised them, the product line of their model and a number in the Q series (the day's counter is set so
that new numbers follow them); "open" becomes "raised". Existing complaints get their first-contact deadline
30 minutes after they were received (the new setting's default) and count the first recorded step as the contact.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

import desktop.models.base

revision = "0008_consultations_quality"
down_revision = "0007_lines_scripts_reminders"
branch_labels = None
depends_on = None

FIRST_CONTACT_MINUTES = 30


def upgrade() -> None:
    _create_consultation()
    _extend_complaint()
    _extend_quality_feedback()


def _create_consultation() -> None:
    op.create_table(
        "consultation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("caller_name", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("product_line_id", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(length=12), nullable=False),
        sa.Column("topic", sa.String(length=12), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reply_due_at", desktop.models.base.UTCDateTime(), nullable=True),
        sa.Column("replied_at", desktop.models.base.UTCDateTime(), nullable=True),
        sa.Column("replied_by", sa.Integer(), nullable=True),
        sa.Column("closed_at", desktop.models.base.UTCDateTime(), nullable=True),
        sa.Column("ticket_id", sa.Integer(), nullable=True),
        sa.Column("created_at", desktop.models.base.UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("status IN ('awaiting_reply', 'answered', 'closed')", name=op.f("ck_consultation_status")),
        sa.CheckConstraint("topic IN ('usage', 'purchase', 'installation', 'warranty', 'maintenance', 'other')",
                           name=op.f("ck_consultation_topic")),
        sa.CheckConstraint("channel IN ('hotline', 'walk_in', 'salesperson', 'online')",
                           name=op.f("ck_consultation_channel")),
        sa.CheckConstraint("status <> 'awaiting_reply' OR reply_due_at IS NOT NULL",
                           name=op.f("ck_consultation_awaiting_has_due")),
        sa.CheckConstraint("status = 'awaiting_reply' OR replied_at IS NOT NULL OR ticket_id IS NOT NULL",
                           name=op.f("ck_consultation_reply_or_ticket")),
        sa.CheckConstraint("reply_due_at IS NULL OR reply_due_at > created_at",
                           name=op.f("ck_consultation_reply_due_after_intake")),
        sa.ForeignKeyConstraint(["branch_id"], ["branch.id"], name=op.f("fk_consultation_branch_id_branch")),
        sa.ForeignKeyConstraint(["created_by"], ["app_user.id"], name=op.f("fk_consultation_created_by_app_user")),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_consultation_customer_id_customer")),
        sa.ForeignKeyConstraint(["product_line_id"], ["product_line.id"],
                                name=op.f("fk_consultation_product_line_id_product_line")),
        sa.ForeignKeyConstraint(["replied_by"], ["app_user.id"], name=op.f("fk_consultation_replied_by_app_user")),
        sa.ForeignKeyConstraint(["ticket_id"], ["ticket.id"], name=op.f("fk_consultation_ticket_id_ticket")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consultation")),
        sa.UniqueConstraint("number", name=op.f("uq_consultation_number")),
    )
    with op.batch_alter_table("consultation") as batch:
        batch.create_index("ix_consultation_created_id", ["created_at", "id"], unique=False)
        batch.create_index(batch.f("ix_consultation_customer_id"), ["customer_id"], unique=False)
        batch.create_index("ix_consultation_status_due", ["status", "reply_due_at"], unique=False)
        batch.create_index("ix_consultation_status_created", ["status", "created_at", "id"], unique=False)


def _extend_complaint() -> None:
    with op.batch_alter_table("complaint") as batch:
        batch.add_column(sa.Column("first_contact_due_at", desktop.models.base.UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("first_contact_at", desktop.models.base.UTCDateTime(), nullable=True))
    complaint = sa.table("complaint", sa.column("id", sa.Integer), sa.column("created_at", sa.DateTime),
                         sa.column("first_contact_due_at", sa.DateTime), sa.column("first_contact_at", sa.DateTime))
    step = sa.table("complaint_step", sa.column("complaint_id", sa.Integer), sa.column("at", sa.DateTime))
    connection = op.get_bind()
    first_steps = dict(connection.execute(
        sa.select(step.c.complaint_id, sa.func.min(step.c.at)).group_by(step.c.complaint_id)).all())
    for complaint_id, created_at in connection.execute(sa.select(complaint.c.id, complaint.c.created_at)).all():
        created = _as_datetime(created_at)
        first = first_steps.get(complaint_id)
        connection.execute(complaint.update().where(complaint.c.id == complaint_id).values(
            first_contact_due_at=created + timedelta(minutes=FIRST_CONTACT_MINUTES),
            first_contact_at=_as_datetime(first) if first is not None else None))
    with op.batch_alter_table("complaint") as batch:
        batch.alter_column("first_contact_due_at", existing_type=desktop.models.base.UTCDateTime(), nullable=False)


def _extend_quality_feedback() -> None:
    with op.batch_alter_table("quality_feedback") as batch:
        batch.alter_column("description", new_column_name="fault", existing_type=sa.Text(), existing_nullable=False)
        batch.alter_column("model_id", existing_type=sa.Integer(), nullable=True)
        for column in (
            sa.Column("branch_id", sa.Integer(), nullable=True),
            sa.Column("number", sa.String(length=24), nullable=True),
            sa.Column("source", sa.String(length=10), nullable=True),
            sa.Column("ticket_id", sa.Integer(), nullable=True),
            sa.Column("visit_id", sa.Integer(), nullable=True),
            sa.Column("complaint_id", sa.Integer(), nullable=True),
            sa.Column("product_line_id", sa.Integer(), nullable=True),
            sa.Column("batch", sa.String(length=60), nullable=True),
            sa.Column("cases", sa.Integer(), nullable=True),
            sa.Column("analysis", sa.Text(), nullable=True),
            sa.Column("corrective_action", sa.Text(), nullable=True),
            sa.Column("preventive_action", sa.Text(), nullable=True),
            sa.Column("hq_responder", sa.String(length=60), nullable=True),
            sa.Column("sent_at", desktop.models.base.UTCDateTime(), nullable=True),
            sa.Column("sent_by", sa.Integer(), nullable=True),
            sa.Column("answered_at", desktop.models.base.UTCDateTime(), nullable=True),
            sa.Column("answered_by", sa.Integer(), nullable=True),
            sa.Column("closed_at", desktop.models.base.UTCDateTime(), nullable=True),
            sa.Column("closed_by", sa.Integer(), nullable=True),
            sa.Column("version", sa.Integer(), nullable=True),
        ):
            batch.add_column(column)
    _backfill_quality_feedback()
    with op.batch_alter_table("quality_feedback") as batch:
        for name, type_ in (("branch_id", sa.Integer()), ("number", sa.String(length=24)),
                            ("source", sa.String(length=10)), ("product_line_id", sa.Integer()),
                            ("cases", sa.Integer()), ("version", sa.Integer()), ("batch", sa.String(length=60)),
                            ("hq_responder", sa.String(length=60)), ("analysis", sa.Text()),
                            ("corrective_action", sa.Text()), ("preventive_action", sa.Text())):
            batch.alter_column(name, existing_type=type_, nullable=False)
        batch.create_unique_constraint(op.f("uq_quality_feedback_number"), ["number"])
        batch.create_foreign_key(op.f("fk_quality_feedback_branch_id_branch"), "branch", ["branch_id"], ["id"])
        batch.create_foreign_key(op.f("fk_quality_feedback_ticket_id_ticket"), "ticket", ["ticket_id"], ["id"])
        batch.create_foreign_key(op.f("fk_quality_feedback_visit_id_visit"), "visit", ["visit_id"], ["id"])
        batch.create_foreign_key(op.f("fk_quality_feedback_complaint_id_complaint"), "complaint",
                                 ["complaint_id"], ["id"])
        batch.create_foreign_key(op.f("fk_quality_feedback_product_line_id_product_line"), "product_line",
                                 ["product_line_id"], ["id"])
        for who in ("sent_by", "answered_by", "closed_by"):
            batch.create_foreign_key(op.f(f"fk_quality_feedback_{who}_app_user"), "app_user", [who], ["id"])
        batch.create_index(batch.f("ix_quality_feedback_ticket_id"), ["ticket_id"], unique=False)
        batch.create_index("ix_quality_feedback_status_created", ["status", "created_at", "id"], unique=False)
        batch.create_index("ix_quality_feedback_created_id", ["created_at", "id"], unique=False)
        batch.create_check_constraint(op.f("ck_quality_feedback_source"),
                                      "source IN ('ticket', 'visit', 'claim', 'complaint')")
        batch.create_check_constraint(op.f("ck_quality_feedback_status"),
                                      "status IN ('raised', 'sent', 'answered', 'closed')")
        batch.create_check_constraint(op.f("ck_quality_feedback_cases_positive"), "cases >= 1")
        batch.create_check_constraint(
            op.f("ck_quality_feedback_source_link"),
            "(source = 'ticket' AND ticket_id IS NOT NULL) OR (source = 'visit' AND visit_id IS NOT NULL) "
            "OR (source = 'claim' AND claim_id IS NOT NULL) OR (source = 'complaint' AND complaint_id IS NOT NULL)")
        batch.create_check_constraint(op.f("ck_quality_feedback_answer_has_action"),
                                      "status IN ('raised', 'sent') OR length(corrective_action) > 0")


def _backfill_quality_feedback() -> None:
    feedback = sa.table(
        "quality_feedback", sa.column("id", sa.Integer), sa.column("model_id", sa.Integer),
        sa.column("created_at", sa.DateTime), sa.column("created_by", sa.Integer), sa.column("status", sa.String),
        *(sa.column(name, sa.Integer) for name in ("branch_id", "product_line_id", "cases", "version")),
        *(sa.column(name, sa.String) for name in ("number", "source", "batch", "analysis", "corrective_action",
                                                  "preventive_action", "hq_responder")))
    user = sa.table("app_user", sa.column("id", sa.Integer), sa.column("branch_id", sa.Integer))
    branch = sa.table("branch", sa.column("id", sa.Integer), sa.column("code", sa.String),
                      sa.column("timezone", sa.String))
    model = sa.table("product_model", sa.column("id", sa.Integer), sa.column("product_line_id", sa.Integer))
    counter = sa.table("number_counter", sa.column("branch_id", sa.Integer), sa.column("series", sa.String),
                       sa.column("day", sa.String), sa.column("last_seq", sa.Integer))
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(feedback.c.id, feedback.c.created_at, feedback.c.status, user.c.branch_id, branch.c.code,
                  branch.c.timezone, model.c.product_line_id)
        .join(user, user.c.id == feedback.c.created_by)
        .join(branch, branch.c.id == user.c.branch_id)
        .join(model, model.c.id == feedback.c.model_id)
        .order_by(feedback.c.created_at, feedback.c.id)
    ).all()
    last_seq: dict[tuple[int, str], int] = {}
    for row_id, created_at, status, branch_id, code, zone, line_id in rows:
        local = _as_datetime(created_at).replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(zone or "Asia/Shanghai"))
        day = f"{local:%Y%m%d}"
        seq = last_seq.get((branch_id, day), 0) + 1
        last_seq[(branch_id, day)] = seq
        connection.execute(feedback.update().where(feedback.c.id == row_id).values(
            branch_id=branch_id, number=f"{code}-Q{day}-{seq:04d}", source="claim", product_line_id=line_id,
            cases=1, version=1, batch="", analysis="", corrective_action="", preventive_action="", hq_responder="",
            status="raised" if status == "open" else status))
    for (branch_id, day), seq in last_seq.items():
        connection.execute(counter.insert().values(branch_id=branch_id, series="quality", day=day, last_seq=seq))


def _as_datetime(value: str | datetime) -> datetime:
    # SQLite hands back the stored text; PostgreSQL a naive datetime.
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def downgrade() -> None:
    # The old program raised quality feedback only from a return claim: a form raised from a ticket, a visit or a
    # complaint has no place in its schema (and could not come back up, its link being gone), so it goes.
    op.execute("DELETE FROM quality_feedback WHERE claim_id IS NULL")
    with op.batch_alter_table("quality_feedback") as batch:
        for name in ("ck_quality_feedback_answer_has_action", "ck_quality_feedback_source_link",
                     "ck_quality_feedback_cases_positive", "ck_quality_feedback_status",
                     "ck_quality_feedback_source"):
            batch.drop_constraint(op.f(name), type_="check")
        batch.drop_index("ix_quality_feedback_created_id")
        batch.drop_index("ix_quality_feedback_status_created")
        batch.drop_index(batch.f("ix_quality_feedback_ticket_id"))
        for name in ("sent_by", "answered_by", "closed_by"):
            batch.drop_constraint(op.f(f"fk_quality_feedback_{name}_app_user"), type_="foreignkey")
        for name in ("fk_quality_feedback_product_line_id_product_line", "fk_quality_feedback_complaint_id_complaint",
                     "fk_quality_feedback_visit_id_visit", "fk_quality_feedback_ticket_id_ticket",
                     "fk_quality_feedback_branch_id_branch"):
            batch.drop_constraint(op.f(name), type_="foreignkey")
        batch.drop_constraint(op.f("uq_quality_feedback_number"), type_="unique")
        for name in ("version", "closed_by", "closed_at", "answered_by", "answered_at", "sent_by", "sent_at",
                     "hq_responder", "preventive_action", "corrective_action", "analysis", "cases", "batch",
                     "product_line_id", "complaint_id", "visit_id", "ticket_id", "source", "number", "branch_id"):
            batch.drop_column(name)
        # model_id stays nullable: feedback raised from a ticket without a unit has no model to put back.
        batch.alter_column("fault", new_column_name="description", existing_type=sa.Text(), existing_nullable=False)
    op.execute("UPDATE quality_feedback SET status = 'open' WHERE status = 'raised'")
    op.execute("DELETE FROM number_counter WHERE series = 'quality'")
    with op.batch_alter_table("complaint") as batch:
        batch.drop_column("first_contact_at")
        batch.drop_column("first_contact_due_at")
    with op.batch_alter_table("consultation") as batch:
        batch.drop_index("ix_consultation_status_created")
        batch.drop_index("ix_consultation_status_due")
        batch.drop_index(batch.f("ix_consultation_customer_id"))
        batch.drop_index("ix_consultation_created_id")
    op.drop_table("consultation")
