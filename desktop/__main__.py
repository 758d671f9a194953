"""`python -m desktop`: the same entry point as the `service-desk` command."""

from desktop.app import main

# Guarded: a process spawned by multiprocessing (the password helper) imports the main module again.
if __name__ == "__main__":
    raise SystemExit(main())
