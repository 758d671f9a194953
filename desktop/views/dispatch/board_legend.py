"""The legend under the dispatch board: what each block colour and the red outline mean (colours from look.py,
the same table the board paints with, so the two never disagree). One wrapping line of rich text, so a long
translation takes a second line instead of widening the window."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.views.look import ALERT, ESCALATED_FILL, LEGEND_STYLE, VISIT_STATUS_COLOURS

SWATCH = "&nbsp;" * 5


class BoardLegend(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("board_legend")
        self.setProperty("role", "legend")
        self.setStyleSheet(LEGEND_STYLE)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        names = self.status_names()
        parts = [f'<span style="background-color:{VISIT_STATUS_COLOURS[code].name()}">{SWATCH}</span>&nbsp;'
                 f"{escape(names[code])}" for code in names]
        warning = self.tr("red outline: needs a look (warning)")
        waiting = self.tr("waiting again after an unresolved visit")
        parts.append(f'<span style="color:{ALERT.name()}; font-weight:bold">▢</span>&nbsp;{escape(warning)}')
        parts.append(f'<span style="background-color:{ESCALATED_FILL.name()}">{SWATCH}</span>&nbsp;'
                     f"{escape(waiting)}")
        self.setText("&nbsp;&nbsp;&nbsp; ".join(parts))

    def status_names(self) -> dict[str, str]:
        return {"dispatched": self.tr("dispatched, time to agree"), "scheduled": self.tr("time agreed"),
                "on_site": self.tr("on site"), "resolved": self.tr("resolved"),
                "unresolved": self.tr("not resolved")}
