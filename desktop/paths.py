"""Where resources and user data live; the only module that knows source tree from PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

from desktop import APP_AUTHOR, APP_NAME


def resource_root() -> Path:
    """The folder holding resources/ and desktop/migrations/ (repository root, or the bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return resource_root() / "resources"


def migrations_dir() -> Path:
    return resource_root() / "desktop" / "migrations"


def cjk_font_path() -> Path:
    """WenQuanYi Micro Hei (Apache-2.0): a TrueType-outline CJK font that ReportLab and Qt both accept."""
    return resources_dir() / "fonts" / "wqy-microhei.ttc"


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def user_data_dir() -> Path:
    path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_log_dir() -> Path:
    path = Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return user_data_dir() / "service_desk.sqlite3"


def backups_dir() -> Path:
    path = user_data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path
