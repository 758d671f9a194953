"""`python -m desktop`: the same entry point as the `service-desk` command."""

from desktop.app import main

raise SystemExit(main())
