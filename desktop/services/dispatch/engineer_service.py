"""Engineers (工程师): the supervisor keeps their districts, product-line skills, working days and hours."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import time

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import NotFoundError, ValidationError
from desktop.models import Engineer, ProductLine, User
from desktop.rules.phones import parse_phone
from desktop.services.core import audit
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service, check_version
from desktop.services.core.region import load_region
from desktop.services.core.validation import clean_text

MAX_AREAS = 30


@dataclass(frozen=True)
class EngineerRow:
    id: int
    name: str
    phone: str
    areas: tuple[str, ...]
    skills: tuple[str, ...]
    working_days: str
    work_start: time
    work_end: time
    active: bool
    user_id: int | None
    version: int


@dataclass(frozen=True)
class EngineerInput:
    name: str
    phone: str
    areas: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    working_days: str = "1111110"
    work_start: time = time(8, 0)
    work_end: time = time(18, 0)
    active: bool = True
    user_id: int | None = None


def engineer_row(e: Engineer) -> EngineerRow:
    return EngineerRow(e.id, e.name, e.phone, tuple(e.areas or ()), tuple(e.skills or ()), e.working_days,
                       e.work_start, e.work_end, e.active, e.user_id, e.version)


def matches(row: EngineerRow, area: str | None, product_line: str | None,
            same_area: frozenset[str] = frozenset()) -> bool:
    """`same_area`: the places counting as `area` (core.region.Region.same_area: a district and its towns)."""
    places = same_area or {area}
    return (not area or any(a in places for a in row.areas)) and (not product_line or product_line in row.skills)


class EngineerService(Service):
    def list(self, actor: Actor, *, area: str | None = None, product_line: str | None = None,
             include_inactive: bool = False) -> list[EngineerRow]:
        """Engineers of the branch by name. Areas and skills are JSON lists, and a branch has tens of engineers:
        filtering them here is simpler than JSON operators that differ between SQLite and PostgreSQL."""
        with self._reading(actor, "engineer.read") as session:
            same = load_region(session, actor.branch_id).same_area(area) if area else frozenset()
            return [r for r in self._rows(session, actor.branch_id, include_inactive)
                    if matches(r, area, product_line, same)]

    def get(self, actor: Actor, engineer_id: int) -> EngineerRow:
        with self._reading(actor, "engineer.read") as session:
            return engineer_row(_load(session, actor, engineer_id))

    def known_areas(self, actor: Actor) -> builtins.list[str]:
        """Every place (district or town) any engineer covers: the board's area filter offers these."""
        with self._reading(actor, "engineer.read") as session:
            areas = {a for r in self._rows(session, actor.branch_id, True) for a in r.areas}
        return sorted(areas)

    def create(self, actor: Actor, data: EngineerInput) -> EngineerRow:
        with self._writing(actor, "engineer.manage") as session:
            clean = self._validate(session, actor, data, None)
            engineer = Engineer(branch_id=actor.branch_id, **clean)
            session.add(engineer)
            session.flush()
            audit.record(session, actor, "engineer.create", "engineer", engineer.id, None, audit.snapshot(engineer))
            return engineer_row(engineer)

    def update(self, actor: Actor, engineer_id: int, data: EngineerInput, *, version: int) -> EngineerRow:
        with self._writing(actor, "engineer.manage") as session:
            engineer = _load(session, actor, engineer_id)
            check_version(engineer.version, version)
            clean = self._validate(session, actor, data, engineer_id)
            before = audit.snapshot(engineer)
            for key, value in clean.items():
                setattr(engineer, key, value)
            session.flush()
            audit.record(session, actor, "engineer.update", "engineer", engineer.id, before, audit.snapshot(engineer))
            return engineer_row(engineer)

    @staticmethod
    def _rows(session: Session, branch_id: int, include_inactive: bool) -> builtins.list[EngineerRow]:
        query = select(Engineer).where(Engineer.branch_id == branch_id).order_by(Engineer.name, Engineer.id)
        if not include_inactive:
            query = query.where(Engineer.active.is_(True))
        return [engineer_row(e) for e in session.scalars(query)]

    @staticmethod
    def _validate(session: Session, actor: Actor, data: EngineerInput, engineer_id: int | None) -> dict[str, object]:
        name = clean_text(data.name, "name", max_length=60, required=True)
        # The one phone rule (as the setup wizard stores engineers): full-width digits and spaces read, digits kept.
        phone = parse_phone(clean_text(data.phone, "phone", max_length=20, required=True)).number
        areas = _clean_list(data.areas, "areas")
        skills = _clean_list(data.skills, "skills")
        known_lines = set(session.scalars(select(ProductLine.code)))
        unknown = [s for s in skills if s not in known_lines]
        if unknown:
            raise ValidationError("unknown_product_line", "skills", codes=", ".join(unknown))
        if len(data.working_days) != 7 or set(data.working_days) - {"0", "1"}:
            raise ValidationError("working_days_invalid", "working_days")
        if data.work_end <= data.work_start:
            raise ValidationError("work_hours_order", "work_end")
        if data.user_id is not None:
            user = session.get(User, data.user_id)
            if user is None or user.branch_id != actor.branch_id:
                raise ValidationError("user_not_found", "user_id")
            if user.role != "engineer":
                raise ValidationError("user_not_engineer", "user_id")
            taken = session.scalar(select(Engineer.id).where(Engineer.user_id == data.user_id))
            if taken is not None and taken != engineer_id:
                raise ValidationError("user_already_linked", "user_id")
        return {"name": name, "phone": phone, "areas": areas, "skills": skills, "working_days": data.working_days,
                "work_start": data.work_start, "work_end": data.work_end, "active": bool(data.active),
                "user_id": data.user_id}


def _clean_list(values: tuple[str, ...] | list[str], field: str) -> list[str]:
    cleaned: list[str] = []
    for value in values:
        text = clean_text(value, field, max_length=20)
        if text and text not in cleaned:
            cleaned.append(text)
    if len(cleaned) > MAX_AREAS:
        raise ValidationError("too_many_items", field, max_items=MAX_AREAS)
    return cleaned


def _load(session: Session, actor: Actor, engineer_id: int) -> Engineer:
    engineer = session.get(Engineer, engineer_id)
    if engineer is None or engineer.branch_id != actor.branch_id:
        raise NotFoundError("engineer_not_found", "engineer_id")
    return engineer
