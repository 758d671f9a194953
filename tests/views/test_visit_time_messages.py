"""The times on a returned service sheet are checked by one rule for repair visits and installations: its refusals
read as sentences whichever area the clerk opened first (the areas load lazily, each registering its own words)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.errors import ValidationError
from desktop.rules.visit_times import check_early_arrival, check_visit_times
from desktop.views import messages

RULE = Path(__file__).resolve().parents[2] / "desktop" / "rules" / "visit_times.py"
# window_invalid guards against a time without its zone: a programming slip, never what a clerk typed.
RAISED = re.findall(r'ValidationError\(\s*"([a-z_]+)"', RULE.read_text(encoding="utf-8"))
CODES = sorted(set(RAISED) - {"window_invalid"})


@pytest.fixture
def no_area_opened(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(messages, "_providers", [])


def test_the_rule_raises_the_codes_checked_here() -> None:
    arrived = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)
    raised: set[str] = set()
    for departed, now in ((arrived, arrived), (arrived - timedelta(minutes=1), arrived),
                          (arrived + timedelta(hours=1), arrived - timedelta(hours=1))):
        with pytest.raises(ValidationError) as info:
            check_visit_times(arrived, departed, now)
        raised.add(info.value.code)
    with pytest.raises(ValidationError) as info:
        check_early_arrival(arrived, arrived + timedelta(hours=1), "")
    raised.add(info.value.code)
    assert raised == set(CODES)


@pytest.mark.parametrize("code", CODES)
def test_a_sheet_refused_for_its_times_says_why_before_any_area_registered(qapp, no_area_opened, code: str) -> None:  # type: ignore[no-untyped-def]
    text = messages.error_message(ValidationError(code, "departed_at", minutes=5, agreed_start=""))
    assert "log file" not in text and "{" not in text and code not in text
