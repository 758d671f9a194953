"""The 上门服务规范 checklist on paper: blank on the dispatch slip, as recorded on the service report."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.lib.units import mm
from reportlab.platypus import Table

from desktop.printing.labels import Labels
from desktop.printing.layout import CONTENT_WIDTH, SECTION_FILL, TickOptions, grid_style, para, styles
from desktop.rules.conduct import CONDUCT_ITEMS

COLUMNS = 2
BOX_WIDTH = 5 * mm


def conduct_table(labels: Labels, recorded: Mapping[str, bool] | None = None, *, hint: str = "") -> Table:
    """Two items a row, each with its tick box; `recorded` ticks the items kept (None prints empty boxes)."""
    s = styles()
    title = labels("sec_conduct") + (f"　{hint}" if hint and labels.language == "zh" else f"  {hint}" if hint else "")
    rows: list[list[object]] = [[para(title, s.section), ""]]
    cells = []
    width = CONTENT_WIDTH / COLUMNS
    for item in CONDUCT_ITEMS:
        text = item.zh if labels.language == "zh" else item.en
        kept = recorded is not None and recorded.get(item.code) is True
        # The box beside a wrapping paragraph: the four nots do not fit on one line of a half-width cell.
        cell = Table([[TickOptions([""], [0] if kept else [], size=8), para(text, s.small)]],
                     colWidths=[BOX_WIDTH, width - BOX_WIDTH - 8])
        cell.setStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                       ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
        cells.append(cell)
    for start in range(0, len(cells), COLUMNS):
        row = cells[start:start + COLUMNS]
        rows.append(row + [""] * (COLUMNS - len(row)))
    table = Table(rows, colWidths=[width] * COLUMNS)
    table.setStyle(grid_style([("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), SECTION_FILL)]))
    return table
