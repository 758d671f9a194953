"""The Inno Setup script (compiled on Windows by .github/workflows/windows.yml): per-user or per-machine, Start-menu
and desktop shortcuts, licence notices beside the executables, an uninstaller that keeps the branch's data.

Inno Setup runs only on Windows; here the script is read as Inno Setup reads it (sections, `Key: value;` entries)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ISS = ROOT / "installer" / "service-desk.iss"


def _sections() -> dict[str, list[str]]:
    text = ISS.read_text(encoding="utf-8-sig")
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        match = re.fullmatch(r"\[(\w+)\]", line)
        if match:
            current = match.group(1)
            sections.setdefault(current, [])
            continue
        sections.setdefault(current, []).append(line)
    return sections


def _setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in _sections()["Setup"])


def _entries(section: str) -> list[dict[str, str]]:
    entries = []
    for line in _sections().get(section, []):
        entry = {}
        for part in re.findall(r'(\w+):\s*("[^"]*"|[^;]+)', line):
            entry[part[0]] = part[1].strip().strip('"')
        entries.append(entry)
    return entries


def test_the_script_is_utf8_with_a_byte_order_mark() -> None:
    # Without the mark Inno Setup reads the file in the build machine's ANSI code page and garbles the Chinese.
    assert ISS.read_bytes().startswith(b"\xef\xbb\xbf")


def test_installs_per_user_or_per_machine() -> None:
    setup = _setup()
    assert setup["PrivilegesRequired"] == "lowest"
    assert "dialog" in setup["PrivilegesRequiredOverridesAllowed"].split()
    # {autopf}: Program Files for all users, the user's own Programs folder otherwise.
    assert setup["DefaultDirName"].startswith("{autopf}")
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", setup["AppId"])


def test_start_menu_and_desktop_shortcuts_open_the_window() -> None:
    icons = _entries("Icons")
    program = [i for i in icons if i["Filename"] == "{app}\\{#GuiExe}"]
    assert {i["Name"].split("\\")[0] for i in program} == {"{autoprograms}", "{autodesktop}"}
    assert "GuiExe \"service-desk.exe\"" in ISS.read_text(encoding="utf-8-sig")


def test_the_licence_notices_are_installed_beside_the_executables() -> None:
    files = _entries("Files")
    assert any(f["Source"] == "{#DistDir}\\licenses\\*" and f["DestDir"] == "{app}\\licenses" for f in files)
    everything = [f for f in files if f["Source"] == "{#DistDir}\\*"]
    assert everything and everything[0]["DestDir"] == "{app}" and "recursesubdirs" in everything[0]["Flags"]


def test_the_default_build_folder_is_the_spec_output() -> None:
    text = ISS.read_text(encoding="utf-8-sig")
    assert '#define DistDir "..\\dist\\service-desk"' in text
    assert 'APP_FOLDER = "service-desk"' in (ROOT / "build.spec").read_text(encoding="utf-8")


@pytest.mark.parametrize("data_root", ["{localappdata}", "{userappdata}", "{commonappdata}", "{%LOCALAPPDATA"])
def test_the_uninstaller_never_deletes_the_users_data(data_root: str) -> None:
    for section in ("UninstallDelete", "InstallDelete", "UninstallRun"):
        for line in _sections().get(section, []):
            assert data_root.lower() not in line.lower(), line
    code = "\n".join(_sections().get("Code", []))
    assert "DelTree" not in code and "DeleteFile" not in code
