"""Stocking the warehouse and an engineer's van through the real stock service, for tests that record parts used."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select

from desktop.database import Database
from desktop.models import Engineer, Part
from desktop.services.stock.stock_service import StockService
from tests.conftest import actor_for


def part_ids(db: Database, *codes: str) -> dict[str, int]:
    with db.read.begin() as session:
        return dict(session.execute(select(Part.code, Part.id).where(Part.code.in_(codes))).all())


def stock_van(db: Database, engineer: int | str, parts: Mapping[str, int]) -> None:
    """Receipt into the warehouse, then issue to the engineer's van: the van holds exactly `parts` more."""
    boss = actor_for(db, "admin")
    stock = StockService(db)
    with db.read.begin() as session:
        engineer_id = engineer if isinstance(engineer, int) else session.scalars(
            select(Engineer.id).where(Engineer.name == engineer)).one()
    ids = part_ids(db, *parts)
    for code, quantity in parts.items():
        stock.receive(boss, ids[code], quantity, reference="test delivery")
    stock.issue(boss, engineer_id, [(ids[code], quantity) for code, quantity in parts.items()])
