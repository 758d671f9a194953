"""Branch, users, engineers and branch settings."""

from __future__ import annotations

import uuid
from datetime import datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.sql.expression import false

from desktop.models.base import Base, UTCDateTime, one_of

ROLES = ("clerk", "dispatcher", "supervisor", "engineer")


class Branch(Base):
    __tablename__ = "branch"
    __table_args__ = (CheckConstraint("length(code) BETWEEN 2 AND 8", name="code_length"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    # Made once when the branch database is created; HQ tells two branches with the same code apart by it.
    installation_id: Mapped[str] = mapped_column(String(36), unique=True, default=lambda: str(uuid.uuid4()))
    name: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(200), default="")
    hotline: Mapped[str] = mapped_column(String(40), default="")
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    timezone: Mapped[str] = mapped_column(String(40), default="Asia/Shanghai")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # Made by the demo seed: only here does the published demo password sign anyone in.
    demo: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class User(Base):
    __tablename__ = "app_user"
    __table_args__ = (
        one_of("role", ROLES, "role"),
        CheckConstraint("failed_attempts >= 0", name="failed_attempts_nonneg"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"))
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(60))
    role: Mapped[str] = mapped_column(String(16))
    # None until the first-run dialog sets it; login is impossible without one.
    password_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class Engineer(Base):
    __tablename__ = "engineer"
    __table_args__ = (
        CheckConstraint("length(working_days) = 7", name="working_days_len"),
        CheckConstraint("work_end > work_start", name="work_hours_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    phone: Mapped[str] = mapped_column(String(20))
    # Districts covered and product-line codes handled; small lists, read whole with the engineer.
    areas: Mapped[list[str]] = mapped_column(JSON, default=list)
    skills: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Monday..Sunday as seven '1'/'0' characters.
    working_days: Mapped[str] = mapped_column(String(7), default="1111110")
    work_start: Mapped[time] = mapped_column(Time, default=time(8, 0))
    work_end: Mapped[time] = mapped_column(Time, default=time(18, 0))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class Setting(Base):
    """Branch settings (service commitments, warranty policy, callback rules) as JSON values by key."""

    __tablename__ = "setting"
    __table_args__ = (UniqueConstraint("branch_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"))
    key: Mapped[str] = mapped_column(String(60))
    value: Mapped[Any] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class AuditLog(Base):
    """Append-only; each row's digest covers the previous row's digest, so an edit or deletion shows."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[Any | None] = mapped_column(JSON)
    after: Mapped[Any | None] = mapped_column(JSON)
    prev_digest: Mapped[str] = mapped_column(String(64))
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    # The lane (AuditHead.id) this record was chained in; see services/core/audit.py.
    chain: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class AuditHead(Base):
    """The tip of one audit lane (parallel chain). A writing transaction locks one lane until it commits, so a lane
    never forks; PostgreSQL writers take different lanes and do not queue (services/core/audit.py)."""

    __tablename__ = "audit_head"
    __table_args__ = (CheckConstraint("id BETWEEN 1 AND 32", name="lane_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    last_id: Mapped[int] = mapped_column(Integer, default=0)
    last_digest: Mapped[str] = mapped_column(String(64))


class NumberCounter(Base):
    """Per branch, series (ticket, claim, complaint) and local day; incremented in the numbered row's own
    transaction, so a rolled-back save gives its number back and numbers stay gapless."""

    __tablename__ = "number_counter"

    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"), primary_key=True)
    series: Mapped[str] = mapped_column(String(10), primary_key=True)
    day: Mapped[str] = mapped_column(String(8), primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer)
