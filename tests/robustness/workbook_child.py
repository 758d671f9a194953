"""Child process for the hostile-workbook tests: reads (or merges) one workbook and prints what it cost.

    python -m tests.robustness.workbook_child read FILE
    python -m tests.robustness.workbook_child merge FILE OUT

Prints one JSON line: {"outcome": "ok"|code, "params": ..., "seconds": ..., "peak_rss_mib": ...}. Peak RSS is the
whole process (ru_maxrss), the interpreter and imports included, as a clerk's PC would see it.
"""

from __future__ import annotations

import json
import resource
import sys
import time


def main(argv: list[str]) -> int:
    from desktop.errors import ValidationError
    from desktop.exports.hq_merge import merge_workbooks
    from desktop.exports.workbook_reader import read_workbook

    started = time.perf_counter()
    outcome, params = "ok", {}
    try:
        if argv[0] == "read":
            with read_workbook(argv[1]) as book:
                for sheet in book.meta.sheets:
                    for _row in book.rows(sheet):
                        pass
        else:
            merge_workbooks([argv[1]], argv[2])
    except ValidationError as exc:
        outcome, params = exc.code, {k: str(v) for k, v in exc.params.items()}
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(json.dumps({"outcome": outcome, "params": params, "seconds": round(seconds, 3),
                      "peak_rss_mib": round(peak, 1)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
