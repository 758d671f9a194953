"""Branch workbooks for the HQ tests, written with the project's own writer (write_workbook), small and editable:
a later export of the same period is the same BranchExport with some tickets changed, removed or added."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.exports.records import (
    CallbackRecord,
    ComplaintRecord,
    ExportMeta,
    PartLine,
    ReturnRecord,
    TicketRecord,
    VisitRecord,
    summarize,
)
from desktop.exports.workbook_writer import write_workbook

GRADES = ("satisfied", "basically_satisfied", "dissatisfied")


@dataclass
class BranchExport:
    """One branch's records for one period; `write()` makes its workbook."""

    code: str = "AY01"
    name: str = "安阳网点"
    installation_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    start: date = date(2026, 11, 1)
    end: date = date(2026, 11, 30)
    exported_at: datetime = datetime(2026, 12, 1, 2, 0)
    tickets: list[TicketRecord] = field(default_factory=list)
    visits: list[VisitRecord] = field(default_factory=list)
    returns: list[ReturnRecord] = field(default_factory=list)
    callbacks: list[CallbackRecord] = field(default_factory=list)
    complaints: list[ComplaintRecord] = field(default_factory=list)
    # Rows of the commitments sheet (schema 3), without exported_at.
    commitments: list[tuple[Any, ...]] = field(default_factory=list)
    extra_sheets: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)

    def meta(self) -> ExportMeta:
        return ExportMeta(self.code, self.name, self.start, self.end, "zh", True, self.exported_at,
                          installation_id=self.installation_id)

    def write(self, path: Path) -> Path:
        summary = summarize(self.tickets, self.visits, self.returns, self.callbacks, self.complaints)
        write_workbook(path, self.meta(), summary, self.tickets, self.visits, self.returns, self.callbacks,
                       self.complaints, extra_sheets={"commitments": self.commitments, **self.extra_sheets})
        return path

    def later(self, hours: int = 24) -> BranchExport:
        """A later export of the same period (same branch), records copied so they can be edited."""
        return replace(self, exported_at=self.exported_at + timedelta(hours=hours), tickets=list(self.tickets),
                       visits=list(self.visits), returns=list(self.returns), callbacks=list(self.callbacks),
                       complaints=list(self.complaints), commitments=list(self.commitments),
                       extra_sheets={k: list(v) for k, v in self.extra_sheets.items()})

    def drop_ticket(self, ticket_no: str) -> None:
        """The ticket and everything that follows it, as a branch export would no longer hold them."""
        self.tickets = [t for t in self.tickets if t.ticket_no != ticket_no]
        self.visits = [v for v in self.visits if v.ticket_no != ticket_no]
        self.returns = [r for r in self.returns if r.ticket_no != ticket_no]
        self.callbacks = [c for c in self.callbacks if c.ticket_no != ticket_no]
        self.commitments = [c for c in self.commitments if c[1] != ticket_no]

    def add_ticket(self, i: int) -> str:
        _add(self, i)
        return self.tickets[-1].ticket_no


def _add(data: BranchExport, i: int) -> None:
    code = data.code
    no = f"{code}-{data.start:%Y%m%d}-{i:04d}"
    opened = datetime.combine(data.start, datetime.min.time()) + timedelta(hours=8 + i % 9, days=i % 28)
    data.tickets.append(TicketRecord(
        code, no, opened, "已完成" if i % 3 else "已关闭", "电话", "普通", ["太阳能热水器", "净水器"][i % 2],
        f"TY-{180 + i % 3 * 20}", f"SN{i:08d}", f"客户{i}", "138****5678", "河南省安阳市文峰区", "漏水",
        "水箱漏水", "整机保修", "李工", opened + timedelta(minutes=10), i % 4 != 0, opened + timedelta(hours=24),
        i % 5 != 0, opened + timedelta(hours=26), None, 1 + (i % 6 == 0), i % 7 == 0))
    for v in range(1, 2 + (i % 6 == 0)):
        parts = (PartLine("P-100", "温控器", 1 + i % 2, Decimal("35.50"), i % 2 == 0),) if i % 3 == 0 else ()
        data.visits.append(VisitRecord(code, no, v, "李工", opened + timedelta(hours=5 * v),
                                       opened + timedelta(hours=5 * v, minutes=40), "已解决",
                                       v > 1 or i % 6 != 0, Decimal("50.00") if i % 2 else Decimal(0), parts))
    if i % 5 != 4:
        graded = i % 10 != 0
        data.callbacks.append(CallbackRecord(
            code, no, 1, opened + timedelta(days=1), opened + timedelta(days=1, hours=-2) if graded else None,
            1, graded, GRADES[i % 3] if graded else None, (("服务态度", "满意"),)))
    if i % 8 == 0:
        data.returns.append(ReturnRecord(
            code, f"{code}-R{i:04d}", no, opened + timedelta(days=2), "退货", "退货" if i % 16 == 0 else "调换",
            "R-7D" if i % 16 == 0 else "X-15", Decimal("1280.00") if i % 16 == 0 else None, None, "王经理",
            opened + timedelta(days=3)))
    for commitment, met in (("first_contact", i % 4 != 0), ("report_back", i % 3 != 0), ("on_site", i % 5 != 0),
                            ("callback", None if i % 9 == 0 else i % 2 == 0)):
        due = opened + timedelta(hours=1)
        data.commitments.append((code, no, commitment, 1, due, due if met else None, met))
    if i % 6 == 0:
        data.commitments.append((code, no, "on_site", 2, opened + timedelta(days=2), None, False))


def make_export(code: str = "AY01", tickets: int = 24, *, name: str = "安阳网点", installation_id: str | None = None,
                complaints: int = 3, start: date = date(2026, 11, 1), end: date = date(2026, 11, 30),
                exported_at: datetime = datetime(2026, 12, 1, 2, 0)) -> BranchExport:
    data = BranchExport(code, name, installation_id or str(uuid.uuid4()), start, end, exported_at)
    for i in range(tickets):
        _add(data, i)
    for k in range(complaints):
        received = datetime.combine(start, datetime.min.time()) + timedelta(days=k, hours=10)
        data.complaints.append(ComplaintRecord(
            code, f"{code}-C{k:04d}", received, data.tickets[k % len(data.tickets)].ticket_no if data.tickets else "",
            "电话", "服务人员",
            "张三", "139****5678", "工程师迟到", ["处理中", "已答复", "已关闭"][k % 3], received + timedelta(days=1),
            received + timedelta(hours=20) if k % 3 == 2 else None, "赵主管", k % 2 == 0))
    return data
