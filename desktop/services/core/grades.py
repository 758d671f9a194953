"""The satisfaction grades a branch offers (setting satisfaction.grades), read alike by every area."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.rules import satisfaction
from desktop.services.core.settings_store import SETTING_DEFAULTS, load_setting


def branch_grades(session: Session, branch_id: int) -> tuple[str, ...]:
    """The grades in the scale's order; a damaged setting falls back to the default rather than break a call."""
    stored = load_setting(session, branch_id, "satisfaction.grades")
    if not isinstance(stored, list) or satisfaction.grade_problem(stored) is not None:
        stored = SETTING_DEFAULTS["satisfaction.grades"]
    return satisfaction.ordered(stored)
