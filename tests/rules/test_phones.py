"""Phone rules: what clerks type is normalised to digits, and every kind of mistake has its own code."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.errors import ValidationError
from desktop.rules.phones import digits_only, format_phone, mask_phone, parse_phone


@pytest.mark.parametrize(
    ("typed", "number", "extension", "kind"),
    [
        ("13803720001", "13803720001", "", "mobile"),
        ("138 0372 0001", "13803720001", "", "mobile"),
        ("138-0372-0001", "13803720001", "", "mobile"),
        ("+86 138 0372 0001", "13803720001", "", "mobile"),
        ("0372-2108187", "03722108187", "", "landline"),
        ("03722108187", "03722108187", "", "landline"),
        ("(0372) 2108187", "03722108187", "", "landline"),
        ("0372－2108187".replace("－", "-"), "03722108187", "", "landline"),
        ("010-62345678", "01062345678", "", "landline"),
        ("0372-2108187-803", "03722108187", "803", "landline"),
        ("0372-2108187转803", "03722108187", "803", "landline"),
        ("0372 2108187 ext 12", "03722108187", "12", "landline"),
        # An input method left in full-width mode: digits, dashes, brackets and its wide space.
        ("１３８０３７２０００１", "13803720001", "", "mobile"),
        ("１３８\u3000０３７２\u3000０００１", "13803720001", "", "mobile"),
        ("０３７２－２１０８１８７", "03722108187", "", "landline"),
        ("（０３７２）２１０８１８７转８０３", "03722108187", "803", "landline"),
        ("＋８６ １３８ ０３７２ ０００１", "13803720001", "", "mobile"),
    ],
)
def test_valid_phones_are_normalised_to_digits(typed: str, number: str, extension: str, kind: str) -> None:
    phone = parse_phone(typed)
    assert (phone.number, phone.extension, phone.kind) == (number, extension, kind)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "required"),
        ("   ", "required"),
        ("1380372000", "phone_mobile_length"),
        ("138037200011", "phone_mobile_length"),
        ("12803720001", "phone_invalid"),
        ("0372-21081", "phone_landline_length"),
        ("2108187", "phone_area_code_missing"),
        ("abc", "phone_characters"),
        ("١٣٨٠٣٧٢٠٠٠١", "phone_characters"),  # digits, but not ones a Chinese clerk types
        ("0372-2108187 转", "phone_extension_invalid"),
        ("0372-2108187 转1234567", "phone_extension_invalid"),
        ("13803720001 转8", "phone_extension_on_mobile"),
        ("99999", "phone_invalid"),
    ],
)
def test_every_mistake_has_its_code(typed: str, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_phone(typed, "contact_phone")
    assert info.value.code == code
    assert info.value.field == "contact_phone"


def test_display_formats() -> None:
    assert format_phone("13803720001") == "138 0372 0001"
    assert format_phone("03722108187") == "0372-2108187"
    assert format_phone("01062345678") == "010-62345678"
    assert format_phone("03722108187", "803") == "0372-2108187 转803"
    assert mask_phone("13803720001") == "138****0001"
    assert digits_only("0372-21") == "037221"
    assert digits_only("０３７２－２１") == "037221"  # full-width, as a Chinese input method types it


@given(st.from_regex(r"1(3[0-9]|5[0-35-9]|8[0-9])[0-9]{8}", fullmatch=True))
def test_any_common_mobile_round_trips_through_its_display_form(number: str) -> None:
    phone = parse_phone(number)
    assert parse_phone(phone.display).number == number


@pytest.mark.parametrize(("hotline", "code"), [
    ("0373-2108187", "0373"), ("０３７３－２１０８１８７", "0373"), ("010-62345678", "010"),
    ("0372-2108187 转803", "0372"),
    ("13803730001", ""), ("2108187", ""), ("", ""), ("0372-2108187 转", "")])
def test_the_area_code_of_a_hotline(hotline: str, code: str) -> None:
    from desktop.rules.phones import area_code

    assert area_code(hotline) == code
