"""The rules for a user's password, in one place (the users dialog, the first-run dialog and the set-up wizard all
come through AuthService, which calls `check_password`).

At least 10 characters; not only spaces; not the user name (nor the name reversed, or with its case changed); not on
the list of passwords guessed first (resources/security/common_passwords.txt); no control characters or broken
Unicode. Letters-only or digits-only passwords are refused too (password_too_simple). The demo accounts' published
password is not a user password: AuthService accepts it only in a demo database.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from desktop import paths
from desktop.errors import ValidationError

MIN_PASSWORD_LENGTH = 10


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    path = paths.resources_dir() / "security" / "common_passwords.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(line.strip().casefold() for line in lines if line.strip() and not line.startswith("#"))


def check_password(password: str, username: str = "", field: str = "password") -> None:
    """Raise ValidationError(code, field) for a password that must not be set; codes: password_too_short,
    password_blank, password_is_username, password_common, password_too_simple, control_characters."""
    if not password.strip():
        raise ValidationError("password_blank", field)
    for ch in password:
        if unicodedata.category(ch) in ("Cc", "Cs"):
            raise ValidationError("control_characters", field)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("password_too_short", field, min_length=MIN_PASSWORD_LENGTH)
    folded = password.strip().casefold()
    name = username.strip().casefold()
    if name and folded in (name, name[::-1]):
        raise ValidationError("password_is_username", field)
    if folded in common_passwords():
        raise ValidationError("password_common", field)
    if password.isdigit() or password.isalpha():
        raise ValidationError("password_too_simple", field)
