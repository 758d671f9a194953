"""Credentials (issue 17): the password policy, the demo password only in a demo database, a sign-in that costs
the same for an unknown user, the signing key's passphrase and KDF, the keyring only by choice, who may sign, and
`--demo` against a real branch refused without counting a failed sign-in."""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, update

from desktop.database import Database, migrate, open_database, sqlite_url
from desktop.demo.seed import DEMO_PASSWORD
from desktop.errors import AuthenticationError, ValidationError
from desktop.models import AuditLog, User
from desktop.printing import signing
from desktop.services.admin.auth_service import AuthService
from desktop.services.admin.password_policy import MIN_PASSWORD_LENGTH, check_password, common_passwords
from desktop.services.admin.signing_service import KEYRING_OPT_IN, SigningService
from desktop.services.core.permissions import PERMISSIONS, setup_actor
from desktop.services.setup.setup_records import AccountInput, UsersPage
from tests.conftest import FAST_HASHER, actor_for
from tests.services.setup_factories import fill_every_page, setup_service

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def real_branch(tmp_path: Path) -> Database:
    """A branch made by the setup wizard (never the demo seed); its supervisor `boss` chose a password there."""
    database = open_database(sqlite_url(tmp_path / "branch.sqlite3"))
    migrate(database)
    setup = setup_service(database)
    fill_every_page(setup)
    setup.finish(setup_actor())
    yield database
    database.dispose()


# ---- the password policy ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("password", "code"), [
    ("short-1", "password_too_short"),
    ("abcde-123", "password_too_short"),  # 9 characters: the old minimum was 8
    ("          ", "password_blank"),
    ("   \u3000    \t  ", "password_blank"),
    ("xiaoli2026", "password_is_username"),
    ("XIAOLI2026", "password_is_username"),
    ("6202iloaix", "password_is_username"),
    ("password123", "password_common"),
    ("Password123", "password_common"),
    ("qwertyuiop", "password_common"),
    ("woaini1314", "password_common"),
    ("1qaz2wsx3edc", "password_common"),
    ("1234567890", "password_common"),
    ("abc\x00defghijk", "control_characters"),
])
def test_the_password_policy_refuses(sqlite_db: Database, password: str, code: str) -> None:
    auth = AuthService(sqlite_db, FAST_HASHER)
    boss = actor_for(sqlite_db, "admin")
    with pytest.raises(ValidationError) as info:
        auth.create_user(boss, "xiaoli2026", "小李", "clerk", password)
    assert info.value.code == code
    if code == "password_is_username":
        return  # the clerk's own name is another one
    clerk = next(u for u in auth.list_users(boss) if u.username == "clerk")
    with pytest.raises(ValidationError):
        auth.reset_password(boss, clerk.id, password)
    with pytest.raises(ValidationError):
        auth.change_own_password(actor_for(sqlite_db, "clerk"), DEMO_PASSWORD, password)
    # Nothing changed: the clerk still signs in with the old password.
    assert auth.login("clerk", DEMO_PASSWORD).username == "clerk"


def test_good_passwords_pass_and_the_list_ships(sqlite_db: Database) -> None:
    assert MIN_PASSWORD_LENGTH == 10
    assert len(common_passwords()) >= 500
    assert (ROOT / "resources" / "security" / "common_passwords.txt").is_file()
    for good in ("晴天维修-2026年", "Anyang-2026-boss", "correct horse battery 9"):
        check_password(good, "xiaoli")
    auth = AuthService(sqlite_db, FAST_HASHER)
    auth.create_user(actor_for(sqlite_db, "admin"), "xiaoli", "小李", "clerk", "晴天维修-2026年")
    assert auth.login("xiaoli", "晴天维修-2026年").username == "xiaoli"


def test_the_setup_wizards_passwords_follow_the_policy(tmp_path: Path) -> None:
    database = open_database(sqlite_url(tmp_path / "new.sqlite3"))
    migrate(database)
    setup = setup_service(database)
    for weak in ("start2026", "          ", "boss", "password123"):
        with pytest.raises(ValidationError):
            setup.save_page(setup_actor(), UsersPage(AccountInput("boss", "王主管", "supervisor", password=weak), ()))
    assert setup.needs_setup(setup_actor())
    database.dispose()


# ---- the demo password and --demo ------------------------------------------------------------------------------


def test_the_demo_password_works_in_a_demo_database_only(sqlite_db: Database, real_branch: Database) -> None:
    assert AuthService(sqlite_db, FAST_HASHER).is_demo_database()
    assert AuthService(sqlite_db, FAST_HASHER).login("admin", DEMO_PASSWORD).role == "supervisor"
    auth = AuthService(real_branch, FAST_HASHER)
    assert not auth.is_demo_database()
    # Someone stored the demo password's hash for a user of the real branch (a copied row, an old version).
    with real_branch.write.begin() as session:
        session.execute(update(User).where(User.username == "boss")
                        .values(password_hash=FAST_HASHER.hash(DEMO_PASSWORD)))
    with pytest.raises(AuthenticationError):
        auth.login("boss", DEMO_PASSWORD)


def test_demo_against_a_real_branch_is_refused_with_a_message(real_branch: Database, monkeypatch: Any,
                                                              qapp: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop import app as app_module

    path = real_branch.sqlite_path
    real_branch.dispose()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a, **k: shown.append(text)))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    args = app_module.parse_args(["--demo", "--database", str(path), "--lang", "en"])
    assert app_module.run_gui(args, Path("/dev/null")) == 2
    assert shown and "demo" in shown[0].lower()
    with real_branch.read.begin() as session:
        admin = session.scalars(select(User).where(User.username == "boss")).one()
        failed = session.scalar(select(AuditLog.id).where(AuditLog.action == "user.login_failed"))
    assert admin.failed_attempts == 0 and failed is None


# ---- an unknown user costs one hash, like a known one ----------------------------------------------------------


class CountingHasher(PasswordHasher):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.verified = 0

    def verify(self, hash: Any, password: Any) -> bool:
        self.verified += 1
        return super().verify(hash, password)


def test_an_unknown_user_costs_one_password_hash(sqlite_db: Database) -> None:
    hasher = CountingHasher(time_cost=1, memory_cost=1024, parallelism=1)
    auth = AuthService(sqlite_db, hasher)
    for username in ("nobody", "clerk"):
        hasher.verified = 0
        with pytest.raises(AuthenticationError):
            auth.login(username, "not-the-password-1")
        assert hasher.verified == 1, username
    # An inactive user too.
    with sqlite_db.write.begin() as session:
        session.execute(update(User).where(User.username == "engineer").values(active=False))
    hasher.verified = 0
    with pytest.raises(AuthenticationError):
        auth.login("engineer", DEMO_PASSWORD)
    assert hasher.verified == 1


def test_unknown_and_known_user_sign_ins_take_comparable_time(sqlite_db: Database) -> None:
    """Measured with a real (if lighter than production) Argon2 cost; before, unknown users answered 340-1000x
    faster. benchmarks/bench_credentials.py prints the ratio at the production cost."""
    auth = AuthService(sqlite_db, PasswordHasher(time_cost=2, memory_cost=16 * 1024, parallelism=1))
    with sqlite_db.write.begin() as session:
        session.execute(update(User).where(User.username == "clerk")
                        .values(password_hash=auth.hash_password("Right-2026-pw")))

    def median(username: str) -> float:
        times = []
        for _ in range(5):
            started = time.perf_counter()
            with pytest.raises(AuthenticationError):
                auth.login(username, "wrong-2026-pw")
            times.append(time.perf_counter() - started)
        with sqlite_db.write.begin() as session:  # keep the clerk below the lock-out
            session.execute(update(User).where(User.username == "clerk").values(failed_attempts=0))
        return statistics.median(times)

    known, unknown = median("clerk"), median("nobody-at-all")
    print(f"\nsign-in: known user {known * 1000:.1f} ms, unknown user {unknown * 1000:.1f} ms "
          f"(ratio {unknown / known:.2f})")
    assert unknown > 0.3 * known


# ---- the signing key -------------------------------------------------------------------------------------------


class MemoryKeyring:
    """An in-memory keyring backend (the real one on Windows is the Credential Manager)."""

    priority = 1

    def __init__(self) -> None:
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, user: str) -> str | None:
        return self.store.get((service, user))

    def set_password(self, service: str, user: str, password: str) -> None:
        self.store[(service, user)] = password

    def delete_password(self, service: str, user: str) -> None:
        self.store.pop((service, user), None)


@pytest.fixture
def keyring_backend(monkeypatch: Any) -> MemoryKeyring:
    import keyring
    from keyring.backend import KeyringBackend

    class Backend(KeyringBackend):
        priority = 1  # type: ignore[assignment]
        memory = MemoryKeyring()

        def get_password(self, service: str, username: str) -> str | None:
            return self.memory.get_password(service, username)

        def set_password(self, service: str, username: str, password: str) -> None:
            self.memory.set_password(service, username, password)

        def delete_password(self, service: str, username: str) -> None:
            self.memory.delete_password(service, username)

    backend = Backend()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield Backend.memory
    keyring.set_keyring(previous)


def test_the_passphrase_needs_12_characters(sqlite_db: Database, tmp_path: Path) -> None:
    service = SigningService(sqlite_db, folder=tmp_path / "signing")
    boss = actor_for(sqlite_db, "admin")
    with pytest.raises(ValidationError) as info:
        service.create_key(boss, "eleven-char")
    assert info.value.code == "passphrase_too_short" and info.value.params["minimum"] == 12
    assert not signing.has_branch_credentials(tmp_path / "signing")
    assert service.create_key(boss, "twelve-chars").has_key


def test_the_key_is_stretched_with_argon2id_and_old_keys_are_upgraded(sqlite_db: Database, tmp_path: Path) -> None:
    import json

    folder = tmp_path / "signing"
    SigningService(sqlite_db, folder=folder).create_key(actor_for(sqlite_db, "admin"), "branch-pass-2026")
    parameters = json.loads((folder / signing.KDF_FILE).read_text())
    assert parameters["kdf"] == "argon2id" and parameters["m"] >= 65536 and parameters["t"] >= 3
    started = time.perf_counter()
    with pytest.raises(ValidationError):
        signing.load_branch_credentials(folder, "a-wrong-guess-123")
    guess = time.perf_counter() - started
    print(f"\none wrong passphrase guess: {guess * 1000:.0f} ms")
    assert guess > 0.02  # the PBKDF2 of the PKCS#8 file alone allowed ~1,100-3,000 guesses/s
    # A key written before the stretch opens with the passphrase itself and is re-stored under Argon2id.
    legacy = tmp_path / "legacy"
    credentials = signing.load_branch_credentials(folder, "branch-pass-2026")
    from cryptography.hazmat.primitives import serialization

    legacy.mkdir()
    (legacy / signing.KEY_FILE).write_bytes(credentials.private_key.private_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"branch-pass-2026")))
    (legacy / signing.CERT_FILE).write_bytes((folder / signing.CERT_FILE).read_bytes())
    assert signing.load_branch_credentials(legacy, "branch-pass-2026").fingerprint == credentials.fingerprint
    assert (legacy / signing.KDF_FILE).exists()
    assert signing.load_branch_credentials(legacy, "branch-pass-2026").fingerprint == credentials.fingerprint


def test_the_keyring_holds_the_passphrase_only_by_the_supervisors_choice(sqlite_db: Database, tmp_path: Path,
                                                                        keyring_backend: MemoryKeyring) -> None:
    boss = actor_for(sqlite_db, "admin")
    folder = tmp_path / "signing"
    SigningService(sqlite_db, folder=folder).create_key(boss, "branch-pass-2026")
    assert keyring_backend.store == {}
    assert not (folder / KEYRING_OPT_IN).exists()
    later = SigningService(sqlite_db, folder=folder)
    assert not later.status(boss).unlocked  # nothing opens the key by itself
    # A copy left in the keyring by an older version is not used without the choice.
    keyring_backend.store[(signing.KEYRING_SERVICE, "AY01")] = "branch-pass-2026"
    assert not SigningService(sqlite_db, folder=folder).status(boss).unlocked
    # The supervisor chooses to remember it: a later start opens the key.
    status = later.unlock(boss, "branch-pass-2026", remember=True)
    assert status.remembered and (folder / KEYRING_OPT_IN).exists()
    assert SigningService(sqlite_db, folder=folder).status(boss).unlocked
    # Only a supervisor may make that choice.
    with pytest.raises(Exception) as info:
        SigningService(sqlite_db, folder=folder).unlock(actor_for(sqlite_db, "clerk"), "branch-pass-2026",
                                                        remember=True)
    assert getattr(info.value, "code", "") == "permission_denied"


def test_who_may_sign_is_in_the_permission_table_and_documented() -> None:
    assert "document.sign" in PERMISSIONS
    doc = (ROOT / "docs" / "operations.md").read_text(encoding="utf-8")
    assert "document.sign" in doc
    for role in sorted(PERMISSIONS["document.sign"]):
        assert role in doc
