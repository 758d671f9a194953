"""The Windows version resource of both executables, made from desktop.__version__ (one source of the version).

build.spec writes it into the work folder; Explorer's Properties → Details and the installer read it. Kept apart from
the spec so that a test can check it without running PyInstaller."""

from __future__ import annotations

import re
from pathlib import Path

PRODUCT = "Branch Service Desk 网点售后服务台"
COMPANY = "Branch Service Desk"


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'1.2.3' -> (1, 2, 3, 0); a suffix such as 'rc1' or '.dev4' is not part of the numeric Windows version."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0].split("rc")[0].split(".dev")[0])][:4]
    return tuple(numbers + [0] * (4 - len(numbers)))  # type: ignore[return-value]


def version_file_text(version: str, internal_name: str, description: str) -> str:
    """PyInstaller's version-file syntax (a VSVersionInfo expression)."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": internal_name,
        "LegalCopyright": "Branch Service Desk. Third-party notices: the licenses folder beside this program.",
        "OriginalFilename": f"{internal_name}.exe",
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    entries = ",\n            ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1,
                    subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('080404b0', [
            {entries}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0804, 1200])])
  ]
)
"""


def write_version_file(folder: Path, version: str, internal_name: str, description: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"version-{internal_name}.txt"
    target.write_text(version_file_text(version, internal_name, description), encoding="utf-8")
    return target
