"""A loader process for the kill tests: `python -m tests.hq.load_child URL FILE MARKER [pause]`.

With `pause`, the load stops half-way through its rows (after the first sheets were merged into their tables,
inside the open transaction), writes MARKER and waits to be killed. Without it, it just loads."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from desktop.hq.hq_database import open_hq_database
from desktop.hq.loader import HqLoader


def main() -> int:
    url, file, marker = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    pause = len(sys.argv) > 4 and sys.argv[4] == "pause"
    database = open_hq_database(url)

    def progress(done: int, total: int) -> None:
        if pause and done * 2 >= total:
            marker.write_text(f"{done} {total}", encoding="utf-8")
            time.sleep(120)

    result = HqLoader(database).load(file, progress=progress)
    marker.write_text(f"done {result.outcome}", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
