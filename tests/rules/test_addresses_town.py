"""How an address with its town is read by people, and which engineer's areas cover it."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.rules.addresses import address_line, address_text, covers, place_text


@dataclass
class _Stored:
    province: str
    city: str
    district: str
    town: str
    detail: str


def test_the_town_is_written_between_district_and_detail_and_left_out_when_empty() -> None:
    assert address_text("河南省", "安阳市", "安阳县", "吕村镇", "王家庄村17号") == \
        "河南省安阳市安阳县吕村镇王家庄村17号"
    assert address_text("河南省", "安阳市", "文峰区", "", "光明路3号") == "河南省安阳市文峰区光明路3号"
    assert place_text("安阳县", "吕村镇", "王家庄村17号") == "安阳县吕村镇王家庄村17号"
    assert address_line(_Stored("河南省", "安阳市", "安阳县", "白壁镇", "东街1号")) == "河南省安阳市安阳县白壁镇东街1号"
    assert address_line(None) == ""


def test_an_area_covers_an_address_when_it_is_its_town_or_its_district() -> None:
    assert covers(("吕村镇",), "安阳县", "吕村镇")
    assert covers(("安阳县",), "安阳县", "吕村镇")
    assert covers(("安阳县",), "安阳县", "")
    assert not covers(("吕村镇",), "安阳县", "白壁镇")
    assert not covers(("吕村镇",), "安阳县", "")
    assert not covers((), "安阳县", "吕村镇")
    assert not covers(("",), "安阳县", "")
