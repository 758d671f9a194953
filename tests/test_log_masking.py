"""Phone numbers never reach the log file: mobiles and landlines, in the message, its arguments and tracebacks."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from desktop.logging_setup import mask_phones, setup_logging
from desktop.rules.phones import parse_phone

PHONES = ["13803720001", "138 0372 0001", "138-0372-0001", "+86 138 0372 0001", "0372-2108187", "03722108187",
          "(0372) 2108187", "010-62345678", "021 52345678"]


@pytest.mark.parametrize("phone", PHONES)
def test_every_written_form_is_masked(phone: str) -> None:
    masked = mask_phones(f"customer {phone}, called")
    digits = re.sub(r"\D", "", phone)
    assert digits[-8:] not in re.sub(r"\D", "", masked)  # the subscriber number is gone ...
    assert masked.endswith(f"{digits[-4:]}, called")  # ... the last four stay, to tell calls apart


@pytest.mark.parametrize("text", ["AY01-20261122-0007", "2026-11-29 10:32:59,012", "port 5432 pid 12345678",
                                  "ticket 20261122", "version 0.1.0", "400-820-8820"])
def test_other_numbers_are_left_alone(text: str) -> None:
    assert mask_phones(text) == text


@pytest.fixture
def log_file(tmp_path: Path):  # type: ignore[no-untyped-def]
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield setup_logging(tmp_path)
    for handler in root.handlers:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_phones_never_reach_the_log_file_even_inside_a_traceback(log_file: Path) -> None:
    log = logging.getLogger("tests.masking")
    log.info("intake from %s, landline %s", "13803720001", "0372-2108187")
    log.warning("callback to 138 0372 0001 failed")
    try:
        parse_phone("0372-2108187-1234567")
    except Exception:
        log.exception("could not save")
    try:
        raise ValueError("customer 13912345678 / 0371 65432109 not found")
    except ValueError:
        log.exception("lookup failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "Traceback" in text and "ValueError: customer 139****5678 / 0371 ****2109 not found" in text
    for secret in ("03720001", "2108187", "12345678", "65432109", "0372 0001"):
        assert secret not in text, secret
    assert "138****0001" in text and "0372-***8187" in text
