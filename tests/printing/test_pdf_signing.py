"""Branch key storage, PAdES signing with pyHanko, offline verification, trust lists and the verify command."""

from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from desktop.errors import ValidationError
from desktop.printing import signing
from desktop.printing.documents import BranchHeader, ServiceReportData
from desktop.printing.service_report import render_service_report
from desktop.printing.verify_cli import main as verify_main
from tests.printing.conftest import PASSPHRASE, TICKET, pdf_text


@pytest.fixture(scope="module")
def report_pdf() -> bytes:
    import tests.printing.conftest as c

    header = BranchHeader("AY01", "龙田太阳能安阳文峰区售后服务网点", "安阳市", "0372-2108187")
    customer = c.CustomerInfo("张建国", "13803720001", "安阳市北关区")
    unit = c.UnitInfo("太阳能热水器")
    report = ServiceReportData(TICKET, dt.datetime(2026, 11, 22, 9, 0), customer, unit, "漏水", "李强", None, None,
                               "阀老化", "更换阀门", True)
    return render_service_report(header, report)


@pytest.fixture(scope="module")
def signed_pdf(report_pdf: bytes, credentials: signing.BranchCredentials) -> bytes:
    return signing.sign_pdf(report_pdf, credentials, "客户服务报告签发", "安阳")


def test_key_is_stored_encrypted_and_needs_the_passphrase(credentials_folder: Path) -> None:
    key_text = (credentials_folder / signing.KEY_FILE).read_text()
    assert key_text.startswith("-----BEGIN ENCRYPTED PRIVATE KEY-----")
    if os.name == "posix":  # Windows has ACLs, not mode bits: the per-user profile folder is private already
        assert (credentials_folder / signing.KEY_FILE).stat().st_mode & 0o077 == 0
    with pytest.raises(ValidationError) as info:
        signing.load_branch_credentials(credentials_folder, "not the passphrase")
    assert info.value.code == "passphrase_wrong"
    loaded = signing.load_branch_credentials(credentials_folder, PASSPHRASE)
    assert isinstance(loaded.private_key, ec.EllipticCurvePrivateKey)
    assert loaded.private_key.curve.name == "secp256r1"
    assert "龙田太阳能" in loaded.subject


def test_first_use_creates_then_loads(tmp_path: Path) -> None:
    created = signing.ensure_branch_credentials(tmp_path, "AY02", "二号网点", "another passphrase")
    loaded = signing.ensure_branch_credentials(tmp_path, "AY02", "二号网点", "another passphrase")
    assert created.fingerprint == loaded.fingerprint
    with pytest.raises(ValidationError):
        signing.create_branch_credentials(tmp_path, "AY02", "二号网点", "another passphrase")


def test_short_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as info:
        signing.create_branch_credentials(tmp_path, "AY03", "三号网点", "short")
    assert info.value.code == "passphrase_too_short"
    assert not signing.has_branch_credentials(tmp_path)


def test_keyring_helpers_degrade_without_a_keyring() -> None:
    # Either no keyring package or no backend in CI: both must answer "not available", not raise.
    assert signing.keyring_passphrase("AY-NO-SUCH-BRANCH") is None
    assert isinstance(signing.store_keyring_passphrase("AY-TEST", signing.new_passphrase()), bool)


def test_signed_pdf_verifies_for_a_trusting_reader(signed_pdf: bytes, credentials: signing.BranchCredentials) -> None:
    result = signing.verify_pdf(signed_pdf, [credentials.certificate])
    assert result.status == "valid"
    assert result.signer == "龙田太阳能安阳文峰区售后服务网点"
    assert result.signing_time is not None
    assert abs(result.signing_time - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=10)
    assert TICKET in pdf_text(signed_pdf)


def test_pyhanko_validates_the_signature_directly(signed_pdf: bytes, credentials: signing.BranchCredentials) -> None:
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    root = asn1_x509.Certificate.load(credentials.certificate.public_bytes(serialization.Encoding.DER))
    embedded = PdfFileReader(io.BytesIO(signed_pdf)).embedded_signatures
    assert len(embedded) == 1
    status = validate_pdf_signature(embedded[0], ValidationContext(trust_roots=[root]))
    assert status.bottom_line and status.intact and status.valid and status.trusted
    assert embedded[0].sig_object["/SubFilter"] == "/ETSI.CAdES.detached"  # PAdES


def test_one_changed_byte_makes_it_altered(signed_pdf: bytes, report_pdf: bytes,
                                           credentials: signing.BranchCredentials) -> None:
    for position in (len(report_pdf) // 3, len(report_pdf) // 2, 200):
        tampered = bytearray(signed_pdf)
        tampered[position] ^= 0x01
        assert signing.verify_pdf(bytes(tampered), [credentials.certificate]).status == "altered", position


def test_text_change_and_appended_update_are_altered(signed_pdf: bytes,
                                                     credentials: signing.BranchCredentials) -> None:
    assert b"/Subject" in signed_pdf
    forged = signed_pdf.replace(b"/Creator (Branch Service Desk)", b"/Creator (Branch Service Desx)", 1)
    assert forged != signed_pdf
    assert signing.verify_pdf(forged, [credentials.certificate]).status == "altered"
    assert signing.verify_pdf(signed_pdf + b"\n% appended\n", [credentials.certificate]).status == "altered"


def test_untrusted_and_unsigned(signed_pdf: bytes, report_pdf: bytes, credentials: signing.BranchCredentials,
                                tmp_path: Path) -> None:
    assert signing.verify_pdf(signed_pdf, []).status == "unknown_signer"
    other = signing.create_branch_credentials(tmp_path, "ZZ01", "别的网点", "other passphrase")
    assert signing.verify_pdf(signed_pdf, [other.certificate]).status == "unknown_signer"
    assert signing.verify_pdf(report_pdf, [credentials.certificate]).status == "unsigned"


def test_not_a_pdf() -> None:
    with pytest.raises(ValidationError):
        signing.verify_pdf(b"hello", [])


def _hq_pkcs12(password: bytes) -> tuple[bytes, x509.Certificate]:
    """HQ's CA issues the branch certificate; the branch receives key + certificate + CA as PKCS#12."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "总部售后 CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
          .not_valid_after(now + dt.timedelta(days=3650))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "安阳文峰网点")]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=365))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(ca_key, hashes.SHA256()))
    p12 = pkcs12.serialize_key_and_certificates(b"branch", key, leaf, [ca],
                                                serialization.BestAvailableEncryption(password))
    return p12, ca


def test_import_pkcs12_from_hq_and_trust_the_hq_ca(tmp_path: Path, report_pdf: bytes) -> None:
    p12, ca = _hq_pkcs12(b"hq-secret")
    with pytest.raises(ValidationError) as info:
        signing.import_pkcs12(tmp_path, p12, "wrong", "branch passphrase")
    assert info.value.code == "pkcs12_unreadable"
    imported = signing.import_pkcs12(tmp_path, p12, "hq-secret", "branch passphrase")
    assert len(imported.chain) == 1
    loaded = signing.load_branch_credentials(tmp_path, "branch passphrase")
    signed = signing.sign_pdf(report_pdf, loaded, "签发", "安阳")
    result = signing.verify_pdf(signed, [ca])
    assert (result.status, result.signer) == ("valid", "安阳文峰网点")


def test_trust_folder_export_import(tmp_path: Path, signed_pdf: bytes, credentials: signing.BranchCredentials) -> None:
    pem = signing.export_certificate_pem(credentials)
    assert pem.startswith(b"-----BEGIN CERTIFICATE-----") and b"PRIVATE" not in pem
    written = signing.import_trusted_certificate(tmp_path / "trust", pem)
    assert len(written) == 1
    trusted = signing.read_trust_folder(tmp_path / "trust")
    assert signing.verify_pdf(signed_pdf, trusted).status == "valid"
    with pytest.raises(ValidationError):
        signing.load_trusted_certificates(b"garbage")


def test_verify_command_exit_codes(tmp_path: Path, signed_pdf: bytes, report_pdf: bytes,
                                   credentials: signing.BranchCredentials, capsys: pytest.CaptureFixture[str]) -> None:
    cert = tmp_path / "branch.pem"
    cert.write_bytes(signing.export_certificate_pem(credentials))
    good = tmp_path / "signed.pdf"
    good.write_bytes(signed_pdf)
    assert verify_main([str(good), "--trust", str(cert)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("VALID") and "龙田太阳能" in out and "Signed at:" in out
    assert verify_main([str(good)]) == 2
    bad = tmp_path / "bad.pdf"
    tampered = bytearray(signed_pdf)
    tampered[len(report_pdf) // 2] ^= 0x01
    bad.write_bytes(bytes(tampered))
    assert verify_main([str(bad), "--trust", str(cert)]) == 1
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(report_pdf)
    assert verify_main([str(plain), "--json"]) == 3
    assert '"status": "unsigned"' in capsys.readouterr().out
    assert verify_main([str(tmp_path / "missing.pdf")]) == 4
