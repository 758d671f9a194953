"""PySide6's check of every module imported after it, made to keep nothing (issue 18, start-up memory).

PySide6 asks of each newly imported module whether its source mentions "PySide6" (for its `__feature__`
switches, snake_case and true_property, which this application does not use). It finds out with
`inspect.getsource(module)`, which reads the whole file into `linecache` and leaves it there: by the main window
that is every module of SQLAlchemy, the services and the views, ~13 million characters held as ~23 MiB of Python
strings for the life of the process, read and split into lines during the start. `install()` gives the same
answer (the source file's text contains "PySide6"; no source file, no) from the file's bytes, keeping nothing.
"""

from __future__ import annotations

import inspect
import sys
from types import ModuleType

_MARK = "_service_desk_bytes_check"


def _source_mentions_pyside(module: ModuleType) -> bool:
    # The original answers False when there is no source (built-in, extension or bytecode-only module) or it
    # cannot be read; getsourcefile is None for exactly those (it looks at the name and the disk, reads nothing).
    try:
        path = inspect.getsourcefile(module)
    except TypeError:
        return False
    if not path:
        return False
    try:
        with open(path, "rb") as handle:
            return b"PySide6" in handle.read()
    except OSError:
        return False


def install() -> bool:
    """Replace the check once PySide6 is loaded; False (nothing changed) with a PySide6 that has no such check."""
    import PySide6.QtCore  # noqa: F401  (loads shibokensupport, where the check lives)

    feature = sys.modules.get("shibokensupport.feature")
    current = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or current is None:
        return False
    if not getattr(current, _MARK, False):
        setattr(_source_mentions_pyside, _MARK, True)
        feature._mod_uses_pyside = _source_mentions_pyside  # type: ignore[attr-defined]
    return True
