"""A product line's own wording of the callback script lines, where a supervisor changed the seed default."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, UTCDateTime


class ScriptText(Base):
    """One edited line (G1, Q3 …) of one product line; a line without a row reads rules.callback_script's default."""

    __tablename__ = "script_text"
    __table_args__ = (UniqueConstraint("product_line_id", "line_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    product_line_id: Mapped[int] = mapped_column(ForeignKey("product_line.id"))
    line_id: Mapped[str] = mapped_column(String(4))
    zh: Mapped[str] = mapped_column(Text)
    en: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
