"""A returned service sheet refused for any reason says why, whichever area the clerk opened first (the areas load
lazily, each registering its own words): the times are checked by one rule for repairs and installations, and the
repair sheet's refusals (van stock, charges, signatures) are worded as soon as the sheet's dialog is there."""

from __future__ import annotations

import re
import subprocess
import sys
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



# Everything a repair sheet's save goes through; invalid_choice is a value from a fixed list (never typed).
SHEET_SOURCES = ["services/dispatch/visit_service.py", "rules/charges.py", "rules/conduct.py", "rules/visit_times.py",
                 "services/charges/payment_taking.py", "services/stock/stock_moves.py", "printing/signature.py"]
FRESH = """
import re, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
import desktop.views.dispatch.visit_result_dialog
from desktop.views import messages
raised = re.compile(r'(?:ValidationError|StateError|NotFoundError)\\(\\s*"([a-z_0-9]+)"')
root = Path(sys.argv[1])
codes = sorted({c for name in sys.argv[2:] for c in raised.findall((root / name).read_text(encoding="utf-8"))})
for code in codes:
    if code not in messages._catalogue() and not any(code in provider() for provider in messages._providers):
        print(code)
"""


def test_the_repair_sheet_words_its_refusals_before_any_other_area_is_opened() -> None:
    """In a fresh interpreter (as in the program, where the stock area may never have been opened that day):
    "not enough on the van" and "the charges need a reason" were "details in the log file"."""
    root = RULE.parents[1]
    done = subprocess.run([sys.executable, "-c", FRESH, str(root), *SHEET_SOURCES], capture_output=True, text=True,
                          timeout=120, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert sorted(set(done.stdout.split()) - {"invalid_choice"}) == []


PHONES = Path(__file__).resolve().parents[2] / "desktop" / "rules" / "phones.py"
PHONE_RAISED = set(re.findall(r'ValidationError\(\s*"([a-z_]+)"', PHONES.read_text(encoding="utf-8")))
PHONE_CODES = sorted(PHONE_RAISED - {"required"} | {"phone_area_code_missing"})


@pytest.mark.parametrize("code", PHONE_CODES)
def test_a_refused_phone_says_why_before_any_area_registered(qapp, no_area_opened, code: str) -> None:  # type: ignore[no-untyped-def]
    """Phones are typed in the engineers' dialog, the customer file, installations and consultations, not only at
    intake: the sentences were registered by intake, so an engineer's bad phone said 'details in the log file'."""
    text = messages.error_message(ValidationError(code, "phone", length=4, expected=11))
    assert "log file" not in text and "{" not in text and code not in text
