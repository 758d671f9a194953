"""Personal data masking of phones and addresses in HQ workbooks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.exports.records import Address
from desktop.exports.workbook_writer import mask_address, mask_phone


@pytest.mark.parametrize(("phone", "masked"), [
    ("13812345678", "138****5678"),
    ("138 1234 5678", "138****5678"),
    ("+86 13812345678", "+86 138****5678"),
    ("0372-1234187", "0372-****187"),
    ("010-12345678", "010-*****678"),
    ("(0371)-6123456", "(0371)-****456"),
    ("03721234187", "0372-****187"),
    ("01012345678", "010-*****678"),
    ("0372-1234187-802", "0372-****187-802"),
    ("13812345678/0372-1234187", "138****5678/0372-****187"),
    ("400-800-1234", "***-***-*234"),
    ("", ""),
    ("138****5678", "138****5678"),
])
def test_phone_masks(phone: str, masked: str) -> None:
    assert mask_phone(phone) == masked


@given(st.from_regex(r"1[3-9]\d{9}", fullmatch=True))
def test_a_mobile_never_shows_its_middle_digits(phone: str) -> None:
    masked = mask_phone(phone)
    assert masked == phone[:3] + "****" + phone[-4:]
    assert mask_phone(masked) == masked


@given(st.text(alphabet="0123456789-+ ()", max_size=30))
def test_any_single_number_hides_at_least_four_digits(phone: str) -> None:
    digits = sum(ch.isdigit() for ch in phone)
    hidden = digits - sum(ch.isdigit() for ch in mask_phone(phone))
    assert hidden >= min(4, max(digits - 3, 0))


@pytest.mark.parametrize(("address", "masked"), [
    (Address("河南省", "郑州市", "金水区", "花园路59号"), "河南省郑州市金水区"),
    (Address("北京市", "北京市", "朝阳区", "建国路88号"), "北京市朝阳区"),
    ("河南省郑州市金水区花园路59号", "河南省郑州市金水区"),
    ("北京市朝阳区建国路88号", "北京市朝阳区"),
    ("新疆维吾尔自治区乌鲁木齐市天山区解放路1号", "新疆维吾尔自治区乌鲁木齐市天山区"),
    ("湖北省恩施土家族苗族自治州恩施市舞阳大道3号", "湖北省恩施土家族苗族自治州恩施市"),
    ("花园路59号3栋", ""),
    ("", ""),
])
def test_address_keeps_province_city_district(address: Address | str, masked: str) -> None:
    assert mask_address(address) == masked
