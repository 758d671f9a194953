"""`pip install .` (a wheel, not the editable source tree) brings the font, translations, icons and licence notices,
and `service-desk-cli --self-check` of the installed copy finds them there."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# What a wheel is built from: the package, the resources it maps in, and the build description.
SOURCES = ("desktop", "resources", "pyproject.toml", "setup.py", "README.md")
RUNTIME_FILES = ("desktop/resources/fonts/wqy-microhei.ttc", "desktop/resources/i18n/app_zh_CN.qm",
                 "desktop/resources/icons/app.png", "desktop/resources/licenses/Qt-PySide6-LGPL-3.0.txt",
                 "desktop/resources/licenses/WenQuanYi-Micro-Hei-Apache-2.0.txt",
                 "desktop/resources/licenses/Tabler-Icons-MIT.txt", "desktop/resources/icons/tabler/book.svg",
                 "desktop/resources/help/guide_zh_CN.md", "desktop/resources/help/guide_en.md",
                 "desktop/resources/help/images/zh_CN/area-intake.png",
                 "desktop/migrations/versions/0001_initial_schema.py")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Built from a copy: an in-tree build would leave build/ and *.egg-info in the checkout under test.
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    for name in SOURCES:
        origin = ROOT / name
        if origin.is_dir():
            shutil.copytree(origin, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            source.mkdir(exist_ok=True)
            shutil.copy2(origin, source / name)
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(work / "dist"),
                           str(source)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    [built] = (work / "dist").glob("*.whl")
    return built


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_the_wheel_carries_what_the_program_reads(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [name for name in RUNTIME_FILES if name not in names]
    assert missing == []
    # Sources of the translations are not run-time files; nothing lands loose at the top of site-packages.
    assert not any(n.endswith((".ts", ".json")) and n.startswith("desktop/resources/") for n in names)
    assert {n.split("/")[0] for n in names} == {"desktop", wheel.name.split("-")[0] + "-" +
                                                wheel.name.split("-")[1] + ".dist-info"}


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_self_check_of_the_installed_wheel_uses_its_own_resources(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    done = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site),
                           str(wheel)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    script = site / "bin" / "service-desk-cli"
    if not script.exists():  # Windows: a launcher .exe under Scripts
        script = next((site / "Scripts").glob("service-desk-cli*"))
    # The dependencies come from this environment; `desktop` must come from the installed copy, not the checkout.
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen",
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_STATE_HOME": str(tmp_path / "state")}
    command = [str(script)] if script.suffix == ".exe" else [sys.executable, str(script)]
    result = subprocess.run([*command, "--self-check", "--database", str(tmp_path / "check.sqlite3")],
                            cwd=tmp_path, capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"resources: {site / 'desktop' / 'resources'}" in result.stdout
    assert "translations: ok" in result.stdout
    assert "ui font: WenQuanYi Micro Hei" in result.stdout
    assert "Qt-PySide6-LGPL-3.0.txt" in result.stdout
