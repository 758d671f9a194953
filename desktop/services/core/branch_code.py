"""The branch code (网点代码) that opens every ticket number and identifies the branch at HQ."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.models import Branch, Ticket

CODE_PATTERN = re.compile(r"^[A-Z0-9]{2,8}$")


def clean_branch_code(code: str | None) -> str:
    """2 to 8 capital letters or digits; typed lower case is accepted and raised, spaces are not."""
    text = (code or "").strip().upper()
    if not text:
        raise ValidationError("required", "code")
    if not CODE_PATTERN.match(text):
        raise ValidationError("branch_code_invalid", "code", value=text)
    return text


def check_code_free(session: Session, code: str, branch_id: int | None) -> None:
    """No other branch in this database may use the code (ticket numbers would collide)."""
    other = session.scalar(select(Branch.id).where(Branch.code == code))
    if other is not None and other != branch_id:
        raise ValidationError("branch_code_taken", "code", value=code)


def code_is_fixed(session: Session, branch_id: int) -> bool:
    """Ticket numbers carry the code: once the first ticket exists, the code may not change."""
    return session.scalar(select(Ticket.id).where(Ticket.branch_id == branch_id).limit(1)) is not None
