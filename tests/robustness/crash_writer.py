"""Child process for the crash test: saves through a real service in a loop and prints each acknowledged save."""

from __future__ import annotations

import sys

from desktop.database import open_database
from desktop.services.admin.settings_service import SettingsService
from tests.conftest import actor_for


def main(url: str, start: int) -> None:
    database = open_database(url)
    boss = actor_for(database, "admin")
    settings = SettingsService(database)
    value = start
    while True:
        value += 1
        settings.set(boss, "callback.after_install_days", value)
        # Printed only after the commit returned: this save is acknowledged to the user.
        print(value, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
