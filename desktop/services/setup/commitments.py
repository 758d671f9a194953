"""The service commitments the wizard shows: each setting with its default (core/settings_store.py), its bounds,
and the seed it comes from (docs/domain.md). The view turns the seed reference into the quoted sentence."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.core.settings_store import SETTING_DEFAULTS


@dataclass(frozen=True)
class Commitment:
    key: str
    unit: str  # "minutes", "days", "hours" or "flag"
    minimum: int
    maximum: int
    seed: str  # a reference the view explains, e.g. "seed-002-4.5"

    @property
    def default(self) -> int | bool:
        return SETTING_DEFAULTS[self.key]  # type: ignore[no-any-return]


COMMITMENTS = (
    # seed 002 §4.5 "接到服务信息诉求，应在十分钟内与客户建立联系"
    Commitment("commitment.first_contact_minutes", "minutes", 1, 24 * 60, "seed-002-4.5"),
    # seed 002 §6.1.1: the department reports back to the service centre within 1 hour
    Commitment("commitment.report_back_minutes", "minutes", 1, 24 * 60, "seed-002-6.1.1"),
    # seed 002 §八 "售后服务工作完毕后当天内，回访调查"
    Commitment("commitment.callback_same_day", "flag", 0, 1, "seed-002-8"),
    # seed 004 第三章 四.4 "公司在工程完工一个月内电话或登门拜访"
    Commitment("callback.after_install_days", "days", 1, 90, "seed-004-3-4.4"),
    # seed 002 §4.3 / seed 003: promise a reply time for what cannot be answered at once, and keep it
    Commitment("complaint.answer_hours", "hours", 1, 24 * 7, "seed-002-4.3"),
    # The clock watch warns this many minutes before a commitment falls due (branch practice, no seed).
    Commitment("commitment.clock_warning_minutes", "minutes", 0, 120, "branch"),
)
COMMITMENT_KEYS = tuple(c.key for c in COMMITMENTS)

# The promised on-site window per product line (ProductLine.onsite_window_minutes): seed 002 §4.5 names 30 minutes
# for the campus line and 2 hours for water vending machines; seed 000's "全天候24小时上门服务" gives the rest.
ONSITE_SEEDS: dict[str, tuple[int, str]] = {
    "campus": (30, "seed-002-4.5-campus"),
    "vending": (120, "seed-002-4.5-vending"),
}
ONSITE_DEFAULT = (24 * 60, "seed-000-24h")
ONSITE_MINIMUM, ONSITE_MAXIMUM = 10, 7 * 24 * 60


def onsite_default(line_code: str) -> tuple[int, str]:
    """(minutes, seed reference) for a product line's on-site window."""
    return ONSITE_SEEDS.get(line_code, ONSITE_DEFAULT)
