"""Printing benchmark: one service sheet, a batch of 200, one PAdES signature, one verification.

Run `python benchmarks/bench_printing.py`; it prints the median time of each, the target and the ratio (< 1 is
within target). First-call costs (font parsing, pyHanko imports) are reported separately: they happen once per app.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.printing import signing
from desktop.printing.documents import (
    BranchHeader,
    CustomerInfo,
    PartLine,
    ServiceReportData,
    ServiceSheetData,
    UnitInfo,
)
from desktop.printing.service_report import render_service_report
from desktop.printing.service_sheet import render_service_sheet, render_service_sheets

HEADER = BranchHeader("AY01", "龙田太阳能安阳文峰区售后服务网点", "河南省安阳市文峰区中华路188号", "0372-2108187")
CUSTOMER = CustomerInfo("张建国", "13803720001", "安阳市北关区红旗路幸福小区3号楼2单元501室（顶楼）", "0372-5551234")
UNIT = UnitInfo("太阳能热水器", "LT-58-1800-20", "LT2024A0012345", dt.date(2024, 5, 3), dt.date(2024, 5, 6),
                "in_warranty")
SHEET = ServiceSheetData("AY01-20261122-0007", dt.datetime(2026, 11, 22, 9, 14), CUSTOMER, UNIT,
                         "热水器上水后溢流管一直流水，水位显示不准，冬季洗澡水温不够热。",
                         dt.datetime(2026, 11, 22, 14), dt.datetime(2026, 11, 22, 16), "李强", "13937200002")
REPORT = ServiceReportData(SHEET.ticket_no, SHEET.received_at, CUSTOMER, UNIT, SHEET.fault, "李强",
                           dt.datetime(2026, 11, 22, 14, 20), dt.datetime(2026, 11, 22, 15, 45), "溢流阀阀芯老化卡滞",
                           "更换溢流阀一只，试机正常", True, (PartLine("溢流阀", "YL-15", "", 1, Decimal("35")),))


def timed(fn: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def line(name: str, seconds: float, target: float) -> None:
    unit, scale = ("s", 1.0) if target >= 1 else ("ms", 1000.0)
    ratio = seconds / target
    print(f"{name:<28} {seconds * scale:9.1f} {unit}   target ≤ {target * scale:g} {unit}   ratio {ratio:.2f}")


def main() -> int:
    start = time.perf_counter()
    render_service_sheet(HEADER, SHEET)
    print(f"{'first sheet (font load)':<28} {(time.perf_counter() - start) * 1000:9.1f} ms   (once per process)")
    line("one service sheet", timed(lambda: render_service_sheet(HEADER, SHEET), 30), 0.060)

    sheets = [dataclasses.replace(SHEET, ticket_no=f"AY01-20261122-{n:04d}") for n in range(1, 201)]
    start = time.perf_counter()
    batch = render_service_sheets(HEADER, sheets)
    line("batch of 200 sheets", time.perf_counter() - start, 15.0)
    print(f"{'':<28} {len(batch) / 1024:9.0f} KiB for 200 pages (one shared font subset)")

    with tempfile.TemporaryDirectory() as folder:
        credentials = signing.create_branch_credentials(Path(folder), "AY01", HEADER.name, "benchmark passphrase")
        pdf = render_service_report(HEADER, REPORT)
        start = time.perf_counter()
        signed = signing.sign_pdf(pdf, credentials, "签发", "安阳")
        print(f"{'first signature (imports)':<28} {(time.perf_counter() - start) * 1000:9.1f} ms   (once per process)")
        line("one digital signature", timed(lambda: signing.sign_pdf(pdf, credentials, "签发", "安阳"), 20), 0.060)
        trusted = [credentials.certificate]
        signing.verify_pdf(signed, trusted)
        line("one verification", timed(lambda: signing.verify_pdf(signed, trusted), 20), 0.050)
        assert signing.verify_pdf(signed, trusted).status == "valid"
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
