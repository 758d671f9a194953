"""The starting catalogue of a branch: product lines, fault lists, models and parts (seeds 000 and 002)."""

from __future__ import annotations

# (code, 中文, English, on-site window in minutes)
PRODUCT_LINES = [
    ("solar", "太阳能热水器", "Solar water heater", 24 * 60),
    ("purifier", "净水器", "Water purifier", 24 * 60),
    ("vending", "自动售水机", "Water vending machine", 120),  # seed 002 §4.5: 2 hours
    ("campus", "校园饮水", "Campus drinking water", 30),  # seed 002 §4.5: 30 minutes
]

FAULT_CATEGORIES = {
    "solar": [
        ("no_hot_water", "不出热水", "No hot water"),
        ("leak", "漏水", "Leaking"),
        ("tube_broken", "真空管破损", "Broken vacuum tube"),
        ("no_water_in", "不上水", "Does not fill"),
        ("controller", "控制仪故障", "Controller fault"),
        ("heater", "电加热故障", "Electric heater fault"),
        ("bracket", "支架松动", "Loose bracket"),
        ("install", "新机安装", "New installation"),
        ("relocate", "移机", "Relocation"),
    ],
    "purifier": [
        ("no_water", "不出水", "No water"),
        ("leak", "漏水", "Leaking"),
        ("taste", "水质异味", "Odd taste or smell"),
        ("filter_change", "更换滤芯", "Filter change"),
        ("noise", "噪音大", "Noisy"),
        ("pump", "增压泵故障", "Booster pump fault"),
        ("install", "新机安装", "New installation"),
    ],
    "vending": [
        ("no_water", "不出水", "No water"),
        ("coin", "投币故障", "Payment fault"),
        ("leak", "漏水", "Leaking"),
    ],
    "campus": [
        ("no_water", "不出水", "No water"),
        ("heating", "加热故障", "Heating fault"),
        ("leak", "漏水", "Leaking"),
    ],
}

MAIN_PARTS_SOLAR = ["tank", "tube", "bracket"]

# (line, code, name)
MODELS = [
    ("solar", "LT-18-1800", "龙田 18管 1800 家用太阳能"),
    ("solar", "LT-20-2000", "龙田 20管 2000 家用太阳能"),
    ("solar", "LT-24-2400", "龙田 24管 2400 家用太阳能"),
    ("solar", "LT-P-300", "龙田 承压式 300L"),
    ("purifier", "HS-RO-400G", "鸿盛 RO反渗透 400G"),
    ("purifier", "HS-RO-600G", "鸿盛 RO反渗透 600G"),
    ("purifier", "HS-UF-1000", "鸿盛 超滤 1000L"),
    ("vending", "HS-V-200", "鸿盛 社区售水机 200型"),
    ("campus", "HS-C-60", "鸿盛 校园直饮机 60型"),
]

# (line, code, 中文, English, price in yuan, main part, consumable)
PARTS = [
    ("solar", "TUBE-58-1800", "真空管 Φ58×1800", "Vacuum tube 58x1800", 45, True, False),
    ("solar", "TANK-200", "内胆水箱 200L", "Inner tank 200 L", 680, True, False),
    ("solar", "BRACKET-STD", "标准支架", "Standard bracket", 260, True, False),
    ("solar", "CTRL-TK8", "智能控制仪 TK-8", "Smart controller TK-8", 180, False, False),
    ("solar", "HEATER-1500", "电加热管 1.5kW", "Electric heater 1.5 kW", 95, False, False),
    ("solar", "VALVE-SOL", "电磁阀", "Solenoid valve", 55, False, False),
    ("solar", "SEAL-58", "防尘圈/硅胶密封圈", "Silicone tube seal", 3, False, False),
    ("solar", "PIPE-PPR", "PPR 管件一套", "PPR pipe kit", 40, False, False),
    ("purifier", "FLT-PP", "PP棉滤芯", "PP cotton filter", 25, False, True),
    ("purifier", "FLT-CTO", "活性炭滤芯", "Activated carbon filter", 35, False, True),
    ("purifier", "FLT-RO", "RO膜滤芯", "RO membrane", 220, False, True),
    ("purifier", "PUMP-24V", "增压泵 24V", "Booster pump 24 V", 160, False, False),
    ("purifier", "SWITCH-HP", "高压开关", "High-pressure switch", 30, False, False),
    ("purifier", "VALVE-WASTE", "废水比例阀", "Waste-water valve", 20, False, False),
]

# The brand each line's customers know (the first word of its model names); seed 000 is 龙田, seed 002 鸿盛.
BRANDS = {"solar": "龙田", "purifier": "鸿盛", "vending": "鸿盛", "campus": "鸿盛"}

# Routine care, not faults: never a 返修 (rules.care).
MAINTENANCE_FAULTS = {"filter_change"}

# Consumable replacement intervals in months per model [P]: the seeds name 产品保养提醒 (001) but no intervals; these
# are common purifier practice (PP cotton every 6 months, carbon every 12, RO membrane every 24) for HQ to confirm.
CONSUMABLE_INTERVALS = {
    "HS-RO-400G": {"FLT-PP": 6, "FLT-CTO": 12, "FLT-RO": 24},
    "HS-RO-600G": {"FLT-PP": 6, "FLT-CTO": 12, "FLT-RO": 24},
    "HS-UF-1000": {"FLT-PP": 6, "FLT-CTO": 12},
}

# Unit, warranty part (保修件: free under 三包, old part returned) and the warehouse minimum, by part code.
PART_DETAILS = {
    "TUBE-58-1800": ("支", True, 40),
    "TANK-200": ("个", True, 2),
    "BRACKET-STD": ("套", True, 2),
    "CTRL-TK8": ("个", True, 5),
    "HEATER-1500": ("支", True, 5),
    "VALVE-SOL": ("个", True, 5),
    "SEAL-58": ("个", False, 100),
    "PIPE-PPR": ("套", False, 10),
    "FLT-PP": ("支", False, 30),
    "FLT-CTO": ("支", False, 30),
    "FLT-RO": ("支", False, 10),
    "PUMP-24V": ("个", True, 4),
    "SWITCH-HP": ("个", True, 5),
    "VALVE-WASTE": ("个", True, 5),
}

# The demo branch's fee schedule (收费标准) in yuan: call-out fee, default labour, labour per fault category.
# No seed gives amounts; these are typical of county-town service branches and are meant to be edited.
FEES = {
    "solar": (30, 50, {"tube_broken": 20, "controller": 40, "heater": 40, "install": 150, "relocate": 200}),
    "purifier": (20, 30, {"filter_change": 0, "pump": 40, "install": 80}),
    "vending": (50, 80, {}),
    "campus": (0, 60, {}),
}
