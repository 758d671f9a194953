"""A product line's callback script as the clerk reads it: the seed defaults with the supervisor's edits."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import ScriptText
from desktop.rules.callback_script import ScriptBook


def edited_texts(session: Session, product_line_id: int) -> dict[str, tuple[str, str]]:
    return {row.line_id: (row.zh, row.en) for row in session.scalars(
        select(ScriptText).where(ScriptText.product_line_id == product_line_id))}


def load_book(session: Session, product_line_id: int | None, line_code: str) -> ScriptBook:
    edits = edited_texts(session, product_line_id) if product_line_id is not None else {}
    return ScriptBook.of(line_code, edits)
