"""Branch details and branch settings (service commitments, print language, callback rules...)."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import NotFoundError, ValidationError
from desktop.models import Branch, Setting
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.base import Service, check_version
from desktop.services.permissions import require
from desktop.services.validation import clean_text

# Defaults from DOMAIN_RULES §2 (seed references in the comments); every one is a branch setting.
SETTING_DEFAULTS: dict[str, Any] = {
    # seed 002 §4.5 "接到服务信息诉求，应在十分钟内与客户建立联系"
    "commitment.first_contact_minutes": 10,
    # seed 002 §6.1.1: the department reports back to the service centre within 1 hour
    "commitment.report_back_minutes": 60,
    # seed 002 §八 "售后服务工作完毕后当天内，回访调查": due at the end of the local day
    "commitment.callback_same_day": True,
    # seed 000 "全天候24小时上门服务" read as a window; per product line on ProductLine.onsite_window_minutes
    "commitment.clock_warning_minutes": 5,
    "print.language": "zh",
    "export.mask_personal_data": True,
    "callback.retry_minutes": [120, 1440],
    "callback.max_attempts": 3,
    "callback.after_install_days": 30,
    "callback.key_account_phone_days": 7,
    "callback.key_account_visit_days": 30,
    "complaint.answer_hours": 24,
    "repair_warranty_days": 90,
    "security.idle_lock_minutes": 10,
    "backup.keep_days": 30,
    "ui.language": "zh_CN",
}


@dataclass(frozen=True)
class BranchInfo:
    id: int
    code: str
    name: str
    address: str
    hotline: str
    logo_png: bytes | None
    version: int


def load_setting(session: Session, branch_id: int, key: str) -> Any:
    """For other services inside their own transaction."""
    if key not in SETTING_DEFAULTS and not key.startswith("policy."):
        raise KeyError(key)
    value = session.scalar(select(Setting.value).where(Setting.branch_id == branch_id, Setting.key == key))
    return copy.deepcopy(SETTING_DEFAULTS.get(key)) if value is None else value


class SettingsService(Service):
    def branch(self, actor: Actor) -> BranchInfo:
        with self._reading(actor, "ticket.read") as session:
            b = session.get(Branch, actor.branch_id)
            if b is None:
                raise NotFoundError("branch_not_found")
            return BranchInfo(b.id, b.code, b.name, b.address, b.hotline, b.logo_png, b.version)

    def get(self, actor: Actor, key: str) -> Any:
        with self._reading(actor, "ticket.read") as session:
            return load_setting(session, actor.branch_id, key)

    def all(self, actor: Actor) -> dict[str, Any]:
        with self._reading(actor, "ticket.read") as session:
            stored = dict(session.execute(
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

    def update_branch(self, actor: Actor, *, version: int, name: str, address: str, hotline: str,
                      logo_png: bytes | None = None) -> BranchInfo:
        name = clean_text(name, "name", max_length=100, required=True)
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
            b.name, b.address, b.hotline = name, address, hotline
            if logo_png is not None:
                b.logo_png = logo_png
            session.flush()
            audit.record(session, actor, "branch.update", "branch", b.id, before, audit.snapshot(b))
            return BranchInfo(b.id, b.code, b.name, b.address, b.hotline, b.logo_png, b.version)
