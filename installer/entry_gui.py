"""PyInstaller entry of the windowed executable `service-desk` (no console on Windows)."""

import multiprocessing

# First: in the password helper process (desktop/password_helper.py, started with multiprocessing's spawn) the frozen
# executable is run again; this runs the helper there and exits, before the window's modules are imported.
multiprocessing.freeze_support()

from desktop.app import main  # noqa: E402

raise SystemExit(main())
