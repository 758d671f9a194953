"""The installation acceptance form (安装验收单) printed from the stored acceptance, read back from the real PDF:
its words, the customer's handwriting, the QR code, the branch's digital signature, and the printed mark."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from desktop.errors import NotFoundError, StateError, ValidationError
from desktop.models import AuditLog, InstallationReport, TicketEvent
from desktop.printing.qr import parse_payload
from desktop.services.admin.signing_service import SigningService
from desktop.services.installations.installation_print_service import InstallationPrintService
from desktop.services.installations.installation_service import InstallationService
from tests.conftest import actor_for
from tests.printing.conftest import decode_qr_texts, pdf_fonts, pdf_text, render_pngs
from tests.services.installation_factories import acceptance, open_order, planned_visit, sold_unit

PASSPHRASE = "branch-pass-2026"


@pytest.fixture
def signing(sqlite_db, tmp_path) -> SigningService:  # type: ignore[no-untyped-def]
    service = SigningService(sqlite_db, folder=tmp_path / "signing")
    service.create_key(actor_for(sqlite_db, "admin"), PASSPHRASE)
    return service


def accepted(db, **changes):  # type: ignore[no-untyped-def]
    clerk, engineer = actor_for(db, "clerk"), actor_for(db, "engineer")
    reg = sold_unit(db, clerk)
    opened = open_order(db, clerk, reg)
    visit = planned_visit(db, opened.ticket_id)
    row = InstallationService(db).record_result(engineer, visit.id, acceptance(visit, **changes),
                                                version=visit.version)
    return opened, row


def test_the_signed_acceptance_form_reads_back_verifies_and_carries_the_ticket(sqlite_db, signing, tmp_path) -> None:  # type: ignore[no-untyped-def]
    opened, row = accepted(sqlite_db, appearance_defect=True, appearance_note="水箱外壳右侧一处划痕")
    clerk = actor_for(sqlite_db, "clerk")
    printing = InstallationPrintService(sqlite_db, signing)
    data = printing.acceptance_data(clerk, row.id)
    assert data.customer_signature is not None and data.customer_signature.digest == data.content_digest()
    assert data.installed and data.installed_on == row.installed_on and data.appearance_defect

    pdf = printing.render_signed_acceptance(clerk, row.id)

    text = pdf_text(pdf)
    for expected in (opened.ticket_number, "安装验收单", "李秀英", "LT-SOLD-0001", "开箱检验与安装", "外包装完好",
                     "安装设计和室内打孔前已征得用户同意", "水箱外壳右侧一处划痕", "已向用户讲解使用及注意事项",
                     "三包有效期自安装日期起计算", "用户验收签字", "文峰区专卖店", "张师傅", f"{row.installed_on}"):
        assert expected in text, expected
    # The customer's handwriting is drawn on the page (vector strokes), the branch key signs the whole file.
    assert signing.verify(pdf).status == "valid"
    tampered = bytearray(pdf)
    index = tampered.find(opened.ticket_number.encode())
    tampered[index] = ord("B") if tampered[index] != ord("B") else ord("C")
    assert signing.verify(bytes(tampered)).status == "altered"
    [page] = render_pngs(pdf, tmp_path)
    [qr] = decode_qr_texts(page)
    assert parse_payload(qr).ticket_no == opened.ticket_number
    assert qr.split("|")[2] == data.content_digest()[:16]
    # Chinese text renders the same on every PC: the CJK font is embedded.
    assert all(font.embedded for font in pdf_fonts(pdf))
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1


def test_an_acceptance_changed_after_signing_is_not_printed_with_the_signature(sqlite_db, signing) -> None:  # type: ignore[no-untyped-def]
    _opened, row = accepted(sqlite_db)
    clerk = actor_for(sqlite_db, "clerk")
    printing = InstallationPrintService(sqlite_db, signing)
    with sqlite_db.write.begin() as session:
        session.get(InstallationReport, row.id).appearance_defect = True
    with pytest.raises(ValidationError) as caught:
        printing.render_signed_acceptance(clerk, row.id)
    assert caught.value.code == "signature_digest_mismatch"


def test_a_locked_key_is_reported_and_the_printed_mark_is_recorded(sqlite_db, signing) -> None:  # type: ignore[no-untyped-def]
    opened, row = accepted(sqlite_db)
    clerk = actor_for(sqlite_db, "clerk")
    locked = InstallationPrintService(sqlite_db, SigningService(sqlite_db, folder=signing.trust_folder.parent))
    with pytest.raises(StateError) as caught:
        locked.render_signed_acceptance(clerk, row.id)
    assert caught.value.code == "signing_locked"
    unsigned = locked.render_unsigned_acceptance(clerk, row.id)
    assert opened.ticket_number in pdf_text(unsigned) and signing.verify(unsigned).status != "valid"
    locked.mark_printed(clerk, "installation_acceptance", row.id, signed=False)
    with pytest.raises(ValidationError):
        locked.mark_printed(clerk, "service_report", row.id)
    with pytest.raises(NotFoundError):
        locked.mark_printed(clerk, "installation_acceptance", 999_999)
    with sqlite_db.read.begin() as session:
        event = session.scalars(select(TicketEvent).where(TicketEvent.ticket_id == opened.ticket_id,
                                                          TicketEvent.kind == "printed")).one()
        assert event.data == {"document": "installation_acceptance", "record_id": row.id, "signed": False}
        assert session.scalar(select(func.count()).where(AuditLog.action == "installation_acceptance.print")) == 1


def test_an_english_branch_prints_the_form_in_english(sqlite_db, signing) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.admin.settings_service import SettingsService

    admin = actor_for(sqlite_db, "admin")
    SettingsService(sqlite_db).set(admin, "print.language", "en")
    _opened, row = accepted(sqlite_db)
    text = pdf_text(InstallationPrintService(sqlite_db, signing).render_signed_acceptance(admin, row.id))
    for expected in ("Installation Acceptance", "Unpacking check and installation", "Packaging intact",
                     "Use and care explained"):
        assert expected in text, expected
    assert "安装验收单" not in text


def test_a_purifier_acceptance_form_never_says_solar(sqlite_db, signing) -> None:  # type: ignore[no-untyped-def]
    """A purifier customer reads the purifier service's name on the form, not the solar branch's (seed 002)."""
    clerk, engineer = actor_for(sqlite_db, "clerk"), actor_for(sqlite_db, "engineer")
    reg = sold_unit(sqlite_db, clerk, serial="HS-SOLD-0001", line_code="purifier")
    opened = open_order(sqlite_db, clerk, reg)
    visit = planned_visit(sqlite_db, opened.ticket_id, line_code="purifier")
    row = InstallationService(sqlite_db).record_result(engineer, visit.id, acceptance(visit), version=visit.version)
    text = "".join(pdf_text(InstallationPrintService(sqlite_db, signing).render_signed_acceptance(clerk, row.id))
                   .split())
    assert "太阳能" not in text
    assert "鸿盛净水器售后服务中心" in text and "HS-SOLD-0001" in text
