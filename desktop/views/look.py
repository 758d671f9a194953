"""The one place for the application's look: style, palette, spacing, and the colours every view shares.

Every PC gets the same Fusion style and light palette (a clerk's screenshots, the user guide and support calls all
show the same window), one spacing for every layout, and one set of colours: alerts, the board's visit states (with
the legend drawn from the same table) and the dashboard's chart series."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

# Spacing in logical pixels: between widgets in a layout, and around a window's or group's content.
SPACING = 6
MARGIN = 9

# Text that needs attention now (overdue clocks, owing money, missing signing key).
ALERT = QColor("#b00020")
ALERT_HEX = ALERT.name()
# A calm "done / valid" and a "check this" colour for status labels.
GOOD = QColor("#1b7f3b")
WARN = QColor("#a15c00")
MUTED = QColor("#6b7280")

# The dispatch board's visit blocks; the legend under the board is drawn from this table, so they always agree.
VISIT_STATUS_COLOURS: dict[str, QColor] = {
    "dispatched": QColor("#cfe2ff"),
    "scheduled": QColor("#c8ecd0"),
    "on_site": QColor("#ffe3b3"),
    "resolved": QColor("#e2e2e2"),
    "unresolved": QColor("#f8c9c4"),
}
# Waiting tickets that came back after an unresolved visit stand out in the panel.
ESCALATED_FILL = QColor("#fff1e0")

# Chart series: twelve colours that stay apart from each other for common colour-vision deficiencies (Tableau 10
# and two darker extras), so no two legend entries of one chart share a colour.
SERIES_COLOURS: tuple[QColor, ...] = tuple(QColor(c) for c in (
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2",
    "#edc948", "#9c755f", "#ff9da7", "#bab0ac", "#1f3b73", "#8c564b",
))


# A ticket state keeps its colour in every chart and period (the dashboard's stacked bars): eleven states, eleven
# colours that differ in hue and lightness, open states warm, finished ones cool, cancelled grey.
TICKET_STATUS_COLOURS: dict[str, QColor] = {code: QColor(value) for code, value in (
    ("new", "#f28e2b"), ("triage", "#edc948"), ("resolved_by_phone", "#76b7b2"), ("dispatched", "#4e79a7"),
    ("scheduled", "#59a14f"), ("on_site", "#ff9da7"), ("completed", "#1f3b73"), ("unresolved", "#e15759"),
    ("escalated", "#b07aa1"), ("closed", "#9c755f"), ("cancelled", "#bab0ac"),
)}


def status_colour(state: str, index: int = 0) -> QColor:
    return TICKET_STATUS_COLOURS.get(state) or series_colour(index)


# Figures written on chart bars, and the light bar colour they stay readable on.
LABEL_COLOUR = QColor("#1f2937")
LIGHT_BAR = QColor("#9ecae9")


def series_colour(index: int) -> QColor:
    return SERIES_COLOURS[index % len(SERIES_COLOURS)]


def alert_style(on: bool = True) -> str:
    """The style sheet of a label or button that needs attention (empty: the normal look)."""
    return f"color: {ALERT_HEX}; font-weight: bold;" if on else ""


class _Spacing(QProxyStyle):
    """Every layout that does not set its own spacing gets the same one (Designer forms mostly leave it)."""

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,
                    widget: QWidget | None = None) -> int:
        if metric in (QStyle.PixelMetric.PM_LayoutHorizontalSpacing, QStyle.PixelMetric.PM_LayoutVerticalSpacing):
            return SPACING
        if metric in (QStyle.PixelMetric.PM_LayoutLeftMargin, QStyle.PixelMetric.PM_LayoutRightMargin,
                      QStyle.PixelMetric.PM_LayoutTopMargin, QStyle.PixelMetric.PM_LayoutBottomMargin):
            return MARGIN
        return super().pixelMetric(metric, option, widget)


def _palette() -> QPalette:
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#f3f4f6", role.WindowText: "#1f2937", role.Base: "#ffffff", role.AlternateBase: "#f6f8fb",
        role.Text: "#1f2937", role.Button: "#e9ecf1", role.ButtonText: "#1f2937", role.Highlight: "#2f6fb5",
        role.HighlightedText: "#ffffff", role.ToolTipBase: "#fffbe6", role.ToolTipText: "#1f2937",
        role.Link: "#1d5fa8", role.PlaceholderText: "#8a94a3", role.Mid: "#c4cad3", role.Dark: "#9aa3af",
        role.Light: "#ffffff", role.Midlight: "#eef0f3", role.Shadow: "#6b7280",
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor("#9aa3af"))
    return palette


# The few widgets with a look of their own get it as their own style sheet, never one on the application: an
# application style sheet puts every widget of every window through Qt's style-sheet style (its rules matched for
# each widget, every size and drawing asked through it): ~35 ms CPU of building and drawing the main window, and
# the sign-in dialog's share of its start. These are the only widgets it styled.
NAVIGATION_STYLE = "QListWidget { font-size: 11pt; } QListWidget::item { padding: 4px 6px; }"
EMPTY_STATE_STYLE = "QLabel { color: #4b5563; font-size: 11pt; }"
LEGEND_STYLE = "QLabel { color: #374151; }"
REMINDER_STYLE = f"QPushButton {{ color: {ALERT_HEX}; font-weight: bold; border: none; }}"


def apply_look(app: QApplication) -> None:
    """Called once at start, before any window is built."""
    style = _Spacing("Fusion")
    app.setStyle(style)
    app.setPalette(_palette())
    app.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
