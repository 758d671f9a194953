"""The branch's signing key for issued PDFs: create or import it, unlock it once per session, sign, verify.

The unlocked key lives only in this process's memory. The passphrase comes from the OS keyring where one
exists (Windows Credential Manager), otherwise a supervisor types it once per session."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from desktop import paths
from desktop.database import Database
from desktop.errors import StateError
from desktop.models import Branch
from desktop.printing import signing
from desktop.services.core import audit
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service
from desktop.services.core.permissions import require


@dataclass(frozen=True)
class SigningStatus:
    has_key: bool
    unlocked: bool
    subject: str
    fingerprint: str
    keyring_available: bool


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
        require(actor, "print.documents")
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
        code, _ = self._branch(actor)
        return SigningStatus(has_key, creds is not None, subject, fingerprint,
                             signing.keyring_passphrase(code) is not None or _keyring_usable())

    def _try_keyring(self, actor: Actor) -> None:
        if self._credentials is not None or not signing.has_branch_credentials(self._folder):
            return
        code, _ = self._branch(actor)
        passphrase = signing.keyring_passphrase(code)
        if passphrase:
            self._credentials = signing.load_branch_credentials(self._folder, passphrase)

    def create_key(self, actor: Actor, passphrase: str | None = None) -> SigningStatus:
        """Supervisor: a new ECDSA P-256 key and self-signed certificate. Without a passphrase a random one
        goes to the keyring (refused when there is no keyring: someone must then choose one)."""
        require(actor, "signing.manage")
        code, name = self._branch(actor)
        if passphrase is None:
            if not _keyring_usable():
                raise StateError("keyring_unavailable", "passphrase")
            passphrase = signing.new_passphrase()
            created = signing.create_branch_credentials(self._folder, code, name, passphrase)
            signing.store_keyring_passphrase(code, passphrase)
        else:
            created = signing.create_branch_credentials(self._folder, code, name, passphrase)
            signing.store_keyring_passphrase(code, passphrase)
        self._credentials = created
        with self._writing(actor, "signing.manage") as session:
            audit.record(session, actor, "signing.create_key", "branch", actor.branch_id,
                         after={"subject": created.subject, "fingerprint": created.fingerprint})
        return self.status(actor)

    def import_pkcs12(self, actor: Actor, p12: bytes, p12_password: str | None, passphrase: str) -> SigningStatus:
        require(actor, "signing.manage")
        code, _ = self._branch(actor)
        self._credentials = signing.import_pkcs12(self._folder, p12, p12_password, passphrase, replace=True)
        signing.store_keyring_passphrase(code, passphrase)
        with self._writing(actor, "signing.manage") as session:
            audit.record(session, actor, "signing.import_pkcs12", "branch", actor.branch_id,
                         after={"subject": self._credentials.subject, "fingerprint": self._credentials.fingerprint})
        return self.status(actor)

    def unlock(self, actor: Actor, passphrase: str) -> SigningStatus:
        require(actor, "print.documents")
        self._credentials = signing.load_branch_credentials(self._folder, passphrase)
        return self.status(actor)

    def sign(self, actor: Actor, pdf: bytes, reason: str) -> bytes:
        """Signs with the unlocked branch key; StateError("signing_locked") tells the view to ask for it."""
        require(actor, "print.documents")
        self._try_keyring(actor)
        if self._credentials is None:
            code = "branch_key_missing" if not signing.has_branch_credentials(self._folder) else "signing_locked"
            raise StateError(code)
        _, name = self._branch(actor)
        with self._lock:
            return signing.sign_pdf(pdf, self._credentials, reason=reason, location=name)

    def certificate_pem(self, actor: Actor) -> bytes:
        require(actor, "print.documents")
        return (self._folder / signing.CERT_FILE).read_bytes()

    def trust_certificate(self, actor: Actor, pem: bytes) -> int:
        """HQ side: trust another branch's certificate for verification."""
        require(actor, "signing.manage")
        added = signing.import_trusted_certificate(self.trust_folder, pem)
        with self._writing(actor, "signing.manage") as session:
            audit.record(session, actor, "signing.trust_certificate", "branch", actor.branch_id,
                         after={"files": [p.name for p in added]})
        return len(added)

    def trusted(self) -> list:  # type: ignore[type-arg]
        return signing.trusted_certificates(self._folder)

    def verify(self, pdf: bytes) -> signing.VerifyResult:
        return signing.verify_pdf(pdf, self.trusted())


def _keyring_usable() -> bool:
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    return not isinstance(keyring.get_keyring(), fail.Keyring)
