"""When two ways of writing an address are the same place: the key a customer address is stored and compared by.

Clerks type the same address differently from one call to the next: full-width digits from a Chinese input method
(１２号), spaces between the parts (中华路 12 号), 3号楼 / 3栋 / 3幢 for building 3. The key is the address detail
with those differences taken out; it is stored beside the detail (customer_address.detail_key) so the check for a
namesake at the same address is one indexed equality, and compared in memory when addresses are merged or imported.

Changing this function changes every stored key: a migration must then compute them again (as 0014_address_key
first did, with this function).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Protocol

# customer_address.detail_key's width: the detail's (NFKC can lengthen a rare symbol such as ㈠; such a key is cut).
KEY_LENGTH = 200
# customer_address.town's width (that of province, city and district): a town typed at intake is cut to it.
TOWN_LENGTH = 20
# A building written out or as '#': 3号楼, 3栋, 3幢 and 3# are building 3.
_BUILDING = ("号楼", "栋", "幢")


def address_key(detail: str) -> str:
    """The detail as compared: NFKC (full-width digits, letters, '－' and '＃' become ASCII), no whitespace at all,
    every way of writing "building" as '#', ASCII letters in capitals (A栋 / a栋)."""
    text = "".join(unicodedata.normalize("NFKC", detail).split()).upper()
    for word in _BUILDING:
        text = text.replace(word, "#")
    return text[:KEY_LENGTH]


def place_text(district: str, town: str, detail: str) -> str:
    """An address inside the branch's city as people read it: 区/县, then 乡镇/街道 when known, then the detail."""
    return "".join((district, town, detail))


def address_text(province: str, city: str, district: str, town: str, detail: str) -> str:
    """A whole address as people read it (printed sheets, the HQ workbook): 省 市 区/县 乡镇 详细地址, the town
    left out when the address has none."""
    return "".join((province, city, place_text(district, town, detail)))


class Place(Protocol):
    """Anything with the five parts of an address (a stored customer address, a record of one)."""

    province: str
    city: str
    district: str
    town: str
    detail: str


def address_line(place: Place | None) -> str:
    """address_text of a stored address; empty for none (a ticket taken without an address)."""
    if place is None:
        return ""
    return address_text(place.province, place.city, place.district, place.town, place.detail)


def covers(areas: Iterable[str], district: str | None, town: str | None) -> bool:
    """An engineer covers an address when one of his areas is its town or its district (a branch may give an
    engineer whole counties, or only some of the rural towns: 乡镇 are what solar water heater engineers ride to)."""
    wanted = {place for place in (district, town) if place}
    return any(area in wanted for area in areas)
