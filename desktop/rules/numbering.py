"""The one numbering format: BRANCH-YYYYMMDD-NNNN (tickets), with a series letter for claims, complaints,
consultations (Z, 咨询) and quality feedback (Q, 质量问题反馈单)."""

from __future__ import annotations

import re
from datetime import date

# Series keys fit NumberCounter.series (10 characters). Z 咨 consultations, Q 质 quality feedback, K 库 stock
# movements, F 返 return lists, S 收 payment receipts.
SERIES_PREFIX = {"ticket": "", "claim": "R", "complaint": "C", "consult": "Z", "quality": "Q", "stock": "K",
                 "returns": "F", "receipt": "S"}
_PATTERN = re.compile(r"^(?P<branch>[A-Z0-9]{2,8})-(?P<series>[RCZQ]?)(?P<day>\d{8})-(?P<seq>\d{4,})$")


def format_number(branch_code: str, series: str, day: date, seq: int) -> str:
    if seq < 1:
        raise ValueError("sequence starts at 1")
    return f"{branch_code}-{SERIES_PREFIX[series]}{day:%Y%m%d}-{seq:04d}"


def day_key(day: date) -> str:
    return f"{day:%Y%m%d}"


def looks_like_number(text: str) -> bool:
    return bool(_PATTERN.match(text.strip().upper()))
