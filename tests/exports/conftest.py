"""Small, hand-made branch data for the HQ workbook tests (edge cases rather than volume)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.exports.records import (
    Address,
    CallbackRecord,
    ComplaintRecord,
    ExportMeta,
    PartLine,
    ReturnRecord,
    SummaryIndicators,
    TicketRecord,
    VisitRecord,
    summarize,
)
from desktop.exports.workbook_writer import WriteResult, write_workbook

# Customer names that a spreadsheet would run as formulas or errors if they were not forced to text.
HOSTILE_NAMES = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "\tTAB", "\rCR", "#N/A", " padded "]
BASE = datetime(2026, 11, 2, 9, 30)


@dataclass
class BranchData:
    code: str = "ZZ01"
    name: str = "郑州金水网点"
    tickets: list[TicketRecord] = field(default_factory=list)
    visits: list[VisitRecord] = field(default_factory=list)
    returns: list[ReturnRecord] = field(default_factory=list)
    callbacks: list[CallbackRecord] = field(default_factory=list)
    complaints: list[ComplaintRecord] = field(default_factory=list)

    def all(self) -> tuple[list, ...]:
        return self.tickets, self.visits, self.returns, self.callbacks, self.complaints

    def summary(self) -> SummaryIndicators:
        return summarize(*self.all())

    def meta(self, **changes: object) -> ExportMeta:
        meta = ExportMeta(self.code, self.name, date(2026, 11, 1), date(2026, 11, 30), "zh", True,
                          datetime(2026, 12, 1, 2, 0, 0))
        return replace(meta, **changes)


def make_branch(code: str = "ZZ01", tickets: int = 12, status: str = "completed", name: str = "郑州金水网点",
                ) -> BranchData:
    data = BranchData(code, name)
    for i in range(tickets):
        no = f"{code}-2611-{i:04d}"
        opened = BASE + timedelta(hours=i)
        customer = HOSTILE_NAMES[i] if i < len(HOSTILE_NAMES) else f"客户{i}"
        phone = "13812345678" if i % 2 == 0 else "0372-1234187"
        data.tickets.append(TicketRecord(
            code, no, opened, status, "电话", "普通", ["空调", "冰箱", "洗衣机"][i % 3], "KFR-35GW", f"SN{i:08d}",
            customer, phone, Address("河南省", "郑州市", "金水区", f"花园路{i}号院3栋"), "不制冷",
            "外机不转\n客户在家", "保内", "李工", opened + timedelta(hours=2), i % 4 != 0,
            opened + timedelta(hours=24), True, opened + timedelta(hours=30),
            opened + timedelta(days=2) if i % 2 else None, 1 + (i == 3), i == 3))
        data.visits.append(VisitRecord(
            code, no, 1, "李工", opened + timedelta(hours=5), opened + timedelta(hours=6), "已修复", i % 3 != 0,
            Decimal("80.00"), (PartLine("P-100", "压缩机电容", 2, Decimal("35.50"), True),
                               PartLine("P-200", "密封圈", 1, Decimal("4.20"), False)) if i % 2 == 0 else ()))
        if i == 3:
            data.visits.append(VisitRecord(code, no, 2, "王工", opened + timedelta(days=1), None, "待配件", False))
        data.callbacks.append(CallbackRecord(
            code, no, 1, opened + timedelta(days=3), opened + timedelta(days=3, hours=1) if i % 5 else None,
            1 + i % 3, i % 5 != 0,
            ("very_satisfied", "satisfied", "neutral", "dissatisfied")[i % 4] if i % 5 else None,
            (("服务态度", "5"), ("是否收费", "否"))))
    data.returns.append(ReturnRecord(code, f"{code}-R0001", f"{code}-2611-0001", BASE, "换货", "同意换货", "R-07",
                                     Decimal("0"), Decimal("120.50"), "王经理", BASE + timedelta(days=1)))
    data.complaints.append(ComplaintRecord(code, f"{code}-C0001", BASE, f"{code}-2611-0002", "12315", "上门迟到",
                                           "张三", "13912345678", "工程师迟到两小时", "处理中",
                                           BASE + timedelta(days=2), None, "赵主管", True))
    return data


@pytest.fixture
def branch() -> BranchData:
    return make_branch()


Export = Callable[..., WriteResult]


@pytest.fixture
def export(tmp_path: Path) -> Export:
    """export(data, name="x.xlsx", **meta_changes) writes a workbook with write_workbook()."""

    def run(data: BranchData, name: str = "export.xlsx", engine: str = "fast", **changes: object) -> WriteResult:
        return write_workbook(tmp_path / name, data.meta(**changes), data.summary(), *data.all(), engine=engine)

    return run


def generated(data: BranchData) -> tuple[Iterator, ...]:
    """The same records as one-shot generators, as the services will hand them over."""
    return tuple((x for x in items) for items in data.all())
