"""Where resources and user data live; the only module that knows source tree from PyInstaller bundle."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

import platformdirs

from desktop import APP_AUTHOR, APP_NAME

PACKAGE_DIR = Path(__file__).resolve().parent


def frozen() -> bool:
    return getattr(sys, "_MEIPASS", None) is not None


def resource_root() -> Path:
    """The folder holding desktop/migrations/ (the folder above the package, or the bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return PACKAGE_DIR.parent


def resources_dir() -> Path:
    """Fonts, translations, icons and licence notices. The repository keeps them in its top-level resources/
    (translators, designers and the scripts work there); a wheel installs the same folder as desktop/resources
    (setup.py maps it into the package, so no file lands loose in site-packages); the PyInstaller bundle has it
    at its root."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    installed = PACKAGE_DIR / "resources"
    if installed.is_dir():
        return installed
    return PACKAGE_DIR.parent / "resources"


def licenses_dir() -> Path:
    """Licence notices: beside the executables in the frozen build (where the installer also puts them),
    otherwise in the resources."""
    if frozen():
        return Path(sys.executable).resolve().parent / "licenses"
    return resources_dir() / "licenses"


def migrations_dir() -> Path:
    return resource_root() / "desktop" / "migrations"


def cjk_font_path() -> Path:
    """WenQuanYi Micro Hei (Apache-2.0): a TrueType-outline CJK font that ReportLab and Qt both accept."""
    return resources_dir() / "fonts" / "wqy-microhei.ttc"


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def make_private_dir(path: Path, *, own: bool = False) -> Path:
    """Create `path` readable by its owner only (0700 on POSIX). On Windows the per-user folder under
    %LOCALAPPDATA% already inherits an ACL that grants only the user, SYSTEM and administrators.

    Only folders this call creates are tightened, and `path` itself when `own` says it is one of the application's
    own folders (data, logs, backups). A folder that already existed (the folder a database was put in, /tmp) is
    never changed: making a shared folder private locks every other user and program out of it."""
    missing = [p for p in (path, *path.parents) if not p.exists()]
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        for folder in [*missing, *([path] if own else [])]:
            with contextlib.suppress(OSError):  # a folder owned by someone else: leave it, opening will say so
                if not folder.stat().st_mode & 0o1002:  # never a sticky or world-writable folder such as /tmp
                    folder.chmod(0o700)
    return path


def make_private_file(path: Path) -> Path:
    """Database files, backups, logs and exports hold customers' phones: 0600 on POSIX."""
    if os.name == "posix" and path.exists():
        with contextlib.suppress(OSError):
            path.chmod(0o600)
    return path


def user_data_dir() -> Path:
    return make_private_dir(Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)), own=True)


def user_log_dir() -> Path:
    return make_private_dir(Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)), own=True)


def default_database_path() -> Path:
    return user_data_dir() / "service_desk.sqlite3"


def backups_dir() -> Path:
    return make_private_dir(user_data_dir() / "backups", own=True)
