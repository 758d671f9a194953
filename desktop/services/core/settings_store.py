"""Branch settings as other services read them inside their own transaction: the defaults (each with the seed it
comes from) and one lookup. The settings dialog's service (admin.settings_service) edits them."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from sqlalchemy import bindparam, event, select
from sqlalchemy.orm import Session, object_session

from desktop.models import ProductLine, Setting
from desktop.rules.warranty import WarrantyPolicy

# Defaults with the seed each figure comes from (docs/domain.md, service clocks); every one is a branch setting.
SETTING_DEFAULTS: dict[str, Any] = {
    # seed 002 §4.5 "接到服务信息诉求，应在十分钟内与客户建立联系"
    "commitment.first_contact_minutes": 10,
    # seed 002 §6.1.1: the department reports back to the service centre within 1 hour
    "commitment.report_back_minutes": 60,
    # seed 002 §八 "售后服务工作完毕后当天内，回访调查": due at the end of the local day
    "commitment.callback_same_day": True,
    # seed 000 "全天候24小时上门服务" read as a window; per product line on ProductLine.onsite_window_minutes.
    # The branch's table of on-site windows by product line code and priority ({"solar": {"normal": 1440,
    # "urgent": 240, "critical": 60}, ...}); a line missing here takes rules.service_windows' defaults.
    "commitment.onsite_window_minutes": {},
    "commitment.clock_warning_minutes": 5,
    "print.language": "zh",
    "export.mask_personal_data": True,
    "callback.retry_minutes": [120, 1440],
    "callback.max_attempts": 3,
    "callback.after_install_days": 30,
    "callback.key_account_phone_days": 7,
    "callback.key_account_visit_days": 30,
    # seed 004 第五章: the complaint is answered after the site visit; the branch sets the deadline (a day).
    "complaint.answer_hours": 24,
    # seed 003 电话服务标准用语 F 「真对不起，请您把电话号码留下，几分钟后给您答复」: the complainant is called back
    # within minutes; half an hour is the default.
    "complaint.first_contact_minutes": 30,
    # seed 000 3.2.4 「不能当即答复的…按规定期限尽快答复客户」 and 002 §4.3 「要向客户保证答复时间」 give no figure; the
    # hour in which seed 002 §6.1.1 has a department report back is the default promise for a question.
    "consultation.reply_minutes": 60,
    # seed 004 「从满意到非常满意」; 基本满意 is in no seed. Only 非常满意 and 满意 count (rules.satisfaction).
    "satisfaction.grades": ["very_satisfied", "satisfied", "neutral", "dissatisfied"],
    # seed 001 产品保养提醒: the reminder call goes out this many days before a consumable is due.
    "care.remind_days_before": 7,
    # [P] a consumable overdue longer than this is not reminded of automatically (changed elsewhere, or the unit is
    # out of use); the unit still shows it as due, and an ad-hoc callback can be made.
    "care.overdue_limit_days": 90,
    "repair_warranty_days": 90,
    "security.idle_lock_minutes": 10,
    "backup.keep_days": 30,
    "ui.language": "zh_CN",
    # Province, city, districts and towns the branch serves (core/region.py); written by the setup wizard.
    "branch.region": {"province": "", "city": "", "districts": []},
}


# Built once: every save reads a setting or two, and building the statement costs more than its round trip.
_SETTING = select(Setting.value).where(Setting.branch_id == bindparam("branch_id"), Setting.key == bindparam("key"))


_PREFETCHED = "settings_prefetched"


def load_setting(session: Session, branch_id: int, key: str) -> Any:
    """For other services inside their own transaction."""
    if key not in SETTING_DEFAULTS and not key.startswith("policy."):
        raise KeyError(key)
    prefetched = session.info.get(_PREFETCHED)
    if prefetched is not None and (branch_id, key) in prefetched:
        return copy.deepcopy(prefetched[branch_id, key])
    value = session.scalar(_SETTING, {"branch_id": branch_id, "key": key})
    return copy.deepcopy(SETTING_DEFAULTS.get(key)) if value is None else value


_SETTINGS = select(Setting.key, Setting.value).where(Setting.branch_id == bindparam("branch_id"),
                                                    Setting.key.in_(bindparam("keys", expanding=True)))


def load_settings(session: Session, branch_id: int, *keys: str) -> dict[str, Any]:
    """Several settings in one query, each as load_setting would give it."""
    for key in keys:
        if key not in SETTING_DEFAULTS and not key.startswith("policy."):
            raise KeyError(key)
    stored: dict[str, Any] = {key: value for key, value in session.execute(
        _SETTINGS, {"branch_id": branch_id, "keys": list(keys)})}
    return {key: copy.deepcopy(SETTING_DEFAULTS.get(key)) if stored.get(key) is None else stored[key]
            for key in keys}


def prefetch_settings(session: Session, branch_id: int, *keys: str) -> None:
    """Read in one query the settings a save will ask for one by one in its steps (a visit's sheet: the grades,
    the 三包 policy, the callback's day); load_setting then answers them from this transaction's copy. A setting
    written in this session forgets the copy (_setting_written)."""
    prefetched = session.info.setdefault(_PREFETCHED, {})
    prefetched.update({(branch_id, key): value for key, value in load_settings(session, branch_id, *keys).items()})


@event.listens_for(Setting, "after_insert")
@event.listens_for(Setting, "after_update")
@event.listens_for(Setting, "after_delete")
def _setting_written(_mapper: Any, _connection: Any, target: Setting) -> None:
    session = object_session(target)
    if session is not None:
        session.info.pop(_PREFETCHED, None)


def load_warranty_policy(session: Session, branch_id: int,
                         line_codes: Sequence[str] | None = None) -> WarrantyPolicy:
    """The branch's 三包 policy, with a period for every product line of the catalogue (WarrantyPolicy.covering).
    `line_codes`: the catalogue's product line codes in id order, when the caller has read them already."""
    stored = load_setting(session, branch_id, "policy.warranty")
    policy = WarrantyPolicy.from_dict(stored) if stored else WarrantyPolicy.default()
    if line_codes is None:
        line_codes = session.scalars(select(ProductLine.code).order_by(ProductLine.id)).all()
    return policy.covering(line_codes)
