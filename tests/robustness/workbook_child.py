"""Child process for the hostile-workbook tests: reads (or merges) one workbook and prints what it cost.

    python -m tests.robustness.workbook_child read FILE
    python -m tests.robustness.workbook_child read-unchecked FILE   (zip directory checks lifted)
    python -m tests.robustness.workbook_child merge FILE OUT

Prints one JSON line: {"outcome": "ok"|code, "params": ..., "seconds": ..., "peak_rss_mib": ...}. Peak RSS is the
whole process (VmHWM), the interpreter and imports included, as a clerk's PC would see it.
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
    from desktop.exports.xlsx_package import Limits

    started = time.perf_counter()
    outcome, params = "ok", {}
    try:
        if argv[0] in ("read", "read-unchecked"):
            # read-unchecked: the zip directory checks lifted, so the part really streams through the scanner.
            limits = Limits(part_bytes=4 << 30, total_bytes=8 << 30, max_ratio=10**9) \
                if argv[0] == "read-unchecked" else Limits()
            with read_workbook(argv[1], limits=limits) as book:
                for sheet in book.meta.sheets:
                    for _row in book.rows(sheet):
                        pass
        else:
            merge_workbooks([argv[1]], argv[2])
    except ValidationError as exc:
        outcome, params = exc.code, {k: str(v) for k, v in exc.params.items()}
    seconds = time.perf_counter() - started
    print(json.dumps({"outcome": outcome, "params": params, "seconds": round(seconds, 3),
                      "peak_rss_mib": round(_peak_rss_mib(), 1)}))
    return 0


def _peak_rss_mib() -> float:
    """This process's own high-water RSS. ru_maxrss is not used on Linux: it keeps the parent's size across the
    fork and exec that started this child (a pytest worker's few hundred MiB)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
