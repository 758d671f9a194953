"""QR codes on the forms: `SD1|<ticket no>|<digest prefix>`, drawn as vectors, and the parser for scanned text.

A USB scanner types the payload as keystrokes, so it is plain ASCII with `|` separators; the digest prefix lets the
counter see whether the paper in hand matches the ticket's current content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from desktop.errors import ValidationError

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

PREFIX = "SD1"
DIGEST_CHARS = 16
_TICKET_RE = re.compile(r"^[A-Z0-9][A-Z0-9-]{2,39}$")
_DIGEST_RE = re.compile(rf"^[0-9a-f]{{{DIGEST_CHARS}}}$")


@dataclass(frozen=True)
class QrPayload:
    ticket_no: str
    digest: str  # first DIGEST_CHARS hex characters of the document's content digest; "" for a bare ticket no.


def make_payload(ticket_no: str, digest: str) -> str:
    ticket = ticket_no.strip().upper()
    if not _TICKET_RE.match(ticket):
        raise ValidationError("ticket_no_invalid", "ticket_no", ticket_no=ticket_no)
    return f"{PREFIX}|{ticket}|{digest[:DIGEST_CHARS].lower()}"


def parse_payload(text: str) -> QrPayload:
    """Parse scanned text; a bare ticket number (typed by hand or from an old label) is accepted too.

    Scanners configured for another keyboard layout can turn `|` into `\\` or add a trailing Enter; both are
    tolerated.
    """
    cleaned = text.strip().replace("\\", "|")
    parts = cleaned.split("|")
    if len(parts) == 1 and _TICKET_RE.match(cleaned.upper()):
        return QrPayload(cleaned.upper(), "")
    if len(parts) != 3 or parts[0].upper() != PREFIX:
        raise ValidationError("qr_invalid", "qr")
    ticket, digest = parts[1].upper(), parts[2].lower()
    if not _TICKET_RE.match(ticket) or not _DIGEST_RE.match(digest):
        raise ValidationError("qr_invalid", "qr")
    return QrPayload(ticket, digest)


@lru_cache(maxsize=512)
def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """Module matrix including the 4-module quiet zone; cached because a batch reprints the same tickets."""
    # qrcode (and the PNG support it loads) on first drawing: the scan box parses payloads from start-up on.
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=4)
    code.add_data(payload)
    code.make(fit=True)
    return tuple(tuple(row) for row in code.get_matrix())


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw the QR code with its lower-left corner at (x, y), `size` points square, as filled rectangles.

    Horizontal runs of dark modules become one rectangle each, which keeps the PDF small; the rectangles are
    slightly overlapped vertically so no hairline gaps appear when a viewer anti-aliases.
    """
    matrix = qr_matrix(payload)
    n = len(matrix)
    module = size / n
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        top = y + size - row_index * module
        col = 0
        while col < n:
            if row[col]:
                start = col
                while col < n and row[col]:
                    col += 1
                path.rect(x + start * module, top - module, (col - start) * module, module * 1.02)
            else:
                col += 1
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
