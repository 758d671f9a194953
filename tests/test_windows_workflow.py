"""The Windows CI workflow is committed and documented: install, tests, PyInstaller, Inno Setup, the frozen
self-check, in that order, on windows-latest. (It runs on GitHub's Windows runners; here it is read.)"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"


def _run_lines() -> list[str]:
    return [line.strip() for line in WORKFLOW.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.strip().startswith("#")]


def test_the_workflow_runs_on_windows_and_does_every_step_in_order() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert re.search(r"^\s+runs-on:\s*windows-latest\s*$", text, re.MULTILINE)
    assert 'python-version: "3.11"' in text
    lines = _run_lines()
    steps = [r'pip install -e "\.\[test,build\]"', r"-m pytest$", r"pyinstaller .*build\.spec",
             r"pytest -m frozen", r"service-desk-cli\.exe --self-check", r"installer\\service-desk\.iss",
             r"unins000\.exe"]
    positions = []
    for pattern in steps:
        found = [i for i, line in enumerate(lines) if re.search(pattern, line)]
        assert found, f"no step matches {pattern}"
        positions.append(found[0])
    assert positions == sorted(positions), dict(zip(steps, positions))
    # Every native command's failure stops the job (PowerShell does not by itself).
    native = [i for i, line in enumerate(lines) if re.search(r"(\.venv\\Scripts\\|\.exe|& \$iscc)", line)
              and not re.match(r"(-\s+)?\w+:|if |foreach|\$|Start-Process|Get-ChildItem", line)]
    assert native and all(lines[i + 1].startswith("if ($LASTEXITCODE -ne 0)") for i in native), \
        [lines[i] for i in native if not lines[i + 1].startswith("if ($LASTEXITCODE")]


def test_the_windows_build_is_documented() -> None:
    text = (ROOT / "docs" / "operations.md").read_text(encoding="utf-8")
    section = text.split("## Windows build", 1)[1].split("\n## ", 1)[0]
    for needed in (".github/workflows/windows.yml", "build.spec", "installer/service-desk.iss", "service-desk-cli.exe",
                   "--self-check", "licenses", "__version__", "%LOCALAPPDATA%\\BranchServiceDesk"):
        assert needed in section, needed
