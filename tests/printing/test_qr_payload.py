"""QR payload format and the parser used for text typed by a USB barcode scanner."""

from __future__ import annotations

import pytest

from desktop.errors import ValidationError
from desktop.printing.qr import make_payload, parse_payload, qr_matrix


def test_payload_round_trip() -> None:
    payload = make_payload("ay01-20261122-0007", "ABCDEF0123456789ffff")
    assert payload == "SD1|AY01-20261122-0007|abcdef0123456789"
    parsed = parse_payload(payload + "\r\n")
    assert (parsed.ticket_no, parsed.digest) == ("AY01-20261122-0007", "abcdef0123456789")


def test_scanner_with_other_keyboard_layout_and_bare_ticket_number() -> None:
    assert parse_payload("sd1\\AY01-20261122-0007\\abcdef0123456789").ticket_no == "AY01-20261122-0007"
    assert parse_payload(" ay01-20261122-0007 ").digest == ""


@pytest.mark.parametrize("text", ["", "SD2|AY01-1|abcdef0123456789", "SD1|AY01-20261122-0007|xyz", "hello world",
                                  "SD1|<script>|abcdef0123456789"])
def test_invalid_scans(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_payload(text)


def test_bad_ticket_number_is_refused() -> None:
    with pytest.raises(ValidationError):
        make_payload("AY01 2026|x", "00")


def test_matrix_has_quiet_zone() -> None:
    matrix = qr_matrix(make_payload("AY01-20261122-0007", "0" * 64))
    assert len(matrix) == len(matrix[0]) >= 29
    assert not any(matrix[0]) and not any(row[0] for row in matrix)
