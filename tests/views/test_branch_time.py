"""Every time a person reads is branch local time (Asia/Shanghai, UTC+8): a return certificate approved and printed
at 16:35 on the branch's clock says 16:35 twice, on a PC whose own zone is UTC; the verify dialog says the same."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop import clock
from desktop.printing.signing import VerifyResult
from desktop.services.claims import claim_service as claim_module
from desktop.views.claims.adjudication_view import certificate_pdf
from desktop.views.printing.verify_dialog import VerifyDialog
from tests.conftest import actor_for
from tests.printing.conftest import pdf_text
from tests.services.claims.test_claim_history_and_source_ticket import decided_refund, sale_and_ticket

# 16:35 in 安阳 is 08:35 UTC: a form that prints UTC (or the PC's zone, here UTC) shows 08:35.
AT_1635_LOCAL = dt.datetime(2026, 11, 23, 8, 35, 12, tzinfo=dt.UTC)


@pytest.fixture
def pc_in_utc(monkeypatch: pytest.MonkeyPatch) -> None:
    """The PC's own zone is UTC, so a time taken from the PC clock instead of the branch's shows up wrong."""
    import time

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_certificate_approved_and_printed_at_1635_local_says_1635(sqlite_db, pc_in_utc,
                                                                   monkeypatch) -> None:  # type: ignore[no-untyped-def]
    clerk, boss, engineer = (actor_for(sqlite_db, name) for name in ("clerk", "admin", "engineer"))
    _reg, opened = sale_and_ticket(sqlite_db, clerk)
    claims, claim = decided_refund(sqlite_db, clerk, engineer, opened)
    claim = claims.record_choice(clerk, claim.id, claim.version, "refund")
    # The supervisor approves at 16:35 branch time; the certificate is printed in the same minute.
    monkeypatch.setattr(claim_module, "utc_now", lambda: AT_1635_LOCAL)
    monkeypatch.setattr(clock, "utc_now", lambda: AT_1635_LOCAL)
    claim = claims.approve(boss, claim.id, claim.version)
    _number, pdf = certificate_pdf(claims, None, clerk, claim.id)
    text = pdf_text(pdf)
    assert text.count("2026-11-23 16:35") == 2, text
    assert "08:35" not in text


def test_the_verify_dialog_shows_the_signing_time_in_branch_time(qtbot, tmp_path: Path, pc_in_utc) -> None:  # type: ignore[no-untyped-def]
    signed = tmp_path / "report.pdf"
    signed.write_bytes(b"%PDF-1.7")
    result = VerifyResult("valid", "安阳网点", AT_1635_LOCAL, "ab" * 32)
    dialog = VerifyDialog([], verifier=lambda _data, _certs: result)
    qtbot.addWidget(dialog)
    dialog.verify_file(signed)
    assert dialog.time_label.text().startswith("2026-11-23 16:35:12")
    assert "(" in dialog.time_label.text()  # the zone is named: branch time
