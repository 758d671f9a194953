"""Every error code the intake, customer and ticket code can raise has a sentence for the clerk."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.errors import ValidationError
from desktop.views.intake import intake_messages

ROOT = Path(__file__).resolve().parents[2] / "desktop"
SOURCES = ["rules/phones.py", "services/tickets/customer_service.py", "services/tickets/ticket_service.py",
           "services/tickets/ticket_queries.py", "services/core/ticket_events.py", "services/core/validation.py"]
RAISED = re.compile(r'(?:ValidationError|StateError|NotFoundError)\(\s*"([a-z_]+)"')


def _codes() -> list[str]:
    return sorted({code for name in SOURCES for code in RAISED.findall((ROOT / name).read_text(encoding="utf-8"))})


@pytest.mark.parametrize("code", _codes())
def test_every_raised_code_has_a_message(qapp, code: str) -> None:  # type: ignore[no-untyped-def]
    intake_messages.register()
    params = {"owner": "王建国", "length": 10, "expected": 11, "name": "王建国", "address": "文峰区中华路 12 号",
              "max_length": 100, "current": "new", "target": "closed", "serial": "LT1", "value": "x"}
    text = intake_messages.describe(ValidationError(code, "field", **params))
    assert f"({code})" not in text, f"no message for {code}"
    assert "{" not in text
    if code in ("serial_taken", "phone_taken"):
        assert "王建国" in text  # the owner is shown whatever other areas registered for the same code


def test_a_town_too_long_is_said_in_both_languages(qapp) -> None:  # type: ignore[no-untyped-def]
    from desktop.i18n import install_translators
    from desktop.services.core.region import clean_town

    with pytest.raises(ValidationError) as caught:
        clean_town("镇" * 21)
    assert clean_town(" 吕村镇 ") == "吕村镇" and clean_town(None) == ""
    try:
        for language, words in (("en", "The town is too long: at most 20 characters"),
                                ("zh_CN", "乡镇/街道名称太长：最多 20 个字")):
            install_translators(qapp, language)
            assert intake_messages.describe(caught.value).startswith(words)
    finally:
        install_translators(qapp, "en")
