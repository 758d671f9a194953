"""The branch's signing key and certificate, PAdES signing of issued PDFs, and offline verification.

The private key never lies on disk in the clear: it is stored as PKCS#8 encrypted with a passphrase the caller
supplies. The app keeps that passphrase in the OS keyring where one exists (`keyring_passphrase`) and otherwise asks a
supervisor for it. HQ trusts a branch by importing the branch certificate (PEM) that `export_certificate_pem` writes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import logging
import os
import secrets
import shutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from desktop.errors import ValidationError

KEY_FILE = "branch_key.p8.pem"
CERT_FILE = "branch_cert.pem"
KEYRING_SERVICE = "BranchServiceDesk signing key"
SIGNATURE_FIELD = "BranchSignature"
MIN_PASSPHRASE_LENGTH = 12
KDF_FILE = "branch_key.kdf.json"
# Argon2id before the PKCS#8 encryption (whose own PBKDF2 allowed ~1,100-3,000 guesses per second per core):
# ~0.2-0.4 s and 64 MiB per guess on a branch PC (benchmarks/bench_credentials.py measures it).
KDF_PARAMETERS = {"kdf": "argon2id", "t": 3, "m": 65536, "p": 1}
CERT_VALID_DAYS = 10 * 365

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BranchCredentials:
    """The branch's private key with its certificate (first) and any HQ chain certificates."""

    private_key: ec.EllipticCurvePrivateKey | object
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()

    @property
    def subject(self) -> str:
        return self.certificate.subject.rfc4514_string()

    @property
    def fingerprint(self) -> str:
        return self.certificate.fingerprint(hashes.SHA256()).hex()


@dataclass(frozen=True)
class VerifyResult:
    """Outcome of checking a PDF: status is "valid" | "altered" | "unknown_signer" | "unsigned"."""

    status: str
    signer: str = ""
    signing_time: dt.datetime | None = None
    fingerprint: str = ""
    detail: str = ""


# ---- passphrase helpers ------------------------------------------------------------------------------------------


def new_passphrase() -> str:
    """A random passphrase for the keyring case, where no person has to type it."""
    return secrets.token_urlsafe(32)


def keyring_passphrase(branch_code: str) -> str | None:
    """The passphrase stored in the OS keyring, or None when there is no keyring (the caller then asks a supervisor)."""
    try:
        import keyring  # optional: Windows Credential Manager / macOS Keychain / Secret Service
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, branch_code)
    except Exception as exc:
        _log.warning("keyring unavailable: %s", exc)
        return None


def store_keyring_passphrase(branch_code: str, passphrase: str) -> bool:
    """Store the passphrase in the OS keyring; False when no usable keyring exists."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    try:
        if isinstance(keyring.get_keyring(), fail.Keyring):
            return False
        keyring.set_password(KEYRING_SERVICE, branch_code, passphrase)
        return True
    except Exception as exc:
        _log.warning("keyring unavailable: %s", exc)
        return False


def forget_keyring_passphrase(branch_code: str) -> None:
    """Remove a stored passphrase (the supervisor chose not to keep it, or a copy from before that choice)."""
    try:
        import keyring
    except ImportError:
        return
    try:
        keyring.delete_password(KEYRING_SERVICE, branch_code)
    except Exception:  # none stored, or no usable keyring: nothing to forget
        return


def check_passphrase(passphrase: str) -> None:
    """The rules every new passphrase follows (create, import, replace): ValidationError when it falls short."""
    _check_passphrase(passphrase)


def _check_passphrase(passphrase: str) -> bytes:
    if not passphrase or len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError("passphrase_too_short", "passphrase", minimum=MIN_PASSPHRASE_LENGTH)
    try:
        return passphrase.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValidationError("control_characters", "passphrase") from exc


# ---- creating, importing and loading credentials -----------------------------------------------------------------


def _write_private(path: Path, data: bytes) -> None:
    """Write a file readable by the owner only (POSIX); on Windows the user profile ACL already restricts it."""
    from desktop import paths

    paths.make_private_dir(path.parent)
    tmp = path.with_suffix(path.suffix + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.replace(tmp, path)


def stretch(passphrase: str, parameters: dict) -> bytes:
    """The key-encryption secret: Argon2id of the passphrase with the file's salt and cost."""
    import base64

    from argon2.low_level import Type, hash_secret_raw

    if parameters.get("kdf") != "argon2id":
        raise ValidationError("branch_key_unreadable", None)
    raw = hash_secret_raw(passphrase.encode("utf-8"), base64.b64decode(parameters["salt"]),
                          time_cost=int(parameters["t"]), memory_cost=int(parameters["m"]),
                          parallelism=int(parameters["p"]), hash_len=32, type=Type.ID)
    return raw.hex().encode("ascii")


def _store(folder: Path, key: object, certificate: x509.Certificate, chain: Sequence[x509.Certificate],
           passphrase: str) -> BranchCredentials:
    import base64
    import json

    _check_passphrase(passphrase)
    parameters = {**KDF_PARAMETERS, "salt": base64.b64encode(secrets.token_bytes(16)).decode("ascii")}
    key_pem = key.private_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(stretch(passphrase, parameters))
    )
    certs_pem = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in (certificate, *chain))
    # The parameters first: a key file never exists without the way to open it.
    _write_private(folder / KDF_FILE, json.dumps(parameters).encode("utf-8"))
    _write_private(folder / KEY_FILE, key_pem)
    _write_private(folder / CERT_FILE, certs_pem)
    return BranchCredentials(key, certificate, tuple(chain))


def has_branch_credentials(folder: Path) -> bool:
    return (folder / KEY_FILE).is_file() and (folder / CERT_FILE).is_file()


def create_branch_credentials(folder: Path, branch_code: str, branch_name: str, passphrase: str, *,
                              valid_days: int = CERT_VALID_DAYS) -> BranchCredentials:
    """Create an ECDSA P-256 key and a self-signed certificate for the branch and store them in `folder`."""
    if has_branch_credentials(folder):
        raise ValidationError("branch_key_exists", None, folder=str(folder))
    _check_passphrase(passphrase)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, branch_name[:64] or branch_code),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, branch_code[:64]),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Branch Service Desk"),
    ])
    now = dt.datetime.now(dt.UTC)
    public_key = key.public_key()
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=valid_days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                          data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
                          encipher_only=False, decipher_only=False),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .sign(key, hashes.SHA256())
    )
    return _store(folder, key, certificate, (), passphrase)


def import_pkcs12(folder: Path, p12_bytes: bytes, p12_password: str | None, passphrase: str, *,
                  replace: bool = False) -> BranchCredentials:
    """Import a key and certificate issued by HQ (PKCS#12) and store them under the branch passphrase."""
    if has_branch_credentials(folder) and not replace:
        raise ValidationError("branch_key_exists", None, folder=str(folder))
    try:
        key, certificate, extra = pkcs12.load_key_and_certificates(
            p12_bytes, p12_password.encode("utf-8") if p12_password else None
        )
    except (ValueError, UnsupportedAlgorithm) as exc:
        raise ValidationError("pkcs12_unreadable", "p12") from exc
    if key is None or certificate is None:
        raise ValidationError("pkcs12_incomplete", "p12")
    return _store(folder, key, certificate, tuple(extra or ()), passphrase)


def load_branch_credentials(folder: Path, passphrase: str) -> BranchCredentials:
    """Open the key. A key stored before the Argon2id stretch (no KDF file) opens with the passphrase itself and is
    re-stored at once under the stretch, so an old file stops being the cheap one to guess at."""
    import json

    if not has_branch_credentials(folder):
        raise ValidationError("branch_key_missing", None, folder=str(folder))
    kdf = folder / KDF_FILE
    try:
        parameters = json.loads(kdf.read_text(encoding="utf-8")) if kdf.exists() else None
    except (OSError, ValueError) as exc:
        raise ValidationError("branch_key_unreadable", None) from exc
    try:
        secret = stretch(passphrase, parameters) if parameters else passphrase.encode("utf-8")
        key = serialization.load_pem_private_key((folder / KEY_FILE).read_bytes(), secret)
    except (ValueError, TypeError, KeyError, UnicodeEncodeError) as exc:
        raise ValidationError("passphrase_wrong", "passphrase") from exc
    certs = x509.load_pem_x509_certificates((folder / CERT_FILE).read_bytes())
    credentials = BranchCredentials(key, certs[0], tuple(certs[1:]))
    if parameters is None and len(passphrase) >= MIN_PASSPHRASE_LENGTH:
        _store(folder, key, certs[0], certs[1:], passphrase)
    return credentials


def ensure_branch_credentials(folder: Path, branch_code: str, branch_name: str, passphrase: str) -> BranchCredentials:
    """Load the branch credentials, creating them on first use."""
    if has_branch_credentials(folder):
        return load_branch_credentials(folder, passphrase)
    return create_branch_credentials(folder, branch_code, branch_name, passphrase)


# ---- trusted certificates (HQ side) ------------------------------------------------------------------------------


def export_certificate_pem(credentials: BranchCredentials) -> bytes:
    return credentials.certificate.public_bytes(serialization.Encoding.PEM)


def load_trusted_certificates(pem_bytes: bytes) -> list[x509.Certificate]:
    """Parse one or more PEM certificates (an exported branch certificate, or a bundle of them)."""
    try:
        certs = x509.load_pem_x509_certificates(pem_bytes)
    except ValueError as exc:
        raise ValidationError("certificate_unreadable", "certificate") from exc
    return certs


def import_trusted_certificate(trust_folder: Path, pem_bytes: bytes) -> list[Path]:
    """Add certificates to a trust folder, one file per certificate named by its SHA-256 fingerprint."""
    trust_folder.mkdir(parents=True, exist_ok=True)
    written = []
    for cert in load_trusted_certificates(pem_bytes):
        path = trust_folder / f"{cert.fingerprint(hashes.SHA256()).hex()[:32]}.pem"
        path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        written.append(path)
    return written


def read_trust_folder(trust_folder: Path) -> list[x509.Certificate]:
    if not trust_folder.is_dir():
        return []
    certs: list[x509.Certificate] = []
    for path in sorted(trust_folder.glob("*.pem")):
        certs.extend(load_trusted_certificates(path.read_bytes()))
    return certs


def trusted_certificates(folder: Path) -> list[x509.Certificate]:
    """What this PC trusts when verifying: its own branch certificate and the certificates imported into the
    `trusted` folder beside it (HQ's PC: every branch's)."""
    certs = read_trust_folder(folder / "trusted")
    own = folder / CERT_FILE
    if own.is_file():
        certs += load_trusted_certificates(own.read_bytes())
    return certs


# ---- replacing the key (rotation) -------------------------------------------------------------------------------

RETIRED_FOLDER = "retired"
TRUSTED_FOLDER = "trusted"
# The files that make up the key, the KDF parameters first: a key file never lies beside the wrong parameters for
# longer than one rename.
KEY_FILES = (KDF_FILE, KEY_FILE, CERT_FILE)


@dataclass(frozen=True)
class Rotation:
    """A key replacement in progress: the certificate replaced, the new credentials, where the old files went."""

    old_certificate: x509.Certificate
    new: BranchCredentials
    retired: Path

    @property
    def old_fingerprint(self) -> str:
        return self.old_certificate.fingerprint(hashes.SHA256()).hex()


def _install_file(source: Path, target: Path) -> None:
    """Put one file of the new key in place: a rename within the folder, so each file is either old or new."""
    os.replace(source, target)


def _copy_private(source: Path, target: Path) -> None:
    tmp = target.with_suffix(target.suffix + ".tmp")
    shutil.copyfile(source, tmp)
    from desktop import paths

    paths.make_private_file(tmp)
    os.replace(tmp, target)


def _free_folder(parent: Path, stamp: str) -> Path:
    candidate, n = parent / stamp, 1
    while candidate.exists():
        n += 1
        candidate = parent / f"{stamp}-{n}"
    return candidate


@contextmanager
def rotating(folder: Path, make_new: Callable[[Path], BranchCredentials], stamp: str, *,
             also_retire: Sequence[str] = (), ready: Callable[[], None] | None = None) -> Iterator[Rotation]:
    """Replace the branch key so that at no moment is there neither a usable key nor a way back.

    1. The new key is made (created or imported) in a private staging folder beside the live one; a failure there
       changes nothing.
    2. The old certificate (with any HQ chain) is added to `trusted`: what it signed keeps verifying.
    3. The old files are copied into `retired/<stamp>` (owner-only), then the new files are renamed over the live
       ones and the `also_retire` files (the keyring opt-in) are removed.
    4. The caller's block runs (the audit record). Any exception from step 2 on, the caller's block included, puts
       the old files back, removes the certificates step 2 added and the retired copy, and re-raises.

    `ready()` is called after step 1 (the slow part); it may raise to cancel before anything changes."""
    from desktop import paths

    if not has_branch_credentials(folder):
        raise ValidationError("branch_key_missing", None, folder=str(folder))
    old_pem = (folder / CERT_FILE).read_bytes()
    old_certs = load_trusted_certificates(old_pem)
    staging = folder / f".replacing-{stamp}"
    shutil.rmtree(staging, ignore_errors=True)
    paths.make_private_dir(staging)
    retired_parent = folder / RETIRED_FOLDER
    retired = _free_folder(retired_parent, stamp)
    trust_folder = folder / TRUSTED_FOLDER
    added_trust: list[Path] = []
    present = [name for name in (*KEY_FILES, *also_retire) if (folder / name).is_file()]
    try:
        new = make_new(staging)
        if ready is not None:
            ready()
        try:
            for cert in old_certs:
                target = trust_folder / f"{cert.fingerprint(hashes.SHA256()).hex()[:32]}.pem"
                if not target.exists():
                    added_trust.append(target)
            import_trusted_certificate(trust_folder, old_pem)
            paths.make_private_dir(retired_parent)
            paths.make_private_dir(retired)
            for name in present:
                _copy_private(folder / name, retired / name)
            for name in KEY_FILES:
                _install_file(staging / name, folder / name)
            for name in also_retire:
                (folder / name).unlink(missing_ok=True)
            yield Rotation(old_certs[0], new, retired)
        except BaseException:
            _roll_back(folder, retired, present, added_trust)
            raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _roll_back(folder: Path, retired: Path, present: Sequence[str], added_trust: Sequence[Path]) -> None:
    """Put back every old file from its retired copy, then remove what the rotation added."""
    for name in dict.fromkeys((*KEY_FILES, *present)):
        copy = retired / name
        if name in present and copy.is_file():
            _copy_private(copy, folder / name)
        elif name not in present:
            (folder / name).unlink(missing_ok=True)
    shutil.rmtree(retired, ignore_errors=True)
    with contextlib.suppress(OSError):
        retired.parent.rmdir()  # only when empty: earlier rotations' folders stay
    for path in added_trust:
        path.unlink(missing_ok=True)


# ---- signing and verification ------------------------------------------------------------------------------------


def _asn1_cert(cert: x509.Certificate):
    from asn1crypto import x509 as asn1_x509

    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def sign_pdf(in_bytes: bytes, credentials: BranchCredentials, reason: str, location: str) -> bytes:
    """Sign the whole PDF with the branch key (PAdES baseline-B, SHA-256) as an incremental update."""
    from asn1crypto import keys as asn1_keys
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    key_der = cast(ec.EllipticCurvePrivateKey, credentials.private_key).private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    signer = signers.SimpleSigner(
        signing_cert=_asn1_cert(credentials.certificate),
        signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
        cert_registry=SimpleCertificateStore.from_certs([_asn1_cert(c) for c in credentials.chain]),
    )
    meta = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD, reason=reason, location=location, md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
    )
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(in_bytes), strict=False)
    except Exception as exc:
        raise ValidationError("pdf_unreadable", "pdf") from exc
    out = signers.sign_pdf(writer, meta, signer=signer)
    return out.getvalue()


def _signer_name(cert) -> str:
    try:
        return cert.subject.native.get("common_name") or cert.subject.human_friendly
    except Exception:
        return ""


def verify_pdf(data: bytes, trusted_certs: Iterable[x509.Certificate]) -> VerifyResult:
    """Check every signature in the PDF offline against the trusted branch certificates.

    "altered" covers a broken signature, a changed byte inside the signed range and anything appended after
    signing; "unknown_signer" means the content is intact but the certificate is not in the trust list.
    """
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import SignatureCoverageLevel, validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except Exception as exc:
        if b"/ByteRange" in data:
            return VerifyResult("altered", detail=f"unreadable: {exc}")
        raise ValidationError("pdf_unreadable", "pdf") from exc
    if not signatures:
        return VerifyResult("unsigned")

    roots = [_asn1_cert(c) for c in trusted_certs]
    result: VerifyResult | None = None
    for embedded in signatures:
        context = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
        try:
            status = validate_pdf_signature(embedded, signer_validation_context=context)
        except Exception as exc:
            return VerifyResult("altered", detail=f"signature unreadable: {exc}")
        signer = _signer_name(status.signing_cert)
        fingerprint = status.signing_cert.sha256.hex() if status.signing_cert is not None else ""
        signing_time = status.signer_reported_dt
        broken = not (status.intact and status.valid)
        # Earlier signatures legitimately cover less than the file; the last one must cover everything.
        if broken or (embedded is signatures[-1] and status.coverage != SignatureCoverageLevel.ENTIRE_FILE):
            return VerifyResult("altered", signer, signing_time, fingerprint,
                                f"intact={status.intact} valid={status.valid} coverage={status.coverage}")
        if not status.trusted:
            result = VerifyResult("unknown_signer", signer, signing_time, fingerprint)
        elif result is None:
            result = VerifyResult("valid", signer, signing_time, fingerprint)
    assert result is not None
    return result


# ---- small signed records (audit anchors) ------------------------------------------------------------------------


def sign_bytes(credentials: BranchCredentials, data: bytes) -> str:
    """A detached signature (base64) of `data` with the branch key: ECDSA P-256 or, for an imported RSA key,
    PKCS#1 v1.5, both over SHA-256."""
    import base64

    from cryptography.hazmat.primitives.asymmetric import padding, rsa

    key = credentials.private_key
    if isinstance(key, rsa.RSAPrivateKey):
        signature = key.sign(data, padding.PKCS1v15(), hashes.SHA256())
    else:
        signature = key.sign(data, ec.ECDSA(hashes.SHA256()))  # type: ignore[attr-defined]
    return base64.b64encode(signature).decode("ascii")


def verify_bytes(certificate: x509.Certificate, data: bytes, signature_b64: str) -> bool:
    import base64
    import binascii

    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric import padding, rsa

    try:
        signature = base64.b64decode(signature_b64, validate=True)
        key = certificate.public_key()
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
        else:
            cast(ec.EllipticCurvePublicKey, key).verify(signature, data, ec.ECDSA(hashes.SHA256()))
    except (InvalidSignature, binascii.Error, ValueError, TypeError):
        return False
    return True
