"""VerifyDialog shows valid / altered / unknown signer with the signer and time."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
from pathlib import Path

import pytest

from desktop.printing import signing
from desktop.printing.documents import BranchHeader, CustomerInfo, ServiceSheetData, UnitInfo
from desktop.printing.service_sheet import render_service_sheet
from desktop.views.printing.verify_dialog import VerifyDialog


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, signing.BranchCredentials]:
    folder = tmp_path_factory.mktemp("key")
    credentials = signing.create_branch_credentials(folder, "AY01", "文峰网点", "passphrase for tests")
    header = BranchHeader("AY01", "文峰网点", "安阳市", "0372-2108187")
    sheet = ServiceSheetData("AY01-20261122-0007", dt.datetime(2026, 11, 22, 9), CustomerInfo("张建国", "138", "安阳"),
                             UnitInfo("净水器"), "漏水")
    return signing.sign_pdf(render_service_sheet(header, sheet), credentials, "签发", "安阳"), credentials


@pytest.mark.parametrize(("trusted", "tamper", "status"), [
    (True, False, "valid"), (False, False, "unknown_signer"), (True, True, "altered"),
])
def test_statuses(qtbot, signed, tmp_path: Path, trusted: bool, tamper: bool, status: str) -> None:
    pdf, credentials = signed
    if tamper:
        data = bytearray(pdf)
        data[len(pdf) // 3] ^= 0x01
        pdf = bytes(data)
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    dialog = VerifyDialog([credentials.certificate] if trusted else [])
    qtbot.addWidget(dialog)
    dialog._ask_open_path = lambda: str(path)  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.verified, timeout=5000) as blocker:
        dialog.choose_button.click()
    assert blocker.args[0].status == status
    assert dialog.status_label.property("status") == status
    assert dialog.signer_label.text() == "文峰网点"
    assert dialog.time_label.text().startswith(str(dt.date.today().year))


def test_unreadable_file_shows_an_error(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "junk.pdf"
    path.write_bytes(b"junk")
    dialog = VerifyDialog([])
    qtbot.addWidget(dialog)
    with qtbot.assertNotEmitted(dialog.verified):
        assert dialog.verify_file(path) is None
    assert dialog.status_label.property("status") == "error"
    assert dialog.status_label.text()
