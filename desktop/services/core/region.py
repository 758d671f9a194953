"""The branch's region: province, city, and the districts (区/县) with their towns (乡镇/街道) it serves.

Intake offers these districts for a new address, the dispatch board filters by them and engineers cover them; the
setup wizard writes the list and the branch settings edit it (setting "branch.region")."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.models import Customer, CustomerAddress, Engineer, Setting
from desktop.rules.addresses import TOWN_LENGTH
from desktop.services.core.validation import clean_text

REGION_KEY = "branch.region"
# CustomerAddress.province/city/district are 20 characters wide.
NAME_LENGTH = 20
MAX_DISTRICTS = 60
MAX_TOWNS = 80


@dataclass(frozen=True)
class District:
    name: str
    towns: tuple[str, ...] = ()


@dataclass(frozen=True)
class Region:
    province: str
    city: str
    districts: tuple[District, ...]

    @property
    def district_names(self) -> tuple[str, ...]:
        return tuple(d.name for d in self.districts)

    @property
    def place_names(self) -> tuple[str, ...]:
        """Every district followed by its towns: the places an engineer may cover."""
        return tuple(place for d in self.districts for place in (d.name, *d.towns))

    def towns_of(self, district: str) -> tuple[str, ...]:
        """The towns listed for a district (none for a district not in the region)."""
        return next((d.towns for d in self.districts if d.name == district), ())

    def same_area(self, place: str) -> frozenset[str]:
        """The places that count for a filter on `place`: a district with its towns (the engineer of one of its
        towns works in it), a town with its district (the county's engineer covers the town)."""
        found = {place}
        for d in self.districts:
            if d.name == place:
                found.update(d.towns)
            elif place in d.towns:
                found.add(d.name)
        return frozenset(found)

    def to_value(self) -> dict[str, Any]:
        return {"province": self.province, "city": self.city,
                "districts": [{"name": d.name, "towns": list(d.towns)} for d in self.districts]}


EMPTY_REGION = Region("", "", ())


def region_from_value(value: Mapping[str, Any] | None) -> Region:
    """The stored JSON as a Region; anything malformed is read as empty rather than failing a whole screen."""
    if not isinstance(value, Mapping):
        return EMPTY_REGION
    districts = []
    for item in value.get("districts") or ():
        if isinstance(item, Mapping) and isinstance(item.get("name"), str):
            towns = tuple(t for t in item.get("towns") or () if isinstance(t, str))
            districts.append(District(item["name"], towns))
    return Region(str(value.get("province") or ""), str(value.get("city") or ""), tuple(districts))


def _names(values: Iterable[str], field: str, limit: int) -> tuple[str, ...]:
    cleaned: list[str] = []
    for value in values:
        text = clean_text(value, field, max_length=NAME_LENGTH)
        if not text:
            continue
        if text in cleaned:
            raise ValidationError("name_duplicate", field, name=text)
        cleaned.append(text)
    if len(cleaned) > limit:
        raise ValidationError("too_many_items", field, max_items=limit)
    return tuple(cleaned)


def clean_town(value: str | None) -> str:
    """An address's town (乡镇/街道): optional, any name (a town the region does not list is allowed), but no wider
    than the address column; too long is said as such, with the town's own field."""
    try:
        return clean_text(value, "town", max_length=TOWN_LENGTH)
    except ValidationError as exc:
        if exc.code == "too_long":
            raise ValidationError("town_too_long", "town", max_length=TOWN_LENGTH) from None
        raise


def clean_region(region: Region) -> Region:
    """Province, city and at least one district; no district or town twice; names fit the address columns."""
    province = clean_text(region.province, "province", max_length=NAME_LENGTH, required=True)
    city = clean_text(region.city, "city", max_length=NAME_LENGTH, required=True)
    names = _names((d.name for d in region.districts), "districts", MAX_DISTRICTS)
    if not names:
        raise ValidationError("districts_required", "districts")
    by_name = {d.name.strip(): d for d in region.districts}
    districts = tuple(District(name, _names(by_name[name].towns, "towns", MAX_TOWNS)) for name in names)
    return Region(province, city, districts)


def load_region(session: Session, branch_id: int) -> Region:
    """The stored region; a branch created before the region existed gets its districts from the addresses and
    the engineers' areas it already has, so nothing a clerk picked before disappears from the lists."""
    stored = session.scalar(select(Setting.value).where(Setting.branch_id == branch_id, Setting.key == REGION_KEY))
    region = region_from_value(stored)
    if region.districts:
        return region
    rows = session.execute(
        select(CustomerAddress.province, CustomerAddress.city, CustomerAddress.district, func.count())
        .join(Customer, Customer.id == CustomerAddress.customer_id)
        .where(Customer.branch_id == branch_id)
        .group_by(CustomerAddress.province, CustomerAddress.city, CustomerAddress.district)
        .order_by(func.count().desc()).limit(500)
    ).all()
    names: list[str] = [r[2] for r in rows if r[2]]
    for areas in session.scalars(select(Engineer.areas).where(Engineer.branch_id == branch_id)):
        names.extend(a for a in areas or () if a not in names)
    province = region.province or (rows[0][0] if rows else "")
    city = region.city or (rows[0][1] if rows else "")
    return Region(province, city, tuple(District(n) for n in dict.fromkeys(names)))
