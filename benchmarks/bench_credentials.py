"""What a guess costs (issue 17, Credentials): the branch key's passphrase and the sign-in.

    python benchmarks/bench_credentials.py [--seconds 3]

Prints, per core:
- passphrase guesses per second against the branch key file: as stored before (PKCS#8 with its own PBKDF2 only)
  and now (Argon2id stretch, desktop/printing/signing.KDF_PARAMETERS, then the same PKCS#8);
- sign-in time with the production Argon2 parameters for a known user with a wrong password and for an unknown user
  name (median of 7), and their ratio (before: the unknown user answered 340-1000x faster).
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def guesses_per_second(try_once, seconds: float) -> float:  # type: ignore[no-untyped-def]
    count, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds or count < 3:
        try_once()
        count += 1
    return count / (time.perf_counter() - started)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    from desktop.errors import ValidationError
    from desktop.printing import signing

    passphrase = "branch-pass-2026"
    key = ec.generate_private_key(ec.SECP256R1())
    legacy_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                   serialization.BestAvailableEncryption(passphrase.encode()))

    def legacy_guess() -> None:
        with contextlib.suppress(ValueError):
            serialization.load_pem_private_key(legacy_pem, b"wrong-guess-123")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        signing.create_branch_credentials(folder, "AY01", "安阳", passphrase)

        def stretched_guess() -> None:
            with contextlib.suppress(ValidationError):
                signing.load_branch_credentials(folder, "wrong-guess-123")

        before = guesses_per_second(legacy_guess, args.seconds)
        after = guesses_per_second(stretched_guess, args.seconds)
    print(f"branch key passphrase, guesses per second per core: before {before:,.0f}, now {after:,.1f} "
          f"({before / after:,.0f}x more expensive)")

    from argon2 import PasswordHasher

    from desktop.database import migrate, open_database, sqlite_url
    from desktop.demo.seed import seed_branch
    from desktop.errors import AuthenticationError
    from desktop.services.admin.auth_service import AuthService

    with tempfile.TemporaryDirectory() as tmp:
        database = open_database(sqlite_url(Path(tmp) / "bench.sqlite3"))
        migrate(database)
        seed_branch(database, demo=True, hasher=PasswordHasher())
        auth = AuthService(database)  # production Argon2 parameters

        def median(username: str) -> float:
            times = []
            for _ in range(7):
                started = time.perf_counter()
                with contextlib.suppress(AuthenticationError):
                    auth.login(username, "wrong-password-1")
                times.append(time.perf_counter() - started)
                if username == "clerk":
                    from sqlalchemy import update

                    from desktop.models import User

                    with database.write.begin() as session:
                        session.execute(update(User).values(failed_attempts=0, locked_until=None))
            return statistics.median(times)

        known, unknown = median("clerk"), median("no-such-user")
        database.dispose()
    print(f"sign-in with a wrong password: known user {known * 1000:.1f} ms, unknown user {unknown * 1000:.1f} ms, "
          f"ratio unknown/known {unknown / known:.2f} (target ~1; before 1/340-1/1000)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
