"""build.spec describes one folder with two executables (the window without a console, the console commands with
one), each with a version resource equal to the package version; the licence notices go with them.

These read the spec and the helpers it uses; tests/test_frozen_bundle.py inspects a real build."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from desktop import __version__
from installer.windows_version import version_file_text, version_tuple, write_version_file

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"


def _calls(tree: ast.AST, name: str) -> list[ast.Call]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
            and n.func.id == name]


def _constants(tree: ast.Module) -> dict[str, object]:
    values: dict[str, object] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                values[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                continue
    return values


def _keyword(call: ast.Call, name: str) -> ast.expr:
    [value] = [k.value for k in call.keywords if k.arg == name]
    return value


def test_the_spec_builds_a_windowed_and_a_console_executable_into_one_folder() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    constants = _constants(tree)
    exes = {}
    for call in _calls(tree, "EXE"):
        name = constants[_keyword(call, "name").id]  # type: ignore[attr-defined]
        exes[name] = call
    assert set(exes) == {"service-desk", "service-desk-cli"}
    assert ast.literal_eval(_keyword(exes["service-desk"], "console")) is False
    assert ast.literal_eval(_keyword(exes["service-desk-cli"], "console")) is True
    for call in exes.values():
        # Each executable is a stub in the shared folder, carries a version resource and the icon.
        assert ast.literal_eval(_keyword(call, "exclude_binaries")) is True
        assert isinstance(_keyword(call, "version"), ast.Call)
        assert isinstance(_keyword(call, "icon"), ast.Call)
    [collect] = _calls(tree, "COLLECT")
    assert len([a for a in collect.args if isinstance(a, ast.Name)
                and any(a.id == t.targets[0].id for t in tree.body if isinstance(t, ast.Assign)
                        and isinstance(t.value, ast.Call) and getattr(t.value.func, "id", "") == "EXE")]) == 2
    # Each executable runs its own entry: the window's and the console's.
    source = SPEC.read_text(encoding="utf-8")
    assert "scripts_for(GUI_ENTRY)" in source and "scripts_for(CLI_ENTRY)" in source
    for entry, target in (("entry_gui.py", "desktop.app import main"), ("entry_cli.py", "desktop.cli import main")):
        assert target in (ROOT / "installer" / entry).read_text(encoding="utf-8")


@pytest.mark.parametrize(("version", "expected"), [("0.1.0", (0, 1, 0, 0)), ("2.10.3.7", (2, 10, 3, 7)),
                                                   ("1.4rc2", (1, 4, 0, 0)), ("3.0.1.dev5", (3, 0, 1, 0))])
def test_windows_version_numbers(version: str, expected: tuple[int, int, int, int]) -> None:
    assert version_tuple(version) == expected


def test_the_version_resource_is_the_package_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import PyInstaller.compat

    # PyInstaller's parser module imports the Windows API binding for writing resources, which this check never
    # does; elsewhere than Windows the name is simply absent.
    monkeypatch.setattr(PyInstaller.compat, "win32api", getattr(PyInstaller.compat, "win32api", None), raising=False)
    from PyInstaller.utils.win32.versioninfo import load_version_info_from_text_file

    path = write_version_file(tmp_path, __version__, "service-desk-cli", "console")
    info = load_version_info_from_text_file(str(path))
    strings = {s.name: s.val for table in info.kids[0].kids for s in table.kids}
    assert strings["FileVersion"] == strings["ProductVersion"] == __version__
    assert strings["OriginalFilename"] == "service-desk-cli.exe"
    numbers = version_tuple(__version__)
    assert (info.ffi.fileVersionMS, info.ffi.fileVersionLS) == ((numbers[0] << 16) | numbers[1],
                                                               (numbers[2] << 16) | numbers[3])
    assert info.toRaw()  # the binary resource written into the .exe
    assert "0.1.0" in version_file_text("0.1.0", "x", "y")


def test_the_package_the_spec_and_the_installed_metadata_share_one_version() -> None:
    import importlib.metadata
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in config["project"]["dynamic"]
    assert config["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "desktop.__version__"}
    assert "from desktop import __version__" in SPEC.read_text(encoding="utf-8")
    assert importlib.metadata.version("branch-service-desk") == __version__
