"""PyInstaller entry of the windowed executable `service-desk` (no console on Windows)."""

from desktop.app import main

raise SystemExit(main())
