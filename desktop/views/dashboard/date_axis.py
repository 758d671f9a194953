"""A day-by-day chart's horizontal axis that shows dates: one label per day when they fit, else one per week
(Mondays) or every few weeks. A bar category axis with a label under each of thirty bars can only elide them
("⋮"); a category axis over the bar indexes puts readable dates where there is room."""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCharts import QCategoryAxis

# A "11-23" label needs about 40 px; the chart is at least 300 px wide.
MAX_LABELS = 7


def date_ticks(days: list[date], max_labels: int = MAX_LABELS) -> list[tuple[int, str]]:
    """(bar index, "MM-DD") for the days to label."""
    if len(days) <= max_labels:
        return [(i, f"{d:%m-%d}") for i, d in enumerate(days)]
    mondays = [i for i, d in enumerate(days) if d.weekday() == 0]
    step = max(1, math.ceil(len(mondays) / max_labels))
    chosen = mondays[::step]
    # The first day too, when the first labelled Monday is as far from it as labels are from each other.
    if not chosen or chosen[0] >= math.ceil(len(days) / max_labels):
        chosen = [0, *chosen]
    return [(i, f"{days[i]:%m-%d}") for i in chosen]


def date_axis(days: list[date]) -> QCategoryAxis:
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setRange(-0.5, max(len(days), 1) - 0.5)
    # A week is narrower than Qt Charts' room for a label once the legend takes the chart's side (English, 150 %):
    # the dates read "11-…". Whole labels, one a week, do not overlap.
    axis.setTruncateLabels(False)
    for index, text in date_ticks(days):
        axis.append(text, index)
    return axis
