"""Engineer conduct on a visit (上门服务规范): the checklist the engineer confirms and the customer can be asked about.

Seed 000 上门服务规范 3, 2, 6, 8, 9 and 服务标准化准则 3.1.7 「工完、料净、场地清」;
seed 003 服务人员守则 (8) 「四不」 and 上门服务人员行为规范 (4), (7)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class ConductItem:
    code: str
    zh: str
    en: str
    seed: str


CONDUCT_ITEMS: tuple[ConductItem, ...] = (
    ConductItem("introduced", "出示工作证，自报姓名", "Showed the work card and gave their name",
                "000 上门服务规范 2; 003 行为规范 (4)"),
    ConductItem("shoe_covers", "进门前穿好鞋套", "Put on shoe covers before entering", "000 上门服务规范 3"),
    ConductItem("consent", "打孔、动用物品前征得用户同意", "Asked before drilling or using the customer's things",
                "000 上门服务规范 4, 6"),
    ConductItem("explained", "讲解使用方法及注意事项", "Explained the use and what to watch out for",
                "000 上门服务规范 8"),
    ConductItem("site_clean", "工完、料净、场地清，垃圾装袋带走", "Left the site clean and took the rubbish away",
                "000 3.1.7, 上门服务规范 9"),
    ConductItem("four_nots", "四不：不顶撞客户，不吃用户一顿饭，不喝用户一杯水，不吸用户一根烟",
                "The four nots: no arguing, no meal, no drink, no cigarette from the customer", "003 (8)"),
    ConductItem("no_gifts", "不收受用户红包、赠品", "Accepted no money or gifts", "003 行为规范; 服务人员 (7)"),
)
CONDUCT_CODES = tuple(item.code for item in CONDUCT_ITEMS)
BY_CODE = {item.code: item for item in CONDUCT_ITEMS}


def conduct_problem(checklist: Mapping[str, object]) -> str | None:
    """A recorded checklist answers every item with yes or no; an empty one means it was not filled in."""
    if not checklist:
        return None
    if set(checklist) != set(CONDUCT_CODES):
        return "conduct_incomplete"
    if any(not isinstance(v, bool) for v in checklist.values()):
        return "conduct_incomplete"
    return None


def breaches(checklist: Mapping[str, bool]) -> tuple[str, ...]:
    """The items not kept, in the checklist's order."""
    return tuple(code for code in CONDUCT_CODES if checklist.get(code) is False)
