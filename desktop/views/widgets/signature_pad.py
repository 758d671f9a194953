"""SignaturePad: captures a handwritten signature from a pen (with pressure), a finger or the mouse, as vector strokes.

The strokes are kept in the `desktop.printing.signature` model so the printed report redraws them sharply; nothing
is rasterised here. Tablet and touch events are accepted so Qt does not also synthesise mouse events for them.
"""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QTabletEvent, QTouchEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop.printing.signature import (
    DEFAULT_PRESSURE,
    MAX_POINTS,
    MAX_STROKES,
    Point,
    StrokeSignature,
    make_signature,
    stroke_width,
)

# Points closer than this (pixels) to the previous one add nothing visible but bloat the stored JSON.
MIN_POINT_DISTANCE = 0.8
SCREEN_PEN_WIDTH = 2.4
INK = QColor("#0b1f4b")


class SignatureCanvas(QWidget):
    """The drawing surface; SignaturePad adds the Undo and Clear buttons around it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signature_canvas")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setMinimumSize(320, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._strokes: list[list[Point]] = []
        self._drawing = False

    def sizeHint(self) -> QSize:
        return QSize(480, 180)

    # ---- model -----------------------------------------------------------------------------------------------

    def stroke_lists(self) -> list[list[Point]]:
        return [list(s) for s in self._strokes]

    def set_stroke_lists(self, strokes: list[list[Point]]) -> None:
        self._strokes = [list(s) for s in strokes]
        self._drawing = False
        self.update()
        self.changed.emit()

    def point_count(self) -> int:
        return sum(len(s) for s in self._strokes)

    def undo(self) -> None:
        if self._strokes:
            self._strokes.pop()
            self._drawing = False
            self.update()
            self.changed.emit()

    def clear(self) -> None:
        if self._strokes:
            self._strokes.clear()
            self._drawing = False
            self.update()
            self.changed.emit()

    def _begin(self, pos: QPointF, pressure: float) -> None:
        if len(self._strokes) >= MAX_STROKES or self.point_count() >= MAX_POINTS:
            return  # the model would refuse more; stopping here keeps what was signed so far valid
        self._strokes.append([(pos.x(), pos.y(), pressure)])
        self._drawing = True
        self.update()

    def _extend(self, pos: QPointF, pressure: float) -> None:
        if not self._drawing or self.point_count() >= MAX_POINTS:
            return
        stroke = self._strokes[-1]
        last_x, last_y, _ = stroke[-1]
        if math.hypot(pos.x() - last_x, pos.y() - last_y) < MIN_POINT_DISTANCE:
            return
        stroke.append((pos.x(), pos.y(), pressure))
        margin = SCREEN_PEN_WIDTH * 2 + 2
        self.update(QRectF(QPointF(last_x, last_y), pos).normalized().adjusted(-margin, -margin, margin, margin)
                    .toAlignedRect())

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    # ---- input -----------------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), DEFAULT_PRESSURE)
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        # Track our own "drawing" flag: synthetic test events and some drivers report no buttons on move.
        self._extend(event.position(), DEFAULT_PRESSURE)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position(), DEFAULT_PRESSURE)
            self._end()
            event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        pressure = min(max(event.pressure(), 0.0), 1.0)
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position(), pressure)
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position(), pressure)
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            self._touch(event)  # type: ignore[arg-type]
            event.accept()
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        points = event.points()
        if event.type() in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel) or not points:
            self._end()
            return
        point = points[0]  # one finger signs; a second finger resting on the screen is ignored
        # Most touch screens report pressure 0 or 1 without measuring it; only a value in between is real.
        pressure = point.pressure() if 0.0 < point.pressure() < 1.0 else DEFAULT_PRESSURE
        if event.type() == QEvent.Type.TouchBegin:
            self._begin(point.position(), pressure)
        else:
            self._extend(point.position(), pressure)

    # ---- painting --------------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self.rect(), QColor("white"))
        baseline = int(self.height() * 0.78)
        painter.setPen(QPen(QColor("#b8c0cc"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(16, baseline, self.width() - 16, baseline)
        if not self._strokes:
            painter.setPen(QColor("#8a94a3"))
            painter.drawText(self.rect().adjusted(0, 0, 0, -self.height() // 3), Qt.AlignmentFlag.AlignCenter,
                             self.tr("Sign here"))
        pen = QPen(INK)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        for stroke in self._strokes:
            if len(stroke) == 1:
                x, y, p = stroke[0]
                pen.setWidthF(stroke_width(p, SCREEN_PEN_WIDTH))
                painter.setPen(pen)
                painter.drawPoint(QPointF(x, y))
                continue
            for (x1, y1, p1), (x2, y2, p2) in itertools.pairwise(stroke):
                pen.setWidthF(stroke_width((p1 + p2) / 2, SCREEN_PEN_WIDTH))
                painter.setPen(pen)
                painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))
        painter.setPen(QPen(QColor("#7a7a7a"), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()


class SignaturePad(QWidget):
    """A signature area with Undo and Clear; `strokes()` returns the signature for printing and storage."""

    signature_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signature_pad")
        self.canvas = SignatureCanvas(self)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setObjectName("undo_button")
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setObjectName("clear_button")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(buttons)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.canvas.changed.connect(self._on_canvas_changed)
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)

    def _on_canvas_changed(self) -> None:
        self._update_buttons()
        self.signature_changed.emit()

    def _on_undo_button_clicked(self) -> None:
        self.undo()

    def _on_clear_button_clicked(self) -> None:
        self.clear()

    def _update_buttons(self) -> None:
        has_strokes = self.canvas.point_count() > 0
        self.undo_button.setEnabled(has_strokes)
        self.clear_button.setEnabled(has_strokes)

    def undo(self) -> None:
        self.canvas.undo()

    def clear(self) -> None:
        self.canvas.clear()

    def is_empty(self) -> bool:
        return self.canvas.point_count() == 0

    def strokes(self) -> StrokeSignature:
        """The signature in canvas pixels; the printed size is chosen by the form."""
        width = max(self.canvas.width(), 1)
        height = max(self.canvas.height(), 1)
        return make_signature(width, height, self.canvas.stroke_lists())

    def set_strokes(self, signature: StrokeSignature) -> None:
        """Show a stored signature, scaled to the canvas (e.g. to review it before printing)."""
        scale = min(self.canvas.width() / signature.width, self.canvas.height() / signature.height) or 1.0
        self.canvas.set_stroke_lists([[(x * scale, y * scale, p) for x, y, p in s] for s in signature.strokes])
