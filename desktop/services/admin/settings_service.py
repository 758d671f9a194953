"""Branch details and branch settings (service commitments, print language, callback rules...)."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from desktop.errors import NotFoundError, ValidationError
from desktop.models import Branch, ProductLine, Setting
from desktop.rules.phones import area_code
from desktop.rules.service_windows import validate_windows
from desktop.services.core import audit
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service, check_version
from desktop.services.core.branch_code import check_code_free, clean_branch_code, code_is_fixed
from desktop.services.core.onsite_windows import KEY as ONSITE_KEY
from desktop.services.core.onsite_windows import branch_windows
from desktop.services.core.permissions import require
from desktop.services.core.region import REGION_KEY, Region, clean_region, load_region
from desktop.services.core.settings_store import SETTING_DEFAULTS, load_setting
from desktop.services.core.validation import clean_text


@dataclass(frozen=True)
class BranchInfo:
    id: int
    code: str
    name: str
    address: str
    hotline: str
    logo_png: bytes | None
    version: int
    # True once the first ticket exists: ticket numbers carry the code, so it may no longer change.
    code_fixed: bool = False


@dataclass(frozen=True)
class OnsiteWindows:
    lines: tuple[tuple[str, str, str], ...]  # (code, 中文, English) in catalogue order
    minutes: Mapping[str, Mapping[str, int]]  # line code -> priority -> minutes


class SettingsService(Service):
    def branch(self, actor: Actor) -> BranchInfo:
        with self._reading(actor, "ticket.read") as session:
            b = session.get(Branch, actor.branch_id)
            if b is None:
                raise NotFoundError("branch_not_found")
            return BranchInfo(b.id, b.code, b.name, b.address, b.hotline, b.logo_png, b.version,
                              code_is_fixed(session, b.id))

    def area_code(self, actor: Actor) -> str:
        """The branch's telephone area code, taken from its hotline ("" when the hotline is a mobile or not set)."""
        with self._reading(actor, "ticket.read") as session:
            return area_code(session.scalar(select(Branch.hotline).where(Branch.id == actor.branch_id)))

    def region(self, actor: Actor) -> Region:
        """Province, city, districts and towns the branch serves (intake, the board's area filter, engineers)."""
        with self._reading(actor, "ticket.read") as session:
            return load_region(session, actor.branch_id)

    def set_region(self, actor: Actor, region: Region) -> Region:
        require(actor, "settings.manage")
        cleaned = clean_region(region)
        self.set(actor, REGION_KEY, cleaned.to_value())
        return cleaned

    def get(self, actor: Actor, key: str) -> Any:
        with self._reading(actor, "ticket.read") as session:
            return load_setting(session, actor.branch_id, key)

    def all(self, actor: Actor) -> dict[str, Any]:
        with self._reading(actor, "ticket.read") as session:
            stored: dict[str, Any] = dict(session.execute(
                select(Setting.key, Setting.value).where(Setting.branch_id == actor.branch_id)).all())
        merged = copy.deepcopy(SETTING_DEFAULTS)
        merged.update(stored)
        return merged

    def set(self, actor: Actor, key: str, value: Any) -> None:
        require(actor, "settings.manage")
        if key not in SETTING_DEFAULTS and not key.startswith("policy."):
            raise ValidationError("unknown_setting", key)
        default = SETTING_DEFAULTS.get(key)
        if default is not None and type(value) is not type(default):
            raise ValidationError("wrong_setting_type", key)
        if isinstance(value, int) and not isinstance(value, bool) and value < 0:
            raise ValidationError("negative_value", key)
        if key == ONSITE_KEY:
            # A table with its own checks (every line known, urgent never longer than normal).
            self.save_onsite_windows(actor, value)
            return
        with self._writing(actor, "settings.manage") as session:
            row = session.scalar(select(Setting).where(Setting.branch_id == actor.branch_id, Setting.key == key))
            before = None if row is None else {"value": row.value}
            if row is not None and row.value == value:
                return
            if row is None:
                session.add(Setting(branch_id=actor.branch_id, key=key, value=value))
            else:
                row.value = value
            audit.record(session, actor, "setting.set", "setting", None, before, {"key": key, "value": value})

    def onsite_windows(self, actor: Actor) -> OnsiteWindows:
        """Every catalogue product line with its on-site window per priority (minutes), as in force now."""
        with self._reading(actor, "ticket.read") as session:
            lines = tuple((code, zh, en) for code, zh, en in session.execute(
                select(ProductLine.code, ProductLine.name_zh, ProductLine.name_en).order_by(ProductLine.id)))
            return OnsiteWindows(lines, branch_windows(session, actor.branch_id))

    def save_onsite_windows(self, actor: Actor, windows: Mapping[str, Mapping[str, int]]) -> OnsiteWindows:
        """The whole table (seed 002 §4.5, seed 003); each new on-site clock takes its line and priority's window."""
        require(actor, "settings.manage")
        with self._writing(actor, "settings.manage") as session:
            codes = frozenset(session.scalars(select(ProductLine.code)).all())
            clean = validate_windows(windows, codes)
            row = session.scalar(select(Setting).where(Setting.branch_id == actor.branch_id,
                                                       Setting.key == ONSITE_KEY))
            before = None if row is None else {"value": row.value}
            if row is None:
                session.add(Setting(branch_id=actor.branch_id, key=ONSITE_KEY, value=clean))
            elif row.value != clean:
                row.value = clean
            session.flush()
            audit.record(session, actor, "setting.set", "setting", None, before, {"key": ONSITE_KEY, "value": clean})
            lines = tuple((code, zh, en) for code, zh, en in session.execute(
                select(ProductLine.code, ProductLine.name_zh, ProductLine.name_en).order_by(ProductLine.id)))
            return OnsiteWindows(lines, branch_windows(session, actor.branch_id))

    def update_branch(self, actor: Actor, *, version: int, name: str, address: str, hotline: str,
                      logo_png: bytes | None = None, code: str | None = None) -> BranchInfo:
        """Name, address, hotline, logo; and the code while no ticket carries it yet."""
        require(actor, "settings.manage")
        name = clean_text(name, "name", max_length=100, required=True)
        new_code = clean_branch_code(code) if code is not None else None
        address = clean_text(address, "address", max_length=200)
        hotline = clean_text(hotline, "hotline", max_length=40)
        if logo_png is not None and len(logo_png) > 2_000_000:
            raise ValidationError("image_too_large", "logo")
        with self._writing(actor, "settings.manage") as session:
            b = session.get(Branch, actor.branch_id)
            if b is None:
                raise NotFoundError("branch_not_found")
            check_version(b.version, version)
            before = audit.snapshot(b)
            if new_code is not None and new_code != b.code:
                if code_is_fixed(session, b.id):
                    raise ValidationError("branch_code_fixed", "code", value=b.code)
                check_code_free(session, new_code, b.id)
                b.code = new_code
            b.name, b.address, b.hotline = name, address, hotline
            if logo_png is not None:
                b.logo_png = logo_png
            session.flush()
            audit.record(session, actor, "branch.update", "branch", b.id, before, audit.snapshot(b))
            return BranchInfo(b.id, b.code, b.name, b.address, b.hotline, b.logo_png, b.version,
                              code_is_fixed(session, b.id))
