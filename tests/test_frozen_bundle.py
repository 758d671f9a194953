"""The PyInstaller build: one folder, two executables, resources inside, licence notices beside the executables, and
the frozen console self-check passing.

Marker `frozen` (left out of a plain `pytest` run): .ci/run and the Windows workflow build once and point
SERVICE_DESK_FROZEN_DIST at the folder; without it this builds into a temporary folder (about a minute)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__

pytestmark = [pytest.mark.frozen, pytest.mark.timeout(1800)]

ROOT = Path(__file__).resolve().parent.parent
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
NOTICES = ("Qt-PySide6-LGPL-3.0.txt", "Tabler-Icons-MIT.txt", "WenQuanYi-Micro-Hei-Apache-2.0.txt",
           "THIRD-PARTY-NOTICES.txt")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("SERVICE_DESK_FROZEN_DIST")
    if given:
        folder = Path(given)
        assert folder.is_dir(), f"SERVICE_DESK_FROZEN_DIST={given} is not a folder"
        return folder
    work = tmp_path_factory.mktemp("pyinstaller")
    done = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath",
                           str(work / "dist"), "--workpath", str(work / "work"), str(ROOT / "build.spec")],
                          cwd=ROOT, capture_output=True, text=True, timeout=1500)
    assert done.returncode == 0, done.stderr[-4000:]
    return work / "dist" / "service-desk"


def _run(bundle: Path, program: str, *args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "LOCALAPPDATA": str(tmp_path / "local")}
    return subprocess.run([str(bundle / f"{program}{EXE_SUFFIX}"), *args], cwd=tmp_path, capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=300)


def test_one_folder_holds_both_executables(bundle: Path) -> None:
    for program in ("service-desk", "service-desk-cli"):
        exe = bundle / f"{program}{EXE_SUFFIX}"
        assert exe.is_file(), f"{exe.name} is missing from {bundle}"
        assert os.access(exe, os.X_OK)
    # A shared folder, not two bundles: one copy of Qt, next to both.
    assert len([p for p in bundle.rglob("*Qt6Core*") if not p.is_symlink()]) == 1


def test_licence_notices_lie_beside_the_executables(bundle: Path) -> None:
    folder = bundle / "licenses"
    assert sorted(p.name for p in folder.glob("*.txt")) == sorted(NOTICES)
    qt = (folder / "Qt-PySide6-LGPL-3.0.txt").read_text(encoding="utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in qt and "GNU GENERAL PUBLIC LICENSE" in qt
    assert "Apache License" in (folder / "WenQuanYi-Micro-Hei-Apache-2.0.txt").read_text(encoding="utf-8")
    third = (folder / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    for package in ("PySide6_Essentials", "shiboken6", "SQLAlchemy", "alembic", "reportlab", "pyHanko", "openpyxl",
                    "psycopg", "cryptography", "phonenumbers", "keyring", "Python "):
        assert f"\n  {package}" in third, f"{package} is not in the third-party list"


def test_resources_are_inside_the_bundle(bundle: Path) -> None:
    [resources] = [p for p in bundle.rglob("resources") if (p / "fonts").is_dir()]
    for relative in ("fonts/wqy-microhei.ttc", "i18n/app_zh_CN.qm", "icons/app.png", "icons/app.ico",
                     "licenses/Qt-PySide6-LGPL-3.0.txt", "licenses/Tabler-Icons-MIT.txt", "icons/tabler/book.svg",
                     "help/guide_zh_CN.md", "help/guide_en.md", "help/images/en/area-intake.png"):
        assert (resources / relative).is_file(), relative
    assert list(bundle.rglob("migrations/versions/0001_initial_schema.py"))
    # Qt's own dialogs (file dialogs, OK/Cancel) in Chinese: desktop/i18n.py loads qtbase from Qt's folder.
    assert list(bundle.rglob("qtbase_zh_CN.qm")), "qtbase_zh_CN.qm is missing from the bundle"


def test_the_frozen_console_passes_its_self_check(bundle: Path, tmp_path: Path) -> None:
    result = _run(bundle, "service-desk-cli", "--self-check", "--database", str(tmp_path / "check.sqlite3"),
                  tmp_path=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "translations: ok" in result.stdout
    assert "THIRD-PARTY-NOTICES.txt" in result.stdout
    assert (tmp_path / "check.sqlite3").is_file()
    # The password helper is spawned from the frozen executable itself (freeze_support in the entry scripts).
    assert "password helper: ok" in result.stdout, result.stdout + result.stderr


def test_the_frozen_console_lists_its_commands_and_version(bundle: Path, tmp_path: Path) -> None:
    result = _run(bundle, "service-desk-cli", "--help", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    for command in ("verify", "export", "hq-merge", "audit-check", "--self-check"):
        assert command in result.stdout
    version = _run(bundle, "service-desk-cli", "--version", tmp_path=tmp_path)
    assert version.stdout.strip() == f"service-desk-cli {__version__}"


@pytest.mark.skipif(sys.platform != "win32", reason="version resources exist only in Windows executables")
def test_both_executables_carry_the_package_version(bundle: Path) -> None:
    from PyInstaller.utils.win32.versioninfo import read_version_info_from_executable

    for program in ("service-desk", "service-desk-cli"):
        info = read_version_info_from_executable(str(bundle / f"{program}.exe"))
        assert info is not None, program
        strings = {s.name: s.val for table in info.kids[0].kids for s in table.kids}
        assert strings["FileVersion"] == strings["ProductVersion"] == __version__
