"""Qt table models of the HQ mode: branches side by side, months, breakdowns, a branch's tickets (paged from the
database, sorted and filtered in SQL) and the register of loaded workbooks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.views.hq.hq_text import figure_names, grade_names, local_time, outcome_names, share, wall_time, yes_no
from desktop.views.widgets.paged_table_model import PAGE, PagedTableModel

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
SORT_ROLE = Qt.ItemDataRole.UserRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# The side-by-side columns, in order ("refund" is the returns' amount).
FIGURE_COLUMNS = ("tickets", "contact", "report_back", "on_site", "callback", "satisfaction", "first_visit_fix",
                  "repeat_repair", "returns", "refund", "complaints", "complaints_answered", "complaints_overdue")
_RATES = {"contact", "report_back", "on_site", "callback", "satisfaction", "first_visit_fix", "repeat_repair",
          "complaints_answered", "complaints_overdue", "callbacks_done"}


def _money(amount: Decimal | None) -> str:
    return f"¥{amount or 0:,.2f}"


def figure_cell(figures: Any, code: str) -> tuple[str, Any, str]:
    """(text, sort key, tooltip) of one figure column for an object with get(code) -> Figure."""
    if code == "refund":
        f = figures.get("returns")
        return _money(f.amount), float(f.amount or 0), ""
    f = figures.get(code)
    if code in _RATES:
        rate = f.rate
        tip = QCoreApplication.translate("HqModels", "{count} of {base}").format(count=f.count, base=f.base or 0)
        return share(f.count, f.base), -1.0 if rate is None else rate, tip
    return str(f.count), f.count, ""


def _two_lines(text: str) -> str:
    """A long name on two lines, broken at the space nearest its middle ("Reported back / in time"), so a dozen
    figures fit the window's width; Chinese names are short and stay as they are."""
    spaces = [i for i, c in enumerate(text) if c == " "]
    if len(text) <= 10 or not spaces:
        return text
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return f"{text[:cut]}\n{text[cut + 1:]}"


class _Table(QAbstractTableModel):
    """Rows held in memory (aggregates: a few hundred at most) with a header list."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    # Abstract: every HQ table below says its own columns (Qt's metaclass rules out abc.ABC here).
    def _headers(self) -> list[str]:
        """The translated column titles."""
        raise NotImplementedError(f"{type(self).__name__} must say its columns")

    def _cell(self, row: Any, column: int) -> tuple[str, Any, str]:
        """(text shown, value sorted by, tooltip) of one cell."""
        raise NotImplementedError(f"{type(self).__name__} must say its cells")

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        text, key, tip = self._cell(self._rows[index.row()], index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == SORT_ROLE:
            return key
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip or None
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(key, int | float) and index.column() > 0:
            return RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _two_lines(self._headers()[section])
        return None


class BranchFiguresModel(_Table):
    """One row per branch: its rank (when ranked), code, name, and every figure with its base."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ranks: dict[int, int] = {}

    def set_ranks(self, ranks: dict[int, int]) -> None:
        self.beginResetModel()
        self._ranks = dict(ranks)
        self.endResetModel()

    def _headers(self) -> list[str]:
        names = figure_names()
        return [QCoreApplication.translate("HqModels", "Rank"), QCoreApplication.translate("HqModels", "Branch"),
                QCoreApplication.translate("HqModels", "Name"), *(names[c] for c in FIGURE_COLUMNS)]

    def _cell(self, row: Any, column: int) -> tuple[str, Any, str]:
        if column == 0:
            rank = self._ranks.get(row.branch_id)
            return ("" if rank is None else str(rank)), (rank if rank is not None else 10**9), ""
        if column == 1:
            return row.code, row.code, ""
        if column == 2:
            return row.name, row.name, ""
        return figure_cell(row, FIGURE_COLUMNS[column - 3])


class MonthFiguresModel(_Table):
    """One row per month (a branch's or the network's)."""

    def _headers(self) -> list[str]:
        names = figure_names()
        return [QCoreApplication.translate("HqModels", "Month"), *(names[c] for c in FIGURE_COLUMNS)]

    def _cell(self, row: Any, column: int) -> tuple[str, Any, str]:
        if column == 0:
            return f"{row.period:%Y-%m}", row.period.isoformat(), ""
        return figure_cell(row, FIGURE_COLUMNS[column - 1])


class ReturnsModel(_Table):
    def _headers(self) -> list[str]:
        return [QCoreApplication.translate("HqModels", "Rule"), QCoreApplication.translate("HqModels", "Claims"),
                QCoreApplication.translate("HqModels", "Refunded")]

    def _cell(self, row: Any, column: int) -> tuple[str, Any, str]:
        if column == 0:
            text = row.key1 or QCoreApplication.translate("HqModels", "(not decided)")
            return text, text, ""
        if column == 1:
            return str(row.figure.count), row.figure.count, ""
        return _money(row.figure.amount), float(row.figure.amount or 0), ""


class GradesModel(_Table):
    def _headers(self) -> list[str]:
        return [QCoreApplication.translate("HqModels", "Grade"), QCoreApplication.translate("HqModels", "Callbacks"),
                QCoreApplication.translate("HqModels", "Share")]

    def _cell(self, row: Any, column: int) -> tuple[str, Any, str]:
        if column == 0:
            name = grade_names().get(row.key1, row.key1)
            return name, name, ""
        if column == 1:
            return str(row.figure.count), row.figure.count, ""
        rate = row.figure.rate
        return ("–" if rate is None else f"{rate * 100:.1f}%"), rate or 0.0, ""


class QualityModel(_Table):
    """(product line, model, forms, cases) rows."""

    def _headers(self) -> list[str]:
        return [QCoreApplication.translate("HqModels", "Product line"), QCoreApplication.translate("HqModels", "Model"),
                QCoreApplication.translate("HqModels", "Forms"), QCoreApplication.translate("HqModels", "Cases")]

    def _cell(self, row: Any, column: int) -> tuple[str, Any, str]:
        value = row[column]
        return str(value), value, ""


class LoadsModel(_Table):
    """The register of loaded workbooks, newest first."""

    def _headers(self) -> list[str]:
        return [
            QCoreApplication.translate("HqModels", "Loaded at"),
            QCoreApplication.translate("HqModels", "File"),
            QCoreApplication.translate("HqModels", "Branch"),
            QCoreApplication.translate("HqModels", "Period"),
            QCoreApplication.translate("HqModels", "Exported at"),
            QCoreApplication.translate("HqModels", "Outcome"),
            QCoreApplication.translate("HqModels", "Tickets"),
            QCoreApplication.translate("HqModels", "Rows added"),
            QCoreApplication.translate("HqModels", "Rows updated"),
            QCoreApplication.translate("HqModels", "Rows gone"),
            QCoreApplication.translate("HqModels", "Loaded by"),
        ]

    def _cell(self, row: Any, column: int) -> tuple[str, Any, str]:
        changes = row.changes or {}

        def total(what: str) -> int:
            return sum(int(c.get(what, 0)) for c in changes.values())

        if column == 0:
            return local_time(row.loaded_at), row.loaded_at.isoformat(), ""
        if column == 1:
            return row.file_name, row.file_name, ""
        if column == 2:
            return row.branch_code, row.branch_code, ""
        if column == 3:
            text = f"{row.period_start} – {row.period_end}"
            return text, text, ""
        if column == 4:
            return local_time(row.exported_at), row.exported_at.isoformat(), ""
        if column == 5:
            text = outcome_names().get(row.outcome, row.outcome)
            return text, text, ""
        if column == 6:
            n = int(row.rows.get("tickets", 0))
            return str(n), n, ""
        if column in (7, 8, 9):
            n = total(("added", "updated", "gone")[column - 7])
            return str(n), n, ""
        who = row.loaded_by + (f" ({row.loaded_by_os})" if row.loaded_by_os else "")
        return who, who, ""


TICKET_SORT_COLUMNS = ("ticket_no", "opened_at", "status", "product_line", "model", "fault_category", "warranty",
                       "engineer", "first_contact_met", "onsite_met", "completed_at", "visit_count", "repeat_repair")


class HqTicketsModel(PagedTableModel):
    """A branch's tickets in some months, a page at a time; a click on a header sorts in SQL."""

    def __init__(self, fetch: Callable[..., Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch_page = fetch
        self.branch_id: int | None = None
        self.months: list[date] = []
        self.order, self.descending, self.search = "ticket_no", False, ""

    def show(self, branch_id: int, months: Sequence[date], search: str = "") -> None:
        self.branch_id, self.months, self.search = branch_id, list(months), search
        self.reload()

    def total(self) -> int:
        return self._total

    def _fetch(self, offset: int, limit: int) -> Any:
        if self.branch_id is None or not self.months:
            return _Empty()
        return self._fetch_page(self.branch_id, self.months, offset, limit, self.order, self.descending, self.search)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(TICKET_SORT_COLUMNS):
            self.order = TICKET_SORT_COLUMNS[column]
            self.descending = order == Qt.SortOrder.DescendingOrder
            if self.branch_id is not None:
                self.reload()

    def _headers(self) -> list[str]:
        return [
            QCoreApplication.translate("HqModels", "Ticket no."),
            QCoreApplication.translate("HqModels", "Opened"),
            QCoreApplication.translate("HqModels", "Status"),
            QCoreApplication.translate("HqModels", "Product line"),
            QCoreApplication.translate("HqModels", "Model"),
            QCoreApplication.translate("HqModels", "Fault"),
            QCoreApplication.translate("HqModels", "Warranty"),
            QCoreApplication.translate("HqModels", "Engineer"),
            QCoreApplication.translate("HqModels", "Contacted in time"),
            QCoreApplication.translate("HqModels", "On site in time"),
            QCoreApplication.translate("HqModels", "Completed"),
            QCoreApplication.translate("HqModels", "Visits"),
            QCoreApplication.translate("HqModels", "Repeat repair"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self._rows[index.row()]
        values = (r.ticket_no, wall_time(r.opened_at), r.status, r.product_line, r.model, r.fault_category,
                  r.warranty, r.engineer, yes_no(r.first_contact_met), yes_no(r.onsite_met),
                  wall_time(r.completed_at), str(r.visit_count), yes_no(r.repeat_repair))
        return values[index.column()]


class _Empty:
    rows: tuple[Any, ...] = ()
    total = 0


__all__ = ["PAGE", "BranchFiguresModel", "GradesModel", "HqTicketsModel", "LoadsModel", "MonthFiguresModel",
           "QualityModel", "ReturnsModel"]
