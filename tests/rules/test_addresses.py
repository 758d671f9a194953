"""When two ways of writing an address are one: the key intake compares (rules.addresses)."""

from __future__ import annotations

import pytest

from desktop.rules.addresses import KEY_LENGTH, address_key


@pytest.mark.parametrize("typed", [
    "中华路12号阳光小区3号楼501",
    "中华路 12 号 阳光小区 3 号楼 501",  # spaces between the parts
    "中华路１２号阳光小区３号楼５０１",  # full-width digits from a Chinese input method
    "中华路12号阳光小区3栋501",
    "中华路12号阳光小区3幢501",
    "中华路12号阳光小区3#501",
    "中华路12号阳光小区3＃501",  # full-width '#'
    "中华路12号\u3000阳光小区3号楼\t501",  # an ideographic space, a tab
])
def test_every_way_of_typing_one_address_has_its_key(typed: str) -> None:
    assert address_key(typed) == "中华路12号阳光小区3#501"


def test_addresses_that_differ_keep_different_keys() -> None:
    key = address_key("中华路12号阳光小区3号楼501")
    for other in ("中华路12号阳光小区3号楼502", "中华路12号阳光小区13号楼501", "中华路21号阳光小区3号楼501",
                  "中华北路12号阳光小区3号楼501"):
        assert address_key(other) != key, other


def test_letters_and_dashes_are_one_form() -> None:
    assert address_key("Ａ区３－２") == address_key("a区 3-2") == "A区3-2"


def test_a_key_fits_its_column() -> None:
    # NFKC writes some symbols out (㈠ -> (一)): a 200-character detail of them still gives a key that fits.
    assert len(address_key("㈠" * 200)) == KEY_LENGTH
