"""The branch's signing key for issued PDFs: create or import it, unlock it once per session, sign, verify.

The unlocked key lives only in this process's memory. A supervisor types the passphrase once per session; keeping it in
the OS keyring (Windows Credential Manager) so that the key opens by itself is the supervisor's explicit choice
(`remember=True`, off by default), marked by a file beside the key: without that mark the keyring is never read.
Which roles may sign is the permission "document.sign" (core/permissions.py); the key itself is "signing.manage".

The same key signs the audit anchors (desktop/audit_anchors.py) when it is open: `sign_anchor`."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from desktop import paths
from desktop.audit_anchors import Anchor
from desktop.clock import to_local, utc_now
from desktop.database import Database
from desktop.errors import StateError, ValidationError
from desktop.models import Branch
from desktop.services.core import audit
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service
from desktop.services.core.permissions import require
from desktop.services.core.validation import clean_text

if TYPE_CHECKING:
    from cryptography import x509

    from desktop.printing import signing

# The key and certificate code (desktop.printing.signing, the cryptography stack) is imported inside each method that
# needs it: building the service at start-up must not pay for it.

KEYRING_OPT_IN = "keyring.optin"
# Why a supervisor replaces the branch key (docs/operations.md, "Rotate"); "other" needs a few words.
ROTATION_REASONS = ("suspected_copy", "passphrase_compromised", "certificate_expiring", "other")
ROTATION_NOTE_MAX = 200


@dataclass(frozen=True)
class SigningStatus:
    has_key: bool
    unlocked: bool
    subject: str
    fingerprint: str
    keyring_available: bool
    # The supervisor chose to keep the passphrase in the OS keyring.
    remembered: bool = False


@dataclass(frozen=True)
class KeyReplacement:
    """What a key replacement did: the certificate now in use and the one it replaced (still trusted)."""

    status: SigningStatus
    old_fingerprint: str
    new_fingerprint: str
    retired_folder: Path


class SigningService(Service):
    def __init__(self, database: Database, folder: Path | None = None) -> None:
        super().__init__(database)
        self._folder = folder or paths.user_data_dir() / "signing"
        self._credentials: signing.BranchCredentials | None = None
        self._lock = threading.Lock()

    @property
    def trust_folder(self) -> Path:
        return self._folder / "trusted"

    def _branch(self, actor: Actor) -> tuple[str, str]:
        with self._reading(actor, "print.documents") as session:
            branch = session.get(Branch, actor.branch_id)
            assert branch is not None
            return branch.code, branch.name

    def status(self, actor: Actor) -> SigningStatus:
        from desktop.printing import signing  # the cryptography stack, on first use

        require(actor, "document.sign")
        self._try_keyring(actor)
        creds = self._credentials
        has_key = signing.has_branch_credentials(self._folder)
        if creds is None and has_key:
            cert = signing.load_trusted_certificates((self._folder / signing.CERT_FILE).read_bytes())[0]
            subject = cert.subject.rfc4514_string()
            from cryptography.hazmat.primitives import hashes

            fingerprint = cert.fingerprint(hashes.SHA256()).hex()
        else:
            subject = creds.subject if creds else ""
            fingerprint = creds.fingerprint if creds else ""
        return SigningStatus(has_key, creds is not None, subject, fingerprint, _keyring_usable(),
                             self._remembered())

    def _remembered(self) -> bool:
        return (self._folder / KEYRING_OPT_IN).exists()

    def _try_keyring(self, actor: Actor | None = None) -> None:
        if self._credentials is not None or not self._remembered():
            return
        from desktop.printing import signing  # the cryptography stack, on first use

        if not signing.has_branch_credentials(self._folder):
            return
        code = self._branch(actor)[0] if actor is not None else self._branch_code()
        passphrase = signing.keyring_passphrase(code)
        if passphrase:
            self._credentials = signing.load_branch_credentials(self._folder, passphrase)

    def _branch_code(self) -> str:
        with self._db.read.begin() as session:
            branch = session.scalars(select(Branch).order_by(Branch.id)).first()
            return branch.code if branch is not None else ""

    def _remember(self, code: str, passphrase: str, remember: bool) -> None:
        """Keep the passphrase in the OS keyring only when the supervisor asked to; otherwise forget any copy."""
        from desktop.printing import signing  # the cryptography stack, on first use
        mark = self._folder / KEYRING_OPT_IN
        if remember:
            if not signing.store_keyring_passphrase(code, passphrase):
                raise StateError("keyring_unavailable", "passphrase")
            self._folder.mkdir(parents=True, exist_ok=True)
            mark.write_text("The branch key passphrase is kept in the OS keyring by the supervisor's choice.\n",
                            encoding="utf-8")
            paths.make_private_file(mark)
        else:
            mark.unlink(missing_ok=True)
            signing.forget_keyring_passphrase(code)

    def create_key(self, actor: Actor, passphrase: str | None = None, *, remember: bool = False) -> SigningStatus:
        """Supervisor: a new ECDSA P-256 key and self-signed certificate under a passphrase of at least 12
        characters (stretched with Argon2id). With remember=True and no passphrase, a random one is made and kept
        in the keyring (refused when there is no keyring)."""
        from desktop.printing import signing  # the cryptography stack, on first use

        require(actor, "signing.manage")
        code, name = self._branch(actor)
        if not passphrase and remember:
            if not _keyring_usable():
                raise StateError("keyring_unavailable", "passphrase")
            passphrase = signing.new_passphrase()
        created = signing.create_branch_credentials(self._folder, code, name, passphrase or "")
        self._remember(code, passphrase or "", remember)
        self._credentials = created
        with self._writing(actor, "signing.manage") as session:
            audit.record(session, actor, "signing.create_key", "branch", actor.branch_id,
                         after={"subject": created.subject, "fingerprint": created.fingerprint,
                                "remembered": remember})
        return self.status(actor)

    def import_pkcs12(self, actor: Actor, p12: bytes, p12_password: str | None, passphrase: str, *,
                      remember: bool = False) -> SigningStatus:
        from desktop.printing import signing  # the cryptography stack, on first use

        require(actor, "signing.manage")
        code, _ = self._branch(actor)
        self._credentials = signing.import_pkcs12(self._folder, p12, p12_password, passphrase, replace=True)
        self._remember(code, passphrase, remember)
        with self._writing(actor, "signing.manage") as session:
            audit.record(session, actor, "signing.import_pkcs12", "branch", actor.branch_id,
                         after={"subject": self._credentials.subject, "fingerprint": self._credentials.fingerprint,
                                "remembered": remember})
        return self.status(actor)

    def replace_key(self, actor: Actor, reason: str, passphrase: str, *, note: str = "", p12: bytes | None = None,
                    p12_password: str | None = None, progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> KeyReplacement:
        """Supervisor: replace the branch key (docs/operations.md, "Rotate"). The old certificate is added to the
        trusted ones (documents and audit anchors it signed keep verifying), the old files go to a dated,
        owner-only `retired` folder, and the new key is installed: created here under `passphrase`, or the
        PKCS#12 from HQ (`p12`) stored under it. Any failure leaves the old key in place and nothing retired.
        The keyring copy of the old passphrase is forgotten; the new key is open for this session."""
        require(actor, "signing.manage")
        from desktop.printing import signing  # the cryptography stack, on first use

        if reason not in ROTATION_REASONS:
            raise ValidationError("rotation_reason_required", "reason")
        note = clean_text(note, "note", max_length=ROTATION_NOTE_MAX, required=reason == "other")
        signing.check_passphrase(passphrase)
        if not signing.has_branch_credentials(self._folder):
            raise StateError("branch_key_missing")
        code, name = self._branch(actor)
        steps = 3

        def step(done: int) -> None:
            if progress is not None:
                progress(done, steps)

        def make_new(staging: Path) -> signing.BranchCredentials:
            if p12 is not None:
                return signing.import_pkcs12(staging, p12, p12_password, passphrase)
            return signing.create_branch_credentials(staging, code, name, passphrase)

        def ready() -> None:
            step(1)
            if cancelled is not None and cancelled():
                raise StateError("key_rotation_cancelled")

        step(0)
        stamp = f"{to_local(utc_now()):%Y-%m-%d_%H%M%S}"
        with self._lock, signing.rotating(self._folder, make_new, stamp, also_retire=(KEYRING_OPT_IN,),
                                          ready=ready) as rotation:
            step(2)
            new = rotation.new
            with self._writing(actor, "signing.manage") as session:
                audit.record(session, actor, "signing.replace_key", "branch", actor.branch_id,
                             before={"fingerprint": rotation.old_fingerprint,
                                     "subject": rotation.old_certificate.subject.rfc4514_string()},
                             after={"fingerprint": new.fingerprint, "subject": new.subject,
                                    "source": "pkcs12" if p12 is not None else "created", "reason": reason,
                                    "note": note, "supervisor": actor.display_name,
                                    "retired": rotation.retired.name})
        # The keyring held the old passphrase (its opt-in mark is in the retired folder now).
        signing.forget_keyring_passphrase(code)
        self._credentials = new
        step(3)
        return KeyReplacement(self.status(actor), rotation.old_fingerprint, new.fingerprint, rotation.retired)

    def unlock(self, actor: Actor, passphrase: str, *, remember: bool = False) -> SigningStatus:
        """Open the key for this session. remember=True (a supervisor's choice) also keeps it in the keyring."""
        from desktop.printing import signing  # the cryptography stack, on first use

        require(actor, "document.sign")
        if remember:
            require(actor, "signing.manage")
        self._credentials = signing.load_branch_credentials(self._folder, passphrase)
        if remember:
            code, _ = self._branch(actor)
            self._remember(code, passphrase, True)
            with self._writing(actor, "signing.manage") as session:
                audit.record(session, actor, "signing.remember_passphrase", "branch", actor.branch_id)
        return self.status(actor)

    def sign_anchor(self, payload: bytes) -> tuple[str, str]:
        """Signature and certificate fingerprint for an audit anchor (the application's own record, not a user's
        document); StateError signing_locked / branch_key_missing when the key is not open."""
        from desktop.printing import signing  # the cryptography stack, on first use

        self._try_keyring()
        if self._credentials is None:
            code = "branch_key_missing" if not signing.has_branch_credentials(self._folder) else "signing_locked"
            raise StateError(code)
        with self._lock:
            return signing.sign_bytes(self._credentials, payload), self._credentials.fingerprint

    def verify_anchor(self, anchor: Anchor) -> str:
        """"valid", "invalid" or "unknown_signer" for a signed anchor, against this PC's trusted certificates."""
        from cryptography.hazmat.primitives import hashes

        from desktop.printing import signing  # the cryptography stack, on first use

        for cert in self.trusted():
            if cert.fingerprint(hashes.SHA256()).hex() == anchor.signer:
                return "valid" if signing.verify_bytes(cert, anchor.payload(), anchor.signature) else "invalid"
        return "unknown_signer"

    def sign(self, actor: Actor, pdf: bytes, reason: str) -> bytes:
        """Signs with the unlocked branch key; StateError("signing_locked") tells the view to ask for it."""
        from desktop.printing import signing  # the cryptography stack, on first use

        require(actor, "document.sign")
        self._try_keyring(actor)
        if self._credentials is None:
            code = "branch_key_missing" if not signing.has_branch_credentials(self._folder) else "signing_locked"
            raise StateError(code)
        _, name = self._branch(actor)
        with self._lock:
            return signing.sign_pdf(pdf, self._credentials, reason=reason, location=name)

    def certificate_pem(self, actor: Actor) -> bytes:
        require(actor, "print.documents")
        from desktop.printing import signing

        return (self._folder / signing.CERT_FILE).read_bytes()

    def trust_certificate(self, actor: Actor, pem: bytes) -> int:
        """HQ side: trust another branch's certificate for verification."""
        from desktop.printing import signing  # the cryptography stack, on first use

        require(actor, "signing.manage")
        added = signing.import_trusted_certificate(self.trust_folder, pem)
        with self._writing(actor, "signing.manage") as session:
            audit.record(session, actor, "signing.trust_certificate", "branch", actor.branch_id,
                         after={"files": [p.name for p in added]})
        return len(added)

    def trusted(self) -> list[x509.Certificate]:
        from desktop.printing import signing

        return signing.trusted_certificates(self._folder)

    def verify(self, pdf: bytes) -> signing.VerifyResult:
        from desktop.printing import signing

        return signing.verify_pdf(pdf, self.trusted())


def _keyring_usable() -> bool:
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    return not isinstance(keyring.get_keyring(), fail.Keyring)
