"""DispatchBoardWidget: engineers × days (week) or × hours (day), visits drawn as blocks, drag and drop to plan.

A painted grid rather than a QTableView with cell widgets: 50 engineers × 7 days with 2,000 visits must draw in
well under 100 ms, and one paintEvent over precomputed rectangles does that; hit testing uses the same rectangles.
Drops are handled by `handle_drop(mime, pos)`, which the drop event calls and tests can call directly (offscreen
Qt cannot run a real drag loop).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QEvent, QMimeData, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from desktop.clock import BRANCH_TZ, to_local
from desktop.i18n import catalogue_name
from desktop.services.dispatch.dispatch_records import Board, BoardEngineer, BoardVisit, CellLoad, VisitRow
from desktop.views.dispatch.dispatch_messages import warning_text
from desktop.views.look import ALERT, VISIT_STATUS_COLOURS

TICKET_MIME = "application/x-servicedesk-ticket"
VISIT_MIME = "application/x-servicedesk-visit"

NAME_WIDTH = 132
HEADER_HEIGHT = 34
LOAD_HEIGHT = 17
BLOCK_HEIGHT = 17
MAX_BLOCKS = 5
MIN_DAY_WIDTH = 150
HOUR_WIDTH = 64
DAY_FIRST_HOUR = 7
DAY_LAST_HOUR = 21
DEFAULT_MINUTES = 120
SNAP_MINUTES = 30
# The block's text inset (3 px left, 2 px right) and its border.
BLOCK_PADDING = 9

# The block colours (and the legend under the board) come from the one palette module.
STATUS_COLOURS = VISIT_STATUS_COLOURS
GRID_PEN = QColor("#c9ced6")
DAY_OFF_FILL = QColor("#f1f1f1")
DROP_FILL = QColor(255, 214, 102, 90)
WARNING_PEN = ALERT


def ticket_mime(ticket_id: int, version: int) -> QMimeData:
    mime = QMimeData()
    mime.setData(TICKET_MIME, json.dumps({"ticket_id": ticket_id, "version": version}).encode())
    return mime


def visit_mime(visit: BoardVisit) -> QMimeData:
    mime = QMimeData()
    payload = {"visit_id": visit.id, "version": visit.version,
               "minutes": int((visit.end - visit.start).total_seconds() // 60),
               "start": visit.start.isoformat()}
    mime.setData(VISIT_MIME, json.dumps(payload).encode())
    return mime


def _payload(mime: QMimeData, kind: str) -> dict[str, object] | None:
    if not mime.hasFormat(kind):
        return None
    try:
        data = json.loads(bytes(mime.data(kind).data()).decode())
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


@dataclass(frozen=True)
class BoardSlot:
    engineer_id: int
    day: date
    # None in the week view: the drop picks the engineer's first free time that day.
    start: time | None


@dataclass
class _Block:
    rect: QRectF
    visit: BoardVisit
    text: str


class DispatchBoardWidget(QWidget):
    ticket_dropped = Signal(int, int, int, object, object)  # ticket id, version, engineer id, start, end (UTC)
    visit_dropped = Signal(int, int, int, object, object)  # visit id, version, engineer id, start, end (UTC)
    visit_selected = Signal(int)
    visit_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dispatch_board")
        self.setAcceptDrops(True)
        # False for a role that may not plan or move visits (an engineer sees their own lane only).
        self.movable = True
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._board: Board | None = None
        self._day_view = False
        self._blocks: list[_Block] = []
        self._overflow: dict[tuple[int, int], int] = {}
        self._row_tops: list[float] = []
        self._row_heights: list[float] = []
        self._selected_visit: int | None = None
        self._press_pos: QPoint | None = None
        self._press_block: _Block | None = None
        self._drop_rect: QRectF | None = None
        self._bold = QFont(self.font())
        self._bold.setBold(True)

    # ---- data ----------------------------------------------------------------------------------------------------

    def set_board(self, board: Board, *, day_view: bool = False) -> None:
        self._board = board
        self._day_view = day_view
        self._layout_blocks()
        self.update()

    @property
    def board(self) -> Board | None:
        return self._board

    @property
    def day_view(self) -> bool:
        return self._day_view

    def selected_visit(self) -> BoardVisit | None:
        return next((b.visit for b in self._blocks if b.visit.id == self._selected_visit), None)

    def select_visit(self, visit_id: int | None) -> None:
        self._selected_visit = visit_id
        self.update()
        if visit_id is not None:
            self.visit_selected.emit(visit_id)

    def apply_visit(self, row: VisitRow) -> None:
        """Show a saved move at once, before the background reload confirms it: the dispatcher sees the block
        land where it was dropped without waiting for the whole board to be read again."""
        board = self._board
        if board is None:
            return
        old = next((v for v in board.visits if v.id == row.id), None)
        if old is None:
            return
        new = replace(old, engineer_id=row.engineer_id, status=row.status, start=row.planned_start,
                      end=row.planned_end, agreed_start=row.agreed_start, agreed_end=row.agreed_end,
                      warnings=row.warnings, override_reason=row.override_reason, version=row.version)
        visits = tuple(sorted((new if v.id == row.id else v for v in board.visits),
                              key=lambda v: (v.engineer_id, v.start, v.id)))
        loads = dict(board.loads)
        for visit in (old, new):
            key = (visit.engineer_id, to_local(visit.start).date())
            same = [v for v in visits if v.engineer_id == key[0] and to_local(v.start).date() == key[1]]
            loads[key] = CellLoad(key[0], key[1], len(same),
                                  sum(int((v.end - v.start).total_seconds() // 60) for v in same))
        self.set_board(replace(board, visits=visits, loads=loads), day_view=self._day_view)

    def engineers(self) -> tuple[BoardEngineer, ...]:
        return self._board.engineers if self._board else ()

    # ---- geometry ------------------------------------------------------------------------------------------------

    def _columns(self) -> int:
        if self._board is None:
            return 0
        return DAY_LAST_HOUR - DAY_FIRST_HOUR if self._day_view else self._board.days

    def _column_width(self) -> float:
        if self._day_view:
            return float(HOUR_WIDTH)
        columns = max(self._columns(), 1)
        return max(float(MIN_DAY_WIDTH), (self.width() - NAME_WIDTH) / columns)

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def minimumSizeHint(self) -> QSize:
        columns = self._columns()
        width = NAME_WIDTH + columns * (HOUR_WIDTH if self._day_view else MIN_DAY_WIDTH)
        if self._day_view and self._blocks:
            # A late visit's block, widened to show its whole number, may reach past the last hour.
            width = max(width, math.ceil(max(b.rect.right() for b in self._blocks)) + 2)
        height = HEADER_HEIGHT + int(sum(self._row_heights))
        return QSize(width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._day_view:
            self._layout_blocks()

    def _layout_blocks(self) -> None:
        """Block rectangles and texts for the current board, computed once per board or resize, not per paint."""
        self._blocks, self._overflow = [], {}
        self._row_tops, self._row_heights = [], []
        board = self._board
        if board is None:
            self.updateGeometry()
            return
        by_engineer: dict[int, list[BoardVisit]] = {}
        for visit in board.visits:
            by_engineer.setdefault(visit.engineer_id, []).append(visit)
        width = self._column_width()
        top = float(HEADER_HEIGHT)
        for row, engineer in enumerate(board.engineers):
            visits = by_engineer.get(engineer.id, [])
            height = (self._layout_day_row if self._day_view else self._layout_week_row)(row, top, width, visits)
            self._row_tops.append(top)
            self._row_heights.append(height)
            top += height
        self.setMinimumSize(self.minimumSizeHint())
        self.updateGeometry()

    def _layout_week_row(self, row: int, top: float, width: float, visits: list[BoardVisit]) -> float:
        assert self._board is not None
        first = self._board.first_day
        per_day: dict[int, int] = {}
        for visit in visits:
            start, end = to_local(visit.agreed_start or visit.start), to_local(visit.agreed_end or visit.end)
            column = (start.date() - first).days
            if not 0 <= column < self._board.days:
                continue
            index = per_day.get(column, 0)
            per_day[column] = index + 1
            if index >= MAX_BLOCKS:
                self._overflow[(row, column)] = index + 1 - MAX_BLOCKS
                continue
            rect = QRectF(NAME_WIDTH + column * width + 3, top + LOAD_HEIGHT + index * BLOCK_HEIGHT + 1, width - 6,
                          BLOCK_HEIGHT - 2)
            # "~" marks a planned time not yet agreed with the customer. Formatting by hand: strftime imports a
            # module on every call, which PySide's import hook makes slow across 2,000 blocks.
            mark = "" if visit.agreed_start else "~"
            text = (f"{mark}{start.hour:02d}:{start.minute:02d}-{end.hour:02d}:{end.minute:02d} "
                    f"{_short_number(visit.ticket_number)} {visit.customer_name}")
            self._blocks.append(_Block(rect, visit, text))
        shown = min(max(per_day.values(), default=0), MAX_BLOCKS)
        return float(LOAD_HEIGHT + max(shown, 2) * BLOCK_HEIGHT + (BLOCK_HEIGHT if self._overflow_in_row(row) else 4))

    def _overflow_in_row(self, row: int) -> bool:
        return any(r == row for r, _ in self._overflow)

    def _layout_day_row(self, row: int, top: float, width: float, visits: list[BoardVisit]) -> float:
        # A block is at least as wide as its ticket number, so a short visit never cuts the number; lanes are
        # given by the drawn extent, so a widened block never covers the next visit.
        metrics = QFontMetricsF(self.font())
        lanes: list[float] = []
        placed: list[tuple[int, BoardVisit, float, float]] = []
        for visit in sorted(visits, key=lambda v: v.start):
            start, end = to_local(visit.agreed_start or visit.start), to_local(visit.agreed_end or visit.end)
            x1 = self._x_for(start)
            x2 = max(self._x_for(end), x1 + metrics.horizontalAdvance(visit.ticket_number) + BLOCK_PADDING)
            lane = next((i for i, busy_until in enumerate(lanes) if busy_until <= x1), len(lanes))
            if lane == len(lanes):
                lanes.append(x2)
            else:
                lanes[lane] = x2
            placed.append((lane, visit, x1, x2))
        for lane, visit, x1, x2 in placed:
            rect = QRectF(x1 + 1, top + LOAD_HEIGHT + lane * BLOCK_HEIGHT + 1, x2 - x1 - 2, BLOCK_HEIGHT - 2)
            self._blocks.append(_Block(rect, visit, f"{visit.ticket_number} {visit.customer_name}"))
        return float(LOAD_HEIGHT + max(len(lanes), 2) * BLOCK_HEIGHT + 4)

    def _x_for(self, moment: datetime) -> float:
        hours = moment.hour + moment.minute / 60 - DAY_FIRST_HOUR
        hours = min(max(hours, 0.0), float(DAY_LAST_HOUR - DAY_FIRST_HOUR))
        return NAME_WIDTH + hours * HOUR_WIDTH

    def _row_at(self, y: float) -> int | None:
        for row, top in enumerate(self._row_tops):
            if top <= y < top + self._row_heights[row]:
                return row
        return None

    def cell_rect(self, engineer_id: int, day: date, hour: int | None = None) -> QRectF:
        """Where a cell is on screen (tests and the drop highlight use it)."""
        assert self._board is not None
        row = next(i for i, e in enumerate(self._board.engineers) if e.id == engineer_id)
        if self._day_view:
            x = NAME_WIDTH + ((hour if hour is not None else DAY_FIRST_HOUR) - DAY_FIRST_HOUR) * HOUR_WIDTH
            return QRectF(x, self._row_tops[row], HOUR_WIDTH, self._row_heights[row])
        width = self._column_width()
        column = (day - self._board.first_day).days
        return QRectF(NAME_WIDTH + column * width, self._row_tops[row], width, self._row_heights[row])

    def slot_at(self, pos: QPointF | QPoint) -> BoardSlot | None:
        board = self._board
        if board is None or pos.x() < NAME_WIDTH or pos.y() < HEADER_HEIGHT:
            return None
        row = self._row_at(pos.y())
        if row is None:
            return None
        engineer = board.engineers[row]
        if self._day_view:
            minutes = (pos.x() - NAME_WIDTH) / HOUR_WIDTH * 60
            minutes = int(math.floor(minutes / SNAP_MINUTES) * SNAP_MINUTES) + DAY_FIRST_HOUR * 60
            if minutes >= DAY_LAST_HOUR * 60:
                return None
            return BoardSlot(engineer.id, board.first_day, time(minutes // 60, minutes % 60))
        column = int((pos.x() - NAME_WIDTH) // self._column_width())
        if not 0 <= column < board.days:
            return None
        return BoardSlot(engineer.id, board.first_day + timedelta(days=column), None)

    def block_at(self, pos: QPointF | QPoint) -> BoardVisit | None:
        point = QPointF(pos)
        return next((b.visit for b in self._blocks if b.rect.contains(point)), None)

    def block_rect(self, visit_id: int) -> QRectF | None:
        return next((QRectF(b.rect) for b in self._blocks if b.visit.id == visit_id), None)

    # ---- dropping ------------------------------------------------------------------------------------------------

    def first_free_start(self, engineer: BoardEngineer, day: date, minutes: int, *,
                         ignore_visit: int | None = None) -> datetime:
        """Week view drops name a day, not an hour: take the first gap of `minutes` after the day's start."""
        candidate = datetime.combine(day, engineer.work_start, tzinfo=BRANCH_TZ)
        assert self._board is not None
        busy = sorted(
            (to_local(v.start), to_local(v.end)) for v in self._board.visits
            if v.engineer_id == engineer.id and v.id != ignore_visit and to_local(v.start).date() == day
        )
        for start, end in busy:
            if candidate + timedelta(minutes=minutes) <= start:
                break
            candidate = max(candidate, end)
        snapped = math.ceil((candidate.hour * 60 + candidate.minute) / SNAP_MINUTES) * SNAP_MINUTES
        return datetime.combine(day, time(0), tzinfo=BRANCH_TZ) + timedelta(minutes=snapped)

    def handle_drop(self, mime: QMimeData, pos: QPointF | QPoint) -> bool:
        """Turn a drop at `pos` into a ticket_dropped or visit_dropped signal; False when nothing applies."""
        slot = self.slot_at(pos)
        if slot is None or self._board is None:
            return False
        engineer = next(e for e in self._board.engineers if e.id == slot.engineer_id)
        ticket = _payload(mime, TICKET_MIME)
        if ticket is not None:
            start = self._slot_start(engineer, slot, DEFAULT_MINUTES, None, None)
            self.ticket_dropped.emit(int(ticket["ticket_id"]), int(ticket["version"]), engineer.id, start,  # type: ignore[call-overload]
                                     start + timedelta(minutes=DEFAULT_MINUTES))
            return True
        visit = _payload(mime, VISIT_MIME)
        if visit is not None:
            minutes = int(visit["minutes"])  # type: ignore[call-overload]
            old_start = to_local(datetime.fromisoformat(str(visit["start"])))
            start = self._slot_start(engineer, slot, minutes, int(visit["visit_id"]), old_start)  # type: ignore[call-overload]
            self.visit_dropped.emit(int(visit["visit_id"]), int(visit["version"]), engineer.id, start,  # type: ignore[call-overload]
                                    start + timedelta(minutes=minutes))
            return True
        return False

    def _slot_start(self, engineer: BoardEngineer, slot: BoardSlot, minutes: int, visit_id: int | None,
                    old_start: datetime | None) -> datetime:
        if slot.start is not None:
            return datetime.combine(slot.day, slot.start, tzinfo=BRANCH_TZ)
        if old_start is not None:
            # A visit dragged to another day or engineer in the week view keeps its time of day.
            return datetime.combine(slot.day, old_start.timetz().replace(tzinfo=None), tzinfo=BRANCH_TZ)
        return self.first_free_start(engineer, slot.day, minutes, ignore_visit=visit_id)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(TICKET_MIME) or event.mimeData().hasFormat(VISIT_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        slot = self.slot_at(event.position())
        if slot is None:
            self._drop_rect = None
            event.ignore()
        else:
            hour = slot.start.hour if slot.start else None
            self._drop_rect = self.cell_rect(slot.engineer_id, slot.day, hour)
            event.acceptProposedAction()
        self.update()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._drop_rect = None
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:
        self._drop_rect = None
        if self.handle_drop(event.mimeData(), event.position()):
            event.acceptProposedAction()
        else:
            event.ignore()
        self.update()

    # ---- dragging a visit ----------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_pos = event.position().toPoint()
            self._press_block = next((b for b in self._blocks if b.rect.contains(event.position())), None)
            self.select_visit(self._press_block.visit.id if self._press_block else None)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if (self._press_block is not None and self._press_pos is not None
                and event.buttons() & Qt.MouseButton.LeftButton
                and (event.position().toPoint() - self._press_pos).manhattanLength()
                >= QApplication.startDragDistance()):
            block, self._press_block = self._press_block, None
            if self.movable and block.visit.status in ("dispatched", "scheduled"):
                self.start_drag(visit_mime(block.visit))
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press_block = None
        self._press_pos = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        visit = self.block_at(event.position())
        if visit is not None:
            self.visit_activated.emit(visit.id)

    def start_drag(self, mime: QMimeData) -> None:
        """Runs Qt's drag loop; a test replaces it to hand the mime data straight to handle_drop."""
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.MoveAction)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            visit = self.block_at(event.pos())
            if visit is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._tooltip(visit), self)
            return True
        return super().event(event)

    def _tooltip(self, visit: BoardVisit) -> str:
        start, end = to_local(visit.start), to_local(visit.end)
        lines = [
            self.tr("{number} (round {round})").format(number=visit.ticket_number, round=visit.round)
            + (" " + self.tr("(installation)") if visit.kind == "installation" else ""),
            f"{visit.customer_name} · {visit.place} · {_line_name(visit)}",
            self.tr("Agreed {start}-{end}").format(start=f"{start:%m-%d %H:%M}", end=f"{end:%H:%M}")
            if visit.agreed_start else
            self.tr("Planned {start}-{end}, time not yet agreed").format(start=f"{start:%m-%d %H:%M}",
                                                                         end=f"{end:%H:%M}"),
        ]
        lines.extend(warning_text(code) for code in visit.warnings)
        if visit.override_reason:
            lines.append(self.tr("Override: {reason}").format(reason=visit.override_reason))
        return "\n".join(lines)

    # ---- painting ------------------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().base())
        board = self._board
        if board is None:
            painter.end()
            return
        clip = QRectF(event.rect())
        width = self._column_width()
        columns = self._columns()
        right = NAME_WIDTH + columns * width
        self._paint_header(painter, board, width, columns)
        for row, engineer in enumerate(board.engineers):
            top, height = self._row_tops[row], self._row_heights[row]
            if top > clip.bottom() or top + height < clip.top():
                continue
            self._paint_row(painter, board, row, engineer, top, height, width, columns)
        painter.setPen(GRID_PEN)
        painter.drawLine(QPointF(right, 0), QPointF(right, self._row_tops[-1] + self._row_heights[-1]
                                                     if self._row_tops else HEADER_HEIGHT))
        painter.setFont(self.font())
        for block in self._blocks:
            if block.rect.intersects(clip):
                self._paint_block(painter, block)
        if self._drop_rect is not None:
            painter.fillRect(self._drop_rect, DROP_FILL)
        painter.end()

    def _paint_header(self, painter: QPainter, board: Board, width: float, columns: int) -> None:
        painter.setPen(self.palette().text().color())
        painter.setFont(self._bold)
        painter.drawText(QRectF(4, 0, NAME_WIDTH - 8, HEADER_HEIGHT), Qt.AlignmentFlag.AlignVCenter,
                         self.tr("Engineer"))
        for column in range(columns):
            rect = QRectF(NAME_WIDTH + column * width, 0, width, HEADER_HEIGHT)
            if self._day_view:
                label = f"{DAY_FIRST_HOUR + column:02d}:00"
            else:
                day = board.first_day + timedelta(days=column)
                label = self.locale().toString(QDate(day.year, day.month, day.day), "ddd MM-dd")
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        painter.setPen(GRID_PEN)
        painter.drawLine(QPointF(0, HEADER_HEIGHT - 0.5), QPointF(NAME_WIDTH + columns * width, HEADER_HEIGHT - 0.5))

    def load_caption(self, visits: int, minutes: int) -> str:
        """An engineer's load for a day: "1 visit · 2.0 h", "3 visits · 6.0 h" (never "1 visits")."""
        hours = f"{minutes / 60:.1f}"
        if visits == 1:
            return self.tr("1 visit · {hours} h").format(hours=hours)
        return self.tr("{visits} visits · {hours} h").format(visits=visits, hours=hours)

    def _paint_row(self, painter: QPainter, board: Board, row: int, engineer: BoardEngineer, top: float,
                   height: float, width: float, columns: int) -> None:
        text_colour = self.palette().text().color()
        for column in range(columns):
            day = board.first_day if self._day_view else board.first_day + timedelta(days=column)
            rect = QRectF(NAME_WIDTH + column * width, top, width, height)
            hour = DAY_FIRST_HOUR + column
            off = not engineer.works_on(day) or (self._day_view and not (
                engineer.work_start.hour <= hour < max(engineer.work_end.hour, engineer.work_start.hour + 1)))
            if off:
                painter.fillRect(rect, DAY_OFF_FILL)
            painter.setPen(GRID_PEN)
            painter.drawLine(rect.topLeft(), rect.bottomLeft())
            if not self._day_view:
                load = board.load(engineer.id, day)
                if load.visits:
                    painter.setPen(text_colour)
                    painter.drawText(QRectF(rect.left() + 4, top, width - 8, LOAD_HEIGHT),
                                     Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                                     self.load_caption(load.visits, load.minutes))
                extra = self._overflow.get((row, column))
                if extra:
                    painter.setPen(text_colour)
                    painter.drawText(QRectF(rect.left() + 4, top + height - BLOCK_HEIGHT, width - 8, BLOCK_HEIGHT),
                                     Qt.AlignmentFlag.AlignVCenter, self.tr("+{count} more").format(count=extra))
        if self._day_view:
            load = board.load(engineer.id, board.first_day)
            caption = self.load_caption(load.visits, load.minutes)
        else:
            caption = engineer.phone
        painter.setPen(text_colour)
        painter.setFont(self._bold)
        painter.drawText(QRectF(4, top + 2, NAME_WIDTH - 8, LOAD_HEIGHT), Qt.AlignmentFlag.AlignVCenter,
                         engineer.name)
        painter.setFont(self.font())
        painter.drawText(QRectF(4, top + LOAD_HEIGHT, NAME_WIDTH - 8, LOAD_HEIGHT), Qt.AlignmentFlag.AlignVCenter,
                         caption)
        painter.setPen(GRID_PEN)
        painter.drawLine(QPointF(0, top + height - 0.5), QPointF(NAME_WIDTH + columns * width, top + height - 0.5))

    def _paint_block(self, painter: QPainter, block: _Block) -> None:
        visit = block.visit
        painter.fillRect(block.rect, STATUS_COLOURS.get(visit.status, STATUS_COLOURS["dispatched"]))
        if visit.warnings or visit.id == self._selected_visit:
            pen = QPen(WARNING_PEN if visit.warnings else self.palette().highlight().color(),
                       2 if visit.id == self._selected_visit else 1)
            painter.setPen(pen)
            painter.drawRect(block.rect)
        painter.setPen(Qt.GlobalColor.black)
        area = block.rect.adjusted(3, 0, -2, 0)
        painter.drawText(area, Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine,
                         card_text(block.text, QFontMetricsF(painter.font()), area.width()))


def card_text(text: str, metrics: QFontMetricsF, width: float) -> str:
    """A card's line as wide as the card: a long customer name ends in "…" instead of being cut through a
    character (the tooltip gives the whole name, the time and the ticket)."""
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def _short_number(number: str) -> str:
    """AY01-20261124-0005 -> 1124-0005: the week cell is narrow; branch and year are the same for every block
    and the full number is in the tooltip."""
    parts = number.split("-")
    if len(parts) == 3 and len(parts[1]) == 8:
        return f"{parts[1][4:]}-{parts[2]}"
    return number


def _line_name(visit: BoardVisit) -> str:
    """The product line as people read it, in the interface language (never its code)."""
    return catalogue_name(visit.product_line_zh, visit.product_line_en) or visit.product_line
