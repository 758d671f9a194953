"""Handwritten signatures: the vector stroke model, its JSON form, scanned images, PDF drawing and content binding.

Strokes are kept as vectors (x, y, pressure) rather than a bitmap so that a signature captured on a small pad prints
sharp at any size. The `digest` stored with a signature is `content_digest()` of the report it was given for: a
signature can then be shown to belong to that exact content and not to a later edit.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import decimal
import enum
import hashlib
import io
import itertools
import json
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from desktop.errors import ValidationError

if TYPE_CHECKING:
    # ReportLab only where a signature is drawn: the services that store signatures import this module at start.
    from reportlab.graphics.shapes import Drawing
    from reportlab.pdfgen.canvas import Canvas

Point = tuple[float, float, float]
"""x, y in pad pixels (origin top-left, y down as on screen), pressure 0..1."""

Stroke = tuple[Point, ...]

# Limits for stored and imported signatures. A real signature is a few dozen strokes and a few thousand points
# (~40 KB of JSON); anything far above that is a stuck pen, a bug or a hostile file, and would make every print slow.
MAX_JSON_BYTES = 512 * 1024
MAX_STROKES = 300
MAX_POINTS = 20_000
MAX_CANVAS_SIDE = 10_000.0
MAX_IMAGE_BYTES = 4 * 1024 * 1024
MAX_IMAGE_SIDE = 6000
MAX_IMAGE_PIXELS = 24_000_000
# Scans are reduced to this width before they are stored: plenty for a 60 mm box at 300 dpi.
STORED_IMAGE_MAX_SIDE = 1200

JSON_VERSION = 1
DEFAULT_PRESSURE = 0.5


@dataclass(frozen=True)
class StrokeSignature:
    """A signature as drawn on a pad of `width` x `height` pixels."""

    width: float
    height: float
    strokes: tuple[Stroke, ...]

    def __post_init__(self) -> None:
        _check_box(self.width, self.height)
        if len(self.strokes) > MAX_STROKES:
            raise ValidationError("signature_too_large", "signature", limit=MAX_STROKES, what="strokes")
        if sum(len(s) for s in self.strokes) > MAX_POINTS:
            raise ValidationError("signature_too_large", "signature", limit=MAX_POINTS, what="points")

    @property
    def is_empty(self) -> bool:
        return not any(self.strokes)


def _check_box(width: float, height: float) -> None:
    for value in (width, height):
        if not isinstance(value, (int, float)) or not math.isfinite(value) or not 0 < value <= MAX_CANVAS_SIDE:
            raise ValidationError("signature_invalid", "signature", reason="canvas size")


def _clean_point(raw: Any, width: float, height: float) -> Point:
    if not isinstance(raw, (list, tuple)) or len(raw) not in (2, 3):
        raise ValidationError("signature_invalid", "signature", reason="point")
    values = [float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else math.nan for v in raw]
    if not all(math.isfinite(v) for v in values):
        raise ValidationError("signature_invalid", "signature", reason="point")
    x, y = values[0], values[1]
    pressure = values[2] if len(values) == 3 else DEFAULT_PRESSURE
    # A pen dragged a little past the pad edge is normal; far outside means the data is not a signature.
    if not (-width <= x <= 2 * width and -height <= y <= 2 * height):
        raise ValidationError("signature_invalid", "signature", reason="point outside pad")
    return (min(max(x, 0.0), width), min(max(y, 0.0), height), min(max(pressure, 0.0), 1.0))


def make_signature(width: float, height: float, strokes: Sequence[Sequence[Sequence[float]]]) -> StrokeSignature:
    """Build a validated signature from raw point lists (used by the pad and by `signature_from_json`)."""
    _check_box(width, height)
    if len(strokes) > MAX_STROKES:
        raise ValidationError("signature_too_large", "signature", limit=MAX_STROKES, what="strokes")
    if sum(len(s) for s in strokes) > MAX_POINTS:
        raise ValidationError("signature_too_large", "signature", limit=MAX_POINTS, what="points")
    cleaned = tuple(tuple(_clean_point(p, width, height) for p in stroke) for stroke in strokes if len(stroke) > 0)
    return StrokeSignature(float(width), float(height), cleaned)


def signature_to_json(signature: StrokeSignature) -> str:
    """Compact JSON for the database: coordinates to 0.1 px and pressure to 0.01 keep it small and stable."""
    payload = {
        "v": JSON_VERSION,
        "w": round(signature.width, 1),
        "h": round(signature.height, 1),
        "strokes": [[[round(x, 1), round(y, 1), round(p, 2)] for x, y, p in s] for s in signature.strokes],
    }
    return json.dumps(payload, separators=(",", ":"))


def signature_from_json(text: str | bytes) -> StrokeSignature:
    """Parse stored JSON; oversized or malformed input raises ValidationError before anything big is built."""
    size = len(text.encode("utf-8") if isinstance(text, str) else text)
    if size > MAX_JSON_BYTES:
        raise ValidationError("signature_too_large", "signature", limit=MAX_JSON_BYTES, what="bytes")
    try:
        payload = json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValidationError("signature_invalid", "signature", reason="json") from exc
    if not isinstance(payload, dict) or payload.get("v") != JSON_VERSION:
        raise ValidationError("signature_invalid", "signature", reason="format")
    if not isinstance(payload.get("strokes"), list):
        raise ValidationError("signature_invalid", "signature", reason="format")
    strokes = payload["strokes"]
    if not all(isinstance(s, list) for s in strokes):
        raise ValidationError("signature_invalid", "signature", reason="format")
    # make_signature checks the sizes itself, missing ones included.
    return make_signature(cast(float, payload.get("w")), cast(float, payload.get("h")), strokes)


def load_scanned_signature(data: bytes) -> bytes:
    """Check a scanned paper signature (PNG or JPEG) and return it as a reduced greyscale PNG.

    The dimensions are read from the header before decoding so a small file that expands into a huge bitmap
    (a decompression bomb) is refused without allocating it.
    """
    from PIL import Image, UnidentifiedImageError

    if len(data) > MAX_IMAGE_BYTES:
        raise ValidationError("signature_image_too_large", "signature", limit=MAX_IMAGE_BYTES)
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format not in ("PNG", "JPEG"):
                raise ValidationError("signature_image_format", "signature", format=image.format)
            width, height = image.size
            if width > MAX_IMAGE_SIDE or height > MAX_IMAGE_SIDE or width * height > MAX_IMAGE_PIXELS:
                raise ValidationError("signature_image_too_large", "signature", width=width, height=height)
            image.load()
            grey = image.convert("L")
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise ValidationError("signature_image_unreadable", "signature") from exc
    grey.thumbnail((STORED_IMAGE_MAX_SIDE, STORED_IMAGE_MAX_SIDE))
    out = io.BytesIO()
    grey.save(out, format="PNG", optimize=True)
    return out.getvalue()


def stroke_width(pressure: float, base: float) -> float:
    """Pen width for a pressure: a light touch still prints (0.45x), full pressure about twice as wide."""
    return base * (0.45 + 1.1 * pressure)


def _segments(signature: StrokeSignature, width: float, height: float,
              base_width: float) -> Iterator[tuple[float, float, float, float, float]]:
    """Segments (x1, y1, x2, y2, line width) of the strokes fitted, aspect kept and centred, into width x height."""
    scale = min(width / signature.width, height / signature.height)
    off_x = (width - signature.width * scale) / 2
    off_y = (height - signature.height * scale) / 2
    for stroke in signature.strokes:
        # Pad y grows downwards, PDF y upwards.
        pts = [(off_x + x * scale, height - (off_y + y * scale), p) for x, y, p in stroke]
        if len(pts) == 1:
            x, y, p = pts[0]
            pts.append((x + 0.01, y, p))  # a dot: a near-zero round-capped line prints as a dot
        for (x1, y1, p1), (x2, y2, p2) in itertools.pairwise(pts):
            yield x1, y1, x2, y2, stroke_width((p1 + p2) / 2, base_width)


def signature_drawing(signature: StrokeSignature, width: float, height: float, *, base_width: float = 1.1) -> Drawing:
    """A ReportLab vector Drawing of the strokes (for use in platypus stories or graphics exports).

    Each segment is its own round-capped line whose width follows the pressure, which reproduces the thick-thin look
    of a pen without computing polygon outlines.
    """
    from reportlab.graphics.shapes import Drawing, Line

    drawing = Drawing(width, height)
    for x1, y1, x2, y2, line_width in _segments(signature, width, height, base_width):
        drawing.add(Line(x1, y1, x2, y2, strokeWidth=line_width, strokeLineCap=1, strokeLineJoin=1))
    return drawing


def draw_signature(canvas: Canvas, signature: StrokeSignature, x: float, y: float, width: float, height: float, *,
                   base_width: float = 1.1) -> None:
    """Draw the strokes straight onto a canvas at (x, y); same geometry as `signature_drawing`, no font state."""
    canvas.saveState()
    canvas.translate(x, y)
    canvas.setLineCap(1)
    canvas.setLineJoin(1)
    current = -1.0
    for x1, y1, x2, y2, line_width in _segments(signature, width, height, base_width):
        if abs(line_width - current) > 0.01:
            canvas.setLineWidth(line_width)
            current = line_width
        canvas.line(x1, y1, x2, y2)
    canvas.restoreState()


def _canonical(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _canonical(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): _canonical(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (list, tuple)):
        return [_canonical(v) for v in value]
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return format(value.normalize(), "f") if value == value else str(value)
    if isinstance(value, enum.Enum):
        return _canonical(value.value)
    if isinstance(value, bytes):
        return hashlib.sha256(value).hexdigest()
    if isinstance(value, float):
        return repr(value)
    return value


def content_digest(content: Any) -> str:
    """SHA-256 (hex) of a canonical JSON form of report fields (a dataclass or a mapping).

    Canonical means key order, Decimal scale (1.50 == 1.5) and date formatting cannot change the digest, so the
    same content hashes the same whether it comes from the form or back from the database.
    """
    canonical = json.dumps(_canonical(content), ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
