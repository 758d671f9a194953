"""The HQ summary workbook: the aggregates of the HQ database for some months, for those who want a file.

Only figures, never branch records, so it stays small whatever the network's size (500 branches x 12 months is
6,000 rows on the largest sheet, against Excel's 1,048,576). Every rate is written as its numerator and
denominator with the share beside them, so a reader who sums a column in Excel gets right totals. Real Excel
types (months as dates, numbers as numbers, shares as percentages), frozen headers, filters, widths; text that
a spreadsheet would take for a formula is written as text."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from desktop.clock import to_local, utc_now
from desktop.exports.columns import SATISFACTION_CHOICES
from desktop.exports.records import Language
from desktop.exports.workbook_writer import RISKY_FIRST, ExportCancelled
from desktop.hq.figure_catalogue import BY_CODE, RATES, Kind
from desktop.hq.hq_service import Figure, HqService

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

# The figures of the side-by-side sheets, in order: rates get three columns, counts one, returns two.
_ROW_FIGURES = ("tickets", "contact", "report_back", "on_site", "callback", "satisfaction", "first_visit_fix",
                "repeat_repair", "callbacks_done", "returns", "complaints", "complaints_answered", "complaints_overdue")
_PERCENT, _MONEY, _MONTH = "0.0%", '"¥"#,##0.00;-"¥"#,##0.00', "yyyy-mm"
_WORDS = {
    "about": ("说明", "About"), "branches": ("网点对比", "Branches"), "trend": ("月度趋势", "Trend"),
    "branch_months": ("网点月度", "Branch by month"), "ranking": ("排名", "Ranking"),
    "returns": ("三包退换", "Returns by rule"), "grades": ("满意度", "Satisfaction"),
    "quality": ("质量反馈", "Quality feedback"),
    "code": ("网点编码", "Branch"), "name": ("网点名称", "Branch name"), "month": ("月份", "Month"),
    "met": ("达成", "met"), "base": ("基数", "of"), "share": ("比率", "share"), "refund": ("退款金额", "Refunded"),
    "rule": ("三包条款", "Rule id"), "claims": ("申请数", "Claims"), "grade": ("满意度", "Grade"),
    "count": ("回访数", "Callbacks"), "rated": ("有评价的回访", "Rated callbacks"),
    "product": ("产品线", "Product line"), "model": ("型号", "Model"), "forms": ("反馈单", "Forms"),
    "cases": ("数量", "Cases"), "network": ("全网", "Network"), "rank": ("名次", "Rank"),
    "title": ("总部汇总", "HQ summary"), "months": ("月份范围", "Months"), "written": ("生成时间", "Written"),
    "branch_count": ("网点数", "Branches"), "database": ("数据库", "Database"),
    "note": ("比率 = 达成 ÷ 基数；各网点、各月的达成与基数相加即为合计。",
             "Share = met ÷ of; add the met and of columns of any branches and months for their total."),
}


@dataclass(frozen=True)
class SummaryResult:
    path: Path
    months: tuple[date, ...]
    branches: int
    rows: Mapping[str, int]


def _w(key: str, language: Language) -> str:
    zh, en = _WORDS[key]
    return zh if language == "zh" else en


class _Sheet:
    def __init__(self, wb: Workbook, title: str, headers: Sequence[str], widths: Sequence[float]) -> None:
        self.ws = wb.create_sheet(title)
        self.ws.freeze_panes = "C2" if len(headers) > 2 else "A2"
        for index, width in enumerate(widths, 1):
            self.ws.column_dimensions[get_column_letter(index)].width = width
        self.width = len(headers)
        self.rows = 0
        bold = Font(bold=True)
        cells = []
        for text in headers:
            cell = WriteOnlyCell(self.ws, value=text)
            cell.font = bold
            cells.append(cell)
        self.ws.append(cells)

    def append(self, values: Iterable[Any]) -> None:
        self.ws.append([self._cell(v) for v in values])
        self.rows += 1

    def _cell(self, value: Any) -> Any:
        if isinstance(value, tuple):  # (value, number format)
            cell = WriteOnlyCell(self.ws, value=value[0])
            cell.number_format = value[1]
            return cell
        if isinstance(value, str) and (value[:1] in RISKY_FIRST or value in ERROR_CODES):
            cell = WriteOnlyCell(self.ws, value=value)
            cell.data_type = "s"
            cell.quotePrefix = True
            return cell
        return value

    def finish(self) -> None:
        if self.rows:
            self.ws.auto_filter.ref = f"A1:{get_column_letter(self.width)}{self.rows + 1}"


def _figure_headers(language: Language) -> list[str]:
    headers = []
    for code in _ROW_FIGURES:
        label = BY_CODE[code].label(language)
        if BY_CODE[code].kind is Kind.RATE:
            headers += [f"{label} {_w('met', language)}", f"{label} {_w('base', language)}",
                        f"{label} {_w('share', language)}"]
        elif BY_CODE[code].kind is Kind.MONEY:
            headers += [label, f"{label} {_w('refund', language)}"]
        else:
            headers.append(label)
    return headers


def _figure_values(get: Callable[[str], Figure]) -> list[Any]:
    values: list[Any] = []
    for code in _ROW_FIGURES:
        f = get(code)
        if BY_CODE[code].kind is Kind.RATE:
            values += [f.count, f.base or 0, (f.rate, _PERCENT) if f.rate is not None else None]
        elif BY_CODE[code].kind is Kind.MONEY:
            values += [f.count, (f.amount or 0, _MONEY)]
        else:
            values.append(f.count)
    return values


def _figure_widths() -> list[float]:
    widths: list[float] = []
    for code in _ROW_FIGURES:
        kind = BY_CODE[code].kind
        widths += [10, 10, 9] if kind is Kind.RATE else [10, 13] if kind is Kind.MONEY else [9]
    return widths


def write_summary(service: HqService, path: str | os.PathLike[str], months: Sequence[date],
                  language: Language = "zh", database_label: str = "", progress: Progress | None = None,
                  cancelled: Cancelled | None = None) -> SummaryResult:
    """Write the workbook to `path` (replaced only on success); ExportCancelled when cancelled() turns true."""
    target = Path(path)
    chosen = tuple(sorted(set(months)))
    branches = {b.branch_id: b for b in service.branches()}
    steps = 7
    done = [0]

    def step() -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        done[0] += 1
        if progress is not None:
            progress(done[0], steps)

    network = service.network(chosen)
    step()
    wb = Workbook(write_only=True)
    code_name = [_w("code", language), _w("name", language)]
    figure_headers, figure_widths = _figure_headers(language), _figure_widths()
    sheets: dict[str, _Sheet] = {}

    about = sheets["about"] = _Sheet(wb, _w("about", language), [_w("title", language), ""], [18, 60])
    written = to_local(utc_now()).replace(tzinfo=None)
    about.append([_w("months", language), f"{chosen[0]:%Y-%m} .. {chosen[-1]:%Y-%m}" if chosen else ""])
    about.append([_w("branch_count", language), len(network.branches)])
    about.append([_w("written", language), (written, "yyyy-mm-dd hh:mm")])
    about.append([_w("database", language), database_label])
    about.append([_w("note", language), ""])

    side = sheets["branches"] = _Sheet(wb, _w("branches", language), code_name + figure_headers,
                                       [10, 24, *figure_widths])
    for b in sorted(network.branches, key=lambda b: b.code):
        side.append([b.code, b.name, *_figure_values(b.get)])
    side.append([_w("network", language), "", *_figure_values(lambda c: network.total.get(c, Figure()))])
    step()

    trend = sheets["trend"] = _Sheet(wb, _w("trend", language), [_w("month", language), *figure_headers],
                                     [10, *figure_widths])
    for month in service.trend(chosen):
        trend.append([(month.period, _MONTH), *_figure_values(month.get)])
    step()

    by_month = sheets["branch_months"] = _Sheet(
        wb, _w("branch_months", language), [*code_name, _w("month", language), *figure_headers],
        [10, 24, 10, *figure_widths])
    for cell in sorted(service.branch_months(chosen), key=lambda c: (branches[c.branch_id].code, c.period)):
        info = branches[cell.branch_id]
        by_month.append([info.code, info.name, (cell.period, _MONTH), *_figure_values(cell.get)])
    step()

    rank_sheet = sheets["ranking"] = _Sheet(
        wb, _w("ranking", language), [*code_name, *(f"{BY_CODE[c].label(language)} {_w('rank', language)}"
                                                     for c in RATES)], [10, 24, *([12] * len(RATES))])
    ranks = {code: {r.branch_id: r.rank for r in service.ranking(chosen, code)} for code in RATES}
    for b in sorted(network.branches, key=lambda b: b.code):
        rank_sheet.append([b.code, b.name, *(ranks[c].get(b.branch_id) for c in RATES)])
    step()

    returns = sheets["returns"] = _Sheet(
        wb, _w("returns", language), [*code_name, _w("rule", language), _w("claims", language),
                                      _w("refund", language)], [10, 24, 12, 10, 14])
    for total in service.breakdown(chosen, "returns"):
        returns.append([_w("network", language), "", total.key1, total.figure.count,
                        (total.figure.amount or 0, _MONEY)])
    for row in sorted(service.breakdown_by_branch(chosen, "returns"),
                      key=lambda r: (branches[r.branch_id].code, -r.figure.count, r.key1)):
        info = branches[row.branch_id]
        returns.append([info.code, info.name, row.key1, row.figure.count, (row.figure.amount or 0, _MONEY)])
    step()

    grade_labels = {c.key: c.label(language) for c in SATISFACTION_CHOICES}
    grades = sheets["grades"] = _Sheet(
        wb, _w("grades", language), [*code_name, _w("grade", language), _w("count", language),
                                     _w("rated", language), _w("share", language)], [10, 24, 12, 10, 12, 9])

    def grade_row(code: str, name: str, key: str, f: Figure) -> list[Any]:
        return [code, name, grade_labels.get(key, key), f.count, f.base or 0,
                (f.rate, _PERCENT) if f.rate is not None else None]

    for total in service.breakdown(chosen, "satisfaction_grade"):
        grades.append(grade_row(_w("network", language), "", total.key1, total.figure))
    for row in sorted(service.breakdown_by_branch(chosen, "satisfaction_grade"),
                      key=lambda r: (branches[r.branch_id].code, r.key1)):
        info = branches[row.branch_id]
        grades.append(grade_row(info.code, info.name, row.key1, row.figure))

    quality = sheets["quality"] = _Sheet(
        wb, _w("quality", language), [*code_name, _w("product", language), _w("model", language),
                                      _w("forms", language), _w("cases", language)], [10, 24, 16, 16, 10, 10])
    for product, model, forms, cases in service.quality(chosen):
        quality.append([_w("network", language), "", product, model, forms, cases])
    forms_by = {(r.branch_id, r.key1, r.key2): r.figure.count
                for r in service.breakdown_by_branch(chosen, "quality_items")}
    for row in sorted(service.breakdown_by_branch(chosen, "quality_cases"),
                      key=lambda r: (branches[r.branch_id].code, -r.figure.count)):
        info = branches[row.branch_id]
        quality.append([info.code, info.name, row.key1, row.key2, forms_by.get((row.branch_id, row.key1, row.key2), 0),
                        row.figure.count])
    step()

    for sheet in sheets.values():
        sheet.finish()
    wb.properties.title = f"{_w('title', language)} {chosen[0]:%Y-%m}..{chosen[-1]:%Y-%m}" if chosen else _w(
        "title", language)
    wb.properties.creator = "Branch Service Desk"
    # Written next to the target and renamed: a reader never sees half a file, an old file survives a failure.
    partial = target.with_name(f".{target.name}.partial")
    try:
        wb.save(partial)
        os.replace(partial, target)
    finally:
        if partial.exists():
            partial.unlink()
    return SummaryResult(target, chosen, len(network.branches), {k: s.rows for k, s in sheets.items()})
