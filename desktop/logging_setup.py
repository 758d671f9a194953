"""Rotating log file in the user log folder; log lines never carry phone numbers.

Masking happens in one place, the formatter, over the whole formatted record: the message, its arguments, and the
exception text and stack of a traceback (an exception message quoting a customer's number is the usual leak)."""

from __future__ import annotations

import logging
import re
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop import paths

# A mobile: 1[3-9] and nine more digits, written whole or in groups (138 0372 0001, 138-0372-0001), with or
# without +86 / 0086 in front.
_MOBILE = re.compile(r"(?<!\d)(?:(?:\+|00)86[\s-]?)?(1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})(?!\d)")
# A landline: an area code (010, 02x, or 0 and three digits from 03xx on), bracketed or not, then a 7-8 digit
# subscriber number (0372-2108187, (010) 12345678, 03722108187).
_LANDLINE = re.compile(r"(?<!\d)(\(?0(?:10|2\d|[3-9]\d{2})\)?)([\s-]?)(\d{3,4})(\d{4})(?!\d)")


def mask_phones(text: str) -> str:
    """138****0001 and 0372-***8187: enough to tell calls apart in a log, not enough to call anyone."""
    text = _MOBILE.sub(lambda m: f"{m.group(1)}****{m.group(3)}", text)
    return _LANDLINE.sub(lambda m: f"{m.group(1)}{m.group(2)}{'*' * len(m.group(3))}{m.group(4)}", text)


class MaskingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        # The whole formatted text, traceback included: masking only record.msg misses the exception's own words.
        return mask_phones(super().format(record))


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """Log files name customers and users: 0600 on POSIX, also each new file after a rollover."""

    def _open(self) -> TextIOWrapper:
        stream = super()._open()
        paths.make_private_file(Path(self.baseFilename))
        return stream


def setup_logging(log_dir: Path | None = None, level: int = logging.INFO) -> Path:
    log_dir = paths.make_private_dir(log_dir or paths.user_log_dir())
    log_file = log_dir / "service_desk.log"
    handler = _PrivateRotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(MaskingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    for existing in list(root.handlers):
        if isinstance(existing, RotatingFileHandler):
            root.removeHandler(existing)
            existing.close()
    root.addHandler(handler)
    # pyHanko logs a full traceback for an untrusted signer, which is an expected answer here, not a fault.
    for noisy in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    return log_file
