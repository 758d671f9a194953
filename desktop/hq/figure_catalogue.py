"""The HQ figures by code: what kind each is, which way is better, and its workbook labels (zh/en data, like the
branch workbook's labels; the window translates the codes itself in desktop/views/hq/hq_text.py)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.exports.records import Language


class Kind(StrEnum):
    RATE = "rate"  # count of base
    COUNT = "count"
    MONEY = "money"  # count with an amount of money


@dataclass(frozen=True)
class FigureDef:
    code: str
    kind: Kind
    zh: str
    en: str
    # For rates: is a larger share better? (ranking order; repeat repairs and overdue complaints are not)
    higher_is_better: bool = True

    def label(self, language: Language) -> str:
        return self.zh if language == "zh" else self.en


FIGURES: tuple[FigureDef, ...] = (
    FigureDef("tickets", Kind.COUNT, "工单", "Tickets"),
    FigureDef("contact", Kind.RATE, "按时联系客户", "Customer contacted in time"),
    FigureDef("report_back", Kind.RATE, "按时反馈服务中心", "Reported back in time"),
    FigureDef("on_site", Kind.RATE, "按时上门", "On site in time"),
    FigureDef("callback", Kind.RATE, "当天回访", "Same-day callback"),
    FigureDef("satisfaction", Kind.RATE, "满意度", "Satisfaction"),
    FigureDef("first_visit_fix", Kind.RATE, "一次修复率", "First-visit fix rate"),
    FigureDef("repeat_repair", Kind.RATE, "重复维修", "Repeat repairs", higher_is_better=False),
    FigureDef("callbacks_done", Kind.RATE, "回访完成", "Callbacks done"),
    FigureDef("returns", Kind.MONEY, "退换货申请", "Return claims"),
    FigureDef("complaints", Kind.COUNT, "投诉", "Complaints"),
    FigureDef("complaints_answered", Kind.RATE, "投诉已答复", "Complaints answered"),
    FigureDef("complaints_overdue", Kind.RATE, "投诉未按时答复", "Complaints not answered in time",
              higher_is_better=False),
    FigureDef("visits", Kind.COUNT, "上门", "Visits"),
)
BY_CODE = {f.code: f for f in FIGURES}
RATES = tuple(f.code for f in FIGURES if f.kind is Kind.RATE)
# Figures with a breakdown (key1, key2) rather than one row per branch and month.
BREAKDOWNS = ("returns", "satisfaction_grade", "quality_items", "quality_cases")
# What the side-by-side views show, in order.
SIDE_BY_SIDE = ("tickets", "contact", "report_back", "on_site", "callback", "satisfaction", "first_visit_fix",
                "repeat_repair", "returns", "complaints", "complaints_answered", "complaints_overdue")
