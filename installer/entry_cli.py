"""PyInstaller entry of the console executable `service-desk-cli` (verify, export, hq-merge, audit-check, ...)."""

from desktop.cli import main

raise SystemExit(main())
