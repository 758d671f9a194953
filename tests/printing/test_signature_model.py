"""Signature strokes: JSON round trip, size limits, scanned images and the content digest."""

from __future__ import annotations

import dataclasses
import io
import json
from decimal import Decimal

import pytest
from PIL import Image

from desktop.errors import ValidationError
from desktop.printing.documents import ServiceReportData, Signature
from desktop.printing.signature import (
    MAX_JSON_BYTES,
    MAX_POINTS,
    content_digest,
    load_scanned_signature,
    make_signature,
    signature_drawing,
    signature_from_json,
    signature_to_json,
)
from tests.printing.conftest import wavy_signature


def test_strokes_round_trip_through_json() -> None:
    original = wavy_signature(1.0)
    restored = signature_from_json(signature_to_json(original))
    assert (restored.width, restored.height) == (original.width, original.height)
    assert len(restored.strokes) == len(original.strokes)
    for a, b in zip(original.strokes, restored.strokes, strict=True):
        for (x1, y1, p1), (x2, y2, p2) in zip(a, b, strict=True):
            assert abs(x1 - x2) <= 0.05 and abs(y1 - y2) <= 0.05 and abs(p1 - p2) <= 0.005
    assert signature_to_json(restored) == signature_to_json(original)


def test_huge_json_is_rejected_before_parsing() -> None:
    with pytest.raises(ValidationError) as info:
        signature_from_json("[" * (MAX_JSON_BYTES + 1))
    assert info.value.code == "signature_too_large"


def test_too_many_points_is_rejected() -> None:
    stroke = [[1.0, 1.0, 0.5]] * (MAX_POINTS + 1)
    text = json.dumps({"v": 1, "w": 10, "h": 10, "strokes": [stroke]}, separators=(",", ":"))
    assert len(text) < MAX_JSON_BYTES
    with pytest.raises(ValidationError) as info:
        signature_from_json(text)
    assert info.value.code == "signature_too_large"


@pytest.mark.parametrize("payload", [
    "not json",
    '{"v": 2, "w": 10, "h": 10, "strokes": []}',
    '{"v": 1, "w": 0, "h": 10, "strokes": []}',
    '{"v": 1, "w": 10, "h": 10, "strokes": [[[1, "x", 0.5]]]}',
    '{"v": 1, "w": 10, "h": 10, "strokes": [[[1e9, 1, 0.5]]]}',
    '{"v": 1, "w": 10, "h": 10, "strokes": [[[NaN, 1, 0.5]]]}',
])
def test_malformed_signatures_are_rejected(payload: str) -> None:
    with pytest.raises(ValidationError):
        signature_from_json(payload)


def test_points_slightly_outside_are_clamped_and_pressure_bounded() -> None:
    signature = make_signature(100, 50, [[(-3, 10, 1.7), (104, 52, -1)]])
    assert signature.strokes[0] == ((0.0, 10.0, 1.0), (100.0, 50.0, 0.0))


def test_drawing_line_width_follows_pressure() -> None:
    signature = make_signature(100, 50, [[(0, 0, 0.0), (10, 0, 0.0), (20, 0, 1.0), (30, 0, 1.0)]])
    widths = [line.strokeWidth for line in signature_drawing(signature, 200, 100).contents]
    assert widths[0] < widths[-1]


def _image(fmt: str, size: tuple[int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "white").save(buffer, format=fmt)
    return buffer.getvalue()


def test_scanned_signature_is_reduced_to_grey_png() -> None:
    png = load_scanned_signature(_image("JPEG", (2400, 800)))
    with Image.open(io.BytesIO(png)) as image:
        assert image.format == "PNG" and image.mode == "L" and max(image.size) <= 1200


@pytest.mark.parametrize(("data", "code"), [
    (b"\x89PNG" + b"0" * 100, "signature_image_unreadable"),
    (b"0" * (5 * 1024 * 1024), "signature_image_too_large"),
])
def test_bad_scans_are_rejected(data: bytes, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        load_scanned_signature(data)
    assert info.value.code == code


def test_scan_with_huge_dimensions_is_rejected_without_decoding() -> None:
    with pytest.raises(ValidationError) as info:
        load_scanned_signature(_image("PNG", (7000, 10)))
    assert info.value.code == "signature_image_too_large"


def test_gif_scan_is_rejected() -> None:
    with pytest.raises(ValidationError) as info:
        load_scanned_signature(_image("GIF", (10, 10)))
    assert info.value.code == "signature_image_format"


def test_signature_needs_exactly_one_of_strokes_or_image() -> None:
    with pytest.raises(ValidationError):
        Signature("d")
    with pytest.raises(ValidationError):
        Signature("d", wavy_signature(), b"png")


def test_content_digest_ignores_signatures_and_decimal_scale(unsigned_report: ServiceReportData) -> None:
    digest = unsigned_report.content_digest()
    signed = dataclasses.replace(unsigned_report, customer_signature=Signature(digest, wavy_signature()))
    assert signed.content_digest() == digest
    assert dataclasses.replace(unsigned_report, labour_charge=Decimal("50.000")).content_digest() == digest
    assert dataclasses.replace(unsigned_report, labour_charge=Decimal("51")).content_digest() != digest
    assert content_digest({"b": 1, "a": 2}) == content_digest({"a": 2, "b": 1})
