"""A chart's legend as a widget under the chart: a colour chip and the whole name of each series, wrapping onto as
many lines as the width needs.

Qt Charts' own legend has the chart's room only: at 150 % it cut the daily chart's eleven states off at the bottom
and shortened the first-visit slices to "Fixed on the first…". A word-wrapped label grows in height instead, and
each entry (chip and name) stays on one line."""

from __future__ import annotations

from html import escape

from PySide6.QtCharts import QAbstractBarSeries, QChart, QLineSeries, QPieSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


def legend_entries(chart: QChart) -> list[tuple[QColor, str]]:
    """(colour, name) of every bar set, pie slice and line in `chart`, in the order they are drawn."""
    entries: list[tuple[QColor, str]] = []
    for series in chart.series():
        if isinstance(series, QAbstractBarSeries):
            entries += [(bar.color(), bar.label()) for bar in series.barSets()]
        elif isinstance(series, QPieSeries):
            entries += [(piece.color(), piece.label()) for piece in series.slices()]
        elif isinstance(series, QLineSeries):
            entries.append((series.color(), series.name()))
    return entries


class ChartLegend(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart_legend")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.names: list[str] = []

    def set_entries(self, entries: list[tuple[QColor, str]]) -> None:
        self.names = [name for _colour, name in entries]
        # No break inside an entry, breaks between entries. Qt's rich text ignores `white-space: nowrap` on a span
        # and breaks Chinese between any two characters ("受" / "理"), so the entry's characters are joined by
        # WORD JOINER (U+2060), which forbids a break and draws nothing.
        self.setText(" &nbsp; ".join(
            f'<span style="color:{colour.name()}">■</span>&nbsp;{escape(_unbreakable(name))}'
            for colour, name in entries))
        self.setVisible(bool(entries))


def _unbreakable(text: str) -> str:
    """The text with no line break possible inside it (spaces become no-break spaces)."""
    return "\u2060".join(text.replace(" ", "\u00a0"))
