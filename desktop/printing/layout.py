"""Shared page furniture and building blocks for the A4 forms: header, footer, grids, tick boxes, signature boxes.

Every form is a ReportLab platypus story wrapped in one or more `FormPart`s. One PDF may hold many parts (a batch of
service sheets): the header of each page shows the part being drawn, and "page n of m" counts pages per part.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle
from reportlab.platypus.flowables import PageBreak

from desktop import clock
from desktop.errors import DomainError
from desktop.printing.documents import BranchHeader, Signature
from desktop.printing.fonts import register_cjk_font
from desktop.printing.labels import Labels
from desktop.printing.qr import draw_qr
from desktop.printing.signature import draw_signature

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 12 * mm
HEADER_HEIGHT = 39 * mm
FOOTER_HEIGHT = 16 * mm
FOOTER_LINE_1 = 11 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

INK = colors.HexColor("#1a1a1a")
RULE = colors.HexColor("#333333")
GRID = colors.HexColor("#7a7a7a")
LABEL_FILL = colors.HexColor("#eef1f5")
SECTION_FILL = colors.HexColor("#d9e1ec")
MUTED = colors.HexColor("#555555")
NUMBER_INK = colors.HexColor("#b3261e")  # form numbers are traditionally printed in red


class RenderCancelled(DomainError):
    """The caller's cancel callback asked a batch to stop; nothing partial is returned."""

    code = "print_cancelled"


@dataclass(frozen=True)
class Styles:
    font: str
    label: ParagraphStyle
    value: ParagraphStyle
    value_large: ParagraphStyle
    small: ParagraphStyle
    section: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle
    hint: ParagraphStyle
    hint_right: ParagraphStyle


@cache
def styles() -> Styles:
    font = register_cjk_font()

    def style(name: str, size: float, leading: float, **kw: Any) -> ParagraphStyle:
        # wordWrap="CJK" breaks between any two Chinese characters; Latin words are kept whole where possible.
        kw.setdefault("textColor", INK)
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, wordWrap="CJK", **kw)

    return Styles(
        font=font,
        label=style("label", 8.5, 10.5, textColor=colors.HexColor("#2b3a4f")),
        value=style("value", 9.5, 12),
        value_large=style("value_large", 11, 13.5),
        small=style("small", 7.5, 9.5),
        section=style("section", 9.5, 12, textColor=colors.HexColor("#14243a")),
        cell_center=style("cell_center", 8.5, 10.5, alignment=TA_CENTER),
        cell_right=style("cell_right", 9, 11, alignment=TA_RIGHT),
        hint=style("hint", 7.5, 9.5, textColor=MUTED),
        hint_right=style("hint_right", 8.5, 10.5, textColor=MUTED, alignment=TA_RIGHT),
    )


def esc(text: object) -> str:
    """Escape for Paragraph mini-markup and keep the user's line breaks."""
    value = "" if text is None else str(text)
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def _has_cjk(text: str) -> bool:
    return any(ord(ch) >= 0x2E80 for ch in text)


@lru_cache(maxsize=64)
def _latin_variant(style: ParagraphStyle) -> ParagraphStyle:
    # CJK wrapping may break anywhere, including inside English words ("reporte|d"); plain wrapping keeps words
    # whole and still splits a word longer than the line.
    return ParagraphStyle(f"{style.name}_latin", parent=style, wordWrap=None)


def para(text: object, style: ParagraphStyle) -> Paragraph:
    value = "" if text is None else str(text)
    return Paragraph(esc(value), style if _has_cjk(value) else _latin_variant(style))


def fmt_date(value: dt.date | None) -> str:
    return value.strftime("%Y-%m-%d") if value else ""


def fmt_datetime(value: dt.datetime | None) -> str:
    """Times are printed as handed in: services convert stored UTC to the branch's local time before printing."""
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def branch_now(header: BranchHeader) -> dt.datetime:
    """Now on the branch's wall clock (the footer's print time), never the PC's zone nor UTC."""
    try:
        zone = ZoneInfo(header.timezone)
    except (KeyError, ValueError):
        zone = ZoneInfo("Asia/Shanghai")
    return clock.utc_now().astimezone(zone).replace(microsecond=0)


def fmt_range(start: dt.datetime | None, end: dt.datetime | None) -> str:
    if not start:
        return ""
    if end and end.date() == start.date():
        return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}"
    return f"{fmt_datetime(start)}–{fmt_datetime(end)}" if end else fmt_datetime(start)


def fmt_money(value: Decimal | None) -> str:
    return "" if value is None else f"¥{value:,.2f}"


@dataclass
class FormPart:
    """One logical document in a PDF: its title, QR payload, the key line under the title, and its flowables."""

    key: str
    title: str
    story: list[Flowable]
    qr_payload: str | None = None
    number: tuple[str, str] | None = None  # (label, value) printed in red under the QR, e.g. the ticket no.
    footer_lines: Sequence[str] = ()
    # This part's own page header, when it differs from the document's (a purifier's sheet in an engineer's day
    # is headed with the name purifier customers know; core.product_words).
    header: BranchHeader | None = None


class _StartPart(Flowable):
    """Zero-size marker: when drawn, it makes `part` the one the page header describes and reports progress."""

    def __init__(self, part: FormPart, index: int, on_start: Callable[[int], None]) -> None:
        super().__init__()
        self.part = part
        self.index = index
        self.on_start = on_start
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.on_start(self.index)
        self.canv._form_doc.current_part = self.part  # type: ignore[attr-defined]


class _NumberingCanvas(Canvas):
    """Holds pages until save so each page can print "page n of m" for its own part (ReportLab's deferred recipe)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict[str, Any]] = []
        self.page_key = ""
        self.page_of: Callable[[int, int], str] = lambda page, pages: f"{page}/{pages}"

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # ReportLab's own page reset, undeclared in its stubs

    def save(self) -> None:
        totals = Counter(state["page_key"] for state in self._held_pages)
        seen: Counter[str] = Counter()
        for state in self._held_pages:
            self.__dict__.update(state)
            seen[self.page_key] += 1
            self.setFont(styles().font, 7.5)
            self.setFillColor(MUTED)
            label = self.page_of(seen[self.page_key], totals[self.page_key])
            self.drawRightString(PAGE_WIDTH - MARGIN_X, FOOTER_LINE_1, label)
            Canvas.showPage(self)
        Canvas.save(self)


class _FormDocTemplate(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, header: BranchHeader, labels: Labels, printed_at: dt.datetime,
                 **kwargs: Any) -> None:
        super().__init__(buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=HEADER_HEIGHT,
                         bottomMargin=FOOTER_HEIGHT, **kwargs)
        self.header = header
        self.labels = labels
        self.printed_at = printed_at
        self.current_part: FormPart | None = None
        frame = Frame(MARGIN_X, FOOTER_HEIGHT, CONTENT_WIDTH, PAGE_HEIGHT - HEADER_HEIGHT - FOOTER_HEIGHT,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        # Starting every page on the CJK font keeps ReportLab from referencing an unembedded Helvetica.
        self.initialFontName = styles().font
        self.initialFontSize = 9
        # onPageEnd, not onPage: the part marker at the top of a page is only drawn after onPage has run.
        self.addPageTemplates([PageTemplate(id="form", frames=[frame], onPageEnd=self._draw_furniture)])

    def _draw_furniture(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        part = self.current_part
        if part is None:
            return
        canvas.page_key = part.key  # type: ignore[attr-defined]
        canvas.page_of = lambda page, pages: self.labels("page_of", page=page, pages=pages)  # type: ignore[attr-defined]
        draw_header(canvas, part.header or self.header, self.labels, part)
        draw_footer(canvas, self.labels, part, self.printed_at)


def _fit_font_size(text: str, font: str, size: float, max_width: float, minimum: float) -> float:
    while size > minimum and stringWidth(text, font, size) > max_width:
        size -= 0.5
    return size


@lru_cache(maxsize=8)
def _logo_reader(logo_png: bytes) -> ImageReader:
    return ImageReader(io.BytesIO(logo_png))


def draw_header(canvas: Canvas, header: BranchHeader, labels: Labels, part: FormPart) -> None:
    font = styles().font
    top = PAGE_HEIGHT - 9 * mm
    qr_size = 22 * mm
    x = MARGIN_X
    canvas.saveState()
    canvas.setFillColor(INK)
    if header.logo_png:
        try:
            canvas.drawImage(_logo_reader(header.logo_png), x, top - 14 * mm, 14 * mm, 14 * mm,
                             preserveAspectRatio=True, anchor="c", mask="auto")
            x += 17 * mm
        except Exception:
            pass
    text_width = PAGE_WIDTH - MARGIN_X - qr_size - 4 * mm - x
    name_size = _fit_font_size(header.name, font, 14.5, text_width, 9)
    _draw_heavy_text(canvas, x, top - 4.5 * mm, header.name, name_size, 0)
    canvas.setFont(font, 8.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(x, top - 10 * mm, f"{labels('address')}{labels.colon}{header.address}")
    hotline = f"{labels('hotline')}{labels.colon}{header.hotline}"
    canvas.setFont(font, 9.5)
    canvas.setFillColor(INK)
    canvas.drawString(x, top - 14.5 * mm, hotline)
    canvas.setFont(font, 8.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(x + stringWidth(hotline, font, 9.5) + 8 * mm, top - 14.5 * mm,
                      f"{labels('branch_code')}{labels.colon}{header.code}")

    # Title centred on the page; Chinese titles are traditionally letter-spaced.
    title_size = 19 if labels.language == "zh" else 16
    spacing = 5 if labels.language == "zh" else 0.3
    title_width = stringWidth(part.title, font, title_size) + spacing * max(len(part.title) - 1, 0)
    _draw_heavy_text(canvas, (PAGE_WIDTH - title_width) / 2, top - 25 * mm, part.title, title_size, spacing)

    if part.number is not None:
        label, value = part.number
        canvas.setFont(font, 8.5)
        value_width = stringWidth(value, font, 10.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X - value_width - 1, top - 25 * mm, f"{label}{labels.colon}")
        canvas.setFillColor(NUMBER_INK)
        canvas.setFont(font, 10.5)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top - 25 * mm, value)

    if part.qr_payload:
        draw_qr(canvas, part.qr_payload, PAGE_WIDTH - MARGIN_X - qr_size, top - qr_size + 1 * mm, qr_size)

    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(1.2)
    canvas.line(MARGIN_X, top - 27.6 * mm, PAGE_WIDTH - MARGIN_X, top - 27.6 * mm)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN_X, top - 28.4 * mm, PAGE_WIDTH - MARGIN_X, top - 28.4 * mm)
    canvas.restoreState()


def _draw_heavy_text(canvas: Canvas, x: float, y: float, text: str, size: float, spacing: float) -> None:
    """Heading text: the font has no bold face, so fill+stroke (render mode 2) gives the weight.

    Own save/restore because Tc and Tr are graphics state in PDF and would leak into every later string.
    """
    canvas.saveState()
    canvas.setStrokeColor(INK)
    canvas.setFillColor(INK)
    canvas.setLineWidth(size / 40)
    obj = canvas.beginText(x, y)
    obj.setFont(styles().font, size)
    obj.setCharSpace(spacing)
    obj.setTextRenderMode(2)
    obj.textLine(text)
    canvas.drawText(obj)
    canvas.restoreState()


def draw_footer(canvas: Canvas, labels: Labels, part: FormPart, printed_at: dt.datetime) -> None:
    font = styles().font
    canvas.saveState()
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, FOOTER_HEIGHT - 1.5 * mm, PAGE_WIDTH - MARGIN_X, FOOTER_HEIGHT - 1.5 * mm)
    canvas.setFont(font, 7)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN_X, FOOTER_LINE_1, f"{labels('printed_at')}{labels.colon}{fmt_datetime(printed_at)}")
    canvas.setFillColor(INK)
    y = FOOTER_LINE_1
    for line in part.footer_lines[:2]:
        size = _fit_font_size(line, font, 8, CONTENT_WIDTH - 2 * 46 * mm if y == FOOTER_LINE_1 else CONTENT_WIDTH, 5.5)
        canvas.setFont(font, size)
        canvas.drawCentredString(PAGE_WIDTH / 2, y, line)
        y -= 3.6 * mm
    canvas.restoreState()


def render_parts(
    header: BranchHeader,
    parts: Iterable[FormPart],
    *,
    title: str,
    subject: str = "",
    printed_at: dt.datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    total: int | None = None,
) -> bytes:
    """Lay out the parts one after another (each starting on a new page) and return the PDF bytes."""
    labels = Labels(header.language)
    buffer = io.BytesIO()
    doc = _FormDocTemplate(buffer, header, labels, printed_at or branch_now(header),
                           title=title, author=header.name, subject=subject, creator="Branch Service Desk")
    part_list = list(parts)
    count = total or len(part_list)

    def on_start(index: int) -> None:
        if is_cancelled is not None and is_cancelled():
            raise RenderCancelled()
        if progress is not None:
            progress(index, count)

    story: list[Flowable] = []
    for index, part in enumerate(part_list):
        if index:
            story.append(PageBreak())
        story.append(_StartPart(part, index, on_start))
        story.extend(part.story)

    def make_canvas(*args: Any, **kwargs: Any) -> _NumberingCanvas:
        canvas = _NumberingCanvas(*args, **kwargs)
        canvas._form_doc = doc  # type: ignore[attr-defined]
        return canvas

    doc.build(story, canvasmaker=make_canvas)
    if progress is not None:
        progress(count, count)
    return buffer.getvalue()


# ---- building blocks ---------------------------------------------------------------------------------------------


def grid_style(extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    return TableStyle(
        [
            # Tables select a cell font even for empty cells; Helvetica would be referenced but not embedded.
            ("FONTNAME", (0, 0), (-1, -1), styles().font),
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("BOX", (0, 0), (-1, -1), 1.0, RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
            *extra,
        ]
    )


class MinHeight(Flowable):
    """Wraps a flowable so its table cell is at least `height` tall: blank boxes for handwriting need room."""

    def __init__(self, inner: Flowable | None, height: float) -> None:
        super().__init__()
        self.inner = inner
        self.min_height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        inner_h = self.inner.wrap(availWidth, availHeight)[1] if self.inner is not None else 0
        self.width, self.height = availWidth, max(inner_h, self.min_height)
        self._inner_h = inner_h
        return self.width, self.height

    def draw(self) -> None:
        if self.inner is not None:
            self.inner.drawOn(self.canv, 0, self.height - self._inner_h)


class TickOptions(Flowable):
    """A row of tick boxes with labels; `checked` holds the indexes to tick (empty for a blank sheet)."""

    def __init__(self, options: Sequence[str], checked: Iterable[int] = (), size: float = 9) -> None:
        super().__init__()
        self.options = list(options)
        self.checked = set(checked)
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, self.size + 4
        return self.width, self.height

    def draw(self) -> None:
        font = styles().font
        canvas = self.canv
        box = self.size * 0.95
        x = 0.0
        canvas.setLineWidth(0.7)
        canvas.setStrokeColor(INK)
        canvas.setFillColor(INK)
        canvas.setFont(font, self.size)
        for index, option in enumerate(self.options):
            canvas.rect(x, 2, box, box, stroke=1, fill=0)
            if index in self.checked:
                canvas.setLineWidth(1.3)
                path = canvas.beginPath()
                path.moveTo(x + box * 0.18, 2 + box * 0.5)
                path.lineTo(x + box * 0.42, 2 + box * 0.2)
                path.lineTo(x + box * 0.88, 2 + box * 0.9)
                canvas.drawPath(path, stroke=1, fill=0)
                canvas.setLineWidth(0.7)
            canvas.drawString(x + box + 3, 3, option)
            x += box + 3 + stringWidth(option, font, self.size) + 12


class SignatureBox(Flowable):
    """A box for one signature: the label, the handwriting (vector strokes or scanned image) and the date."""

    def __init__(self, label: str, date_label: str, signature: Signature | None, height: float,
                 scanned_note: str = "", colon: str = "：") -> None:
        super().__init__()
        self.label = f"{label}{colon}"
        self.date_label = f"{date_label}{colon}"
        self.signature = signature
        self.box_height = height
        self.scanned_note = scanned_note

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, self.box_height
        return self.width, self.height

    def draw(self) -> None:
        font = styles().font
        canvas = self.canv
        canvas.setFillColor(colors.HexColor("#2b3a4f"))
        canvas.setFont(font, 8.5)
        canvas.drawString(0, self.height - 9, self.label)
        date_text = self.date_label
        signature = self.signature
        if signature is not None and signature.signed_at is not None:
            date_text += fmt_date(signature.signed_at.date())
        canvas.drawString(0, 2, date_text)
        if signature is None:
            canvas.setStrokeColor(GRID)
            canvas.setLineWidth(0.5)
            canvas.line(stringWidth(date_text, font, 8.5) + 2, 1, self.width * 0.55, 1)
            return
        area_x, area_y = stringWidth(self.label, font, 8.5) + 4, 12
        area_w, area_h = self.width - area_x - 4, self.height - area_y - 2
        canvas.setFillColor(colors.black)
        canvas.setStrokeColor(colors.HexColor("#0b1f4b"))
        if signature.strokes is not None and not signature.strokes.is_empty:
            draw_signature(canvas, signature.strokes, area_x, area_y, area_w, area_h)
        elif signature.image_png is not None:
            canvas.drawImage(ImageReader(io.BytesIO(signature.image_png)), area_x, area_y, area_w, area_h,
                             preserveAspectRatio=True, anchor="c")
            if self.scanned_note:
                canvas.setFont(font, 6.5)
                canvas.setFillColor(MUTED)
                canvas.drawRightString(self.width - 2, 2, self.scanned_note)
        if signature.signer_name:
            canvas.setFont(font, 7.5)
            canvas.setFillColor(MUTED)
            canvas.drawRightString(self.width - 2, self.height - 9, signature.signer_name)


@dataclass
class Grid:
    """Accumulates rows of a boxed form table with spans and shading, then builds one Table."""

    col_widths: Sequence[float]
    rows: list[list[Any]] = field(default_factory=list)
    commands: list[tuple[Any, ...]] = field(default_factory=list)

    def section(self, title: str) -> None:
        row = len(self.rows)
        self.rows.append([para(title, styles().section)] + [""] * (len(self.col_widths) - 1))
        self.commands += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), SECTION_FILL)]

    def fields(self, *pairs: tuple[str, Any], spans: Sequence[int] | None = None) -> None:
        """Label/value pairs across the row; `spans[i]` is how many columns value i takes (default 1)."""
        row = len(self.rows)
        cells: list[Any] = []
        spans = spans or [1] * len(pairs)
        for (label, value), span in zip(pairs, spans):
            col = len(cells)
            cells.append(para(label, styles().label))
            self.commands.append(("BACKGROUND", (col, row), (col, row), LABEL_FILL))
            cells.append(value if isinstance(value, Flowable) else para(value, styles().value))
            cells += [""] * (span - 1)
            if span > 1:
                self.commands.append(("SPAN", (col + 1, row), (col + span, row)))
        if len(cells) < len(self.col_widths):
            last = len(cells) - 1
            cells += [""] * (len(self.col_widths) - len(cells))
            self.commands.append(("SPAN", (last, row), (-1, row)))
        self.rows.append(cells)

    def full(self, flowable: Flowable) -> None:
        row = len(self.rows)
        self.rows.append([flowable] + [""] * (len(self.col_widths) - 1))
        self.commands.append(("SPAN", (0, row), (-1, row)))

    def table(self) -> Table:
        table = Table(self.rows, colWidths=list(self.col_widths), repeatRows=0)
        table.setStyle(grid_style(self.commands))
        return table


# ---- blocks shared by several forms ------------------------------------------------------------------------------

SIX_COLUMNS = (21 * mm, 41 * mm, 21 * mm, 41 * mm, 21 * mm, 41 * mm)


def promise_lines(header: BranchHeader, labels: Labels) -> list[str]:
    """The service promise and the seed's closing words with this branch's hotline."""
    return [header.service_promise or labels("promise_policy"), labels("promise_closing", hotline=header.hotline)]


def add_customer_and_unit(grid: Grid, labels: Labels, customer: Any, unit: Any, *, visit_no: int | None = None) -> None:
    phones = customer.phone + (f" / {customer.alt_phone}" if customer.alt_phone else "")
    grid.section(labels("sec_customer"))
    if visit_no is None:
        grid.fields((labels("customer_name"), customer.name), (labels("phone"), phones), spans=[1, 3])
    else:
        grid.fields((labels("customer_name"), customer.name), (labels("phone"), phones),
                    (labels("visit_no"), str(visit_no)))
    grid.fields((labels("customer_address"), para(customer.address, styles().value)), spans=[5])
    grid.section(labels("sec_unit"))
    grid.fields((labels("product"), unit.product), (labels("model"), unit.model), (labels("serial"), unit.serial))
    grid.fields(
        (labels("purchase_date"), fmt_date(unit.purchase_date)),
        (labels("install_date"), fmt_date(unit.install_date)),
        (labels("warranty"), labels.code("warranty", unit.warranty_status)),
    )
