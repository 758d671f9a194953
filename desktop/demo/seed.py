"""The demo branch: 安阳 AY01 with its catalogue, region, the four demo accounts and six engineers."""

from __future__ import annotations

from datetime import time

from argon2 import PasswordHasher
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.clock import utc_now
from desktop.database import Database
from desktop.demo import catalogue
from desktop.demo.accounts import DEMO_PASSWORD, DEMO_USERS
from desktop.models import (
    Branch,
    ConsumableInterval,
    Engineer,
    FaultCategory,
    FeeSchedule,
    LabourFee,
    Part,
    ProductLine,
    ProductModel,
    Setting,
    User,
)
from desktop.services.core import audit

__all__ = ["DEMO_ENGINEERS", "DEMO_PASSWORD", "DEMO_USERS", "demo_region", "seed_branch", "seed_catalogue",
           "seed_fee_schedule"]

DEMO_ENGINEERS = [
    ("张师傅", "13803720001", ["文峰区", "北关区"], ["solar", "purifier"], "1111110"),
    ("刘师傅", "13803720002", ["殷都区", "龙安区"], ["solar"], "1111101"),
    ("陈师傅", "13803720003", ["文峰区", "开发区"], ["purifier", "vending", "campus"], "1111110"),
    ("杨师傅", "13803720004", ["汤阴县", "内黄县"], ["solar", "purifier"], "0111111"),
    ("周师傅", "13803720005", ["林州市", "安阳县"], ["solar"], "1111110"),
    ("吴师傅", "13803720006", ["滑县", "北关区"], ["solar", "purifier"], "1110111"),
]


def seed_catalogue(session: Session) -> None:
    lines: dict[str, ProductLine] = {}
    for code, zh, en, window in catalogue.PRODUCT_LINES:
        line = ProductLine(code=code, name_zh=zh, name_en=en, onsite_window_minutes=window,
                           brand=catalogue.BRANDS.get(code, ""))
        session.add(line)
        lines[code] = line
    session.flush()
    for code, faults in catalogue.FAULT_CATEGORIES.items():
        for fcode, zh, en in faults:
            session.add(FaultCategory(product_line_id=lines[code].id, code=fcode, name_zh=zh, name_en=en,
                                      maintenance=fcode in catalogue.MAINTENANCE_FAULTS))
    models: dict[str, ProductModel] = {}
    for line_code, code, name in catalogue.MODELS:
        main = catalogue.MAIN_PARTS_SOLAR if line_code == "solar" else []
        models[code] = ProductModel(product_line_id=lines[line_code].id, code=code, name=name, main_parts=main)
        session.add(models[code])
    parts: dict[str, Part] = {}
    for line_code, code, zh, en, yuan, is_main, consumable in catalogue.PARTS:
        unit, warranty, minimum = catalogue.PART_DETAILS.get(code, ("个", not consumable, 0))
        parts[code] = Part(product_line_id=lines[line_code].id, code=code, name_zh=zh, name_en=en,
                           price_fen=yuan * 100, is_main_part=is_main, is_consumable=consumable, unit=unit,
                           is_warranty_part=warranty, reorder_level=minimum)
        session.add(parts[code])
    session.flush()
    for model_code, intervals in catalogue.CONSUMABLE_INTERVALS.items():
        for part_code, months in intervals.items():
            session.add(ConsumableInterval(model_id=models[model_code].id, part_id=parts[part_code].id,
                                           months=months))


def seed_fee_schedule(session: Session, branch_id: int) -> None:
    """The demo fee schedule; a real branch's supervisor sets its own (nothing is charged by default)."""
    lines = {line.code: line for line in session.scalars(select(ProductLine))}
    now = utc_now()
    for code, (call_out, labour, by_fault) in catalogue.FEES.items():
        if code not in lines:
            continue
        schedule = FeeSchedule(branch_id=branch_id, product_line_id=lines[code].id, call_out_fee_fen=call_out * 100,
                               labour_fen=labour * 100, updated_at=now)
        faults = {f.code: f.id for f in session.scalars(select(FaultCategory)
                                                        .where(FaultCategory.product_line_id == lines[code].id))}
        for fault, yuan in by_fault.items():
            schedule.labour.append(LabourFee(fault_category_id=faults[fault], labour_fen=yuan * 100))
        session.add(schedule)


def demo_region() -> dict[str, object]:
    """安阳's districts and counties with the towns the demo history uses (a real branch types its own)."""
    from desktop.demo.history_data import DISTRICTS

    districts = [{"name": name, "towns": [place for place in places if place.endswith(("镇", "乡"))]}
                 for name, _, places in DISTRICTS]
    districts.append({"name": "开发区", "towns": []})
    return {"province": "河南省", "city": "安阳市", "districts": districts}


def seed_branch(database: Database, *, demo: bool = True, code: str = "AY01",
                name: str = "安阳龙田太阳能售后服务网点", hasher: PasswordHasher | None = None) -> bool:
    """Create the demo branch once. Returns False when the database already has a branch (nothing is changed).
    A real branch is never seeded: the setup wizard creates it (services/setup)."""
    if not demo:
        raise ValueError("a real branch is created by the setup wizard, not seeded")
    hasher = hasher or PasswordHasher()
    with database.write.begin() as session:
        if session.scalar(select(Branch.id).limit(1)) is not None:
            return False
        now = utc_now()
        branch = Branch(code=code, name=name, address="河南省安阳市文峰区中华路 88 号", hotline="0372-2108187",
                        created_at=now, demo=demo)
        session.add(branch)
        session.flush()
        seed_catalogue(session)
        session.add(Setting(branch_id=branch.id, key="branch.region", value=demo_region()))
        demo_hash = hasher.hash(DEMO_PASSWORD)
        users = {}
        for username, display, role in DEMO_USERS:
            user = User(branch_id=branch.id, username=username, display_name=display, role=role,
                        password_hash=demo_hash, created_at=now)
            session.add(user)
            users[username] = user
        session.flush()
        seed_fee_schedule(session, branch.id)
        for i, (ename, phone, areas, skills, days) in enumerate(DEMO_ENGINEERS):
            session.add(Engineer(branch_id=branch.id, name=ename, phone=phone, areas=areas, skills=skills,
                                 working_days=days, work_start=time(8, 0), work_end=time(18, 0),
                                 user_id=users["engineer"].id if i == 0 else None))
        session.flush()
        audit.record(session, None, "branch.create", "branch", branch.id, after={"code": code, "demo": demo})
    return True
