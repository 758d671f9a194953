"""TicketTableModel: all tickets as a lazily paged table. rowCount grows with fetchMore (cheap: no data is read
then); rows are read a page at a time when the view asks for them, and only a few pages are kept, so even a
million tickets never sit in memory. Sorting and filtering re-query in SQL."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.clock import local_today, to_local, utc_now
from desktop.i18n import catalogue_name
from desktop.services.core.actor import Actor
from desktop.services.tickets.ticket_service import TicketFilter, TicketRow, TicketService
from desktop.views.icons import icon
from desktop.views.intake.intake_text import priority_names
from desktop.views.look import ALERT
from desktop.views.tickets.ticket_text import status_names

PAGE_SIZE = 200
CACHED_PAGES = 12
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()

# Widths (px, the fitter's padding included) beyond which a customer's or a product line's name is elided.
CUSTOMER_WIDTH = 100
PRODUCT_WIDTH = 125
# Columns whose text may be cut (elided, or the stretching fault column): their tooltip is the whole text.
WHOLE_TEXT_TIPS = frozenset({"customer", "product_line", "fault", "status", "opened_at"})

# (column key, sort key or None when the column cannot be sorted in SQL)
COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("number", "number"),
    ("opened_at", "opened_at"),
    ("status", "status"),
    ("priority", "priority"),
    ("customer", "customer"),
    ("phone", None),
    ("district", None),
    ("product_line", "product_line"),
    ("fault", None),
    ("engineer", "engineer"),
    ("next_due", None),
)
COLUMN_KEYS = tuple(key for key, _sort in COLUMNS)


class TicketTableModel(QAbstractTableModel):
    def __init__(self, service: TicketService, actor: Actor, parent: QObject | None = None,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._service = service
        self._actor = actor
        self._page_size = page_size
        self._filter = TicketFilter()
        self._sort = "opened_at"
        self._descending = True
        self._pages: OrderedDict[int, tuple[TicketRow, ...]] = OrderedDict()
        self._revealed = 0
        self.total = 0
        self._this_year = local_today().year
        self._statuses = status_names()
        self._priorities = priority_names()

    # --- querying ---------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Count and read the first page again (after a filter, sort or a saved ticket)."""
        self.beginResetModel()
        self._pages.clear()
        self._this_year = local_today().year  # a list left open over New Year's Eve
        first = self._service.list_page(self._actor, self._filter, self._sort, self._descending, 0,
                                        self._page_size, with_total=True)
        self.total = first.total or 0
        self._pages[0] = first.rows
        self._revealed = min(self.total, self._page_size)
        self.endResetModel()

    def set_filter(self, ticket_filter: TicketFilter) -> None:
        self._filter = ticket_filter
        self.reload()

    @property
    def ticket_filter(self) -> TicketFilter:
        return self._filter

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        self._sort = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def _page(self, number: int) -> tuple[TicketRow, ...]:
        page = self._pages.get(number)
        if page is None:
            page = self._service.list_page(self._actor, self._filter, self._sort, self._descending,
                                           number * self._page_size, self._page_size, with_total=False,
                                           total_hint=self.total).rows
            self._pages[number] = page
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page

    def row_at(self, row: int) -> TicketRow | None:
        if not 0 <= row < self._revealed:
            return None
        page = self._page(row // self._page_size)
        offset = row % self._page_size
        return page[offset] if offset < len(page) else None

    def loaded_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    # --- Qt model ---------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self._revealed

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and self._revealed < self.total

    def fetchMore(self, parent: Index = ROOT) -> None:
        if parent.isValid():
            return
        self._reveal(min(self.total, self._revealed + self._page_size))

    def reveal_all(self) -> None:
        """Make every row scrollable at once (End key, 'jump to last'); pages are still read only when shown."""
        self._reveal(self.total)

    def _reveal(self, count: int) -> None:
        if count <= self._revealed:
            return
        self.beginInsertRows(QModelIndex(), self._revealed, count - 1)
        self._revealed = count
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Number"), self.tr("Opened"), self.tr("Status"), self.tr("Priority"), self.tr("Customer"),
                  self.tr("Phone"), self.tr("District"), self.tr("Product"), self.tr("Fault"), self.tr("Engineer"),
                  self.tr("Due"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and key in WHOLE_TEXT_TIPS:
            return to_local(row.opened_at).strftime("%Y-%m-%d %H:%M") if key == "opened_at" else \
                self._display(row, key)
        if role == Qt.ItemDataRole.ForegroundRole and key == "next_due" and row.next_due_at is not None:
            return ALERT if row.next_due_at < utc_now() else None
        if key == "number" and row.is_repeat:
            # A mark, not a word after the number: "(repeat)" widened the number column of every page by a word,
            # and at 1366 px the last columns went behind a sideways scroll.
            if role == Qt.ItemDataRole.DecorationRole:
                return icon("repeat")
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr("Repeat repair (返修): the same fault on this unit again soon after a repair")
        return None

    def _display(self, row: TicketRow, key: str) -> str:
        if key == "number":
            return row.number
        if key == "opened_at":
            # This year's dates without the year, as the deadline column shows them (the tooltip has the year).
            opened = to_local(row.opened_at)
            return opened.strftime("%m-%d %H:%M" if opened.year == self._this_year else "%Y-%m-%d %H:%M")
        if key == "status":
            return self._statuses.get(row.status, row.status)
        if key == "next_due":
            return "" if row.next_due_at is None else to_local(row.next_due_at).strftime("%m-%d %H:%M")
        fault_name = (self.tr("Installation") if row.kind == "installation"
                      else catalogue_name(row.fault_name, row.fault_name_en))
        line = catalogue_name(row.product_line, row.product_line_en)
        values = {"priority": self._priorities.get(row.priority, row.priority), "customer": row.customer_name,
                  "phone": row.contact_phone, "district": row.district, "product_line": line,
                  "fault": f"{fault_name} {row.fault_text}".strip(), "engineer": row.engineer_name}
        return values.get(key, "")
