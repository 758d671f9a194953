"""PyInstaller entry of the console executable `service-desk-cli` (verify, export, hq-merge, audit-check, ...)."""

import multiprocessing

# First, as in entry_gui.py: a spawned helper process (the password hash) runs here and exits.
multiprocessing.freeze_support()

from desktop.cli import main  # noqa: E402

raise SystemExit(main())
