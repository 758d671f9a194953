"""Rotating log file in the user log folder; log lines never carry phone numbers or addresses."""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop import paths

_PHONE = re.compile(r"(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)")


class _MaskPhones(logging.Filter):
    """Personal data stays out of logs even when an exception message quotes a phone number."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = _PHONE.sub(r"\1****\2", message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """Log files name customers and users: 0600 on POSIX, also each new file after a rollover."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        paths.make_private_file(Path(self.baseFilename))
        return stream


def setup_logging(log_dir: Path | None = None, level: int = logging.INFO) -> Path:
    log_dir = paths.make_private_dir(log_dir or paths.user_log_dir())
    log_file = log_dir / "service_desk.log"
    handler = _PrivateRotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_MaskPhones())
    root = logging.getLogger()
    root.setLevel(level)
    for existing in list(root.handlers):
        if isinstance(existing, RotatingFileHandler):
            root.removeHandler(existing)
    root.addHandler(handler)
    # pyHanko logs a full traceback for an untrusted signer, which is an expected answer here, not a fault.
    for noisy in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    return log_file
